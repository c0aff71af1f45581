"""Mastodon account archive: the zip (or an older .tar.gz), or outbox.json alone. FORMATS.md §6.

outbox.json is an ActivityPub OrderedCollection. "Create" items are your posts (a reply when
object.inReplyTo is set, your own threads included); "Announce" items are boosts, kept as kind
repost with no text and the boosted status as their link. Followers-only posts and direct
messages are in the archive too: they are skipped and counted, since nobody else saw them.
The real file has "orderedItems": [] and then the real list under the same key; json keeps the
last, which is the right one.
"""

from __future__ import annotations

import posixpath
import re
from typing import Any

from core.errors import UserError
from core.post import Post, content_id
from core.sources.base import FileFormat, Parsed, decode, load_json
from core.sources.dates import parse_iso
from core.sources.tarball import Archive
from core.sources.text import clean

PUBLIC = {"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"}
_ACTIVITYSTREAMS = b"https://www.w3.org/ns/activitystreams"
_QUOTE_KEYS = ("quote", "quoteUri", "quoteUrl", "_misskey_quote")
_OTHER_FILES = re.compile(rb'"id"\s*:\s*"(likes|bookmarks)\.json"')


def sniff(name: str, head: bytes) -> bool:
    if not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") or _ACTIVITYSTREAMS not in head:
        return False
    return b'"orderedItems"' in head or b'"preferredUsername"' in head


def parse_file(name: str, data: bytes) -> Parsed:
    """outbox.json alone (actor.json, likes.json and bookmarks.json are refused with a hint)."""
    doc = load_json(decode(data, name), name)
    if isinstance(doc, dict) and doc.get("type") in ("Person", "Service", "Application"):
        raise UserError(
            f"{name} is your Mastodon profile (actor.json), not your posts. Upload outbox.json "
            "from the same archive, or the whole archive."
        )
    other = _OTHER_FILES.search(data[:4096])
    if other:
        raise UserError(
            f"{name} lists the posts you {'liked' if other.group(1) == b'likes' else 'bookmarked'}"
            " on Mastodon, not yours. Upload outbox.json from the same archive, or the whole "
            "archive."
        )
    return parse_outbox(name, doc)


def read_zip(archive: Archive) -> tuple[list[Parsed], set[str]]:
    """A Mastodon archive (zip or tar.gz): outbox.json and the files beside it."""
    outboxes = [n for n in archive.names if posixpath.basename(n) == "outbox.json"]
    results: list[Parsed] = []
    claimed: set[str] = set()
    for member in outboxes:
        data = archive.read(member)
        if not sniff(member, data[:65536]):
            continue
        name = f"{archive.name}/{member}"
        results.append(
            parse_outbox(f"{archive.name} (Mastodon)", load_json(decode(data, name), name))
        )
        root = posixpath.dirname(member)
        root = f"{root}/" if root else ""
        claimed |= {
            n
            for n in archive.names
            if n.startswith(root)
            and (
                n[len(root) :] in ("actor.json", "likes.json", "bookmarks.json", "outbox.json")
                or n[len(root) :].startswith(("media_attachments/", "avatar.", "header."))
            )
        }
    return results, claimed


def parse_outbox(name: str, doc: Any) -> Parsed:
    if not isinstance(doc, dict) or not isinstance(doc.get("orderedItems"), list):
        raise UserError(f"{name} is not a Mastodon outbox (it has no orderedItems list).")
    result = Parsed(name=name, format="Mastodon")
    for item in doc["orderedItems"]:
        if not isinstance(item, dict):
            result.skipped["not an activity"] += 1
            continue
        kind = item.get("type")
        if kind == "Create":
            _create(item, result)
        elif kind == "Announce":
            _announce(item, result)
        else:
            result.skipped[f"{kind or 'unknown'} activity (not a post)"] += 1
    return result


def visibility(activity: dict[str, Any], note: dict[str, Any]) -> str:
    """public, unlisted, followers or direct, from the addressing (FORMATS.md §6.2)."""
    to = _addresses(note.get("to", activity.get("to")))
    cc = _addresses(note.get("cc", activity.get("cc")))
    if to & PUBLIC:
        return "public"
    if cc & PUBLIC:
        return "unlisted"
    if any(a.endswith("/followers") for a in to | cc):
        return "followers"
    return "direct"


def _addresses(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value}
    return {v for v in value if isinstance(v, str)} if isinstance(value, list) else set()


def _create(activity: dict[str, Any], result: Parsed) -> None:
    note = activity.get("object")
    if not isinstance(note, dict):
        result.skipped["post without content"] += 1
        return
    seen_by = visibility(activity, note)
    if seen_by == "followers":
        result.skipped["followers-only post"] += 1
        return
    if seen_by == "direct":
        result.skipped["direct message"] += 1
        return
    when = parse_iso(note.get("published") or activity.get("published"))
    status = note.get("url") or note.get("id")
    if when is None or not isinstance(status, str):
        result.skipped["no date or address"] += 1
        return
    raw = note.get("content") or ""
    body, links = clean(raw if isinstance(raw, str) else "", is_html=True)
    warning, _ = clean(note.get("summary") or "", is_html=True)
    text = f"{warning}\n\n{body}".strip() if warning else body  # the content warning is read first
    quoted = next((note[k] for k in _QUOTE_KEYS if isinstance(note.get(k), str)), None)
    if note.get("inReplyTo"):
        kind = "reply"  # self-threads too: a reply to your own post is still a reply
    elif quoted:
        kind = "quote"
    else:
        kind = "post" if text or not note.get("attachment") else "media"
    result.posts.append(
        Post(
            id=f"mastodon:{status}",
            source="mastodon",
            kind=kind,
            published_at=when,
            text=text,
            text_raw=raw if isinstance(raw, str) else "",
            url=status,
            links=tuple(dict.fromkeys([*links, *([quoted] if quoted else [])])),
            language=_language(note),
        )
    )


def _announce(activity: dict[str, Any], result: Parsed) -> None:
    boosted = activity.get("object")
    if isinstance(boosted, dict):
        boosted = boosted.get("url") or boosted.get("id")
    when = parse_iso(activity.get("published"))
    if when is None or not isinstance(boosted, str):
        result.skipped["boost without date or address"] += 1
        return
    ident = activity.get("id") if isinstance(activity.get("id"), str) else None
    result.posts.append(
        Post(
            id=f"mastodon:{ident}" if ident else content_id("mastodon", boosted, when.isoformat()),
            source="mastodon",
            kind="repost",
            published_at=when,
            text="",
            url=boosted,
            links=(boosted,),
        )
    )


def _language(note: dict[str, Any]) -> str | None:
    content_map = note.get("contentMap")
    if isinstance(content_map, dict) and len(content_map) == 1:
        return str(next(iter(content_map)))[:16]
    return None


FORMATS = [FileFormat("Mastodon outbox", sniff, parse_file)]
