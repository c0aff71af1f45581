"""The Balance page's sections on what giving earns: "Does giving pay?" and "Your gift circle".

One call from pages/balance.py (giving_sections); the figures come from core.balance.pays,
ask_cost and circle, cached per workspace, data version and the posts shown.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from core.balance import ask_cost, circle, pays
from core.post import SOURCES
from core.reports import giving_charts
from core.settings import Settings
from core.store import database_url
from ui.common import plain, store


def _platform(key: str) -> str:
    return "All platforms" if key == pays.ALL else SOURCES.get(key, key)


def audience(name: str) -> pd.DataFrame:
    """The account's followers and unsubscribes by day (ask_cost.AUDIENCE_COLUMNS), as the
    imports of LinkedIn analytics, X's overview or Mailchimp stored them."""
    return store().measures(name)


@st.cache_data(show_spinner=False, max_entries=16)
def _pays(name: str, version: int, key: tuple[object, ...], _live: pd.DataFrame) -> list[pays.Pay]:
    return pays.pays(_live)


@st.cache_data(show_spinner=False, max_entries=16)
def _circle(name: str, version: int, key: tuple[object, ...], _settings: Settings) -> circle.Circle:
    # Only the posts with a handle or a link, a batch at a time: the circle of a million posts
    # never holds their text at once. Who gives back needs mentions of the person by others,
    # which no import stores yet.
    source = key[1]
    batches = store().linking_posts(name, sources=None if source == "all" else [str(source)])
    return circle.circle_of(batches, _settings.brand)


def _pays_table(found: list[pays.Pay]) -> pd.DataFrame:
    def times(v: float | None) -> str:
        return "unbounded" if v is None else f"{v:.2f}×"

    return pd.DataFrame(
        {
            "Measure": [p.measure.capitalize() for p in found],
            "Platform": [_platform(p.platform) for p in found],
            "Give median": [p.give_median for p in found],
            "Ask median": [p.ask_median for p in found],
            "Give ÷ ask": [
                "asks' median is 0" if p.ratio is None else f"{p.ratio:.2f}×" for p in found
            ],
            "90% interval": [
                "too few posts"
                if p.low is None and p.high is None
                else f"{times(p.low)} – {times(p.high)}"
                for p in found
            ],
            "Give posts": [p.n_give for p in found],
            "Ask posts": [p.n_ask for p in found],
        }
    )


def pays_section(name: str, version: int, key: tuple[object, ...], live: pd.DataFrame) -> None:
    st.subheader("Does giving pay?")
    found = _pays(name, version, key, live)
    st.write(plain(pays.verdict(found)))
    if found:
        st.altair_chart(giving_charts.pays_chart(found), width="stretch")
        st.dataframe(_pays_table(found), hide_index=True)
        st.caption(
            f"Each median is over the posts whose export gave the count; the interval comes from "
            f"{pays.RESAMPLES:,} resamples of your give and ask posts (seeded, so it is the same "
            f"every time). Fewer than {pays.MIN_POSTS} posts a side is an anecdote."
        )
    costs = ask_cost.costs(live, audience(name))
    if costs:
        st.markdown("**What asks cost, week by week**")
        for found_cost in costs:
            st.write(plain(f"{_platform(found_cost.source)}: {found_cost.sentence()}"))
    else:
        st.caption(
            "Whether asks cost followers or subscribers as it happens needs an export that "
            "carries them over time (X's account overview, LinkedIn's followers sheet, "
            "Mailchimp's unsubscribes); none imported here does yet."
        )
    with st.expander("What published studies found"):
        for ref in pays.REFERENCES:
            st.markdown(f"- {plain(ref.finding)} ({plain(ref.cite)})")


def circle_section(name: str, version: int, key: tuple[object, ...], settings: Settings) -> None:
    st.subheader("Your gift circle")
    found = _circle(name, version, key, settings)
    conc = found.concentration
    c1, c2, c3 = st.columns(3)
    c1.metric("Accounts you gave to", f"{conc.accounts:,}", help="Credited, mentioned, replied to "
              "or reposted in your give posts (and every repost).")  # fmt: skip
    c2.metric(
        "Top three's share",
        "–" if conc.top3_share is None else f"{conc.top3_share:.0%}",
        help="The share of your gifts that went to the three accounts you gave to most.",
    )
    share = found.own_link_share
    c3.metric(
        "Links to your own sites",
        "–" if share is None else f"{share:.0%}",
        help="The share of your links (each post and domain once) that point to your domains.",
    )
    if share is None:
        c3.caption("set your domains in Settings" if not settings.brand.domains else "no links")
    else:
        c3.caption(f"over {found.linking_posts:,} posts with links")
    st.write(plain(conc.text()))
    if not found.accounts.empty:
        st.altair_chart(giving_charts.circle_accounts(found.accounts), width="stretch")
        st.altair_chart(
            giving_charts.circle_over_time(circle.over_time(found.gifts)), width="stretch"
        )
        st.dataframe(
            found.accounts,
            hide_index=True,
            column_config={
                "who": "Account",
                "posts": "Posts",
                "kind": "Mostly",
                "reposted": "Reposted",
                "replied": "Replied to",
                "credited": "Credited",
                "mentioned": "Mentioned",
                "first": st.column_config.DatetimeColumn("First", format="D MMM YYYY"),
                "last": st.column_config.DatetimeColumn("Latest", format="D MMM YYYY"),
            },
        )
    if not found.curated.empty:
        st.markdown("**Sites you curate**")
        st.dataframe(
            found.curated,
            hide_index=True,
            column_config={
                "domain": "Domain",
                "posts": "Give posts linking it",
                "first": st.column_config.DatetimeColumn("First", format="D MMM YYYY"),
                "last": st.column_config.DatetimeColumn("Latest", format="D MMM YYYY"),
            },
        )
    if found.received_known:
        st.markdown("**Who gives back**")
        st.dataframe(
            found.reciprocity,
            hide_index=True,
            column_config={"who": "Account", "gave": "You gave", "received": "They mentioned you"},
        )
    else:
        st.caption(
            "Who gives back needs mentions of you by others, and none of the exports imported "
            "here carries them; your own posts only tell whom you give to."
        )


def giving_sections(name: str, live: pd.DataFrame, settings: Settings, source: str = "all") -> None:
    """Both sections, over the posts the page shows (live: the counted ones; the circle reads
    the posts of the source shown from the store)."""
    version = store().data_version(name)
    kinds = tuple(sorted(settings.counted_kinds()))
    key = (database_url(), source, kinds, repr(settings.brand.to_dict()))
    pays_section(name, version, key, live)
    circle_section(name, version, key, settings)
