"""The app's first start and what app.py sets up on every page: the demo, the workspace picker."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from paths import ROOT
from streamlit.testing.v1 import AppTest

from core.demo import DEMO_FILES, DEMO_WORKSPACE
from ui.entry import PAGES

APP = str(ROOT / "app.py")


def test_first_start_seeds_the_demo_through_the_import_code(app, store, unescape):
    at = app()  # Balance, the default page

    assert store.workspaces() == [DEMO_WORKSPACE]
    imported = store.imports(DEMO_WORKSPACE)
    assert sorted(imported["name"]) == sorted(DEMO_FILES)  # the ordinary import path logs them
    assert at.sidebar.selectbox(key="workspace").value == DEMO_WORKSPACE
    assert at.title[0].value == "Balance"
    captions = [unescape(c.value) for c in at.caption]
    assert any(re.search(r"\d+ give : \d+ ask", c) for c in captions), captions
    assert any(f"Workspace: {DEMO_WORKSPACE}" in c for c in captions), captions
    helps = [m.help for m in at.metric]
    assert any(re.fullmatch(r"\d+ of \d+ posts", h or "") for h in helps), helps
    frame = store.posts(DEMO_WORKSPACE)
    assert len(frame) > 0 and frame["label"].notna().all()


def test_a_second_run_does_not_seed_again(app, store):
    at = app()
    before = len(store.posts(DEMO_WORKSPACE))
    at.run()
    assert not at.exception
    assert store.workspaces() == [DEMO_WORKSPACE]
    assert len(store.imports(DEMO_WORKSPACE)) == len(DEMO_FILES)
    assert len(store.posts(DEMO_WORKSPACE)) == before


def test_a_database_with_workspaces_gets_no_demo(app, store, seed):
    seed("Mine")
    at = app()
    assert store.workspaces() == ["Mine"]
    assert at.sidebar.selectbox(key="workspace").options == ["Mine"]


def test_the_picker_switches_every_page_to_the_chosen_workspace(app, store, seed):
    seed("First")
    seed("Second")
    at = app("posts")
    assert at.sidebar.selectbox(key="workspace").value == "First"
    at.sidebar.selectbox(key="workspace").select("Second").run()
    assert not at.exception
    at.switch_page("pages/import.py").run()
    assert "Second" in at.caption[0].value
    at.switch_page("pages/balance.py").run()
    assert any("Workspace: Second" in c.value for c in at.caption)


def test_the_workspace_lives_in_the_url(app, store, seed):
    seed("First")
    seed("Second")
    at = app("posts")
    assert at.query_params["workspace"] == "First"
    at.sidebar.selectbox(key="workspace").select("Second").run()
    assert at.query_params["workspace"] == "Second"  # the address now names it


@pytest.mark.parametrize("page", ["balance", "import", "settings"])
def test_a_new_session_opens_the_workspace_its_url_names(seed, page):
    """A reload, a new tab or a bookmark: a new session with ?workspace= in the address."""
    seed("First")
    seed("Second")
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["workspace"] = "Second"
    at.run()
    at.switch_page(f"pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.sidebar.selectbox(key="workspace").value == "Second"


def test_an_unknown_workspace_in_the_url_falls_back_to_the_first(seed):
    seed("First")
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["workspace"] = "Deleted meanwhile"
    at.run()
    assert at.sidebar.selectbox(key="workspace").value == "First"
    assert at.query_params["workspace"] == "First"


def test_every_page_opens_without_an_exception(app, seed):
    seed()
    at = app()
    for page in ("balance", "posts", "import", "settings"):
        at.switch_page(f"pages/{page}.py").run()
        assert not at.exception, (page, [e.value for e in at.exception])
        assert at.sidebar.selectbox(key="workspace").value == "Test workspace"


def test_app_py_runs_on_every_run(app, seed):
    seed()
    at = app("posts")
    assert at.sidebar.selectbox(key="workspace").value == "Test workspace"
    at.run()
    assert at.sidebar.selectbox(key="workspace").value == "Test workspace"


@pytest.mark.first_request
@pytest.mark.parametrize("page", ["plan", "posts", "settings"])
def test_a_page_requested_first_after_a_restart_runs_inside_the_app(seed, page):
    """With pages/ beside app.py, a fresh server runs a requested page without app.py (Streamlit's
    legacy multipage mode). The page hands over: the app's set-up runs, the picker is there with
    the workspace, and the page is drawn once, inside it."""
    seed("Second")
    at = AppTest.from_file(APP, default_timeout=60)
    at.switch_page(f"pages/{page}.py")  # the first request names the page, as a URL would
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.sidebar.selectbox(key="workspace").value == "Second"
    assert [t.value for t in at.title] == [page.capitalize()]
    at.run()  # the next run of the same fresh server: still the page, still inside the app
    assert [t.value for t in at.title] == [page.capitalize()]
    assert at.sidebar.selectbox(key="workspace").value == "Second"


def test_pages_holds_only_page_scripts():
    """Even Streamlit's legacy menu, built from the folder, lists pages and nothing else."""
    scripts = sorted(p.stem for p in (ROOT / "pages").glob("*.py"))
    assert scripts == sorted(Path(path).stem for path, _ in PAGES)


def test_only_http_addresses_become_links():
    from ui.common import web_link

    assert web_link("https://blog.example/post") == "https://blog.example/post"
    assert web_link(" HTTP://blog.example/ ") == "HTTP://blog.example/"
    for unsafe in ("javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd",
                   "//evil.example", "http:/x", "", None, float("nan")):  # fmt: skip
        assert web_link(unsafe) is None, unsafe


def test_plain_escapes_every_markdown_mark():
    from ui.common import plain

    name = "![p](http://127.0.0.1:9/x.png) **b** <img src=x> [l](javascript:x)"
    escaped = plain(name)
    assert re.search(r"(?<!\\)[!\[\]()*<>]", escaped) is None, escaped  # every mark escaped
    assert re.sub(r"\\(.)", r"\1", escaped) == name


def test_the_demo_says_it_is_a_demo_with_the_next_steps(app, seed):
    at = app()
    links = {link.proto.label: link.proto.page for link in at.get("page_link")}
    assert links["Create your workspace"].endswith("settings")
    assert links["Import your posts"].endswith("import")
    assert any("This is the demo workspace" in m.value for m in at.markdown)
    seed("Mine")
    at.run()
    at.sidebar.selectbox(key="workspace").select("Mine").run()
    assert not at.get("page_link")
    assert not any("This is the demo workspace" in m.value for m in at.markdown)


def test_balance_toggles_are_kept_across_pages(app):
    at = app()
    at.segmented_control(key="balance_period").set_value("month")
    at.segmented_control(key="balance_span").set_value("All").run()
    at.switch_page("pages/posts.py").run()
    at.switch_page("pages/balance.py").run()
    assert not at.exception
    assert at.segmented_control(key="balance_period").value == "month"
    assert at.segmented_control(key="balance_span").value == "All"
    assert any("months with posts in this stretch" in c.value for c in at.caption)
