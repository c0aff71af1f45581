"""Meta's exports: Facebook and Instagram "Download your information" (JSON), Threads inside the
Instagram download, and Meta Business Suite's post CSVs. FORMATS.md §3, §3.4, §4, §5.

Meta writes UTF-8 bytes as Latin-1 code points ("n\\u00c3\\u00a6sten" for "næsten"): every
string of a download is repaired after loading. Posts carry no platform id, so their ids are a
hash of time, text and first media file: stable across re-imports. A post without text (a photo,
a check-in, a shared link) is kept as kind "media".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from typing import Any

from core.errors import UserError
from core.post import Post, content_id
from core.sources.base import (
    FileFormat,
    Parsed,
    csv_header,
    decode,
    int_or_none,
    load_json,
    read_csv,
)
from core.sources.dates import from_format, from_unix, parse_iso
from core.sources.tarball import Archive
from core.sources.text import clean, fix_mojibake, unique

FACEBOOK_POSTS = re.compile(
    r"(?:^|/)(?:your_facebook_activity/posts/|your_activity_across_facebook/posts/|posts/)"
    r"(?:your_posts(?:__check_ins__photos_and_videos)?|profile_posts)_\d+\.json$",
    re.IGNORECASE,
)
INSTAGRAM_POSTS = re.compile(
    r"(?:^|/)(?:your_instagram_activity/)?content/(?:posts_\d+|reels)\.json$", re.IGNORECASE
)
THREADS_POSTS = re.compile(
    r"(?:^|/)(?:your_instagram_activity/)?threads/threads_and_replies\.json$", re.IGNORECASE
)
_HTML_DOWNLOAD = re.compile(
    r"(?:^|/)(?:your_facebook_activity|your_activity_across_facebook|your_instagram_activity)/"
    r"(?:posts|content)/[^/]+\.html$",
    re.IGNORECASE,
)
_ROOT_OF = re.compile(
    r"^(.*?)(?:your_facebook_activity/|your_activity_across_facebook/|your_instagram_activity/"
    r"|posts/|content/|threads/)",
    re.IGNORECASE,
)
_META_JSON = re.compile(
    rb'"(?:timestamp|creation_timestamp|text_post_app_\w+|comments_v2|relationships_\w+'
    rb'|string_list_data|string_map_data|likes_media_likes|ig_reels_media)"\s*:'
)
_SCIENTIFIC = re.compile(r"^\d(?:\.\d+)?[eE]\+?\d+$")
_MAX_DEPTH = 200

BUSINESS_REQUIRED = {"post id", "publish time", "permalink", "post type"}
# Engagement field -> Business Suite columns that give it, first present wins.
BUSINESS_COUNTS = {
    "impressions": ("views", "impressions"),
    "likes": ("reactions", "likes"),
    "replies": ("comments",),
    "reposts": ("shares",),
    "clicks": ("total clicks",),
}

# What a recognised download file that holds no posts is, and what to upload instead.
_FB_INSTEAD = (
    "Upload your_posts__check_ins__photos_and_videos_1.json (in your_facebook_activity/posts/) "
    "or the whole Facebook zip."
)
_IG_INSTEAD = (
    "Upload posts_1.json (in your_instagram_activity/content/) or the whole Instagram zip."
)
NOT_POSTS = {
    "facebook comments": "your Facebook comments.json (comments on posts), not your posts. "
    + _FB_INSTEAD,
    "instagram connections": "your Instagram followers or following list, not your posts. "
    + _IG_INSTEAD,
    "instagram likes": "the Instagram posts you liked, not yours. " + _IG_INSTEAD,
    "instagram comments": "your Instagram comments on posts, not your posts. " + _IG_INSTEAD,
    "threads likes": "the threads you liked or saved, not yours. Upload "
    "threads_and_replies.json (in your_instagram_activity/threads/) or the whole zip.",
    "unknown": "part of a Facebook or Instagram download, but not one that holds posts. "
    + _FB_INSTEAD
    + " For Instagram: posts_1.json or threads_and_replies.json.",
}


# --- the downloads' JSON -------------------------------------------------------------------------
def sniff_json(name: str, head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    return start in (b"[", b"{") and bool(_META_JSON.search(head))


def parse_json(name: str, data: bytes) -> Parsed:
    """One file of a Facebook or Instagram download, uploaded on its own."""
    doc = load_download(name, data)
    kind = what(doc)
    if kind in NOT_POSTS:
        raise UserError(f"{name} is {NOT_POSTS[kind]}")
    result = Parsed(name=name, format=_FORMAT_NAMES[kind])
    _add_posts(result, kind, doc)
    return _summarise(result)


def load_download(name: str, data: bytes) -> Any:
    """The JSON of a download file with Meta's mojibake repaired in every string."""
    try:
        return repair(load_json(decode(data, name), name))
    except RecursionError:
        raise UserError(f"{name} is nested too deeply to be an export; it was refused.") from None


