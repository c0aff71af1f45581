"""Blog feeds: RSS 0.9x/1.0/2.0, Atom, WordPress WXR (through feedparser) and JSON Feed.

feedparser is only ever given bytes: a str or bytes that looks like a path or URL would make
it read local files or fetch (FORMATS.md §10.2), so it gets a BytesIO.
"""

from __future__ import annotations

import calendar
import io
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import feedparser

from core.errors import UserError
from core.post import Post, content_id
from core.sources.base import FileFormat, Parsed, decode, load_json
from core.sources.text import clean, strip_shortcodes, unique

_XMLISH = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<", re.DOTALL)
_FEED_ROOT = re.compile(rb"<(?:\w+:)?(?:rss|feed|RDF|rdf|channel)\b")
_HTML_ROOT = re.compile(rb"<!doctype\s+html|<html\b", re.IGNORECASE)
_WXR = re.compile(rb"xmlns:wp=[\"']https?://wordpress\.org/export/")
_JSON_FEED = re.compile(rb'"version"\s*:\s*"https?://jsonfeed\.org/version/')
# bozo exceptions that say nothing is wrong with the feed's content.
_HARMLESS = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


def _strip_bom(head: bytes) -> bytes:
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if head.startswith(bom):
            return head[len(bom) :]
    return head


def sniff_xml_feed(name: str, head: bytes) -> bool:
    head = _strip_bom(head)
    if b"\x00" in head[:200]:  # UTF-16/32 XML: let feedparser work out the encoding
        head = head.replace(b"\x00", b"")
    if not _XMLISH.match(head) or _HTML_ROOT.search(head[:2048]):
        return False
    return bool(_FEED_ROOT.search(head)) or head.lstrip().startswith(b"<?xml")


def sniff_json_feed(name: str, head: bytes) -> bool:
    return head.lstrip().startswith(b"{") and bool(_JSON_FEED.search(head[:4096]))


def declares_entities(data: bytes) -> bool:
    """Whether the XML declares entities before its root element (<!ENTITY in the DOCTYPE). The
    billion-laughs bomb and external entities that read local files (file:///etc/passwd) both
    need one, and no blog feed or export has one. feedparser's parser neither reads external
    entities nor expands without limit; this refuses such a file before it gets that far."""
    head = _strip_bom(data[: 1024**2]).replace(b"\x00", b"")  # UTF-16: its ASCII stays readable
    head = _PROLOG_NOISE.sub(b"", head)
    root = _ROOT_ELEMENT.search(head)
    return b"<!ENTITY" in (head[: root.start()] if root else head).upper()


_PROLOG_NOISE = re.compile(rb"<!--.*?-->|<\?.*?\?>", re.DOTALL)  # comments and <?xml …?>
_ROOT_ELEMENT = re.compile(rb"<[A-Za-z_]")


def parse_xml_feed(name: str, data: bytes) -> Parsed:
    if declares_entities(data):
        raise UserError(
            f"{name} declares its own XML entities (<!ENTITY in its DOCTYPE), which no blog feed "
            "or export does; such a file can expand to gigabytes or point at files on this "
            "computer, so it was refused. Download the feed or export again."
        )
    try:
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True)
    except Exception as exc:  # noqa: BLE001 - feedparser promises not to raise; belt and braces
        raise UserError(f"{name} could not be read as a feed ({type(exc).__name__}).") from None
    entries = parsed.get("entries") or []
    is_wxr = bool(_WXR.search(data[:65536])) or any("wp_post_type" in e for e in entries[:5])
    fmt = "WordPress export (WXR)" if is_wxr else _feed_format(parsed)
    if not entries:
        exc = parsed.get("bozo_exception")
        # A damaged file can still name a version (WordPress's malformed.xml is an <rss> with a
        # mismatched tag): it is broken, not empty. Only an encoding note is harmless.
        if parsed.get("bozo") and not isinstance(exc, _HARMLESS):
            raise UserError(
                f"{name} is not a well-formed feed ({_describe(exc)}). If it is a web page, "
                "paste the blog's address instead; if it is an export, download it again."
            )
        if not parsed.get("version"):
            raise UserError(
                f"{name} is XML but not a feed (RSS, Atom or a WordPress export); "
                "there is nothing to import."
            )
        raise UserError(f"{name} is a feed with no posts in it, so there is nothing to import.")
    result = Parsed(name=name, format=fmt)
    head = parsed.get("feed") or {}
    key = feed_key(head.get("link"), head.get("title"))
    for entry in entries:
        if is_wxr and not _wxr_published_post(entry, result):
            continue
        post = _entry_post(entry, is_wxr, key, result)
        if post is None:
            result.skipped["no publication date"] += 1
            continue
        result.posts.append(post)
    if parsed.get("bozo") and result.posts:
        result.notes.append(
            f"the feed has errors ({_describe(parsed.get('bozo_exception'))}); "
            "the posts that could be read were kept"
        )
    return result


def _feed_format(parsed: Any) -> str:
    version = (parsed.get("version") or "").lower()
    if version.startswith("atom"):
        return "Atom feed"
    if version.startswith("rss") or version.startswith("cdf"):
        return "RSS feed"
    return "Feed"


def _describe(exc: object) -> str:
    if exc is None:
        return "unknown error"
    text = str(exc).strip() or type(exc).__name__
    return text[:160]


