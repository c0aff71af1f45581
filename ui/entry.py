"""The app's entry: page config, the demo on a first start, the workspace picker, navigation.

app.py runs it on every run. A page runs it too when Streamlit ran the page without app.py:
with a pages/ folder beside app.py, Streamlit runs a requested page on its own (its legacy
multipage mode) until st.navigation has been called once in the server process, e.g. the first
request for /plan after a restart. The page then hands over here, once, and the navigation
runs the same page again inside the app, with the picker and the right workspace.
"""

from __future__ import annotations

from contextvars import ContextVar
from pathlib import Path

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from ui.common import seed_demo_if_empty, workspace_picker

PAGES = [
    ("pages/balance.py", "Balance", ":material/balance:"),
    ("pages/plan.py", "Plan", ":material/event_note:"),
    ("pages/posts.py", "Posts", ":material/list_alt:"),
    ("pages/import.py", "Import", ":material/upload_file:"),
    ("pages/settings.py", "Settings", ":material/settings:"),
]

# True while app.py's set-up runs the page (in the script thread of that run), so that a page
# knows whether it runs inside the app. Per run, not per session: a session's first run may be bare.
_inside_app: ContextVar[bool] = ContextVar("inside_app", default=False)


def navigation() -> StreamlitPage:
    """The app's pages. Calling st.navigation also ends Streamlit's legacy pages/ mode."""
    return st.navigation(
        [
            st.Page(path, title=title, icon=icon, default=(index == 0))
            for index, (path, title, icon) in enumerate(PAGES)
        ]
    )


def _legacy_pages_mode() -> bool:
    """Whether Streamlit runs this script inside its legacy pages/ navigation (the server's
    first run). Widgets drawn in that run are not the ones later runs draw, so a person's
    first click would be lost. Streamlit has no public word for it: read its flag, if any."""
    try:
        from streamlit.runtime.pages_manager import PagesManager
    except ImportError:
        return False
    return bool(getattr(PagesManager, "uses_pages_directory", False))


def main() -> None:
    """What app.py does: set up the page and the sidebar, then run the chosen page."""
    if _legacy_pages_mode():
        navigation()  # ends the legacy mode for the server process
        st.rerun()  # and this run starts again as the app: same page, same address
    st.set_page_config(page_title="Goodwill Ledger", page_icon=":material/balance:", layout="wide")
    seed_demo_if_empty()
    workspace_picker()
    pages = navigation()
    token = _inside_app.set(True)
    try:
        pages.run()
    finally:
        _inside_app.reset(token)


def enter_through_app(page_file: str) -> None:
    """First line of every page. Run by Streamlit without app.py, it registers the app's
    navigation and runs this page again through app.py, with the same query parameters."""
    if _inside_app.get():
        return
    navigation()
    st.switch_page(Path(page_file), query_params=st.query_params.to_dict())
