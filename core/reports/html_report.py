"""A self-contained HTML report: headline figures, findings, charts and tables in one file.

Altair's to_html loads vega from a CDN, so charts are rendered to inline SVG by vl-convert
(offline, from PyPI). Where vl-convert is missing the report keeps its tables and says so.
Every string that reaches the page goes through html.escape; the SVG carries only dates,
numbers, labels and source names that the charts put there.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Any

import altair as alt
import pandas as pd

from core.balance import consistency, engagement, findings, ledger, metrics
from core.post import SOURCES
from core.reports import charts
from core.reports.giving_report import giving_html
from core.settings import Settings

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:980px;margin:2em auto;
padding:0 1em;color:#1d1d1d;line-height:1.45}
h1{margin-bottom:.2em}h2{margin-top:1.8em;border-bottom:1px solid #ddd;padding-bottom:.2em}
table{border-collapse:collapse;margin:.6em 0}td,th{border:1px solid #ddd;padding:.25em .6em;
text-align:left}th{background:#f4f4f4}td.n{text-align:right}.muted{color:#666}
figure{margin:1em 0}figcaption{color:#666;font-size:.9em}svg{max-width:100%;height:auto}
"""


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def svg(chart: alt.TopLevelMixin) -> str | None:
    """The chart as inline SVG, or None when vl-convert is not installed."""
    try:
        import vl_convert
    except ImportError:
        return None
    # Altair refuses data over 5,000 rows unless told: a posting calendar of 14 years has more
    # days than that. The data is the report's own (one row a day or a week since 1990 at most),
    # rendered offline into the file, so no limit is wanted here.
    with alt.data_transformers.disable_max_rows():
        spec = chart.to_dict()
    return str(vl_convert.vegalite_to_svg(spec))


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="n">{esc(c)}</td>' if isinstance(c, int | float) else f"<td>{esc(c)}</td>"
            for c in row
        )
        + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def figure(chart: alt.TopLevelMixin, caption: str) -> str:
    if not isinstance(chart, alt.FacetChart):  # a facet's width is per panel, set by the chart
        chart = chart.properties(width=820)
    drawn = svg(chart)
    if drawn is None:
        return (
            f'<p class="muted">{esc(caption)}: chart not drawn (vl-convert is not installed).</p>'
        )
    return f"<figure>{drawn}<figcaption>{esc(caption)}</figcaption></figure>"


def share(value: float | None) -> str:
    return "n/a" if value is None or pd.isna(value) else f"{value:.0%}"


def _headline(live: pd.DataFrame, settings: Settings, now: pd.Timestamp) -> str:
    total = metrics.balance(live)
    figures = consistency.consistency(live, settings)
    rule = ledger.Rule.of(settings)
    today = ledger.balance_at(ledger.entries(live, rule), now, rule)
    seen = figures.recent
    rows = [
        ("Give : ask", total.text()),
        ("Give share", f"{share(total.give_share)} ({total.give:,} of {total.posts:,} posts)"),
        ("Weeks on target", f"{figures.on_target_weeks} of {figures.active_weeks} with posts"),
        ("Weeks with a give post", f"{figures.weeks_with_give} of {figures.weeks}"),
        (f"Last {settings.rolling_window} posts", f"{seen.give} give : {seen.ask} ask"),
        ("Longest run of asks", f"{figures.longest_ask_run.length} in a row"),
        ("Posts per week", f"{figures.posts_per_week:.1f} ± {figures.posts_per_week_spread:.1f}"),
        ("Goodwill balance today", f"{today:.1f}: {ledger.advice(today, rule, live, now)}"),
    ]
    return table(["Figure", "Value"], rows)


def _weekly(live: pd.DataFrame, settings: Settings) -> str:
    weeks = metrics.by_period(live, "week", settings.ratio)
    target = settings.ratio / (settings.ratio + 1)
    rows = [
        (f"{w:%d %b %Y}", int(g), int(a), share(s), "-" if o is None else ("yes" if o else "no"))
        for w, g, a, s, o in zip(
            weeks["period"], weeks["give"], weeks["ask"], weeks["give_share"], weeks["on_target"]
        )
    ]
    return figure(
        charts.posts_over_time(weeks),
        f"Give and ask per week; ▼ below the target of {share(target)}",
    ) + table(["Week of", "Give", "Ask", "Give share", "On target"], rows)


def _ledger(live: pd.DataFrame, settings: Settings, now: pd.Timestamp) -> str:
    rule = ledger.Rule.of(settings)
    days = ledger.daily(ledger.entries(live, rule), rule, now)
    caption = (
        f"Each give adds 1, each ask takes {rule.ratio:g}; the balance halves every "
        f"{settings.half_life_days} days without posts."
    )
    return figure(charts.ledger_over_time(days), caption)


def _sources(live: pd.DataFrame) -> str:
    groups = metrics.by_group(live, "source")
    rows = [
        (SOURCES.get(s, s), int(g), int(a), share(v))
        for s, g, a, v in zip(groups["source"], groups["give"], groups["ask"], groups["give_share"])
    ]
    return table(["Source", "Give", "Ask", "Give share"], rows)


def _engagement(live: pd.DataFrame) -> str:
    medians = engagement.medians(live)
    if medians.empty:
        return '<p class="muted">These exports carry no likes, reposts, replies or impressions.</p>'
    rows = [
        (SOURCES.get(s, s), lab, m, float(v), int(n))
        for s, lab, m, v, n in medians[engagement.COLUMNS].itertuples(index=False)
    ]
    overall = medians[medians["source"] == engagement.ALL]
    return figure(charts.engagement_by_label(overall), "Median engagement per label") + table(
        ["Source", "Label", "Count", "Median", "Posts"], rows
    )


def html_report(workspace: str, posts: pd.DataFrame, settings: Settings, now: pd.Timestamp) -> str:
    """The whole report as one HTML document with no outside references."""
    live = metrics.counted(posts, settings)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Goodwill Ledger: {esc(workspace)}</title><style>{STYLE}</style></head><body>",
        f"<h1>Goodwill Ledger: {esc(workspace)}</h1>",
        f'<p class="muted">Target {esc(settings.target_text)} · generated '
        f"{esc(f'{now:%d %b %Y %H:%M} UTC')} · {len(live):,} posts counted of {len(posts):,}</p>",
    ]
    if live.empty:
        parts.append("<p>No labelled posts yet.</p></body></html>")
        return "\n".join(parts)
    found = findings.findings(live, settings, now)
    parts += [
        "<h2>Headline</h2>",
        _headline(live, settings, now),
        "<h2>Findings</h2>",
        "<ul>" + "".join(f"<li>{esc(f)}</li>" for f in found) + "</ul>",
        "<h2>Week by week</h2>",
        _weekly(live, settings),
        "<h2>The goodwill ledger</h2>",
        _ledger(live, settings, now),
        "<h2>Posting calendar</h2>",
        figure(charts.posting_calendar(consistency.calendar(live)), "Posts per day"),
        "<h2>Per source</h2>",
        _sources(live),
        "<h2>Engagement by label</h2>",
        _engagement(live),
        *giving_html(live, posts, settings),
        "</body></html>",
    ]
    return "\n".join(parts)
