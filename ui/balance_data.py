"""What the Balance page reads, cached per workspace and data version: the posts without their
text, the database's tallies, the figures worked out from them, and a source's posts in full,
each read at the one data version the page run took. The posts and the figures are shared
between runs (st.cache_resource), not copied: read-only."""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from core.balance import figures
from core.settings import Settings
from core.store import database_url
from ui.common import BY_WORKSPACE, get_store


@st.cache_resource(show_spinner=False, max_entries=4)
def _figure_posts(url: str, name: str, version: int) -> pd.DataFrame:
    # A resource, not data: a million rows are not copied on every run. Nothing writes to it.
    return get_store(url).figure_posts(name)


@st.cache_resource(show_spinner="Working out the figures…", max_entries=8)
def _figures(
    url: str, name: str, version: int, key: str, source: str, _live: pd.DataFrame,
    _tally: pd.DataFrame, _settings: Settings,
) -> figures.Figures:  # fmt: skip
    return figures.figures(_live, _tally, _settings)


def worked_out(
    name: str,
    version: int,
    settings: Settings,
    source: str,
    live: pd.DataFrame,
    tally: pd.DataFrame,
) -> figures.Figures:
    """The Balance page's figures of these counted posts (live) and their tally, as of this data
    version (the one they were read at), worked out once per version, settings and source shown.
    Read-only, like figure_posts."""
    key = json.dumps(settings.to_dict(), sort_keys=True)
    return _figures(database_url(), name, version, key, source, live, tally, settings)


def figure_posts(name: str, version: int) -> pd.DataFrame:
    """The workspace's posts without their text (core.post.FIGURE_COLUMNS) at this data version,
    cached: what the Balance figures read, about 200 MB at a million posts. Read-only."""
    return _figure_posts(database_url(), name, version)


@st.cache_data(show_spinner=False, max_entries=8)
def _tallies(url: str, name: str, version: int) -> pd.DataFrame:
    return get_store(url).tallies(name)


def tallies(name: str, version: int) -> pd.DataFrame:
    """The workspace's posts counted per day by the database (Store.tallies), cached likewise."""
    return _tallies(database_url(), name, version)


@st.cache_data(show_spinner=False, max_entries=8)
def _some_posts(url: str, name: str, version: int, sources: tuple[str, ...]) -> pd.DataFrame:
    return get_store(url).posts(name, sources=sources)


def some_posts(name: str, version: int, sources: tuple[str, ...]) -> pd.DataFrame:
    """The posts of these sources only, with their text, at this data version, cached (the
    Reddit section reads its submissions' links)."""
    return _some_posts(database_url(), name, version, sources)


BY_WORKSPACE.extend([_figure_posts, _figures, _tallies, _some_posts])
