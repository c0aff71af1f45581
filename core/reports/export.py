"""Exports: CSV of posts that a spreadsheet opens safely, and the workspace as plain data."""

from __future__ import annotations

import io
import json
import math
from collections.abc import Iterator
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


def posts_jsonl(posts: pd.DataFrame, columns: list[str]) -> Iterator[str]:
    """One strict JSON line a post: a missing value (no verdict, no count) is null, never NaN,
    which Python's json would write and every strict parser rejects."""
    encode = json.JSONEncoder(ensure_ascii=False, allow_nan=False, default=str).encode
    for row in posts[columns].to_dict("records"):
        out = {key: _plain(value) for key, value in row.items()}
        if isinstance(out.get("p_ask"), float):
            out["p_ask"] = round(out["p_ask"], 4)
        yield encode(out) + "\n"


def _plain(value: Any) -> Any:
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return _plain(value.item())
    return value


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
