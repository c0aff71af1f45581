"""Altair charts built from metrics frames; pages only render them (tested through .to_dict())."""

from __future__ import annotations

import altair as alt
import pandas as pd

GIVE_COLOR = "#2a9d8f"
ASK_COLOR = "#e76f51"
TARGET_COLOR = "#264653"


def give_share_over_time(
    periods: pd.DataFrame, target_share: float, period: str = "week"
) -> alt.Chart:
    """Give share per period as bars over the target line; empty periods show as gaps."""
    data = periods.assign(
        period=periods["period"].dt.tz_localize(None),
        give_share=periods["give_share"].astype(float),
        status=[
            "no posts" if v is None or pd.isna(v) else ("on target" if v else "below target")
            for v in periods["on_target"]
        ],
    )
    base = alt.Chart(data).encode(x=alt.X("period:T", title=period.capitalize()))
    bars = base.mark_bar().encode(
        y=alt.Y(
            "give_share:Q",
            title="Give share",
            axis=alt.Axis(format="%"),
            scale=alt.Scale(domain=[0, 1]),
        ),
        color=alt.Color(
            "status:N",
            scale=alt.Scale(
                domain=["on target", "below target", "no posts"],
                range=[GIVE_COLOR, ASK_COLOR, "#cccccc"],
            ),
            legend=alt.Legend(title=None, orient="bottom"),
        ),
        tooltip=[
            alt.Tooltip("period:T", title=period.capitalize()),
            alt.Tooltip("give:Q", title="Give"),
            alt.Tooltip("ask:Q", title="Ask"),
            alt.Tooltip("give_share:Q", title="Give share", format=".0%"),
        ],
    )
    rule = (
        alt.Chart(pd.DataFrame({"target": [target_share]}))
        .mark_rule(color=TARGET_COLOR, strokeDash=[6, 4], size=2)
        .encode(y="target:Q", tooltip=[alt.Tooltip("target:Q", title="Target", format=".0%")])
    )
    return (bars + rule).properties(height=280)


def split_by(groups: pd.DataFrame, column: str, title: str) -> alt.Chart:
    """Give and ask counts per group as stacked horizontal bars."""
    long = groups.melt(
        id_vars=[column], value_vars=["give", "ask"], var_name="label", value_name="count"
    )
    return (
        alt.Chart(long)
        .mark_bar()
        .encode(
            y=alt.Y(f"{column}:N", title=title, sort="-x"),
            x=alt.X("count:Q", title="Posts", stack="zero"),
            color=alt.Color(
                "label:N",
                scale=alt.Scale(domain=["give", "ask"], range=[GIVE_COLOR, ASK_COLOR]),
                legend=alt.Legend(title=None, orient="bottom"),
            ),
            tooltip=[column, "label", "count"],
        )
        .properties(height=max(80, 36 * len(groups)))
    )
