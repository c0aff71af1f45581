"""What every page shares: the store, the chosen workspace and cached data. Widgets only."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from core import demo
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


def workspace_picker() -> str:
    s = store()
    names = s.workspaces()
    if not names:
        names = [s.create_workspace("My workspace")]
    current = st.session_state.get("workspace")
    if current not in names:
        st.session_state["workspace"] = names[0]
    st.sidebar.selectbox("Workspace", names, key="workspace")
    return st.session_state["workspace"]


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


def settings(name: str) -> Settings:
    return store().settings(name)


def show_error(exc: UserError) -> None:
    st.error(exc.message, icon="🚫")
