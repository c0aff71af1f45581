"""The current workspace lives in the address: a reload or a new tab opens the same one, so
the next import or correction lands where the person was working."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, expect

from core.store import Store

from .conftest import FIRST_START_TIMEOUT, settle


def picker(page: Page):
    return page.get_by_test_id("stSidebar").get_by_role("combobox", name="Workspace")


def test_a_reload_keeps_the_chosen_workspace(page: Page, app_url: str, tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path}/e2e.sqlite3")  # the database app_url's server uses
    store.create_workspace("Alpha")
    store.create_workspace("Newcomer Blog")
    store.engine.dispose()

    page.goto(app_url)
    expect(picker(page)).to_have_value("Alpha", timeout=FIRST_START_TIMEOUT)
    settle(page)
    # The server's first session: its first run is the one Streamlit starts in legacy mode.
    page.get_by_test_id("stSidebar").get_by_test_id("stSelectbox").click()
    page.get_by_role("option", name="Newcomer Blog", exact=True).click()
    expect(picker(page)).to_have_value("Newcomer Blog")
    expect(page).to_have_url(re.compile(r"[?&]workspace=Newcomer(\+|%20)Blog"))
    settle(page)

    page.reload()
    expect(picker(page)).to_have_value("Newcomer Blog", timeout=FIRST_START_TIMEOUT)
    settle(page)

    second = page.context.new_page()  # a new tab on the same address
    second.goto(page.url)
    expect(picker(second)).to_have_value("Newcomer Blog", timeout=FIRST_START_TIMEOUT)
    second.close()
