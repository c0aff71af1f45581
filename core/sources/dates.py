"""Timestamps as exports write them, made timezone-aware UTC (or None when unreadable)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import pandas as pd

# The atproto datetime profile (atproto.com/specs/lexicon#datetime): 'T', seconds, a zone.
_ATPROTO = re.compile(
    r"^[0-9]{4}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-6][0-9]:[0-6][0-9](?:\.[0-9]{1,20})?"
    r"(?:Z|[+-][0-2][0-9]:[0-5][0-9])$"
)
_FRACTION = re.compile(r"(\.\d{6})\d+")
# from_format's common formats (date and time separator, with seconds?) and their exact shape.
_EXACT_FORMATS = {
    "%Y-%m-%d %H:%M:%S": (" ", True),
    "%Y-%m-%dT%H:%M:%S": ("T", True),
    "%Y-%m-%d %H:%M": (" ", False),
}
_EXACT = re.compile(r"(\d{4})-(\d\d)-(\d\d)([ T])(\d\d):(\d\d)(?::(\d\d))?", re.ASCII)
# 05/03/2024, 5.3.24, 05-03-2024 10:00: a numeric date whose order (day or month first) is unsaid.
_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b")


def parse_iso(value: Any, *, strict: bool = False) -> datetime | None:
    """ISO 8601 ('Z', offsets, any number of fractional digits) as aware UTC.

    Naive times are taken as UTC (every export here writes UTC). strict=True accepts only the
    atproto profile, for client-set Bluesky dates, where anything else is refused and counted.
    """
    if not isinstance(value, str):
        return None
    text = value if strict else value.strip()
    if strict and (not _ATPROTO.match(text) or text.endswith("-00:00")):
        return None
    if not strict and text[-1:] in ("z", "Z"):
        text = text[:-1] + "+00:00"
    text = _FRACTION.sub(r"\1", text)  # fromisoformat wants at most 6 digits on older Pythons
    try:
        return _aware(datetime.fromisoformat(text))
    except (ValueError, OverflowError):
        return None  # month 13, hour 25, year 0, or a zone that moves it out of range


def from_unix(value: Any) -> datetime | None:
    """Unix seconds (int, float or digits) as aware UTC."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return datetime.fromtimestamp(float(value), tz=UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def from_format(value: Any, *formats: str) -> datetime | None:
    """The first of the strptime formats that reads the value, as UTC (naive means UTC)."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    exact = _EXACT.fullmatch(text)
    for fmt in formats:
        if exact and _EXACT_FORMATS.get(fmt) == (exact[4], exact[7] is not None):
            # Written exactly as the format reads: what strptime would give, at a fraction of
            # its cost (LinkedIn's Shares.csv has one a row).
            y, mo, d, h, mi = map(int, exact.group(1, 2, 3, 5, 6))
            try:
                return datetime(y, mo, d, h, mi, int(exact[7] or 0), tzinfo=UTC)
            except ValueError:
                pass  # out of range (month 13): strptime refuses it too, below
        try:
            return _aware(datetime.strptime(text, fmt))
        except ValueError:
            continue
    return None


def day_first(values: Sequence[str]) -> bool:
    """Whether a column's numeric dates are day first (31/12/2024). Decided per column, never per
    cell: month first (03/04/2024 is March 4, as US tools write it) unless any value's first
    number is over 12, which only a day-first column can hold."""
    return any(int(m.group(1)) > 12 for v in values if (m := _NUMERIC_DATE.match(v)))


def numeric_order(values: Sequence[str]) -> str | None:
    """How a column's numeric dates are written: "day" (31/12/2024: a first number over 12),
    "month" (12/31/2024: a second number over 12, or every date reads the same both ways, as
    05/05/2024 does, or there is none), or None when nothing tells and the two readings differ
    (05/11/2026 is 5 November or May 11): a person must say."""
    pairs = [(int(m.group(1)), int(m.group(2))) for v in values if (m := _NUMERIC_DATE.match(v))]
    if any(first > 12 for first, _ in pairs):
        return "day"
    if any(second > 12 for _, second in pairs) or all(a == b for a, b in pairs):
        return "month"
    return None


def numeric_example(values: Sequence[str]) -> str | None:
    """A numeric date of the column that reads differently day first and month first."""
    for v in values:
        m = _NUMERIC_DATE.match(v)
        if m and m.group(1) != m.group(2) and int(m.group(1)) <= 12 and int(m.group(2)) <= 12:
            return v.strip()
    return None


def parse_column(values: Sequence[str], day_first: bool | None = None) -> list[datetime | None]:
    """A column of dates in any of the forms spreadsheets and scheduling tools write, as aware
    UTC (naive means UTC), None where unreadable. Numeric dates follow one order for the whole
    column: day_first when given, else what the column shows (numeric_order, month first when
    it shows nothing); ISO dates (2024-03-05) are always year-month-day."""
    series = pd.Series(list(values), dtype="string").str.strip()
    numeric = series.str.match(_NUMERIC_DATE.pattern).fillna(False).astype(bool)
    parsed = pd.Series(pd.NaT, index=series.index, dtype="datetime64[ns, UTC]")
    if day_first is None:
        day_first = numeric_order(list(series[numeric])) == "day"
    for mask, dayfirst in ((~numeric, False), (numeric, day_first)):
        if mask.any():
            parsed[mask] = pd.to_datetime(
                series[mask], utc=True, format="mixed", dayfirst=dayfirst, errors="coerce"
            )
    return [None if pd.isna(v) else v.to_pydatetime() for v in parsed]


def _aware(dt: datetime) -> datetime:
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)
