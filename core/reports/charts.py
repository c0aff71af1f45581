"""Altair charts built from metrics frames; pages only render them (tested through .to_dict())."""

from __future__ import annotations

import altair as alt
import pandas as pd

GIVE_COLOR = "#2a9d8f"
ASK_COLOR = "#e76f51"
TARGET_COLOR = "#264653"


def _share_axis(title: str) -> alt.Y:
    return alt.Y(
        "give_share:Q", title=title, axis=alt.Axis(format="%"), scale=alt.Scale(domain=[0, 1])
    )


def _target_rule(target_share: float) -> alt.Chart:
    """The dashed line every give-share chart draws at the user's target."""
    return (
        alt.Chart(pd.DataFrame({"target": [target_share]}))
        .mark_rule(color=TARGET_COLOR, strokeDash=[6, 4], size=2)
        .encode(y="target:Q", tooltip=[alt.Tooltip("target:Q", title="Target", format=".0%")])
    )


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
        y=_share_axis("Give share"),
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
    return (bars + _target_rule(target_share)).properties(height=280)


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
                # a legend below a band axis squeezes the bars to nothing in Streamlit
                legend=alt.Legend(title=None),
            ),
            tooltip=[column, "label", "count"],
        )
        .properties(height=max(80, 36 * len(groups)))
    )


PLAN_OPACITY = 0.45  # planned weeks and days are drawn paler and dashed


def _naive(times: pd.Series) -> pd.Series:
    """Vega-Lite reads naive timestamps as local time; the data is UTC, so drop the zone."""
    return times.dt.tz_convert("UTC").dt.tz_localize(None)


def ledger_over_time(days: pd.DataFrame) -> alt.LayerChart:
    """The ledger balance by day: above zero in the give colour, below in the ask colour.
    A 'kind' column of 'plan' draws those days dashed (the Plan page's projection)."""
    kind = days.get("kind", "history")
    projected = "kind" in days and bool((days["kind"] == "plan").any())
    data = days.assign(
        day=_naive(days["day"]),
        above=days["balance"].clip(lower=0),
        below=days["balance"].clip(upper=0),
        kind=kind,
    )
    base = alt.Chart(data).encode(x=alt.X("day:T", title="Day"))
    above = base.mark_area(color=GIVE_COLOR, opacity=0.35).encode(y=alt.Y("above:Q"))
    below = base.mark_area(color=ASK_COLOR, opacity=0.35).encode(y=alt.Y("below:Q"))
    line = base.mark_line(color=TARGET_COLOR).encode(
        y=alt.Y("balance:Q", title="Goodwill balance"),
        strokeDash=alt.StrokeDash(
            "kind:N",
            scale=alt.Scale(domain=["history", "plan"], range=[[1, 0], [6, 4]]),
            legend=alt.Legend(title=None, orient="bottom") if projected else None,
        ),
        tooltip=[
            alt.Tooltip("day:T", title="Day"),
            alt.Tooltip("balance:Q", title="Balance", format=".1f"),
            alt.Tooltip("kind:N", title="Kind"),
        ],
    )
    zero = alt.Chart(pd.DataFrame({"zero": [0]})).mark_rule(color="#888888").encode(y="zero:Q")
    return (above + below + line + zero).properties(height=240)


def posting_calendar(days: pd.DataFrame) -> alt.Chart:
    """A heatmap of posts per day (columns are weeks, rows weekdays); tooltips split give/ask."""
    data = days.assign(day=_naive(days["day"]), week=_naive(days["week"]))
    return (
        alt.Chart(data)
        .mark_rect(stroke="white", strokeWidth=1)
        .encode(
            x=alt.X("yearmonthdate(week):O", title="Week of", axis=alt.Axis(format="%d %b")),
            y=alt.Y(
                "weekday:O", title=None, sort=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
            ),
            color=alt.Color(
                "posts:Q", title="Posts", scale=alt.Scale(scheme="greens", domainMin=0)
            ),
            tooltip=[
                alt.Tooltip("day:T", title="Day"),
                alt.Tooltip("give:Q", title="Give"),
                alt.Tooltip("ask:Q", title="Ask"),
            ],
        )
        .properties(height=190)
    )


def engagement_by_label(table: pd.DataFrame) -> alt.FacetChart:
    """Median engagement per label, one panel per count, with the posts behind each median."""
    return (
        alt.Chart(table)
        .mark_bar()
        .encode(
            x=alt.X("label:N", title=None, sort=["give", "ask"]),
            y=alt.Y("median:Q", title="Median"),
            color=alt.Color(
                "label:N",
                scale=alt.Scale(domain=["give", "ask"], range=[GIVE_COLOR, ASK_COLOR]),
                legend=None,
            ),
            tooltip=[
                alt.Tooltip("label:N", title="Label"),
                alt.Tooltip("median:Q", title="Median"),
                alt.Tooltip("posts:Q", title="Posts"),
            ],
        )
        .properties(width=110, height=180)
        .facet(column=alt.Column("metric:N", title=None))
        .resolve_scale(y="independent")
    )


def plan_weeks(weeks: pd.DataFrame, target_share: float) -> alt.LayerChart:
    """Give share per week, history solid and planned weeks pale with a dashed outline."""
    data = weeks.assign(
        period=_naive(weeks["period"]), give_share=weeks["give_share"].astype(float)
    )
    bars = (
        alt.Chart(data)
        .mark_bar(strokeWidth=1.5)
        .encode(
            # a band per week: the last planned week is not clipped at the axis' end
            x=alt.X("yearmonthdate(period):O", title="Week of", axis=alt.Axis(format="%d %b")),
            y=_share_axis("Give share"),
            color=alt.Color(
                "kind:N",
                scale=alt.Scale(domain=["history", "plan"], range=[GIVE_COLOR, GIVE_COLOR]),
                legend=alt.Legend(title=None, orient="bottom"),
            ),
            opacity=alt.Opacity(
                "kind:N",
                scale=alt.Scale(domain=["history", "plan"], range=[1.0, PLAN_OPACITY]),
                legend=None,
            ),
            stroke=alt.condition(
                alt.datum.kind == "plan", alt.value(TARGET_COLOR), alt.value(None)
            ),
            strokeDash=alt.condition(
                alt.datum.kind == "plan", alt.value([4, 3]), alt.value([1, 0])
            ),
            tooltip=[
                alt.Tooltip("period:T", title="Week"),
                alt.Tooltip("kind:N", title="Kind"),
                alt.Tooltip("give:Q", title="Give"),
                alt.Tooltip("ask:Q", title="Ask"),
                alt.Tooltip("give_share:Q", title="Give share", format=".0%"),
            ],
        )
    )
    return (bars + _target_rule(target_share)).properties(height=260)


def rolling_share(rolling: pd.DataFrame, target_share: float, window: int) -> alt.LayerChart:
    """Give share among the last `window` posts after each post: the profile a visitor sees."""
    data = rolling.assign(published_at=_naive(rolling["published_at"]))
    line = (
        alt.Chart(data)
        .mark_line(color=GIVE_COLOR, interpolate="step-after")
        .encode(
            x=alt.X("published_at:T", title="Post date"),
            y=_share_axis(f"Give share, last {window} posts"),
            tooltip=[
                alt.Tooltip("published_at:T", title="After the post of"),
                alt.Tooltip("give:Q", title="Give"),
                alt.Tooltip("ask:Q", title="Ask"),
            ],
        )
    )
    return (line + _target_rule(target_share)).properties(height=200)
