"""Exports: CSV of posts that a spreadsheet opens safely."""

from __future__ import annotations

import io

import pandas as pd

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