def repair(value: Any, depth: int = 0) -> Any:
    """Every string (keys too) with UTF-8-read-as-Latin-1 undone (FORMATS.md §3.3)."""
    if depth > _MAX_DEPTH:
        raise RecursionError
    if isinstance(value, str):
        return fix_mojibake(value)
    if isinstance(value, list):
        return [repair(v, depth + 1) for v in value]
    if isinstance(value, dict):
        return {
            fix_mojibake(k) if isinstance(k, str) else k: repair(v, depth + 1)
            for k, v in value.items()
        }
    return value


def what(doc: Any) -> str:
    """Which download file this is, from its structure."""
    if isinstance(doc, list):
        first = next((item for item in doc if isinstance(item, dict)), None)
        if first is None:
            return "empty"
        if "string_list_data" in first:
            return "instagram connections"
        if "string_map_data" in first:
            return "instagram comments"
        if "timestamp" in first:
            return "facebook"
        if isinstance(first.get("media"), list):
            return "instagram"
        return "unknown"
    if isinstance(doc, dict):
        keys = set(doc)
        if "text_post_app_text_posts" in keys:
            return "threads"
        if "ig_reels_media" in keys:
            return "instagram reels"
        if "comments_v2" in keys:
            return "facebook comments"
        if any(k.startswith("relationships_") for k in keys):
            return "instagram connections"
        if "likes_media_likes" in keys:
            return "instagram likes"
        if any(k.startswith("text_post_app_") for k in keys):
            return "threads likes"
    return "unknown"


_FORMAT_NAMES = {
    "facebook": "Facebook",
    "instagram": "Instagram",
    "instagram reels": "Instagram",
    "threads": "Threads",
    "empty": "Facebook or Instagram",
}


def _add_posts(result: Parsed, kind: str, doc: Any) -> None:
    if kind == "facebook":
        items, make = doc, _facebook_post
    elif kind == "instagram":
        items, make = doc, partial(_media_post, "instagram")
    elif kind == "instagram reels":
        items, make = doc.get("ig_reels_media") or [], partial(_media_post, "instagram")
    elif kind == "threads":
        items, make = doc.get("text_post_app_text_posts") or [], partial(_media_post, "threads")
    else:
        return
    for item in items if isinstance(items, list) else []:
        post = make(item) if isinstance(item, dict) else None
        if post is None:
            result.skipped["no date"] += 1
        elif post is _EMPTY:
            result.skipped["empty record (no text, link or media)"] += 1
        else:
            result.posts.append(post)


def _summarise(result: Parsed) -> Parsed:
    media = sum(1 for p in result.posts if p.kind == "media")
    if media:
        result.notes.append(
            f"{media:,} posts without text (photos, videos, check-ins, shared links) were kept "
            "as media posts"
        )
    return result


# A record with nothing in it (no text, link, media, place or event): skipped, and counted.
_EMPTY: Any = object()


