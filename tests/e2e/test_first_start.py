"""A person's first start: the demo workspace, its balance and its posts."""

from playwright.sync_api import Page, expect

STREAMLIT_TIMEOUT = 90_000  # the first start trains the model and imports the demo


def test_first_start_shows_the_demo_balance(page: Page, app_url: str, shot) -> None:
    page.goto(app_url)
    expect(page.get_by_text("Demo: Fernhill Coffee").first).to_be_visible(timeout=STREAMLIT_TIMEOUT)
    expect(page.get_by_role("heading", name="Balance")).to_be_visible(timeout=STREAMLIT_TIMEOUT)
    expect(page.get_by_text("Give : ask").first).to_be_visible()
    expect(page.get_by_text(" give : ").first).to_be_visible()
    shot(page, "balance")
