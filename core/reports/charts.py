"""Altair charts built from metrics frames; pages only render them (tested through .to_dict())."""

from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

from core.balance.window import Window, clip

GIVE_COLOR = "#2a9d8f"
ASK_COLOR = "#e76f51"
TARGET_COLOR = "#264653"
MAX_LINE_POINTS = 4_000  # a line chart of a million posts is drawn through this many


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


def _naive(times: pd.Series) -> pd.Series:
    """Vega-Lite reads naive timestamps as local time; the data is UTC, so drop the zone."""
    return pd.to_datetime(times, utc=True).dt.tz_localize(None)


def _time_scale(span: Window | None) -> alt.Scale | alt.UndefinedType:
    """Exactly the window's stretch (an empty month at either end still shows), or the data's."""
    if span is None:
        return alt.Undefined
    start, end = span.start.tz_localize(None), span.end.tz_localize(None)
    return alt.Scale(domain=[start.isoformat(), end.isoformat()])


def _time_x(field: str, title: str, span: Window | None, data: pd.Series) -> alt.X:
    """A time axis whose labels carry the year, with ticks as fine as the span allows."""
    if span is not None:
        days = span.days
    else:
        times = _naive(data)
        days = (times.max() - times.min()).days if len(times) else 0
    if days > 5 * 366:
        fmt, ticks = "%Y", {"interval": "year", "step": 1}
    elif days > 2 * 366:
        fmt, ticks = "%b %Y", {"interval": "month", "step": 6}
    elif days > 100:
        fmt, ticks = "%b %Y", {"interval": "month", "step": 1 if days < 200 else 2}
    else:
        fmt, ticks = "%d %b %Y", {"interval": "week", "step": 1 if days < 50 else 2}
    return alt.X(
        f"{field}:T",
        title=title,
        scale=_time_scale(span),
        axis=alt.Axis(format=fmt, tickCount=ticks, labelOverlap=True, grid=False),
    )


def _period_end(starts: pd.Series, period: str) -> pd.Series:
    """Where a period's bar ends: a little before the next period, so neighbours stay apart."""
    step = pd.DateOffset(weeks=1) if period == "week" else pd.DateOffset(months=1)
    ends = starts + step
    return starts + (ends - starts) * 0.85


def _status(on_target: pd.Series) -> list[str]:
    return [
        "no posts" if v is None or pd.isna(v) else ("on target" if v else "below target")
        for v in on_target
    ]


def _counts_layers(
    data: pd.DataFrame, period: str, span: Window | None, extra_tooltip: list | None = None
) -> alt.LayerChart:
    """Give and ask counts stacked per period (give at the bottom), every period with posts a
    visible bar whatever its share, and a marker above each period below target."""
    data = data.assign(
        period=_naive(data["period"]),
        status=_status(data["on_target"]),
        give_share=data["give_share"].astype(float),
    )
    data["end"] = _period_end(data["period"], period)
    names = {"week": "Week of", "month": "Month"}
    tooltip = [
        alt.Tooltip("period:T", title=names.get(period, "Period"), format="%d %b %Y"),
        alt.Tooltip("give:Q", title="Give"),
        alt.Tooltip("ask:Q", title="Ask"),
        alt.Tooltip("give_share:Q", title="Give share", format=".0%"),
        alt.Tooltip("status:N", title="Target"),
        *(extra_tooltip or []),
    ]
    x = _time_x("period", names.get(period, "Period"), span, data["period"])
    # Stacked by hand (give from 0, ask on top of it): Vega-Lite does not stack ranged bars.
    posted = data[data["posts"] > 0]
    stacked = pd.concat(
        [
            posted.assign(label="give", low=0, high=posted["give"]),
            posted.assign(label="ask", low=posted["give"], high=posted["posts"]),
        ],
        ignore_index=True,
    )
    stacked = stacked[stacked["high"] > stacked["low"]]
    bars = (
        alt.Chart(stacked)
        .mark_bar()
        .encode(
            x=x,
            x2="end:T",
            y=alt.Y("low:Q", title="Posts", axis=alt.Axis(tickMinStep=1, format="d")),
            y2="high:Q",
            color=alt.Color(
                "label:N",
                scale=alt.Scale(domain=["give", "ask"], range=[GIVE_COLOR, ASK_COLOR]),
                legend=alt.Legend(title=None, orient="top"),
            ),
            tooltip=tooltip,
        )
    )
    if "kind" in data:
        bars = bars.encode(
            opacity=alt.Opacity(
                "kind:N",
                scale=alt.Scale(domain=["history", "plan"], range=[1.0, PLAN_OPACITY]),
                legend=alt.Legend(title=None, orient="top"),
            ),
            stroke=alt.condition(
                alt.datum.kind == "plan", alt.value(TARGET_COLOR), alt.value(None)
            ),
            strokeDash=alt.condition(
                alt.datum.kind == "plan", alt.value([4, 3]), alt.value([1, 0])
            ),
            strokeWidth=alt.value(1.5),
        )
    below = data[data["status"] == "below target"].assign(
        middle=lambda f: f["period"] + (f["end"] - f["period"]) / 2
    )
    marker = (
        alt.Chart(below)
        .mark_point(
            shape="triangle-down", filled=True, color=ASK_COLOR, size=60, opacity=1, yOffset=-8
        )
        .encode(x=alt.X("middle:T", scale=_time_scale(span)), y=alt.Y("posts:Q"), tooltip=tooltip)
    )
    return alt.layer(bars, marker)


