"""Posts DataFrames built by hand, in the columns core.store returns (core.post.COLUMNS).

Tests of the metrics, the ledger, findings and plans start from a frame a person can check on
paper, not from an import.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from core.post import COLUMNS, ENGAGEMENT


def utc(when: Any) -> pd.Timestamp:
    stamp = pd.Timestamp(when)
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def posts_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """rows: dicts with at least `at` (ISO time, UTC) and `label`; optional source, kind, and
    engagement counts (missing means the export did not say)."""
    records = []
    for i, row in enumerate(rows):
        record: dict[str, Any] = {c: None for c in COLUMNS}
        record.update(
            id=row.get("id", f"p{i:03d}"),
            source=row.get("source", "x"),
            kind=row.get("kind", "post"),
            published_at=utc(row["at"]),
            text=row.get("text", f"post {i}"),
            text_raw=row.get("text", f"post {i}"),
            links=row.get("links", []),
            channel=row.get("channel"),
            reasons=[],
            label=row["label"],
            label_by=None if row["label"] is None else "model",
            model_label=row["label"],
            **{m: row.get(m) for m in ENGAGEMENT},
        )
        records.append(record)
    frame = pd.DataFrame(records, columns=COLUMNS)
    frame["published_at"] = pd.to_datetime(frame["published_at"], utc=True)
    for m in ENGAGEMENT:
        frame[m] = frame[m].astype("Int64")
    return frame


def week_fixture() -> pd.DataFrame:
    """Five weeks of March 2026 (weeks start on Monday the 2nd, 9th, 16th, 23rd and 30th):

    week of  2 Mar  give Mon-Thu, ask Fri          4 : 1  on target
    week of  9 Mar  ask Mon, Tue, Wed              0 : 3  below, mostly asks
    week of 16 Mar  nothing
    week of 23 Mar  give Mon and Wed (the blog)    2 : 0  on target
    week of 30 Mar  ask Mon, give Tue-Fri          4 : 1  on target
    plus a repost and an unlabelled post, which do not count.
    Gives earn 10 likes and asks 2; the blog's posts carry no counts.
    """
    give, ask = {"label": "give", "likes": 10}, {"label": "ask", "likes": 2}
    rows = [
        {"at": "2026-03-02 09:00", **give},
        {"at": "2026-03-03 09:00", **give},
        {"at": "2026-03-04 09:00", **give},
        {"at": "2026-03-05 09:00", **give},
        {"at": "2026-03-06 09:00", **ask},
        {"at": "2026-03-09 09:00", **ask},
        {"at": "2026-03-10 09:00", **ask},
        {"at": "2026-03-11 09:00", **ask},
        {"at": "2026-03-23 09:00", "label": "give", "source": "feed", "kind": "article"},
        {"at": "2026-03-25 09:00", "label": "give", "source": "feed", "kind": "article"},
        {"at": "2026-03-30 09:00", **ask},
        {"at": "2026-03-31 09:00", **give},
        {"at": "2026-04-01 09:00", **give},
        {"at": "2026-04-02 09:00", **give},
        {"at": "2026-04-03 09:00", **give},
        {"at": "2026-04-03 10:00", "label": "give", "kind": "repost"},
        {"at": "2026-04-03 11:00", "label": None},
    ]
    return posts_frame(rows)
