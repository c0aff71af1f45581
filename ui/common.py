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
    _forget_cached()  # cached frames are keyed by name; the old name may be used again
    switch_workspace(renamed)


def delete_workspace(name: str) -> None:
    """Delete and show another; an empty database gets an empty workspace, not the demo again."""
    s = store()
    s.delete_workspace(name)
    _forget_cached()  # cached frames are keyed by name and version; both come back on re-creation
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


# Caches keyed by a workspace's name (and data version): a renamed or deleted workspace's name
# may come back with other posts, so they are cleared with it. Other ui modules add theirs.
BY_WORKSPACE: list = []


def _forget_cached() -> None:
    for cached in (_posts, *BY_WORKSPACE):
        cached.clear()


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


def web_link(url: object) -> str | None:
    """A post's or plan's address as a link only when it is http(s): a javascript:, data: or
    file: address (stored by an older release, or typed) is never made clickable."""
    if not isinstance(url, str):
        return None
    address = url.strip()
    return address if re.match(r"https?://[^\s/]", address, re.IGNORECASE) else None


def say(message: str) -> None:
    """One progress line (inside st.status), as plain text."""
    st.write(plain(message))


def show_error(exc: UserError) -> None:
    st.error(plain(exc.message), icon="🚫")


def confidence_column(label: str = "Confidence", progress: bool = False):
    """How sure the model is, in one format on every page: a whole percent (the column holds
    0-100, see percent())."""
    helptext = "How sure the model is of its label; a label you set is yours, whatever this says."
    if progress:
        return st.column_config.ProgressColumn(
            label, min_value=50, max_value=100, format="%.0f%%", help=helptext
        )
    return st.column_config.NumberColumn(label, format="%.0f%%", help=helptext)


def percent(values: pd.Series) -> pd.Series:
    """A probability column as the whole percents confidence_column shows."""
    return (values.astype(float) * 100).round(0)


IMPORT_PAGE = "pages/import.py"
SETTINGS_PAGE = "pages/settings.py"


def empty_state(message: str) -> None:
    """A page with nothing to show yet: what is missing, and a link to where it comes from."""
    st.info(message)
    st.page_link(IMPORT_PAGE, label="Import your posts", icon=":material/upload_file:")


def demo_banner(name: str) -> None:
    """Above every page of the demo workspace: it is a demo, and the two next steps."""
    if name != demo.DEMO_WORKSPACE:
        return
    with st.container(border=True):
        st.markdown(
            "**This is the demo workspace**: the made-up posts of a coffee roaster, to show "
            "what the app does. Your own posts go in a workspace of your own."
        )
        create, bring, _ = st.columns([1, 1, 2])
        create.page_link(SETTINGS_PAGE, label="Create your workspace", icon=":material/add:")
        bring.page_link(IMPORT_PAGE, label="Import your posts", icon=":material/upload_file:")


def new_workspace_form(key: str, label: str = "New workspace") -> None:
    """Name a new workspace; created and switched to at once."""
    with st.form(key, clear_on_submit=True):
        new_name = st.text_input(label, placeholder="e.g. Acme marketing")
        if st.form_submit_button("Create and switch", type="primary"):
            try:
                created = store().create_workspace(new_name)
            except UserError as exc:
                show_error(exc)
            else:
                switch_workspace(created)


def kept(key: str, options: list | None = None) -> str:
    """The key of a widget whose value survives a change of page. Streamlit forgets a widget's
    state once a run does not draw it; its value is copied to a key of its own after every
    run that draws it and put back before the widget is drawn again (values no longer among
    `options` are dropped)."""
    copy = f"kept:{key}"
    if key not in st.session_state and copy in st.session_state:
        value = st.session_state[copy]
        if options is not None:
            value = [v for v in value if v in options] if isinstance(value, list) else value
            if not isinstance(value, list) and value not in options:
                return key
        st.session_state[key] = value
    return key


def fresh(key: str, **defaults: object) -> dict[str, object]:
    """A widget's default, given only when no value is kept for it (Streamlit warns on both)."""
    return {} if key in st.session_state else defaults


def keep(key: str) -> None:
    """After the widget `key` is drawn: remember its value for the next visit (see kept)."""
    if key in st.session_state:
        st.session_state[f"kept:{key}"] = st.session_state[key]
