"""Exports: CSV of posts that a spreadsheet opens safely, and the workspace as plain data."""

from __future__ import annotations

import io
import json
import math
import unicodedata
from collections.abc import Iterator
from typing import Any

import pandas as pd

from core.balance import ask_cost, circle, consistency, findings, ledger, metrics, pays, reddit
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
        **channel_data(posts, live, settings),
    }


def channel_data(posts: pd.DataFrame, live: pd.DataFrame, settings: Settings) -> dict[str, Any]:
    """Give and ask per subreddit or Discord channel, and Reddit's own checks, where there are
    any (keys left out otherwise)."""
    out: dict[str, Any] = {}
    placed = live[live["channel"].notna()]
    if not placed.empty:
        out["by_channel"] = {
            row["channel"]: {
                "posts": int(row["posts"]),
                "give": int(row["give"]),
                "ask": int(row["ask"]),
            }  # fmt: skip
            for _, row in metrics.by_group(placed, "channel").iterrows()
        }
    if (posts["source"] == "reddit").any():
        total = reddit.nine_to_one(posts, settings)
        domains = reddit.domain_shares(posts, settings.brand)
        out["reddit"] = {
            "give": total.give,
            "ask": total.ask,
            "meets_nine_to_one": total.meets(9.0),
            "domains": [
                {
                    "domain": d,
                    "submissions": int(n),
                    "share": round(float(sh), 4),
                    "own": bool(o),
                    "flagged": bool(f),
                }  # fmt: skip
                for d, n, sh, o, f in domains.itertuples(index=False)
            ],
        }
    return out