def _facebook_post(item: dict[str, Any]) -> Post | None:
    """A record of your_posts…json: text in data[].post, links in attachments (§3.2).

    A link share ("X shared a link.") has no text of its own: its content is the link and its
    title (external_context.name), so it is a post with that title as text and the link as
    url, not media (FORMATS.md §12)."""
    when = from_unix(item.get("timestamp"))
    if when is None:
        return None
    texts = [d["post"] for d in _dicts(item.get("data")) if isinstance(d.get("post"), str)]
    captions: list[str] = []
    urls: list[str] = []
    titles: list[str] = []
    media_uri = ""
    other_attachment = False
    for attachment in _dicts(item.get("attachments")):
        for data in _dicts(attachment.get("data")):
            context = data.get("external_context") or {}
            if isinstance(context, dict) and isinstance(context.get("url"), str):
                urls.append(context["url"])
                if isinstance(context.get("name"), str) and context["name"].strip():
                    titles.append(context["name"])
            other_attachment = other_attachment or bool(
                set(data) - {"external_context", "media", "note"}
            )
            media = data.get("media") or {}
            if isinstance(media, dict):
                media_uri = media_uri or str(media.get("uri") or "")
                captions.append(str(media.get("description") or ""))
            note = data.get("note") or {}
            if isinstance(note, dict):
                captions.append(str(note.get("text") or ""))
    # A photo's caption lives on the photo when the post itself has no text.
    raw = "\n\n".join(t for t in texts if t.strip()) or "\n\n".join(c for c in captions if c)
    ident = content_id("facebook", item.get("timestamp"), raw, media_uri or ",".join(urls))
    text, links = clean(raw, is_html=False)
    shared_url = urls[0] if urls else None
    if not text and urls and not media_uri:  # a link share: the link (and its title) is the post
        raw = "\n".join(unique(titles)) or shared_url or ""
        text, links = clean(raw, is_html=False)
    elif not text and not media_uri and not other_attachment:
        return _EMPTY
    return Post(
        id=ident,
        source="facebook",
        kind="post" if text else "media",
        published_at=when,
        text=text,
        text_raw=raw,
        url=shared_url if not texts else None,
        links=tuple(unique(urls + links)),
    )


def _media_post(source: str, item: dict[str, Any]) -> Post | None:
    """An Instagram post or reel, or a thread: caption at the top (carousels) or on media[0]."""
    media = list(_dicts(item.get("media")))
    first = media[0] if media else {}
    stamp = item.get("creation_timestamp") or first.get("creation_timestamp")
    when = from_unix(stamp)
    if when is None:
        return None
    raw = str(item.get("title") or first.get("title") or "")
    text, links = clean(raw, is_html=False)  # "link in bio" stays: it is what they wrote
    app = first.get("text_app_post") or item.get("text_app_post") or {}
    is_reply = isinstance(app, dict) and app.get("is_reply") is True
    return Post(
        id=content_id(source, stamp, raw, first.get("uri") or ""),
        source=source,
        kind="reply" if is_reply else ("post" if text else "media"),
        published_at=when,
        text=text,
        text_raw=raw,
        links=tuple(links),
    )


def _dicts(value: Any) -> Iterator[dict[str, Any]]:
    return (v for v in value if isinstance(v, dict)) if isinstance(value, list) else iter(())


# --- the zip -------------------------------------------------------------------------------------
def read_zip(archive: Archive) -> tuple[list[Parsed], set[str]]:
    """Facebook, Instagram and Threads posts in a download zip: one result for each."""
    groups = [
        ("Facebook", "facebook", [n for n in archive.names if FACEBOOK_POSTS.search(n)]),
        ("Instagram", "instagram", [n for n in archive.names if INSTAGRAM_POSTS.search(n)]),
        ("Threads", "threads", [n for n in archive.names if THREADS_POSTS.search(n)]),
    ]
    found = [m for _, _, members in groups for m in members]
    if not found:
        if any(_HTML_DOWNLOAD.search(n) for n in archive.names):
            raise UserError(
                f"{archive.name} is a Facebook or Instagram download in HTML format. Goodwill "
                "Ledger reads the JSON format: request the download again and choose JSON."
            )
        return [], set()
    results = []
    for label, source, members in groups:
        if not members:
            continue
        result = Parsed(name=f"{archive.name} ({label})", format=label)
        for member in sorted(members):
            doc = load_download(f"{archive.name}/{member}", archive.read(member))
            kind = what(doc)
            if kind == "empty" or (kind in _FORMAT_NAMES and kind.startswith(source)):
                _add_posts(result, kind, doc)
            else:
                result.notes.append(f"{member} does not hold {label} posts and was left out")
        results.append(_summarise(result))
    return results, _claimed(archive, found)


