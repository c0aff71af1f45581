"""X's CSV files: the pre-2019 archive's tweets.csv, and the analytics export of engagement.

Both key posts as "x:<tweet id>", the id the modern archive (core.sources.x) uses, so a post
seen in several files is one post. The analytics file is a merge: its counts fill in the posts
already imported and never replace their text (core.store).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import UTC, datetime

from core.errors import UserError
from core.post import Post
from core.sources.base import FileFormat, Parsed, csv_header, decode, int_or_none, read_csv
from core.sources.dates import from_format
from core.sources.tarball import Archive
from core.sources.text import clean, normalize, tidy, unique
from core.sources.x import MONTHS, STATUS_URL

LEGACY_HEADER = ["tweet_id", "in_reply_to_status_id", "in_reply_to_user_id", "timestamp"]
ANALYTICS_HEADER = ["post id", "date", "post text"]
OVERVIEW_HEADER = ["date", "impressions", "engagements"]
# Engagement field -> the analytics column that gives it.
ANALYTICS_COUNTS = {
    "impressions": "impressions",
    "likes": "likes",
    "replies": "replies",
    "reposts": "reposts",
    "clicks": "url clicks",
}
_ANALYTICS_DATE = re.compile(r"^\s*(?:\w{3},\s*)?(\w{3})\s+(\d{1,2}),\s*(\d{4})\s*$")
_LEGACY_FILE = re.compile(r"(?:^|/)tweets\.csv$", re.IGNORECASE)
_GRAILBIRD = re.compile(r"(?:^|/)data/js/", re.IGNORECASE)


def _starts(head: bytes, expected: list[str]) -> bool:
    header = [h.lower() for h in csv_header(head)]
    return header[: len(expected)] == expected


def sniff_legacy(name: str, head: bytes) -> bool:
    return _starts(head, LEGACY_HEADER)


def sniff_analytics(name: str, head: bytes) -> bool:
    overview = _starts(head, OVERVIEW_HEADER) and "create post" in [
        h.lower() for h in csv_header(head)
    ]
    return _starts(head, ANALYTICS_HEADER) or overview


def _rows(name: str, data: bytes) -> Iterator[dict[str, str]]:
    headers, rows = read_csv(decode(data, name), name, delimiter=",")
    keys = [h.lower() for h in headers]
    for row in rows:
        yield {k: (row[i] if i < len(row) else "") for i, k in enumerate(keys)}


# --- pre-2019 archive: tweets.csv ---------------------------------------------------------------
def parse_legacy(name: str, data: bytes) -> Parsed:
    """tweets.csv of an archive from before 2019 (FORMATS.md §1.4)."""
    result = Parsed(name=name, format="X archive (tweets.csv, before 2019)")
    for row in _rows(name, data):
        tid = row.get("tweet_id", "").strip()
        when = from_format(row.get("timestamp", ""), "%Y-%m-%d %H:%M:%S %z")
        if not tid.isdigit() or when is None:
            result.skipped["no id or date"] += 1
            continue
        raw = row.get("text", "")
        # expanded_urls is comma-joined, often twice over, and not tied to the t.co in the text.
        links = unique([u.strip() for u in row.get("expanded_urls", "").split(",")])
        result.posts.append(
            Post(
                id=f"x:{tid}",
                source="x",
                kind=_legacy_kind(row, raw, links),
                published_at=when,
                text=normalize(tidy(html.unescape(raw))),
                text_raw=raw,
                url=f"https://x.com/i/web/status/{tid}",
                links=tuple(links),
            )
        )
    return result


def _legacy_kind(row: dict[str, str], raw: str, links: list[str]) -> str:
    if row.get("retweeted_status_id", "").strip() or raw.startswith("RT @"):
        return "repost"
    if row.get("in_reply_to_status_id", "").strip():
        return "reply"
    if any(STATUS_URL.match(link) for link in links):
        return "quote"
    return "post"


def read_legacy_zip(archive: Archive) -> tuple[list[Parsed], set[str]]:
    """A pre-2019 archive zip: tweets.csv, plus data/js/ (the same posts again, as JS)."""
    found: list[Parsed] = []
    claimed: set[str] = set()
    for member in (n for n in archive.names if _LEGACY_FILE.search(n)):
        data = archive.read(member)
        if not sniff_legacy(member, data[:4096]):
            continue
        root = member[: -len("tweets.csv")]
        result = parse_legacy(f"{archive.name}/{member}", data)
        grailbird = {n for n in archive.names if n.startswith(root) and _GRAILBIRD.search(n)}
        if grailbird:
            result.notes.append("data/js/ repeats tweets.csv as JavaScript and was not read")
        found.append(result)
        claimed |= {member} | grailbird
    return found, claimed


# --- analytics: account_analytics_content_<from>_<to>.csv ----------------------------------------
def parse_analytics(name: str, data: bytes) -> Parsed:
    """Per-post impressions and engagement (FORMATS.md §1.5), merged onto archive posts by id."""
    if _starts(data[:4096], OVERVIEW_HEADER):
        raise UserError(
            f"{name} is X's analytics overview (totals per day), not per post. Download the "
            "posts file instead (account_analytics_content_….csv), or upload your X archive."
        )
    result = Parsed(name=name, format="X analytics", merge=True)
    for row in _rows(name, data):
        pid = row.get("post id", "").strip()
        when = analytics_date(row.get("date", ""))
        if not pid.isdigit() or when is None:
            result.skipped["no post id or date"] += 1
            continue
        raw = row.get("post text", "")
        text, links = clean(raw, is_html=False)
        result.posts.append(
            Post(
                id=f"x:{pid}",
                source="x",
                kind=_analytics_kind(text),
                published_at=when,
                text=text,
                text_raw=raw,
                url=row.get("post link", "").strip() or f"https://x.com/i/web/status/{pid}",
                links=tuple(links),
                engagement={f: int_or_none(row.get(col)) for f, col in ANALYTICS_COUNTS.items()},
            )
        )
    if result.posts:
        result.notes.append(
            "counts were added to posts already imported; posts new to this workspace are dated "
            "at midnight UTC, since the analytics file gives days, not times"
        )
    return result


def analytics_date(value: str) -> datetime | None:
    """'Tue, Jul 14, 2026' (no time: midnight UTC), or an ISO date."""
    match = _ANALYTICS_DATE.match(value or "")
    if match and match.group(1).title() in MONTHS:
        month, day, year = MONTHS[match.group(1).title()], match.group(2), match.group(3)
        try:
            return datetime(int(year), month, int(day), tzinfo=UTC)
        except ValueError:
            return None
    return from_format(value, "%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%m/%d/%Y")


def _analytics_kind(text: str) -> str:
    # The file says nothing of kind; for posts not in the archive, the text's start tells most.
    if text.startswith("RT @"):
        return "repost"
    return "reply" if text.startswith("@") else "post"


FORMATS = [
    FileFormat("X archive (tweets.csv)", sniff_legacy, parse_legacy),
    FileFormat("X analytics", sniff_analytics, parse_analytics),
]
