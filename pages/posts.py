"""Posts: every post with its label and why, a page at a time; relabel in place, saved at once
as your label."""

import pandas as pd
import streamlit as st

from core import ingest
from core.classify import corrections, learning
from core.classify.verdict import REVIEW_BELOW
from core.errors import UserError
from core.people import current_user
from core.post import SOURCES
from core.post_query import LEAST_SURE, NEWEST, PostFilter
from core.reports.export import posts_csv
from ui.common import (
    confidence_column,
    empty_state,
    fresh,
    keep,
    kept,
    percent,
    plain,
    reasons,
    show_error,
    store,
    web_link,
    workspace,
)
from ui.corrections import correction_panel
from ui.entry import enter_through_app
from ui.paging import page_to_show, posts_overview, where_text

enter_through_app()

# Rows a page shows (the posts just corrected come on top of these): the database filters,
# orders and counts (core.post_query), and only these rows are read and explained.
PAGE_SIZE = 100
# Up to this many posts, every correction relabels the workspace at once (about a second).
RELEARN_AT_ONCE = 20_000

name = workspace()
seen = posts_overview(name)
st.title("Posts")
if not seen.posts:
    empty_state("No posts yet: import a blog feed or a social export to label its posts.")
    st.stop()

# The filters (and the page shown) are kept per workspace across page changes (ui.common.kept).
KEYS = {
    f: f"posts_{f}:{name}"
    for f in ("source", "label", "review", "order", "dates", "search", "page")
}
sources_there = list(seen.sources)
first, last = seen.first_day, seen.last_day
remembered = st.session_state.get(f"kept:{KEYS['dates']}")
if not (isinstance(remembered, tuple) and all(first <= d <= last for d in remembered)):
    st.session_state.pop(f"kept:{KEYS['dates']}", None)  # dates from before an import
with st.sidebar:
    st.subheader("Filter posts")
    sources = st.multiselect(
        "Source",
        sources_there,
        format_func=lambda s: SOURCES.get(s, s),
        key=kept(KEYS["source"], sources_there),
    )
    label_filter = st.multiselect("Label", ["give", "ask"], key=kept(KEYS["label"]))
    low_only = st.checkbox(
        "Needs review only",
        help=f"Model verdicts with confidence under {REVIEW_BELOW:.0%}.",
        key=kept(KEYS["review"]),
    )
    order = st.radio(
        "Order",
        ["Least sure first", "Newest first"],
        help="Least sure first puts the corrections that teach the model most at the top.",
        key=kept(KEYS["order"]),
    )
    dates_key = kept(KEYS["dates"])
    dates = st.date_input(
        "Dates",
        **fresh(dates_key, value=(first, last)),
        min_value=first,
        max_value=last,
        key=dates_key,
    )
    search = st.text_input("Text contains", key=kept(KEYS["search"]))

# One day picked: still choosing. Every day there is: no filter (the database then walks the
# order's own index rather than the dates').
narrowed = isinstance(dates, tuple) and len(dates) == 2 and tuple(dates) != (first, last)
wanted = PostFilter(
    sources=tuple(sources),
    labels=tuple(label_filter),
    review_only=bool(low_only),
    first_day=dates[0] if narrowed else None,
    last_day=dates[1] if narrowed else None,
    text=search or "",
    order=LEAST_SURE if order == "Least sure first" else NEWEST,
)
# The posts just corrected stay at the top, so the row a person edited does not jump away.
CORRECTION = f"posts_correction:{name}"
last_fix: corrections.Correction | None = st.session_state.get(CORRECTION)
pinned = tuple(last_fix.labels) if last_fix is not None else ()

# Other filters start again at the first page; the page number is clamped to the pages there are.
page_key = kept(KEYS["page"])
shown, number = page_to_show(name, wanted, pinned, page_key, PAGE_SIZE)
view = shown.rows

