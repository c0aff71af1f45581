"""Altair charts of "does giving pay?" and the gift circle (tested through .to_dict())."""

from __future__ import annotations

import altair as alt
import pandas as pd

from core.balance.circle import KINDS
from core.balance.pays import ALL, Pay
from core.post import SOURCES
from core.reports.charts import ASK_COLOR, GIVE_COLOR, TARGET_COLOR


def pays_chart(found: list[Pay]) -> alt.LayerChart:
    """Each measure's give ÷ ask ratio as a point with its 90% interval, over a line at 1 (no
    difference), on a log scale so 2× and ½× sit equally far from it. Ratios or ends that are
    unbounded (a zero ask median) are left out; the table beside the chart says so."""
    rows = [
        {
            "measure": f"{p.measure.capitalize()}, "
            + ("all platforms" if p.platform == ALL else SOURCES.get(p.platform, p.platform)),
            "ratio": p.ratio,
            "low": p.low if p.low is not None else p.ratio,
            "high": p.high if p.high is not None else p.ratio,
            "n": f"{p.n_give} give, {p.n_ask} ask",
            "side": "higher on give posts" if (p.ratio or 0) >= 1 else "higher on asks",
        }
        for p in found
        if p.ratio is not None and p.ratio > 0
    ]
    data = pd.DataFrame(rows, columns=["measure", "ratio", "low", "high", "n", "side"])
    data["low"] = data["low"].clip(lower=1e-3)
    # 1 (no difference) always in view, with room on both sides of it
    low = min([0.5, *(data["low"] * 0.8)])
    high = max([2.0, *(data["high"] * 1.25)])
    scale = alt.Scale(type="log", domain=[low, high], nice=False)
    base = alt.Chart(data).encode(
        y=alt.Y("measure:N", title=None, sort=None, axis=alt.Axis(labelLimit=240))
    )
    whiskers = base.mark_rule(size=2, color="#888888").encode(
        x=alt.X("low:Q", title="Give median ÷ ask median (90% interval)", scale=scale), x2="high:Q"
    )
    points = base.mark_point(filled=True, size=90).encode(
        x=alt.X("ratio:Q", scale=scale),
        color=alt.Color(
            "side:N",
            scale=alt.Scale(
                domain=["higher on give posts", "higher on asks"], range=[GIVE_COLOR, ASK_COLOR]
            ),
            legend=alt.Legend(title=None, orient="bottom"),
        ),
        tooltip=[
            alt.Tooltip("measure:N", title="Measure"),
            alt.Tooltip("ratio:Q", title="Ratio", format=".2f"),
            alt.Tooltip("low:Q", title="From", format=".2f"),
            alt.Tooltip("high:Q", title="To", format=".2f"),
            alt.Tooltip("n:N", title="Posts"),
        ],
    )
    one = (
        alt.Chart(pd.DataFrame({"one": [1.0]}))
        .mark_rule(color=TARGET_COLOR, strokeDash=[6, 4])
        .encode(x=alt.X("one:Q", scale=scale))
    )
    return (one + whiskers + points).properties(height=alt.Step(36))


def circle_accounts(accounts: pd.DataFrame, top: int = 15) -> alt.Chart:
    """The most given-to accounts, a bar each, split by how the person gave to them."""
    head = accounts.head(top)
    long = head.melt(id_vars=["who"], value_vars=list(KINDS), var_name="how", value_name="gifts")
    long = long[long["gifts"] > 0]
    order = list(head["who"])
    return (
        alt.Chart(long)
        .mark_bar()
        .encode(
            x=alt.X("sum(gifts):Q", title="Give posts", axis=alt.Axis(format="d", tickMinStep=1)),
            y=alt.Y("who:N", sort=order, title=None, axis=alt.Axis(labelOverlap=False)),
            color=alt.Color("how:N", scale=alt.Scale(domain=list(KINDS)), title=None),
            tooltip=[
                alt.Tooltip("who:N", title="Account"),
                alt.Tooltip("how:N", title="How"),
                alt.Tooltip("gifts:Q", title="Posts"),
            ],
        )
        .properties(height=alt.Step(22))
    )


def circle_over_time(counts: pd.DataFrame) -> alt.Chart:
    """Gifts per period to the most given-to accounts (and everyone else), stacked."""
    return (
        alt.Chart(counts)
        .mark_bar()
        .encode(
            x=alt.X("period:T", title="Quarter"),
            y=alt.Y("posts:Q", title="Gifts"),
            color=alt.Color("who:N", title=None),
            tooltip=[
                alt.Tooltip("period:T", title="From"),
                alt.Tooltip("who:N", title="Account"),
                alt.Tooltip("posts:Q", title="Gifts"),
            ],
        )
        .properties(height=220)
    )
