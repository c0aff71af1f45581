"""The plan as an iCalendar file (RFC 5545), written by hand: escaped text, folded lines, CRLF."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime

import pandas as pd

CRLF = "\r\n"
FOLD_OCTETS = 75  # a content line's limit, line break excluded (RFC 5545 section 3.1)
EVENT_MINUTES = 15
SUMMARY_CHARS = 60
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # TEXT allows HTAB, escaped newlines
# Line breaks other than CR and LF (next line, line and paragraph separators): some calendar
# apps break content lines at them, so a description could start a property of its own.
_OTHER_BREAKS = re.compile("[\x85\u2028\u2029\x0b\x0c]")


def escape_text(value: str) -> str:
    """A TEXT value (section 3.3.11): backslash, semicolon, comma and newlines escaped; every
    other kind of line break is written as an escaped newline too."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _OTHER_BREAKS.sub("\n", value)
    value = _CONTROL.sub("", value)
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\n", "\\n")


def fold(line: str) -> str:
    """Split a content line into lines of at most 75 octets, never inside a UTF-8 character;
    each continuation starts with one space (section 3.1)."""
    parts: list[str] = []
    current, size, limit = "", 0, FOLD_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, FOLD_OCTETS - 1  # the leading space takes one octet
        current += char
        size += width
    parts.append(current)
    return (CRLF + " ").join(parts)


def stamp(when: datetime | pd.Timestamp) -> str:
    return pd.Timestamp(when).tz_convert(UTC).strftime("%Y%m%dT%H%M%SZ")


def _uid(workspace: str, row: pd.Series) -> str:
    key = row["plan_id"] if pd.notna(row["plan_id"]) else f"{row['planned_at']}|{row['text']}"
    digest = hashlib.sha1(f"{workspace}|{key}".encode()).hexdigest()[:20]
    return f"{digest}@goodwill-ledger"


def _summary(row: pd.Series) -> str:
    first = " ".join(str(row["text"]).split())
    if len(first) > SUMMARY_CHARS:
        first = first[: SUMMARY_CHARS - 1] + "…"
    return f"[{row['label']}] {row['platform']}: {first}"


def _description(row: pd.Series) -> str:
    who = "your label" if row.get("label_by") == "person" else f"{row['confidence']:.0%} sure"
    lines = [str(row["text"]), "", f"Label: {row['label']} ({who})"]
    if isinstance(row["url"], str) and row["url"]:
        lines.append(f"Link: {row['url']}")
    return "\n".join(lines)


def calendar(planned: pd.DataFrame, workspace: str, now: datetime | pd.Timestamp) -> str:
    """A classified plan (core.plan.checks.classify_plans) as an .ics calendar, one event a post."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Goodwill Ledger//Plan//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(f'Goodwill Ledger plan: {workspace}')}",
    ]
    end = pd.Timedelta(minutes=EVENT_MINUTES)
    for _, row in planned.iterrows():
        lines += [
            "BEGIN:VEVENT",
            f"UID:{_uid(workspace, row)}",
            f"DTSTAMP:{stamp(now)}",
            f"DTSTART:{stamp(row['planned_at'])}",
            f"DTEND:{stamp(row['planned_at'] + end)}",
            f"SUMMARY:{escape_text(_summary(row))}",
            f"DESCRIPTION:{escape_text(_description(row))}",
            f"CATEGORIES:{escape_text(str(row['label']))}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)
