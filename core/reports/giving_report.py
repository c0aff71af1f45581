"""The HTML report's sections on what giving earns: does giving pay, and the gift circle."""

from __future__ import annotations

import pandas as pd

from core.balance import circle, pays
from core.post import SOURCES
from core.reports import giving_charts
from core.settings import Settings


def _times(value: float | None) -> str:
    return "unbounded" if value is None else f"{value:.2f}×"


def _platform(key: str) -> str:
    return "All platforms" if key == pays.ALL else SOURCES.get(key, key)


def giving_html(live: pd.DataFrame, posts: pd.DataFrame, settings: Settings) -> list[str]:
    """HTML parts for html_report: headings, sentences, charts and tables, every string escaped."""
    from core.reports.html_report import esc, figure, table  # the report's own helpers

    found = pays.pays(live)
    parts = ["<h2>Does giving pay?</h2>", f"<p>{esc(pays.verdict(found))}</p>"]
    if found:
        parts.append(figure(giving_charts.pays_chart(found), "Give median ÷ ask median, 90%"))
        rows = [
            (p.measure, _platform(p.platform), p.give_median, p.ask_median, _times(p.ratio),
             f"{_times(p.low)} – {_times(p.high)}", p.n_give, p.n_ask)
            for p in found
        ]  # fmt: skip
        parts.append(table(["Measure", "Platform", "Give median", "Ask median", "Give ÷ ask",
                            "90% interval", "Give posts", "Ask posts"], rows))  # fmt: skip
    parts.append(
        "<ul>"
        + "".join(f"<li>{esc(r.finding)} ({esc(r.cite)})</li>" for r in pays.REFERENCES)
        + "</ul>"
    )
    ring = circle.circle(posts, settings.brand)
    parts += ["<h2>Your gift circle</h2>", f"<p>{esc(ring.concentration.text())}</p>"]
    if ring.own_link_share is not None:
        parts.append(
            f"<p>{esc(f'{ring.own_link_share:.0%} of your links point to your own sites.')}</p>"
        )
    if not ring.accounts.empty:
        rows = [(r.who, int(r.posts), r.kind) for r in ring.accounts.head(20).itertuples()]
        parts.append(table(["Account", "Give posts", "Mostly"], rows))
    if not ring.curated.empty:
        rows = [(r.domain, int(r.posts)) for r in ring.curated.head(20).itertuples()]
        parts.append(table(["Site you curate", "Give posts"], rows))
    return parts