def _claimed(archive: Archive, found: list[str]) -> set[str]:
    # The download's other JSON and HTML files (messages, comments, settings) are not posts:
    # claim them all, or they would be offered to the generic readers one by one.
    roots = {m.group(1) for n in found if (m := _ROOT_OF.match(n))}
    return {
        n
        for n in archive.names
        for root in roots
        if n.startswith(root)
        and "/" in n[len(root) :]
        and n.lower().endswith((".json", ".html", ".htm", ".txt"))
    }


# --- Meta Business Suite post CSV ----------------------------------------------------------------
def sniff_business(name: str, head: bytes) -> bool:
    header = {h.lower() for h in csv_header(head)}
    return header >= BUSINESS_REQUIRED and bool({"title", "description"} & header)


def parse_business(name: str, data: bytes) -> Parsed:
    """A Business Suite posts export: one row per post with lifetime counts (FORMATS.md §3.4)."""
    headers, rows = read_csv(decode(data, name), name, delimiter=",")
    keys = [h.lower() for h in headers]
    result = Parsed(name=name, format="Meta Business Suite")
    rounded = 0
    for values in rows:
        row = {k: (values[i] if i < len(values) else "") for i, k in enumerate(keys)}
        post = _business_post(row)
        if post is None:
            result.skipped["no readable publish time"] += 1
            continue
        rounded += bool(_SCIENTIFIC.match(row.get("post id", "").strip()))
        result.posts.append(post)
    if result.posts:
        result.notes.append(
            "publish times were read as UTC: Meta's file does not say which time zone it uses"
        )
    if rounded:
        result.notes.append(
            f"{rounded:,} post IDs look like 1.22158E+17: a spreadsheet rounded them. Those "
            "posts were identified by their permalink instead; upload the CSV as Meta gave it "
            "(not saved again from Excel) to keep their IDs."
        )
    return _summarise(result)


def _business_post(row: dict[str, str]) -> Post | None:
    when = from_format(
        row.get("publish time", ""), "%m/%d/%Y %H:%M", "%m/%d/%Y %H:%M:%S"
    ) or parse_iso(row.get("publish time"))
    if when is None:
        return None
    title, description = row.get("title", ""), row.get("description", "")
    raw = title if len(title) >= len(description) else description  # the audit's caption rule
    text, links = clean(raw, is_html=False)
    permalink = row.get("permalink", "").strip()
    source = "instagram" if "instagram.com" in permalink else "facebook"
    native = row.get("post id", "").strip()
    if native and re.fullmatch(r"[\d_]+", native):
        post_id = f"{source}:{native}"
    else:  # missing, or rounded by a spreadsheet into a number many posts share
        post_id = content_id(source, permalink or f"{when.isoformat()}{raw}")
    return Post(
        id=post_id,
        source=source,
        kind="post" if text else "media",
        published_at=when,
        text=text,
        text_raw=raw,
        url=permalink or None,
        links=tuple(link for link in links if link != permalink),
        engagement={f: _first_count(row, cols) for f, cols in BUSINESS_COUNTS.items()},
    )


def _first_count(row: dict[str, str], columns: tuple[str, ...]) -> int | None:
    for column in columns:
        if column in row:
            return int_or_none(row[column])
    return None


FORMATS = [
    FileFormat("Facebook/Instagram download file", sniff_json, parse_json),
    FileFormat("Meta Business Suite CSV", sniff_business, parse_business),
]
