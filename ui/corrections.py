"""The panel a correction leaves on the Posts page: what the relearn moved, undo or keep."""

from __future__ import annotations

import streamlit as st

from core.classify import corrections
from ui.common import plain, store


def correction_panel(name: str, last_fix: corrections.Correction, key: str) -> None:
    """last_fix: the correction kept in st.session_state[key] until undone or kept."""
    with st.container(border=True):
        st.markdown(plain(last_fix.headline()))
        if len(last_fix.moved):
            st.dataframe(
                last_fix.moved[["text", "before", "after"]],
                hide_index=True,
                column_config={
                    "text": st.column_config.TextColumn("Post", width="large"),
                    "before": "Was",
                    "after": "Now",
                },
            )
        undo, done = st.columns([1, 4])
        if undo.button("Undo this correction", icon=":material/undo:"):
            with st.spinner("Putting the labels back…"):
                back = corrections.undo(store(), name, last_fix)
            del st.session_state[key]
            st.toast(
                f"Correction undone; {back:,} other label{'s' if back != 1 else ''} moved back."
            )
            st.rerun()
        if done.button("Keep it"):
            del st.session_state[key]
            st.rerun()