me = current_user()
# Who labelled each post: "you", a teammate by name, "a person" (before names were kept), "model".
by = view["labelled_by"].where(view["labelled_by"] != me, "you").fillna("a person")
by = by.where(view["label_by"] == "human", view["label_by"])
mine = seen.labelled_by.get(me, 0)
others = seen.labelled - mine
st.caption(
    f"{shown.matching:,} of {seen.posts:,} posts shown · {mine:,} labelled by you"
    + (f", {others:,} by others" if others else "")
    + ". "
    "Change a label in the table to correct it; the model learns from your corrections."
)
st.caption(learning.agreement(store(), name).text())
stale = learning.outdated(store(), name)
if stale:
    st.info(
        f"{stale:,} of the model's labels here come from an earlier model than the one that "
        "would label these posts now: the app's model was updated, or your latest corrections "
        "are not relearned yet.",
        icon=":material/update:",
    )
    if st.button("Relabel them with the current model"):
        with st.spinner("Relabelling…"):
            ingest.reclassify(store(), name)
        st.rerun()

if last_fix is not None:
    correction_panel(name, last_fix, CORRECTION)

why = reasons(name, view)

table = pd.DataFrame(
    {
        "published_at": view["published_at"],
        "source": view["source"].map(lambda s: SOURCES.get(s, s)),
        "kind": view["kind"],
        "text": view["text"],
        "label": view["label"],
        "by": by,
        "confidence": percent(view["confidence"]),
        "reasons": ["; ".join(r) for r in why],
        "url": view["url"].map(web_link),
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
        fix = corrections.correct(store(), name, changes, relearn=seen.posts <= RELEARN_AT_ONCE)
        st.session_state[CORRECTION] = fix
        st.toast(plain(fix.summary()))


with st.container(horizontal=True, vertical_alignment="bottom"):
    pages = shown.pages(PAGE_SIZE)
    st.number_input("Page", min_value=1, max_value=pages, step=1, key=page_key, width=140)
    st.caption(where_text(shown, number, PAGE_SIZE))
for key in KEYS.values():
    keep(key)

# A fresh editor whenever the data, the filters or the page change, so no stale edit lands on
# another row.
editor_key = f"posts_editor_{store().data_version(name)}_{number}_{hash(tuple(view['id']))}"
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
        "confidence": confidence_column(progress=True),
        "reasons": st.column_config.TextColumn("Why", width="medium"),
        "url": st.column_config.LinkColumn("Link", display_text="open"),
    },
)
versions = seen.model_versions
with st.expander("Model details"):
    st.text("Labels from model " + ", ".join(versions) if versions else "No model labels yet.")
db = store()  # taken here: the download callable runs outside the page script


def every_post_csv() -> bytes:
    """Every post with why, worked out when the button is pressed (seconds at 100k posts)."""
    frame = db.posts(name)
    return posts_csv(frame.assign(reasons=learning.explain(db, name, frame)))


st.download_button(
    "Download posts as CSV",
    every_post_csv,
    file_name=f"{name}-posts.csv",
    mime="text/csv",
    on_click="ignore",
)

with st.expander("Your corrections: relearn, share, bring in"):
    if st.button("Relearn from my corrections and relabel every post"):
        with st.spinner("Relearning…"):
            count = ingest.reclassify(db, name)
        st.success(f"{count:,} posts relabelled. Your own labels are kept as they are.")
    st.download_button(
        "Download my corrections (CSV of id, label)",
        lambda: learning.corrections_csv(db, name),
        file_name=f"{name}-corrections.csv",
        mime="text/csv",
        on_click="ignore",
    )
    shared = st.file_uploader("Bring in a team's corrections CSV", type=["csv"], key="corrections")
    if shared is not None and st.button("Take these corrections"):
        try:
            result = learning.import_corrections(db, name, shared.name, shared.getvalue())
        except UserError as exc:
            show_error(exc)
        else:
            ingest.reclassify(db, name)
            st.success(
                f"{result.taken:,} labels taken; {result.kept:,} posts you had labelled kept "
                f"yours; {result.unknown:,} ids are not in this workspace."
            )
