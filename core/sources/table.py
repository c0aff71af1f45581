"""Any CSV or XLSX with a date and a text column: a spreadsheet of posts, or an audit.

Headers are matched case-insensitively against aliases; a `label` column of give/ask is taken
as human labels (people who already audited their posts keep that work).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable

import pandas as pd

from core.errors import UserError
from core.post import ENGAGEMENT, SOURCES, Post, content_id
from core.sources.base import FileFormat, Parsed, decode, int_or_none, read_csv
from core.text import clean, unique

# Each field and the headers that mean it, most specific first. Compared after lower-casing and
# collapsing punctuation to spaces.
ALIASES: dict[str, tuple[str, ...]] = {
    "date": ("published at", "published", "publish time", "publish date", "date published",
             "posted at", "post date", "date posted", "created at", "created", "timestamp",
             "datetime", "date time", "time", "date", "sent at", "scheduled at"),
    "text": ("post text", "text", "post", "content", "message", "body", "caption",
             "tweet text", "tweet", "copy", "post content", "update", "share commentary",
             "sharecommentary", "description", "title"),
    "url": ("post link", "post url", "permalink", "url", "link", "share link", "sharelink"),
    "platform": ("platform", "network", "social network", "channel", "source", "service"),
    "id": ("post id", "id", "tweet id", "status id"),
    "likes": ("likes", "like count", "favorites", "favourites", "reactions", "hearts"),
    "reposts": ("reposts", "retweets", "shares", "boosts", "restacks", "repost count"),
    "replies": ("replies", "comments", "reply count", "comment count"),
    "impressions": ("impressions", "views", "reach", "video views"),
    "clicks": ("clicks", "link clicks", "url clicks", "total clicks"),
    "label": ("label", "give ask", "give or ask", "human label", "verdict"),
}  # fmt: skip

_PLATFORMS = {
    "x": "x", "twitter": "x", "tweet": "x", "linkedin": "linkedin", "facebook": "facebook",
    "fb": "facebook", "instagram": "instagram", "ig": "instagram", "threads": "threads",
    "mastodon": "mastodon", "bluesky": "bluesky", "bsky": "bluesky", "blog": "feed",
    "rss": "feed", "feed": "feed", "newsletter": "feed", "substack": "feed", "wordpress": "feed",
}  # fmt: skip


def _key(header: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", header.lower()).strip()


def map_columns(headers: Iterable[str]) -> dict[str, int]:
    """Field name → column index for every field whose header is recognised."""
    keys = [_key(h) for h in headers]
    mapping: dict[str, int] = {}
    for fld, aliases in ALIASES.items():
        for alias in aliases:
            if alias in keys and keys.index(alias) not in mapping.values():
                mapping[fld] = keys.index(alias)
                break
    return mapping


def sniff_csv(name: str, head: bytes) -> bool:
    lower = name.lower()
    if lower.endswith((".csv", ".tsv", ".txt")):
        return True
    first = head.split(b"\n", 1)[0]
    return b"," in first and not head.lstrip().startswith((b"<", b"{", b"["))


def sniff_xlsx(name: str, head: bytes) -> bool:
    return head.startswith(b"PK") and name.lower().endswith((".xlsx", ".xlsm"))


def parse_csv(name: str, data: bytes) -> Parsed:
    headers, rows = read_csv(decode(data, name), name)
    return _parse_rows(name, "CSV", headers, rows)


def parse_xlsx(name: str, data: bytes) -> Parsed:
    try:
        frame = pd.read_excel(io.BytesIO(data), dtype=str, keep_default_na=False)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types for damaged files
        raise UserError(f"{name} could not be read as an Excel workbook ({exc}).") from None
    headers = [str(c) for c in frame.columns]
    return _parse_rows(name, "Excel sheet", headers, iter(frame.itertuples(index=False, name=None)))


def _parse_rows(
    name: str, fmt: str, headers: list[str], rows: Iterable[Iterable[object]]
) -> Parsed:
    cols = map_columns(headers)
    if "date" not in cols or "text" not in cols:
        missing = " and ".join(f for f in ("date", "text") if f not in cols)
        raise UserError(
            f"{name} has no {missing} column that Goodwill Ledger recognises (its columns: "
            f"{', '.join(headers[:12]) or 'none'}). Name them 'date' and 'text', or map them on "
            "the Import page."
        )
    records = [list(r) for r in rows]
    result = Parsed(name=name, format=fmt)
    if not records:
        raise UserError(f"{name} has a header but no rows; nothing to import.")

    def column(fld: str) -> list[str]:
        i = cols.get(fld)
        return ["" if i is None or i >= len(r) or r[i] is None else str(r[i]) for r in records]

    dates = _parse_dates(column("date"))
    for i, (text_raw, when) in enumerate(zip(column("text"), dates, strict=False)):
        if when is None:
            result.skipped["no readable date"] += 1
            continue
        text, links = clean(text_raw)
        if not text:
            result.skipped["no text"] += 1
            continue
        platform = _PLATFORMS.get(_key(column("platform")[i]).replace(" ", ""), "table")
        url = column("url")[i].strip() or None
        native = column("id")[i].strip()
        post_id = (
            f"table:{platform}:{native}" if native else content_id("table", platform, when, text)
        )
        engagement = {f: int_or_none(column(f)[i]) for f in ENGAGEMENT if f in cols}
        result.posts.append(
            Post(
                id=post_id,
                source=platform if platform in SOURCES else "table",
                kind="post",
                published_at=when,
                text=text,
                text_raw=text_raw,
                url=url,
                links=tuple(unique([lk for lk in links if lk != url])),
                engagement=engagement,
            )
        )
        label = column("label")[i].strip().lower()
        if label in ("give", "ask"):
            result.labels[post_id] = label
    return result


def _parse_dates(values: list[str]) -> list[pd.Timestamp | None]:
    parsed = pd.to_datetime(pd.Series(values, dtype="string"), utc=True, format="mixed",
                            errors="coerce")  # fmt: skip
    return [None if pd.isna(v) else v.to_pydatetime() for v in parsed]


FORMATS = [
    FileFormat("Excel sheet", sniff_xlsx, parse_xlsx),
    FileFormat("CSV", sniff_csv, parse_csv),
]
