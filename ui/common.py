"""What every page shares: the store, the chosen workspace and cached data. Widgets only."""

from __future__ import annotations

import re

import pandas as pd
import streamlit as st

from core import demo
from core.classify import learning
from core.errors import UserError
from core.settings import Settings
from core.store import Store, database_url


@st.cache_resource
def get_store(url: str) -> Store:
    return Store(url)


def store() -> Store:
    return get_store(database_url())


def seed_demo_if_empty() -> None:
    """A first start shows the demo workspace, imported through the same code as a user's files."""
    s = store()
    if not s.workspaces():
        with st.spinner("Setting up the demo workspace…"):
            demo.seed(s)


_NEXT_WORKSPACE = "next_workspace"
_URL_KEY = "workspace"  # ?workspace=… in the address: the current workspace survives reloads


def workspace_picker() -> str:
    s = store()
    names = s.workspaces()
    if not names:
        names = [s.create_workspace("My workspace")]
    if _NEXT_WORKSPACE in st.session_state:
        # Set before the picker exists: its key cannot change once it is drawn in a run.
        st.session_state["workspace"] = st.session_state.pop(_NEXT_WORKSPACE)
    current = st.session_state.get("workspace")
    if current not in names:
        # A new session (a reload, a new tab, a bookmark, a restarted server) takes the
        # workspace from the URL, so the next import or correction lands where the person was.
        asked = st.query_params.get(_URL_KEY)
        st.session_state["workspace"] = asked if asked in names else names[0]
    st.sidebar.selectbox("Workspace", names, key="workspace")
    if st.query_params.get(_URL_KEY) != st.session_state["workspace"]:
        st.query_params[_URL_KEY] = st.session_state["workspace"]
    return st.session_state["workspace"]


def switch_workspace(name: str) -> None:
    """Make name the current workspace and run the app again (the picker is drawn already)."""
    st.session_state[_NEXT_WORKSPACE] = name
    st.rerun()


def rename_workspace(old: str, new: str) -> None:
    """Rename and stay on it. Raises UserError (e.g. the name is taken), changing nothing."""
    renamed = store().rename_workspace(old, new)
    _posts.clear()  # cached frames are keyed by name; the old name may be used again
    switch_workspace(renamed)


def delete_workspace(name: str) -> None:
    """Delete and show another; an empty database gets an empty workspace, not the demo again."""
    s = store()
    s.delete_workspace(name)
    _posts.clear()  # cached frames are keyed by name and version; both come back on re-creation
    if not s.workspaces():
        s.create_workspace("My workspace")
    st.rerun()  # the picker falls back to the first workspace left


def workspace() -> str:
    names = store().workspaces()
    current = st.session_state.get("workspace")
    return current if current in names else (names[0] if names else workspace_picker())


@st.cache_data(show_spinner=False, max_entries=8)
def _posts(url: str, name: str, version: int) -> pd.DataFrame:
    return get_store(url).posts(name)


def posts(name: str) -> pd.DataFrame:
    """The workspace's posts, cached until its data changes."""
    return _posts(database_url(), name, store().data_version(name))


@st.cache_data(show_spinner=False, max_entries=16)
def _reasons(
    url: str, name: str, version: int, ids: tuple[str, ...], _rows: pd.DataFrame
) -> list[list[str]]:
    return learning.explain(get_store(url), name, _rows)


def reasons(name: str, rows: pd.DataFrame) -> list[list[str]]:
    """Why each of these posts got its verdict (verdicts are stored without reasons), cached
    until the workspace's data changes (labels and brand change the model that explains)."""
    return _reasons(database_url(), name, store().data_version(name), tuple(rows["id"]), rows)


def settings(name: str) -> Settings:
    return store().settings(name)


# Every ASCII punctuation mark, each of which CommonMark lets a backslash make literal.
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def plain(text: str) -> str:
    """Text for the elements that render Markdown (st.error, st.success, st.caption, labels):
    file names, column names and messages quoting a file are shown as typed, never as links,
    images or formatting."""
    return _PUNCTUATION.sub(r"\\\1", text)


def say(message: str) -> None:
    """One progress line (inside st.status), as plain text."""
    st.write(plain(message))


def show_error(exc: UserError) -> None:
    st.error(plain(exc.message), icon="🚫")
