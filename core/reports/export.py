"""Exports: CSV of posts that a spreadsheet opens safely, and the workspace as plain data."""

from __future__ import annotations

import io
from typing import Any

import pandas as pd

from core.balance import ask_cost, circle, consistency, findings, ledger, metrics, pays
from core.settings import Settings

EXPORT_COLUMNS = ["id", "source", "kind", "published_at", "url", "text", "label", "label_by",
                  "p_ask", "confidence", "reasons"]  # fmt: skip
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """A cell a spreadsheet shows as text: a leading = + - @ would otherwise run as a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def posts_csv(posts: pd.DataFrame) -> bytes:
    frame = posts[EXPORT_COLUMNS].copy()
    frame["published_at"] = frame["published_at"].map(lambda t: t.isoformat())
    frame["reasons"] = frame["reasons"].map(lambda r: "; ".join(r))
    frame = frame.map(spreadsheet_safe)
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False)
    return buffer.getvalue().encode("utf-8-sig")  # the BOM makes Excel read UTF-8 as UTF-8


def workspace_data(
    posts: pd.DataFrame,
    settings: Settings,
    now: pd.Timestamp,
    audience: pd.DataFrame | None = None,
    received: pd.DataFrame | None = None,
) -> dict[str, Any]:
    """Everything the Balance page shows, as plain data (report --json, the HTML report).
    audience: the followers/unsubscribes series (ask_cost.AUDIENCE_COLUMNS) where an export
    carried one; received: mentions of the person (circle.RECEIVED_COLUMNS)."""
    live = metrics.counted(posts, settings)
    found = pays.pays(live)
    return {
        **metrics.summary(posts, settings),
        "weekly": consistency.weekly_records(live, settings.ratio),
        "consistency": {
            source: figures.as_dict()
            for source, figures in consistency.by_source(live, settings).items()
        },
        "ledger": ledger.summary(live, settings, now),
        "findings": findings.findings(live, settings, now),
        "pays": pays.records(found),
        "pays_verdict": pays.verdict(found),
        "ask_cost": ask_cost.records(ask_cost.costs(live, audience)),
        "circle": circle.circle(posts, settings.brand, received).as_dict(),
    }