def _wxr_published_post(entry: Any, result: Parsed) -> bool:
    post_type = entry.get("wp_post_type", "post") or "post"
    status = entry.get("wp_status", "publish") or "publish"
    if post_type != "post":
        result.skipped[f"{post_type.replace('_', ' ')} (not a post)"] += 1
        return False
    if status != "publish":
        result.skipped[f"{status} post (not published)"] += 1
        return False
    return True


def _entry_date(entry: Any, is_wxr: bool) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                # feedparser's tuples are UTC; timegm (not mktime) keeps them UTC.
                return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
            except (OverflowError, ValueError, OSError):
                continue
    if is_wxr:
        gmt = entry.get("wp_post_date_gmt", "")
        try:
            return datetime.strptime(gmt, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
        except (TypeError, ValueError):
            return None
    return None


def _entry_post(entry: Any, is_wxr: bool, key: str | None, result: Parsed) -> Post | None:
    published = _entry_date(entry, is_wxr)
    if published is None:
        return None
    title, _ = clean(entry.get("title") or "", is_html=True)
    contents = entry.get("content") or []
    body_raw = contents[0].get("value", "") if contents else entry.get("summary", "") or ""
    if is_wxr:
        body_raw = strip_shortcodes(body_raw)
    body, links = clean(body_raw, is_html=True)
    text = f"{title}\n\n{body}".strip() if title and not body.startswith(title) else body or title
    url = _text_or_none(entry.get("link"))
    guid = _text_or_none(entry.get("id")) or url
    post_id = item_id(key, guid, result, published.isoformat(), text[:200])
    return Post(
        id=post_id,
        source="feed",
        kind="article",
        published_at=published,
        text=text,
        text_raw=body_raw,
        url=url,
        links=tuple(unique([link for link in links if link != url])),
    )


def parse_json_feed(name: str, data: bytes) -> Parsed:
    doc = load_json(decode(data, name), name)
    items = doc.get("items") if isinstance(doc, dict) else None
    if not isinstance(items, list):
        raise UserError(f"{name} is a JSON Feed without an items list; nothing to import.")
    result = Parsed(name=name, format="JSON Feed")
    key = feed_key(
        _text_or_none(doc.get("home_page_url")) or _text_or_none(doc.get("feed_url")),
        _text_or_none(doc.get("title")),
    )
    for item in items:
        if not isinstance(item, dict):
            result.skipped["not a feed item"] += 1
            continue
        published = _iso(item.get("date_published") or item.get("date_modified"))
        if published is None:
            result.skipped["no publication date"] += 1
            continue
        raw = item.get("content_html") or item.get("content_text") or item.get("summary") or ""
        body, links = clean(str(raw), is_html=bool(item.get("content_html")))
        title = str(item.get("title") or "").strip()
        text = f"{title}\n\n{body}".strip() if title else body
        url = _text_or_none(item.get("url"))
        native = item.get("id")
        if isinstance(native, int) and not isinstance(native, bool):
            native = str(native)  # the spec says a string; numbers are common
        guid = _text_or_none(native) or url
        result.posts.append(
            Post(
                id=item_id(key, guid, result, published.isoformat(), text),
                source="feed",
                kind="article",
                published_at=published,
                text=text,
                text_raw=str(raw),
                url=url,
                links=tuple(link for link in links if link != url),
            )
        )
    return result


# Ids that name their post wherever it is read: an absolute URL (its host is the blog), a tag:
# URI (RFC 4151: an authority and a date) or a UUID. Any other id ("1", "p-42", "/2024/post")
# only means something within its feed, so the feed's own address or title is put before it.
_GLOBAL_ID = re.compile(r"^(?:https?://[^/\s]+|tag:[^,\s]+,\d{4}|urn:uuid:)", re.IGNORECASE)
MAX_ID_CHARS = 240


def feed_key(link: Any, title: Any) -> str | None:
    """What tells one feed from another: its home page's address (scheme, 'www.' and a trailing
    slash left out, so http and https copies agree), else its title; None if it gives neither."""
    if isinstance(link, str) and link.strip():
        parts = urlsplit(link.strip())
        host = (parts.hostname or "").removeprefix("www.")
        if host:
            return f"{host}{parts.path.rstrip('/')}".lower()
    if isinstance(title, str) and " ".join(title.split()):
        return "title:" + " ".join(title.split()).lower()
    return None


def item_id(key: str | None, guid: str | None, result: Parsed, *content: str) -> str:
    """A feed item's post id: its own id when that is global, else the feed's key and its id (or
    a hash of its date and text when it has none). result.legacy maps the id to the one stored
    before ids held their feed, so a store from then keeps its posts and labels (core.store)."""
    if guid and (_GLOBAL_ID.match(guid) or key is None):
        return f"feed:{guid}"
    legacy = f"feed:{guid}" if guid else content_id("feed", *content)
    if guid:
        post_id = f"feed:{key}|{guid}"
        if len(post_id) > MAX_ID_CHARS:
            post_id = content_id("feed", key, guid)
    else:
        post_id = content_id("feed", key, *content)
    result.legacy[post_id] = legacy
    return post_id


def _text_or_none(value: Any) -> str | None:
    """A string field as a string; anything else a hostile file puts there (an object, a
    number, a list) as missing."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _iso(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)
    except (ValueError, OverflowError):  # year 9999 at -05:00 is past the last datetime
        return None


FORMATS = [
    FileFormat("JSON Feed", sniff_json_feed, parse_json_feed),
    FileFormat("RSS/Atom feed", sniff_xml_feed, parse_xml_feed),
]
