"""The Plan page's second chances: undo a delete, and a yes before planning a post twice."""

from __future__ import annotations

import streamlit as st

from core.plan.planned import PlannedPost, duplicates_of
from core.store import Store
from ui.common import plain


def undo_delete(db: Store, name: str, key: str) -> None:
    """The post just deleted (kept in st.session_state[key]), with a button that brings it back."""
    deleted: PlannedPost | None = st.session_state.get(key)
    if deleted is None:
        return
    gone, back = st.columns([4, 1])
    gone.info(plain(f"Deleted the planned post of {deleted.describe()}"))
    if back.button("Undo delete", icon=":material/undo:"):
        db.add_plans(name, [deleted])
        del st.session_state[key]
        st.rerun()


def confirm_duplicate(db: Store, name: str, key: str, stored: list[PlannedPost]) -> None:
    """A post held in st.session_state[key] because it is planned already: add it or not."""
    pending: PlannedPost | None = st.session_state.get(key)
    if pending is None:
        return
    twins = duplicates_of(pending, stored)
    st.warning(
        plain(
            "This post is already planned: "
            + "; ".join(t.describe() for t in twins)
            + ". Add it again?"
        )
    )
    yes, no, _ = st.columns([1, 1, 3])
    if yes.button("Add it anyway"):
        db.add_plans(name, [pending])
        del st.session_state[key]
        st.rerun()
    if no.button("Don't add it"):
        del st.session_state[key]
        st.rerun()
