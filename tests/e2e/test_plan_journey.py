"""Planning in the browser: a planned ask the week cannot afford gets a warning with a fix."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from .conftest import open_page, settle

ASK = "Our Ember & Oak holiday box is here: order today at shop.fernhillcoffee.example, 15% off!"


def test_a_planned_ask_is_warned_about(page: Page, app_url: str, shot) -> None:
    open_page(page, app_url, "plan", "Plan")
    page.get_by_role("tab", name="Planned posts").click()
    expect(page.get_by_text("No planned posts yet")).to_be_visible()

    form = page.get_by_test_id("stForm").filter(has=page.get_by_role("button", name="Add to plan"))
    form.get_by_label("Text").fill(ASK)
    form.get_by_test_id("stRadio").get_by_text("ask", exact=True).click()
    form.get_by_role("button", name="Add to plan").click()
    settle(page)

    planned = page.get_by_test_id("stDataFrame").first
    expect(planned.get_by_test_id("glide-cell-2-0")).to_have_text(ASK)  # the Text column
    warning = page.get_by_test_id("stAlertContentWarning").first
    expect(warning).to_contain_text(re.compile(r"Week of .*\d+ give : \d+ ask is below"))
    expect(warning).to_contain_text("Fix: add")
    # The screenshot: the check's charts and warning at the top of the window.
    heading = page.get_by_role("heading", name="Does the plan keep the balance?")
    heading.evaluate("e => e.scrollIntoView({block: 'start'})")
    shot(page, "plan", charts=2)
