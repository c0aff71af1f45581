"""Plan: check a draft before publishing, and a plan of posts against the target and the ledger."""

from dataclasses import replace
from datetime import UTC, datetime, time

import pandas as pd
import streamlit as st

from core.balance import ledger, metrics
from core.classify import learning
from core.errors import UserError
from core.plan import checks as plan
from core.plan import ical, platforms, schedulers
from core.plan.planned import PlannedPost, duplicate_groups, duplicates_of
from core.reports import charts
from ui.common import (
    confidence_column,
    keep,
    kept,
    percent,
    plain,
    posts,
    settings,
    show_error,
    store,
    web_link,
    workspace,
)
from ui.entry import enter_through_app
from ui.plan_safety import confirm_duplicate, undo_delete
from ui.refill import draft_rules_section, refill_and_rules

enter_through_app()

name = workspace()
cfg = settings(name)
db = store()
now = pd.Timestamp.now(tz="UTC")
history = metrics.counted(posts(name), cfg)
model = learning.model_for(db, name)
PLATFORMS = list(platforms.PLATFORMS)
OWN = {"Let the model decide": None, "give": "give", "ask": "ask"}

st.title("Plan")
draft_tab, plan_tab = st.tabs(["Draft check", "Planned posts"])

with draft_tab:
    # The draft and its platform are kept across pages (ui.common.kept).
    where = st.selectbox(
        "Platform", PLATFORMS, format_func=platforms.name, key=kept("draft_platform", PLATFORMS)
    )
    draft = st.text_area(
        "Draft", height=160, placeholder="Paste a post before you publish it.", key=kept("draft")
    )
    keep("draft_platform")
    keep("draft")
    if draft.strip():
        result = plan.draft_check(draft, where, history, cfg, now, model=model)
        verdict = result.verdict
        c1, c2, c3, c4 = st.columns(4)
        c1.metric("Label", verdict.label)
        c2.metric("Confidence", f"{verdict.confidence:.0%}")
        cap = "no limit" if result.limit is None else f"of {result.limit:,}"
        c3.metric(
            "Length",
            f"{result.length:,}",
            help=f"Characters as {platforms.name(where)} counts them",
        )
        c3.caption(f"{cap}; {result.over_limit:,} over" if result.over_limit else cap)
        read = result.readability
        if read.measured:
            c4.metric("Reading grade", f"{read.grade:g}")
            c4.caption(f"reading ease {read.reading_ease:g} (higher is easier)")
        else:
            c4.metric("Reading grade", "n/a")
            c4.caption(f"{read.words} words: too short for the formula to mean anything")
        st.text("Why:\n" + "\n".join(f"  • {reason}" for reason in verdict.reasons))
        before, after = result.recent_before, result.recent_after
        st.caption(
            f"Publishing it now: the last {after.posts} posts would go from {before.give} give : "
            f"{before.ask} ask to {after.give} : {after.ask}, and the ledger from "
            f"{result.ledger_before:.1f} to {result.ledger_after:.1f}. "
            + ledger.standing(result.ledger_after, cfg.ratio).text()
        )
        draft_rules_section(name, draft, where, verdict.label, cfg, now)

PENDING = f"plan_pending:{name}"  # a post that is already planned, waiting for a yes
DELETED = f"plan_deleted:{name}"  # the post just deleted, for undo


def add(post: PlannedPost) -> None:
    """Add to the plan, or hold it for a yes when the same post is planned already."""
    if duplicates_of(post, db.plans(name)):
        st.session_state[PENDING] = post
    else:
        db.add_plans(name, [post])
    st.rerun()


