"""Any CSV or XLSX with a date and a text column: a spreadsheet of posts, an audit, or a
scheduling tool's post report (Buffer, Hootsuite, Sprout Social, Later, Publer).

Headers are matched case-insensitively against aliases; a `label` column of give/ask is taken
as human labels (people who already audited their posts keep that work). When the date or the
text column is not recognised, ColumnsNotRecognised names the file's columns, and the caller
may parse again with a mapping (field -> column header) that a person chose.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from core.errors import ColumnsNotRecognised, DateOrderUnclear, UserError
from core.post import ENGAGEMENT, SOURCES, Post, content_id
from core.sources.base import FileFormat, Parsed, decode, int_or_none, read_csv
from core.sources.dates import numeric_example, numeric_order, parse_column
from core.sources.text import clean, unique

# Each field and the headers that mean it, most specific first. Compared after lower-casing and
# collapsing punctuation to spaces ("Date (GMT)" is "date gmt"). The scheduling tools' headers
# below are [reported] (FORMATS.md §8: their exports could not be checked against real files),
# so the sets are liberal: Buffer "Posted At", "Post Text", "Channel"; Hootsuite "Date (GMT)",
# "Message", "Social Network", "Post Link"; Sprout Social "Post", "Network", "Reactions",
# "Post Link Clicks"; Later "Date Published", "Scheduled Time", "Caption", "Social Profile";
# Publer "Account", "Post URL".
ALIASES: dict[str, tuple[str, ...]] = {
    "date": ("published at", "published", "publish time", "publish date", "date published",
             "posted at", "post date", "date posted", "posted on", "published on",
             "date gmt", "date utc", "date time gmt", "sent date", "date sent", "created at",
             "created", "timestamp", "datetime", "date time", "date", "sent at",
             "scheduled at", "scheduled time", "scheduled date", "scheduled for",
             "publish at", "posting time", "time"),
    # A time of day in a column of its own, beside a date without one (Date, Time).
    "time": ("time", "time gmt", "time utc", "post time", "time posted", "time published"),
    "text": ("post text", "text", "post", "content", "message", "body", "caption",
             "tweet text", "tweet", "copy", "post content", "post message", "post caption",
             "message text", "update", "share commentary", "sharecommentary", "description",
             "title"),
    "url": ("post link", "post url", "permalink", "post permalink", "url", "link",
            "share link", "sharelink", "link to post", "post link url", "public url"),
    "platform": ("platform", "network", "social network", "channel", "channel type",
                 "service", "source", "profile type", "social profile", "social account",
                 "account", "profile"),
    "id": ("post id", "id", "tweet id", "status id", "message id"),
    "likes": ("likes", "like count", "favorites", "favourites", "reactions", "hearts",
              "total reactions"),
    "reposts": ("reposts", "retweets", "shares", "boosts", "restacks", "repost count",
                "share count"),
    "replies": ("replies", "comments", "reply count", "comment count"),
    "impressions": ("impressions", "views", "reach", "total reach", "video views"),
    "clicks": ("clicks", "link clicks", "url clicks", "total clicks", "post link clicks",
               "post clicks all", "post clicks"),
    "label": ("label", "give ask", "give or ask", "human label", "verdict"),
}  # fmt: skip

# The fields a person may map by hand on the Import page: date and text are required.
MAPPABLE = ("date", "text", "url", "platform", "likes", "reposts", "replies", "impressions",
            "clicks", "label")  # fmt: skip
REQUIRED = ("date", "text")
FIELD_LABELS = {
    "date": "Date the post was published (required)",
    "text": "Text of the post (required)",
    "url": "Link to the post",
    "platform": "Platform or network",
    "likes": "Likes or reactions",
    "reposts": "Reposts or shares",
    "replies": "Replies or comments",
    "impressions": "Impressions or views",
    "clicks": "Clicks",
    "label": "Your give/ask label",
}

_PLATFORMS = {
    "x": "x", "twitter": "x", "tweet": "x", "linkedin": "linkedin", "facebook": "facebook",
    "fb": "facebook", "instagram": "instagram", "ig": "instagram", "threads": "threads",
    "mastodon": "mastodon", "bluesky": "bluesky", "bsky": "bluesky", "blog": "feed",
    "rss": "feed", "feed": "feed", "newsletter": "feed", "substack": "feed", "wordpress": "feed",
}  # fmt: skip
# Scheduling tools name networks loosely ("Instagram Business", "FACEBOOKPAGE", "LinkedIn
# Company Page", "X (Twitter)"): a long platform word anywhere in the value is enough.
_PLATFORM_WORDS = ("twitter", "linkedin", "facebook", "instagram", "threads", "mastodon",
                   "bluesky", "wordpress", "substack", "newsletter")  # fmt: skip


@dataclass(frozen=True)
class Preset:
    """A scheduling tool's post export, told by its headers so the summary can name it.

    Every group in `signature` must be met by one of its header keys. The sets are [reported]
    (FORMATS.md §8), not verified against real exports: a miss only makes the summary say "CSV".
    """

    name: str
    signature: tuple[frozenset[str], ...]

    def matches(self, keys: set[str]) -> bool:
        return all(group & keys for group in self.signature)


def _any(*keys: str) -> frozenset[str]:
    return frozenset(keys)


# Most distinctive first: Hootsuite's "Date (GMT)" and Later's "Caption" + "Date Published"
# before the tools whose headers are more generic.
PRESETS: tuple[Preset, ...] = (
    Preset("Hootsuite export", (_any("date gmt", "date time gmt"), _any("message"),
                                _any("social network", "post link", "permalink"))),
    Preset("Later export", (_any("date published", "scheduled time"), _any("caption"),
                            _any("social profile", "platform", "profile"))),
    Preset("Sprout Social export", (_any("post"), _any("network"),
                                    _any("post link clicks", "sent by", "post clicks all",
                                         "content type", "post type"))),
    Preset("Publer export", (_any("account"), _any("text", "post"),
                             _any("post url", "link", "network"))),
    Preset("Buffer export", (_any("posted at"), _any("text", "post text"),
                             _any("channel", "network"))),
    Preset("Buffer export", (_any("date"), _any("text", "post text"), _any("channel"))),
)  # fmt: skip


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


def suggest_mapping(headers: list[str]) -> dict[str, str]:
    """Field → column header for the fields recognised automatically: a mapping form's defaults."""
    return {fld: headers[i] for fld, i in map_columns(headers).items() if fld in MAPPABLE}


