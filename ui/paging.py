"""The Posts page's paging: the workspace's overview and one page of its posts, cached per data
version, which page to show, and how to say where it is. The database filters, orders and
counts (core.post_query)."""

from __future__ import annotations

from dataclasses import astuple

import streamlit as st

from core import post_query
from core.store import database_url
from ui.common import BY_WORKSPACE, get_store, store


@st.cache_data(show_spinner=False, max_entries=8)
def _overview(url: str, name: str, version: int) -> post_query.PostsOverview:
    return post_query.overview(get_store(url), name)


def posts_overview(name: str) -> post_query.PostsOverview:
    """The workspace's posts at a glance (core.post_query), cached until its data changes."""
    return _overview(database_url(), name, store().data_version(name))


@st.cache_data(show_spinner=False, max_entries=16)
def _posts_page(
    url: str, name: str, version: int, f: tuple, offset: int, limit: int, pinned: tuple[str, ...]
) -> post_query.PostsPage:
    return post_query.page(get_store(url), name, post_query.PostFilter(*f), offset, limit, pinned)


def posts_page(
    name: str, f: post_query.PostFilter, offset: int, limit: int, pinned: tuple[str, ...] = ()
) -> post_query.PostsPage:
    """One page of the workspace's posts (core.post_query.page), cached until its data changes:
    a rerun that changes nothing of the page asks the database nothing."""
    version = store().data_version(name)
    return _posts_page(database_url(), name, version, astuple(f), offset, limit, pinned)


BY_WORKSPACE.extend([_overview, _posts_page])


def page_to_show(
    name: str,
    wanted: post_query.PostFilter,
    pinned: tuple[str, ...],
    page_key: str,
    size: int,
) -> tuple[post_query.PostsPage, int]:
    """The page the person asked for (its number under page_key), back at the first when the
    filters changed since the last run, and clamped to the pages there are now."""
    shown_filters = f"posts_filters_shown:{name}"
    if st.session_state.get(shown_filters, wanted) != wanted:
        st.session_state[page_key] = 1
    st.session_state[shown_filters] = wanted
    number = st.session_state.get(page_key, 1)
    number = number if isinstance(number, int) and number >= 1 else 1
    shown = posts_page(name, wanted, (number - 1) * size, size, pinned)
    pages = shown.pages(size)
    if number > pages:
        number = pages
        shown = posts_page(name, wanted, (number - 1) * size, size, pinned)
    st.session_state[page_key] = number
    return shown, number


def where_text(shown: post_query.PostsPage, number: int, size: int) -> str:
    """'Page 2 of 5: posts 101–200 of 480, below the 3 just corrected.'"""
    rest, top = shown.matching - shown.pinned, (number - 1) * size
    where = (
        f"posts {top + 1:,}–{min(top + size, rest):,} of {rest:,}"
        if rest
        else ("no other posts match" if shown.pinned else "no posts match these filters")
    )
    corrected = f", below the {shown.pinned:,} just corrected" if shown.pinned else ""
    return f"Page {number:,} of {shown.pages(size):,}: {where}{corrected}."