with plan_tab:
    stored = db.plans(name)
    undo_delete(db, name, DELETED)
    confirm_duplicate(db, name, PENDING, stored)
    with (
        st.expander("Add a planned post", expanded=not stored),
        st.form("add_plan", clear_on_submit=True),
    ):
        a1, a2, a3 = st.columns(3)
        day = a1.date_input("Date", value=now.date() + pd.Timedelta(days=1))
        at = a2.time_input("Time (UTC)", value=time(9, 0))
        where = a3.selectbox("Platform", PLATFORMS, format_func=platforms.name)
        text = st.text_area("Text", key="add_text")
        url = st.text_input("Link (optional)", key="add_url")
        own = st.radio("Label", list(OWN), horizontal=True, key="add_label")
        if st.form_submit_button("Add to plan"):
            try:
                when = datetime.combine(day, at, tzinfo=UTC)
                add(PlannedPost(when, where, text.strip(), url.strip() or None, label=OWN[own]))
            except UserError as exc:
                show_error(exc)
    with st.expander("Import a scheduler CSV (Hootsuite, Buffer, or date and text columns)"):
        upload = st.file_uploader("Plan CSV", type=["csv", "txt"])
        fallback = st.selectbox(
            "Platform for rows that do not name one", PLATFORMS, format_func=platforms.name
        )
        if upload is not None and st.button("Import plan"):
            try:
                found = schedulers.read_plan(upload.name, upload.getvalue(), fallback)
                db.add_plans(name, found.plans)
                st.success(plain(found.describe()))
                stored = db.plans(name)
            except UserError as exc:
                show_error(exc)
    if not stored:
        st.info("No planned posts yet. Add one above or import a scheduler's CSV.")
        st.stop()

    for group in duplicate_groups(stored):
        st.warning(
            plain(f"Planned {len(group)} times: " + "; ".join(p.describe() for p in group) + ".")
        )
    planned = plan.classify_plans(stored, cfg.brand, model=model)
    st.dataframe(
        planned.assign(
            reasons=planned["reasons"].map("; ".join),
            platform=planned["platform"].map(platforms.name),
            url=planned["url"].map(web_link),
            confidence=percent(planned["confidence"]),
        ),
        hide_index=True,
        column_config={
            "plan_id": None,
            "planned_at": st.column_config.DatetimeColumn("When (UTC)", format="ddd D MMM HH:mm"),
            "platform": "Platform",
            "text": "Text",
            "url": st.column_config.LinkColumn("Link", display_text="open"),
            "label": "Label",
            "label_by": "Labelled by",
            "p_ask": None,
            "confidence": confidence_column(),
            "reasons": "Why",
        },
    )
    by_id = {p.id: p for p in stored}
    pick = st.selectbox(
        "Edit or delete",
        list(by_id),
        format_func=lambda i: (
            f"{by_id[i].planned_at:%a %d %b %H:%M} · {platforms.name(by_id[i].platform)} · #{i}"
            + (f" · by {by_id[i].by}" if by_id[i].by else "")  # who planned or last changed it
        ),
    )
    chosen = by_id[pick]
    with st.form("edit_plan"):
        e1, e2, e3 = st.columns(3)
        day = e1.date_input("Date", value=chosen.planned_at.date())
        at = e2.time_input("Time (UTC)", value=chosen.planned_at.time())
        where = e3.selectbox(
            "Platform",
            PLATFORMS,
            index=PLATFORMS.index(chosen.platform) if chosen.platform in PLATFORMS else 0,
            format_func=platforms.name,
        )
        text = st.text_area("Text", value=chosen.text, key=f"edit_text_{chosen.id}")
        url = st.text_input("Link (optional)", value=chosen.url or "")
        own = st.radio(
            "Label", list(OWN), index=list(OWN.values()).index(chosen.label), horizontal=True
        )
        save, delete = st.columns(2)
        try:
            if save.form_submit_button("Save changes"):
                edited = PlannedPost(
                    datetime.combine(day, at, tzinfo=UTC),
                    where,
                    text.strip(),
                    url.strip() or None,
                    id=chosen.id,
                    label=OWN[own],
                )
                db.update_plan(name, edited)
                st.rerun()
            if delete.form_submit_button("Delete this planned post"):
                db.delete_plans(name, [chosen.id])
                st.session_state[DELETED] = replace(chosen, id=None)
                st.rerun()
        except UserError as exc:
            show_error(exc)

    st.subheader("Does the plan keep the balance?")
    checked = plan.check(history, planned, cfg, now)
    st.altair_chart(charts.plan_weeks(plan.weekly(history, planned, cfg.ratio)), width="stretch")
    path = plan.ledger_path(history, planned, cfg, now, history_weeks=12)
    st.altair_chart(charts.ledger_over_time(path), width="stretch")
    st.caption(
        "Give posts stack under asks; ▼ marks a week below target. Planned weeks are drawn "
        "pale with a dashed outline; the ledger's planned days dashed."
    )
    if checked.ok:
        st.success(checked.lines()[0])
    for warning in checked.warnings:
        st.warning(warning.text())
    refill_and_rules(name, history, planned, checked, cfg, now)

    x1, x2 = st.columns(2)
    x1.download_button(
        "Plan as CSV",
        schedulers.plan_csv(planned),
        file_name=f"{name} plan.csv",
        mime="text/csv",
        on_click="ignore",
    )
    x2.download_button(
        "Plan as calendar (.ics)",
        ical.calendar(planned, name, now),
        file_name=f"{name} plan.ics",
        mime="text/calendar",
        on_click="ignore",
    )
