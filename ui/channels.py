"""The Balance page's sections for platforms with places: the balance per subreddit or Discord
channel, and Reddit's own measures (9:1 with comments, each domain's share of the link
submissions). Widgets only: core.balance.reddit works them out."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from core.balance import metrics, reddit
from core.post import SOURCES
from core.settings import Settings


def _ratio(r: float) -> str:
    return "no asks" if r != r else f"{r:.1f} : 1"


def per_channel(live: pd.DataFrame) -> None:
    """Give and ask per subreddit or Discord channel, when the posts have channels."""
    placed = live[live["channel"].notna()]
    if placed.empty:
        return
    st.subheader("Per subreddit or channel")
    table = metrics.by_group(placed, "channel")
    table.insert(0, "source", [SOURCES.get(s, s) for s in _source_of(placed, table["channel"])])
    balance_table(table, source="Source", channel="Subreddit or channel")


def balance_table(table: pd.DataFrame, **groups: str) -> None:
    """A give/ask table by group (metrics.by_group), ratio and share as a person reads them;
    groups: the grouping columns and their headings."""
    st.dataframe(
        table.assign(
            ratio=table["ratio"].map(_ratio),
            give_share=table["give_share"].map(lambda v: f"{v:.0%}"),
        ),
        hide_index=True,
        column_config={
            **groups,
            "give": "Give",
            "ask": "Ask",
            "posts": "Posts",
            "give_share": "Give share",
            "ratio": "Give : ask",
        },
    )


def _source_of(placed: pd.DataFrame, channels: pd.Series) -> list[str]:
    first = placed.drop_duplicates("channel").set_index("channel")["source"]
    return [str(first.get(c, "")) for c in channels]


def reddit_section(frame: pd.DataFrame, cfg: Settings) -> None:
    """Reddit's guideline and moderators' domain check, when the workspace has Reddit posts."""
    if not (frame["source"] == "reddit").any():
        return
    st.subheader("Reddit's self-promotion guideline")
    total = reddit.nine_to_one(frame, cfg)
    met = total.meets(9.0)
    (st.success if met else st.warning)(
        f"Submissions and comments together: {total.text()}. Reddit asks for nine posts that "
        "are not self-promotion for each one that is"
        + (": kept." if met else f": {metrics.gives_needed(total, 9.0)} more would keep it.")
    )
    domains = reddit.domain_shares(frame, cfg.brand)
    if domains.empty:
        st.caption("No link submissions: no domain's share to check.")
        return
    flagged = domains[domains["flagged"]]
    own_flagged = flagged[flagged["own"]]
    if not own_flagged.empty:
        st.warning(
            "Moderators' tools flag a domain that is 10% or more of your link submissions: "
            + ", ".join(
                f"{d} ({s:.0%})" for d, s in zip(own_flagged["domain"], own_flagged["share"])
            )
            + " is your own."
        )
    st.dataframe(
        domains.assign(share=domains["share"].map(lambda v: f"{v:.0%}")),
        hide_index=True,
        column_config={
            "domain": "Domain",
            "submissions": "Link submissions",
            "share": "Share",
            "own": "Yours",
            "flagged": "10% or more",
        },  # fmt: skip
    )
