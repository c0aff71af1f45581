"""A person's first start: the demo workspace, its balance and its posts."""

from playwright.sync_api import Page, expect

from .conftest import FIRST_START_TIMEOUT, Watched, balance_counts, go_to, settle


def test_first_start_shows_the_demo_balance(
    page: Page, app_url: str, shot, watched: Watched
) -> None:
    page.goto(app_url)
    expect(page.get_by_text("Demo: Fernhill Coffee").first).to_be_visible(
        timeout=FIRST_START_TIMEOUT
    )
    expect(page.get_by_role("heading", name="Balance")).to_be_visible(timeout=FIRST_START_TIMEOUT)
    expect(page.get_by_text("Give : ask").first).to_be_visible()
    give, ask = balance_counts(page)
    assert give > ask > 0  # the demo is written as a mostly giving brand with some asks
    shot(page, "balance", charts=3)
    # a demo says so, and its two next steps are links to their pages
    expect(page.get_by_text("This is the demo workspace")).to_be_visible()
    page.get_by_role("link", name="Import your posts").first.click()
    expect(page.get_by_role("heading", name="Import", exact=True)).to_be_visible()
    settle(page)
    go_to(page, "Balance")
    # nothing, not even the page icon, is fetched from off this machine
    assert not watched.offsite, watched.offsite