def preset_of(headers: Iterable[str]) -> str | None:
    """The scheduling tool whose export these headers look like, if any."""
    keys = {_key(h) for h in headers}
    return next((p.name for p in PRESETS if p.matches(keys)), None)


def apply_mapping(
    name: str, headers: list[str], mapping: Mapping[str, str | None] | None
) -> dict[str, int]:
    """The automatic match, overridden by a person's mapping (field → column header).

    A field the mapping names takes that column (None or "" leaves the field unmapped); fields
    it does not name keep their automatic match, unless their column was given to another.
    """
    cols = map_columns(headers)
    for fld, header in (mapping or {}).items():
        if fld not in ALIASES:
            raise ValueError(f"unknown field {fld!r}; fields are {', '.join(ALIASES)}")
        cols.pop(fld, None)
        if not header:
            continue
        if header not in headers:
            raise UserError(
                f"{name} has no column named {header!r} (its columns: "
                f"{', '.join(headers[:12]) or 'none'}). Choose the columns again."
            )
        index = headers.index(header)
        for other in [f for f, i in cols.items() if i == index and f not in mapping]:
            del cols[other]
        cols[fld] = index
    if mapping and cols.get("date") is not None and cols.get("date") == cols.get("text"):
        raise UserError(f"{name}: the date and the text must be two different columns.")
    return cols


def sniff_csv(name: str, head: bytes) -> bool:
    lower = name.lower()
    if lower.endswith((".csv", ".tsv", ".txt")):
        return True
    first = head.split(b"\n", 1)[0]
    return b"," in first and not head.lstrip().startswith((b"<", b"{", b"["))


def sniff_xlsx(name: str, head: bytes) -> bool:
    return head.startswith(b"PK") and name.lower().endswith((".xlsx", ".xlsm"))


DATE_ORDERS = {"day": "day first (31/12/2026)", "month": "month first (12/31/2026)"}


def parse_csv(
    name: str,
    data: bytes,
    mapping: Mapping[str, str | None] | None = None,
    date_order: str | None = None,
) -> Parsed:
    headers, rows = read_csv(decode(data, name), name)
    return _parse_rows(name, "CSV", headers, rows, mapping, date_order)


def parse_xlsx(
    name: str,
    data: bytes,
    mapping: Mapping[str, str | None] | None = None,
    date_order: str | None = None,
) -> Parsed:
    try:
        frame = pd.read_excel(io.BytesIO(data), dtype=str, keep_default_na=False)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types for damaged files
        raise UserError(f"{name} could not be read as an Excel workbook ({exc}).") from None
    headers = [str(c).strip() for c in frame.columns]
    rows = iter(frame.itertuples(index=False, name=None))
    return _parse_rows(name, "Excel sheet", headers, rows, mapping, date_order)


