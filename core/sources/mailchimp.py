"""Mailchimp's campaign report CSV (Reports → Download all: one row per campaign sent).
FORMATS.md §12 [reported]: Unique Id, Title, Subject, Send Date, Send Weekday, Total
Recipients, Successful Deliveries, Total Bounces, Unique Opens, Open Rate, Total Opens, Unique
Clicks, Click Rate, Total Clicks, Unsubscribes, Total Orders, Total Gross Sales, Total Revenue.

No body is exported: a campaign is a post whose text is its subject line (what every reader
saw), with its unique opens, unique clicks and unsubscribes. Unsubscribes are withdrawals a
person can measure: they are also kept per send day as an account figure (core.post.Measure),
beside the recipients, so the Balance page can set them against what the campaigns asked.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from core.post import Measure, Post, content_id
from core.sources.base import FileFormat, Parsed, csv_records, header_keys, int_or_none
from core.sources.dates import numeric_order, parse_column
from core.sources.text import clean

REQUIRED = {"subject", "send date"}
MARKERS = {"unique opens", "total recipients", "unsubscribes", "open rate"}
COUNTS = {"opens": "unique opens", "clicks": "unique clicks", "unsubscribes": "unsubscribes"}


def sniff(name: str, head: bytes) -> bool:
    keys = set(header_keys(head))
    return keys >= REQUIRED and bool(MARKERS & keys)


def parse_file(name: str, data: bytes) -> Parsed:
    keys, rows = csv_records(name, data)
    records = list(rows)
    sent = [r.get("send date", "") for r in records]
    # Mailchimp writes dates in the account's locale; a column that shows day first is read so.
    dates = parse_column(sent, day_first=numeric_order(sent) == "day")
    result = Parsed(name=name, format="Mailchimp")
    unsubscribed: dict[date, int] = defaultdict(int)
    recipients: dict[date, int] = defaultdict(int)
    for row, when in zip(records, dates, strict=True):
        raw = row.get("subject") or row.get("title", "")
        if when is None:
            result.skipped["not sent (no send date)"] += 1
            continue
        text, links = clean(raw, is_html=False)
        if not text:
            result.skipped["no subject"] += 1
            continue
        native = row.get("unique id", "")
        engagement = {f: int_or_none(row.get(c)) for f, c in COUNTS.items() if c in keys}
        result.posts.append(
            Post(
                id=f"mailchimp:{native}" if native else content_id("mailchimp", when, raw),
                source="mailchimp",
                kind="post",
                published_at=when,
                text=text,
                text_raw=raw,
                links=tuple(links),
                engagement=engagement,
            )
        )
        if engagement.get("unsubscribes") is not None:
            unsubscribed[when.date()] += engagement["unsubscribes"] or 0
        sent_to = int_or_none(row.get("total recipients"))
        if sent_to is not None:
            recipients[when.date()] += sent_to
    result.measures.extend(
        Measure(day, "mailchimp", "unsubscribes", n) for day, n in sorted(unsubscribed.items())
    )
    result.measures.extend(
        Measure(day, "mailchimp", "recipients", n) for day, n in sorted(recipients.items())
    )
    return result


FORMATS = [FileFormat("Mailchimp", sniff, parse_file)]
