"""Hostile input in the browser: markup in a post or a file name is shown as text and never
runs, and a hostile upload is refused while the app goes on serving."""

from __future__ import annotations

import io
import json
import re
import zipfile

from playwright.sync_api import Page, expect

from .conftest import Watched, balance_counts, go_to, open_page, settle, upload

HOSTILE = (
    'Look: <script>alert("script")</script> <img src=x onerror=alert("img")> '
    "![pic](x.png) [click](javascript:alert('link'))"
)
HOSTILE_NAME = "![pic](y.png) <img src=y onerror=alert('name')>.js"


def tweets_js(text: str) -> bytes:
    tweet = {
        "id_str": "1900000000000000777",
        "id": "1900000000000000777",
        "created_at": "Mon Jun 01 10:00:00 +0000 2026",
        "full_text": text,
        "lang": "en",
        "entities": {"urls": [], "hashtags": [], "user_mentions": []},
    }
    return ("window.YTD.tweets.part0 = " + json.dumps([{"tweet": tweet}])).encode()


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def no_markup_ran(page: Page, watched: Watched) -> None:
    assert not watched.dialogs, watched.dialogs
    for src in ("x", "y", "x.png", "y.png"):
        assert page.locator(f"img[src='{src}']").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    fetched = [u for u in watched.requests if re.search(r"/(x|y|x\.png|y\.png)$", u)]
    assert not fetched, fetched  # an <img> that rendered would have asked for its picture


def test_markup_in_posts_and_file_names_is_shown_as_text(
    page: Page, app_url: str, watched: Watched
) -> None:
    open_page(page, app_url, "import", "Import")
    upload(
        page, [{"name": HOSTILE_NAME, "mimeType": "text/javascript", "buffer": tweets_js(HOSTILE)}]
    )
    success = page.get_by_test_id("stAlertContentSuccess").first
    expect(success).to_contain_text(HOSTILE_NAME)  # the name, literally, not an image
    no_markup_ran(page, watched)

    go_to(page, "Posts")
    search = page.get_by_test_id("stSidebar").get_by_label("Text contains")
    search.fill('<script>alert("script")')  # the demo has a <script> of its own
    search.press("Enter")
    settle(page)
    expect(page.get_by_text(re.compile(r"^1 of \d+ posts shown"))).to_be_visible()
    grid = page.get_by_test_id("stDataFrame").first
    expect(grid.get_by_test_id("glide-cell-3-0")).to_have_text(HOSTILE)  # the Text cell, verbatim
    no_markup_ran(page, watched)

    go_to(page, "Plan")
    draft = page.get_by_role("textbox", name="Draft")
    draft.fill(HOSTILE)
    draft.press("Control+Enter")  # a text area's value is sent on Ctrl+Enter or on leaving it
    settle(page)
    expect(page.get_by_test_id("stMetric").first).to_contain_text(re.compile("give|ask"))
    expect(draft).to_have_value(HOSTILE)
    no_markup_ran(page, watched)


def test_hostile_uploads_are_refused_and_the_app_goes_on(page: Page, app_url: str) -> None:
    open_page(page, app_url)
    before = balance_counts(page)

    go_to(page, "Import")
    nested = zipped({"a.zip": zipped({"b.zip": zipped({"tweets.js": tweets_js("Hello")})})})
    traversal = zipped({"../../etc/cron.d/evil": b"* * * * * root rm -rf /"})
    upload(
        page,
        [
            {"name": "nested.zip", "mimeType": "application/zip", "buffer": nested},
            {"name": "traversal.zip", "mimeType": "application/zip", "buffer": traversal},
            {
                "name": "garbage.json",
                "mimeType": "application/json",
                "buffer": bytes(range(256)) * 64,
            },
        ],
    )
    expect(page.get_by_text("Imported 0 of 3 file(s)")).to_be_visible()
    errors = page.get_by_test_id("stAlertContentError")
    expect(errors).to_have_count(3)
    expect(errors.nth(0)).to_contain_text("nested more than")
    expect(errors.nth(1)).to_contain_text("points outside the archive")
    expect(errors.nth(2)).to_contain_text("binary")
    expect(page.get_by_text("Imported so far")).to_have_count(1)  # the demo's two files only
    expect(page.get_by_test_id("stException")).to_have_count(0)  # no traceback reached the page

    go_to(page, "Balance")
    assert balance_counts(page) == before


def test_a_workspace_named_like_an_image_loads_no_image(
    page: Page, app_url: str, watched: Watched, tmp_path
) -> None:
    from urllib.parse import quote

    from core.store import Store

    name = f"![p]({app_url}/x.png)"  # an image on this very server: the route would let it by
    store = Store(f"sqlite:///{tmp_path}/e2e.sqlite3")  # the database app_url's server uses
    store.create_workspace(name)
    store.engine.dispose()

    open_page(page, app_url, f"?workspace={quote(name)}")  # Balance names the workspace
    for title in ("Import", "Settings", "Posts", "Plan", "Balance"):
        go_to(page, title)
    assert page.locator("img[src$='x.png']").count() == 0
    fetched = [u for u in watched.requests if u.endswith("/x.png")]
    assert not fetched, fetched  # a rendered image would have asked this server for it
    expect(page.get_by_text(f"Workspace: {name}")).to_be_visible()  # the name, as typed