def parse_table(
    name: str,
    data: bytes,
    mapping: Mapping[str, str | None] | None,
    date_order: str | None = None,
) -> Parsed:
    """A CSV or Excel sheet read with a person's column mapping (see apply_mapping) and, for
    numeric dates that read two ways, the order they chose ("day" or "month", DATE_ORDERS)."""
    if not data or data.isspace():
        raise UserError(f"{name} is empty. Upload the export file itself.")
    if date_order is not None and date_order not in DATE_ORDERS:
        raise ValueError(f"date_order is one of {', '.join(DATE_ORDERS)}, not {date_order!r}")
    if sniff_xlsx(name, data[:4]):
        return parse_xlsx(name, data, mapping, date_order)
    return parse_csv(name, data, mapping, date_order)


def _parse_rows(
    name: str,
    fmt: str,
    headers: list[str],
    rows: Iterable[Iterable[object]],
    mapping: Mapping[str, str | None] | None = None,
    date_order: str | None = None,
) -> Parsed:
    cols = apply_mapping(name, headers, mapping)
    missing = tuple(f for f in REQUIRED if f not in cols)
    if missing:
        what = " and ".join(missing)
        raise ColumnsNotRecognised(
            f"{name} has no {what} column that Goodwill Ledger recognises (its columns: "
            f"{', '.join(headers[:12]) or 'none'}{', …' if len(headers) > 12 else ''}). Name "
            "them 'date' and 'text', or map them on the Import page.",
            name=name,
            columns=headers,
            missing=missing,
        )
    records = [list(r) for r in rows]
    preset = preset_of(headers)
    result = Parsed(name=name, format=preset or fmt)
    if not records:
        raise UserError(f"{name} has a header but no rows; nothing to import.")

    def column(fld: str) -> list[str]:
        i = cols.get(fld)
        return ["" if i is None or i >= len(r) or r[i] is None else str(r[i]) for r in records]

    raw_dates = with_times(column("date"), column("time"))
    order = date_order or numeric_order(raw_dates)
    example = numeric_example(raw_dates)
    if order is None and example is not None:
        raise DateOrderUnclear(
            f"{name}: its dates read two ways ({example} could be day first or month first) "
            "and no date in the file tells which. Say which, and it is imported: on the Import "
            "page, or with --dates day-first or --dates month-first on the command line.",
            name=name,
            columns=headers,
            example=example,
        )
    dates = parse_column(raw_dates, day_first=order == "day")
    texts, platforms, urls, natives, labels = (
        column(f) for f in ("text", "platform", "url", "id", "label")
    )
    counts = {f: column(f) for f in ENGAGEMENT if f in cols}
    for i, (text_raw, when) in enumerate(zip(texts, dates, strict=True)):
        if when is None:
            result.skipped["no readable date"] += 1
            continue
        text, links = clean(text_raw)
        if not text:
            result.skipped["no text"] += 1
            continue
        platform = platform_of(platforms[i])
        url = urls[i].strip() or None
        native = natives[i].strip()
        post_id = (
            f"table:{platform}:{native}" if native else content_id("table", platform, when, text)
        )
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
                engagement={f: int_or_none(values[i]) for f, values in counts.items()},
            )
        )
        label = labels[i].strip().lower()
        if label in ("give", "ask"):
            result.labels[post_id] = label
    if example is not None:  # say which reading was taken, so a wrong one is seen at once
        how = "as you chose" if date_order else "as the file's other dates show"
        result.notes.append(
            f"Dates were read {DATE_ORDERS[order or 'month'].split(' (')[0]} ({how}): "
            f"{example} is {_spoken(example, order == 'day')}"
        )
    return result


def _spoken(value: str, day_first: bool) -> str:
    [when] = parse_column([value], day_first=day_first)
    return when.strftime("%-d %B %Y") if when else value


def with_times(dates: list[str], times: list[str]) -> list[str]:
    """Each date with the time from a column of its own, where the date has none."""
    return [
        f"{d.strip()} {t.strip()}" if t.strip() and ":" not in d else d
        for d, t in zip(dates, times, strict=True)
    ]


def platform_of(value: str) -> str:
    """The source key a platform cell names ('Twitter', 'INSTAGRAMBUSINESS'), else 'table'."""
    compact = _key(value).replace(" ", "")
    if compact in _PLATFORMS:
        return _PLATFORMS[compact]
    word = next((w for w in _PLATFORM_WORDS if w in compact), None)
    return _PLATFORMS[word] if word else "table"


FORMATS = [
    FileFormat("Excel sheet", sniff_xlsx, parse_xlsx),
    FileFormat("CSV", sniff_csv, parse_csv),
]
