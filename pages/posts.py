"""Posts: every post with its label and why; relabel in place, saved at once as your label."""

import pandas as pd
import streamlit as st

from core.post import SOURCES
from core.report import posts_csv
from pages.common import posts, store, workspace

name = workspace()
frame = posts(name)
st.title("Posts")
if frame.empty:
    st.info("No posts yet. Import a blog feed or an export on the Import page.")
    st.stop()

with st.sidebar:
    st.subheader("Filter posts")
    sources = st.multiselect(
        "Source", sorted(frame["source"].unique()), format_func=lambda s: SOURCES.get(s, s)
    )
    label_filter = st.multiselect("Label", ["give", "ask"])
    low_only = st.checkbox("Needs review only", help="Verdicts the model is least sure of.")
    first, last = frame["published_at"].min().date(), frame["published_at"].max().date()
    dates = st.date_input("Dates", value=(first, last), min_value=first, max_value=last)
    search = st.text_input("Text contains")

view = frame
if sources:
    view = view[view["source"].isin(sources)]
if label_filter:
    view = view[view["label"].isin(label_filter)]
if low_only:
    view = view[(view["label_by"] == "model") & (view["confidence"] < 0.7)]
if isinstance(dates, tuple) and len(dates) == 2:
    day = view["published_at"].dt.date
    view = view[(day >= dates[0]) & (day <= dates[1])]
if search:
    view = view[view["text"].str.contains(search, case=False, regex=False)]
view = view.sort_values("published_at", ascending=False).reset_index(drop=True)

humans = int((frame["label_by"] == "human").sum())
st.caption(
    f"{len(view):,} of {len(frame):,} posts shown · {humans:,} labelled by you. Change a label in the table to correct it."
)

table = pd.DataFrame(
    {
        "published_at": view["published_at"],
        "source": view["source"].map(lambda s: SOURCES.get(s, s)),
        "kind": view["kind"],
        "text": view["text"],
        "label": view["label"],
        "by": view["label_by"].map({"human": "you", "model": "model"}),
        "confidence": view["confidence"],
        "reasons": view["reasons"].map(lambda r: "; ".join(r)),
        "url": view["url"],
    }
)


def save_edits(key: str, shown: pd.DataFrame) -> None:
    edits = st.session_state[key]["edited_rows"]
    changes = {
        str(shown.at[int(row), "id"]): change["label"]
        for row, change in edits.items()
        if "label" in change and change["label"] in ("give", "ask")
    }
    if changes:
        store().set_labels(name, changes)
        st.toast(f"Saved {len(changes)} label(s).")


# A fresh editor whenever the data or the filters change, so no stale edit lands on another row.
editor_key = f"posts_editor_{store().data_version(name)}_{hash(tuple(view['id']))}"
st.data_editor(
    table,
    key=editor_key,
    on_change=save_edits,
    args=(editor_key, view),
    hide_index=True,
    width="stretch",
    disabled=[c for c in table.columns if c != "label"],
    column_config={
        "published_at": st.column_config.DatetimeColumn("Date", format="YYYY-MM-DD"),
        "source": "Source",
        "kind": "Kind",
        "text": st.column_config.TextColumn("Text", width="large"),
        "label": st.column_config.SelectboxColumn("Label", options=["give", "ask"], required=True),
        "by": "By",
        "confidence": st.column_config.ProgressColumn(
            "Confidence", min_value=0.5, max_value=1.0, format="%.2f"
        ),
        "reasons": st.column_config.TextColumn("Why", width="medium"),
        "url": st.column_config.LinkColumn("Link", display_text="open"),
    },
)
st.download_button(
    "Download posts as CSV", posts_csv(frame), file_name=f"{name}-posts.csv", mime="text/csv"
)
