"""The app's entry: page config, the demo on a first start, the workspace picker, navigation.

app.py runs main() on every run. With a pages/ folder beside app.py, a freshly started server
runs its first requests inside Streamlit's legacy multipage mode: the requested page without
app.py (no picker, no demo), or app.py nested in that mode's own menu, whose widgets are not
the ones later runs draw (a person's first pick would be lost). The legacy mode lasts until
st.navigation has been called once in the process, so the first line of app.py and of every
page calls it and runs again: the same page, through app.py.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from ui.common import demo_banner, seed_demo_if_empty, workspace_picker

ICON = Path(__file__).with_name("icon.png")
# No page icons: Streamlit makes the page's icon the tab's icon, a material one is fetched from
# a font CDN, and emoji show as empty boxes where no emoji font is installed.
PAGES = [
    ("pages/balance.py", "Balance"),
    ("pages/plan.py", "Plan"),
    ("pages/posts.py", "Posts"),
    ("pages/import.py", "Import"),
    ("pages/settings.py", "Settings"),
]


def navigation() -> StreamlitPage:
    """The app's pages. Calling st.navigation also ends Streamlit's legacy pages/ mode."""
    return st.navigation(
        [
            st.Page(path, title=title, default=(index == 0))
            for index, (path, title) in enumerate(PAGES)
        ]
    )


def _legacy_pages_mode() -> bool:
    """Whether Streamlit runs this script in its legacy pages/ mode. Streamlit has no public
    word for it: read its flag, if any."""
    try:
        from streamlit.runtime.pages_manager import PagesManager
    except ImportError:
        return False
    return bool(getattr(PagesManager, "uses_pages_directory", False))


def enter_through_app() -> None:
    """First line of app.py's set-up and of every page: in the legacy mode, end it and run
    again (the same page and address, through app.py); otherwise nothing."""
    if _legacy_pages_mode():
        navigation()
        st.rerun()


def main() -> None:
    """What app.py does: set up the page and the sidebar, then run the chosen page."""
    enter_through_app()
    st.set_page_config(page_title="Goodwill Ledger", page_icon=str(ICON), layout="wide")
    seed_demo_if_empty()
    name = workspace_picker()
    page = navigation()  # before the banner: its page links need the pages registered
    # Again after st.navigation, which makes the chosen page's icon the tab's icon.
    st.set_page_config(page_title=f"{page.title} · Goodwill Ledger", page_icon=str(ICON))
    demo_banner(name)
    page.run()
