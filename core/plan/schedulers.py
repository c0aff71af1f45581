"""Scheduler CSVs: a plan read from a bulk-upload file, and a plan written back as CSV.

Three shapes are read:
- Hootsuite bulk: no header; column A the date and time, B the message, C an optional link.
- Buffer bulk: a header with Text and Posting Time (and Image URL, Tags, which are ignored).
- Any CSV whose header names a date and a text column (core.sources.table.map_columns), with an
  optional platform and link column; the plan CSV this module writes is one of these.
Times without a zone are taken as UTC, as everywhere else in Goodwill Ledger.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pandas as pd

from core.errors import UserError
from core.plan.planned import PlannedPost
from core.post import SOURCES, label_of
from core.reports.export import spreadsheet_safe
from core.sources.base import decode, read_csv
from core.sources.dates import numeric_example, numeric_order, parse_column
from core.sources.table import map_columns, with_times
from core.sources.vet import date_problem

DEFAULT_PLATFORM = "x"
PLAN_CSV_COLUMNS = [
    "date",
    "platform",
    "text",
    "url",
    "label",
    "label_by",
    "p_ask",
    "confidence",
    "reasons",
]
_PLATFORM_NAMES = {
    **{key: key for key in SOURCES},
    **{name.lower(): key for key, name in SOURCES.items()},
    "twitter": "x",
    "bsky": "bluesky",
    "blog": "feed",
    "fb": "facebook",
    "ig": "instagram",
}


@dataclass
class PlanFile:
    """The planned posts a file held, what it skipped and why, and the shape it was read as."""

    name: str
    format: str
    plans: list[PlannedPost] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    dates_note: str = ""  # how dates that read two ways (05/11/2026) were read

    def describe(self) -> str:
        text = f"{self.name} ({self.format}): {len(self.plans):,} planned posts"
        if self.skipped:
            why = "; ".join(f"{n:,} {reason}" for reason, n in sorted(self.skipped.items()))
            text += f", {sum(self.skipped.values()):,} rows skipped ({why})"
        if self.dates_note:
            text += f". {self.dates_note}"
        return text


def platform_key(value: str) -> str | None:
    return _PLATFORM_NAMES.get(" ".join(value.lower().split()))


def own_label(label: str, label_by: str) -> str | None:
    """A give/ask column is the person's label, unless this app wrote it as the model's."""
    if label_by.strip().lower() == "model":
        return None
    return label_of(label)


def parse_dates(values: list[str]) -> list[pd.Timestamp | None]:
    """Dates as schedulers write them. Slashed dates are month first (Hootsuite's default)
    unless a first number above 12 shows the file is day first."""
    return [None if v is None else pd.Timestamp(v) for v in parse_column(values)]


def _looks_like_date(cell: str) -> bool:
    return bool(cell.strip()) and parse_dates([cell])[0] is not None


def read_plan(name: str, data: bytes, platform: str = DEFAULT_PLATFORM) -> PlanFile:
    """The planned posts in a scheduler CSV; `platform` for rows that do not name one."""
    text = decode(data, name)
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    header, rows = read_csv(text, name, **({"delimiter": ","} if "," in first_line else {}))
    records = [r for r in rows if any(c.strip() for c in r)]
    if header and _looks_like_date(header[0]):
        cols = {"date": 0, "text": 1, "url": 2}
        return _rows(name, "Hootsuite bulk CSV", [header, *records], cols, platform)
    keys = [" ".join(re.sub(r"[^a-z0-9]+", " ", h.lower()).split()) for h in header]
    if "posting time" in keys and "text" in keys:
        cols = {"date": keys.index("posting time"), "text": keys.index("text")}
        return _rows(name, "Buffer bulk CSV", records, cols, platform)
    cols = map_columns(header)
    if "label by" in keys:
        cols["label_by"] = keys.index("label by")
    if "date" not in cols or "text" not in cols:
        raise UserError(
            f"{name} is not a plan Goodwill Ledger can read: it needs a date and a text column "
            f"(its columns: {', '.join(header[:8]) or 'none'}), or Hootsuite's bulk layout with "
            "no header (date, message, link)."
        )
    return _rows(name, "CSV", records, cols, platform)


def _rows(
    name: str, fmt: str, records: list[list[str]], cols: dict[str, int], platform: str
) -> PlanFile:
    result = PlanFile(name, fmt)

    def cell(row: list[str], fld: str) -> str:
        i = cols.get(fld)
        return row[i].strip() if i is not None and i < len(row) else ""

    raw = with_times([cell(r, "date") for r in records], [cell(r, "time") for r in records])
    dates = parse_dates(raw)
    now = datetime.now(UTC)
    example = numeric_example(raw)
    if example is not None:  # say which reading was taken: a plan a month off is easy to miss
        order = "day" if numeric_order(raw) == "day" else "month"
        [when] = parse_column([example], day_first=order == "day")
        result.dates_note = (
            f"Dates were read {order} first: {example} is "
            f"{when.strftime('%-d %B %Y') if when is not None else example}"
            + ("" if order == "day" else "; write dates as 2026-11-05 if you meant day first")
        )
    for row, when in zip(records, dates):
        body = cell(row, "text")
        if when is None:
            result.skipped["no readable date"] += 1
        elif problem := date_problem(when.to_pydatetime(), now):
            result.skipped[problem] += 1
        elif not body:
            result.skipped["no text"] += 1
        else:
            where = platform_key(cell(row, "platform")) or platform
            try:
                result.plans.append(
                    PlannedPost(
                        when.to_pydatetime(),
                        where,
                        body,
                        cell(row, "url") or None,
                        label=own_label(cell(row, "label"), cell(row, "label_by")),
                    )
                )
            except UserError:
                result.skipped["too long"] += 1
    if not result.plans:
        raise UserError(f"{name} holds no planned post with both a date and a text.")
    return result


def plan_csv(planned: pd.DataFrame) -> bytes:
    """A classified plan (core.plan.checks.classify_plans) as CSV that reads back in as a plan."""
    table = pd.DataFrame(
        {
            "date": planned["planned_at"].map(lambda t: t.isoformat()),
            "platform": planned["platform"],
            "text": planned["text"],
            "url": planned["url"],
            "label": planned["label"],
            "label_by": planned["label_by"],
            "p_ask": planned["p_ask"].astype(float).round(4),
            "confidence": planned["confidence"].astype(float).round(4),
            "reasons": planned["reasons"].map(lambda r: "; ".join(r)),
        },
        columns=PLAN_CSV_COLUMNS,
    ).map(spreadsheet_safe)
    buffer = io.StringIO()
    table.to_csv(buffer, index=False)
    return buffer.getvalue().encode("utf-8-sig")
