"""The Plan page's refill from the person's own best gives, and the platform rules.

One call in the plan tab (refill_and_rules) and one in the draft tab (draft_rules_section).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from core.classify import learning
from core.errors import UserError
from core.plan import checks, platforms, refill, rules
from core.post import SOURCES
from core.settings import Settings
from ui.common import plain, posts, show_error, store


def _when(ts: pd.Timestamp) -> str:
    return f"{ts:%a} {ts.day} {ts:%b %Y}"


def _add(name: str, chosen: list[refill.Suggestion]) -> None:
    try:
        store().add_plans(name, [s.planned() for s in chosen])
    except UserError as exc:
        show_error(exc)
        return
    st.rerun()


def refill_section(
    name: str,
    history: pd.DataFrame,
    planned: pd.DataFrame,
    checked: checks.PlanCheck,
    settings: Settings,
    now: pd.Timestamp,
) -> None:
    if checked.ok:
        return
    offers = refill.refill(posts(name), history, planned, settings, now, checked)
    if not offers:
        return
    st.subheader("Refill from your own best gives")
    st.caption(
        "Past give posts to share again, the best by engagement on the same platform first: "
        f"evergreen (no dates or “today” in them) and not shared in the last "
        f"{refill.RECENT_DAYS} days. Each is planned before the week's first ask."
    )
    for offer in offers:
        week = f"{offer.week.day} {offer.week:%b %Y}"
        if not offer.suggestions:
            st.info(
                f"Week of {week}: no past give post fits a refill (none is evergreen, old "
                f"enough and not shared again in the last {refill.RECENT_DAYS} days)."
            )
            continue
        n = len(offer.suggestions)
        head = f"Week of {week}: " + (
            f"{'this past give fixes' if n == 1 else f'these {n} past gives fix'} it."
            if offer.fixes
            else f"these {n} past gives help, but do not fix it on their own."
        )
        st.markdown(f"**{plain(head)}**")
        for s in offer.suggestions:
            with st.container(border=True):
                st.text(s.text)
                where = SOURCES.get(s.source, s.source)
                st.caption(
                    plain(
                        f"{where}, {_when(s.published_at)} · {s.counts_text()} · would go out on "
                        f"{platforms.name(s.platform)} {s.slot:%a %d %b %H:%M} UTC"
                    )
                )
                if st.button("Add to plan", key=f"refill_{offer.week:%Y%m%d}_{s.post_id}"):
                    _add(name, [s])
        if n > 1 and st.button(f"Add all {n} to plan", key=f"refill_all_{offer.week:%Y%m%d}"):
            _add(name, list(offer.suggestions))


def rules_section(
    planned: pd.DataFrame, history: pd.DataFrame, settings: Settings, now: pd.Timestamp
) -> None:
    found = rules.plan_rules(planned, history, settings.brand, now)
    if not found:
        return
    st.subheader("Platform rules")
    for warning in found:
        st.warning(plain(warning.text()))


def refill_and_rules(
    name: str,
    history: pd.DataFrame,
    planned: pd.DataFrame,
    checked: checks.PlanCheck,
    settings: Settings,
    now: pd.Timestamp,
) -> None:
    """Under the plan check: the refill for each breaking week, then the platform rules."""
    refill_section(name, history, planned, checked, settings, now)
    rules_section(planned, posts(name), settings, now)


def draft_rules_section(
    name: str, text: str, platform: str, label: str, settings: Settings, now: pd.Timestamp
) -> None:
    """The platform rules a draft published now would break (a Reddit draft names its
    subreddit, for the 9:1 rule)."""
    subreddit = None
    if platform == "reddit":
        subreddit = st.text_input("Subreddit", placeholder="r/…", key="draft_subreddit") or None
    stored = store().plans(name)
    planned = None
    if stored and label == "ask":  # only an ask can be cross-posted
        model = learning.model_for(store(), name)
        planned = checks.classify_plans(stored, settings.brand, model=model)
    found = rules.draft_rules(
        text, platform, label, posts(name), settings.brand, now, planned, subreddit=subreddit
    )
    for warning in found:
        st.warning(plain(warning.text()))
