"""A page opened first on a freshly started server, as a bookmark or a reconnecting tab does.

With pages/ beside app.py, Streamlit runs the requested page without app.py until app.py's
navigation has run once in the process; the page hands over to the app (ui/entry.py).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from ui.entry import PAGES

from .conftest import FIRST_START_TIMEOUT, settle

TITLES = [title for _, title in PAGES]


def expect_inside_the_app(page: Page, title: str) -> None:
    expect(page.get_by_role("heading", name=title, exact=True)).to_be_visible(
        timeout=FIRST_START_TIMEOUT
    )
    settle(page)
    expect(page.get_by_role("heading", name=title, exact=True)).to_have_count(1)
    picker = page.get_by_test_id("stSidebar").get_by_role("combobox", name="Workspace")
    expect(picker).to_have_value("Demo: Fernhill Coffee")
    links = page.get_by_test_id("stSidebarNav").get_by_role("link")
    # The app's menu (each link's text is its icon's name, then the title), not the legacy one.
    expect(links).to_have_text([re.compile(f"{title}$") for title in TITLES])


@pytest.mark.parametrize(("first", "then"), [("plan", "posts"), ("posts", "settings")])
def test_a_page_opened_first_after_a_restart_runs_inside_the_app(
    page: Page, app_url: str, first: str, then: str
) -> None:
    page.goto(f"{app_url}/{first}")  # the server's very first request
    expect_inside_the_app(page, first.capitalize())
    assert urlsplit(page.url).path.rstrip("/").endswith(f"/{first}")
    page.goto(f"{app_url}/{then}")  # a reload on another page
    expect_inside_the_app(page, then.capitalize())
