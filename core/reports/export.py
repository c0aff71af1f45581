"""Exports: CSV of posts that a spreadsheet opens safely, and the workspace as plain data."""

from __future__ import annotations

import io
import unicodedata
from typing import Any

import pandas as pd

from core.balance import consistency, findings, ledger, metrics
from core.settings import Settings

EXPORT_COLUMNS = ["id", "source", "kind", "published_at", "url", "text", "label", "label_by",
                  "p_ask", "confidence", "reasons"]  # fmt: skip
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Signs a spreadsheet may read as = + - @ though they are other characters: full-width and small
# forms (＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫, which NFKC folds to ASCII) and the minus sign U+2212.
_FORMULA_LOOKALIKES = ("\u2212", "\u2796", "\u2795", "\u229c")


def spreadsheet_safe(value: object) -> object:
    """A cell a spreadsheet shows as text: a leading = + - @ would otherwise run as a formula,
    and so might the full-width ＝ or the minus sign − that some spreadsheets read as them."""
    if not isinstance(value, str) or not value:
        return value
    first = unicodedata.normalize("NFKC", value[0])
    if first.startswith(_FORMULA_START) or value.startswith(_FORMULA_LOOKALIKES):
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


def workspace_data(posts: pd.DataFrame, settings: Settings, now: pd.Timestamp) -> dict[str, Any]:
    """Everything the Balance page shows, as plain data (report --json, the HTML report)."""
    live = metrics.counted(posts, settings)
    return {
        **metrics.summary(posts, settings),
        "weekly": consistency.weekly_records(live, settings.ratio),
        "consistency": {
            source: figures.as_dict()
            for source, figures in consistency.by_source(live, settings).items()
        },
        "ledger": ledger.summary(live, settings, now),
        "findings": findings.findings(live, settings, now),
    }