def posts_over_time(
    periods: pd.DataFrame, period: str = "week", span: Window | None = None
) -> alt.LayerChart:
    """Give and ask posts per week or month (metrics.by_period), stacked, with ▼ over each
    period below target: a week of 0 give : 4 ask stands as tall as its four asks."""
    data = periods if span is None else clip(periods, "period", span)
    return _counts_layers(data, period, span).properties(height=260)


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
                legend=alt.Legend(title=None, orient="top"),
            ),
            tooltip=[column, "label", "count"],
        )
        # Streamlit fits the legend and the axis inside the height: 100 px for them, then
        # 50 px a source, so bars and their labels never squeeze into each other
        .properties(height=50 * max(len(groups), 1) + 110)
    )


PLAN_OPACITY = 0.45  # planned weeks and days are drawn paler and dashed


def ledger_over_time(days: pd.DataFrame, span: Window | None = None) -> alt.LayerChart:
    """The ledger balance by day: above zero in the give colour, below in the ask colour.
    A 'kind' column of 'plan' draws those days dashed (the Plan page's projection)."""
    if span is not None:
        days = clip(days, "day", span)
    kind = days.get("kind", "history")
    projected = "kind" in days and bool((days["kind"] == "plan").any())
    data = days.assign(
        day=_naive(days["day"]),
        above=days["balance"].clip(lower=0),
        below=days["balance"].clip(upper=0),
        kind=kind,
    )
    base = alt.Chart(data).encode(x=_time_x("day", "Day", span, data["day"]))
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


def posting_calendar(days: pd.DataFrame, span: Window | None = None) -> alt.Chart:
    """A heatmap of posts per day (columns are weeks, rows weekdays) on a time axis with
    years; days without posts stay pale, tooltips split give and ask."""
    if span is not None:
        days = clip(days, "day", span)
    data = days.assign(day=_naive(days["day"]), week=_naive(days["week"]))
    data["week_end"] = data["week"] + pd.Timedelta(days=7)
    return (
        alt.Chart(data)
        .mark_rect(stroke="white", strokeWidth=1)
        .encode(
            x=_time_x("week", "Week of", span, data["week"]),
            x2="week_end:T",
            y=alt.Y(
                "weekday:O", title=None, sort=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
            ),
            color=alt.Color(
                "posts:Q",
                title="Posts",
                scale=alt.Scale(range=["#f1f4f3", "#1b5e20"], domainMin=0),
            ),
            tooltip=[
                alt.Tooltip("day:T", title="Day", format="%a %d %b %Y"),
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


def plan_weeks(weeks: pd.DataFrame) -> alt.LayerChart:
    """Give and ask per week, stacked, history solid and planned weeks pale with a dashed
    outline; ▼ over each week below target (a planned week of 0 give : 4 ask is four asks high)."""
    return _counts_layers(weeks, "week", None).properties(height=260)


def rolling_share(
    rolling: pd.DataFrame, target_share: float, window: int, span: Window | None = None
) -> alt.LayerChart:
    """Give share among the last `window` posts after each post: the profile a visitor sees."""
    if span is not None:
        rolling = clip(rolling, "published_at", span)
    if len(rolling) > MAX_LINE_POINTS:  # more points than pixels: every k-th post, and the last
        step = -(-len(rolling) // MAX_LINE_POINTS)
        keep = np.zeros(len(rolling), dtype=bool)
        keep[::step] = True
        keep[-1] = True
        rolling = rolling[keep]
    data = rolling.assign(published_at=_naive(rolling["published_at"]))
    line = (
        alt.Chart(data)
        .mark_line(color=GIVE_COLOR, interpolate="step-after", point=len(data) < 60)
        .encode(
            x=_time_x("published_at", "Post date", span, data["published_at"]),
            y=_share_axis(f"Give share, last {window} posts"),
            tooltip=[
                alt.Tooltip("published_at:T", title="After the post of"),
                alt.Tooltip("give:Q", title="Give"),
                alt.Tooltip("ask:Q", title="Ask"),
            ],
        )
    )
    return (line + _target_rule(target_share)).properties(height=200)
