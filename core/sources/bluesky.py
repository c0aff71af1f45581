"""Bluesky repository export: repo.car (CAR v1 of DAG-CBOR blocks). FORMATS.md §7.

The commit (the CAR's root) points at the repo's Merkle Search Tree; walking it gives every
record with its key "<collection>/<rkey>", so each post keeps its at:// URI. app.bsky.feed.post
records are posts (a reply when they carry reply{}, a quote when they embed a record);
app.bsky.feed.repost records are reposts with no text. createdAt is set by the client and
checked against the atproto datetime profile: a post whose date is not valid is counted and
left out rather than guessed at.
"""

from __future__ import annotations

from typing import Any

from atproto_core.cid import CID

from core.errors import UserError
from core.post import Post
from core.sources.base import FileFormat, Parsed
from core.sources.dates import parse_iso
from core.sources.text import clean, unique

POST = "app.bsky.feed.post"
REPOST = "app.bsky.feed.repost"
_QUOTE_EMBEDS = {"app.bsky.embed.record", "app.bsky.embed.recordWithMedia"}
_MEDIA_EMBEDS = {"app.bsky.embed.images", "app.bsky.embed.video"}
_LINK_FACET = "app.bsky.richtext.facet#link"


def sniff(name: str, head: bytes) -> bool:
    """A CAR starts with a varint length, then a DAG-CBOR map holding 'roots' and 'version'."""
    size, used = _uvarint(head)
    header = head[used : used + size]
    return (
        0 < size <= 1024
        and len(header) == size
        and 0xA0 <= header[0] <= 0xBF  # CBOR major type 5: a map
        and b"roots" in header
        and b"version" in header
    )


def _uvarint(data: bytes) -> tuple[int, int]:
    value = shift = 0
    for i, byte in enumerate(data[:9]):
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, i + 1
        shift += 7
    return 0, 0


def parse_file(name: str, data: bytes) -> Parsed:
    # Imported here: atproto takes a second to import, and most runs read no Bluesky file.
    from atproto import CAR

    try:
        car = CAR.from_bytes(data)
    except Exception as exc:  # noqa: BLE001 - libipld raises ValueError and others for bad input
        raise UserError(
            f"{name} is not a readable Bluesky repository ({_short(exc)}). Export it again "
            "(Settings → Account → Export my data) and upload the repo.car it saves."
        ) from None
    blocks: dict[CID, Any] = car.blocks
    commit = blocks.get(car.root)
    if not isinstance(commit, dict) or not isinstance(commit.get("did"), str):
        raise UserError(f"{name} is a CAR file but not a Bluesky repository (no commit in it).")
    did = commit["did"]
    result = Parsed(name=name, format="Bluesky")
    for key, record in records(blocks, commit.get("data"), result):
        collection, _, rkey = key.partition("/")
        if collection == POST:
            _add(result, _post(did, rkey, record), "invalid createdAt date")
        elif collection == REPOST:
            _add(result, _repost(did, rkey, record), "repost without a valid date or subject")
        else:
            result.skipped["like, follow or other record (not a post)"] += 1
    return result


def _add(result: Parsed, post: Post | None, reason: str) -> None:
    if post is None:
        result.skipped[reason] += 1
    else:
        result.posts.append(post)


def records(blocks: dict[CID, Any], root: Any, result: Parsed) -> list[tuple[str, Any]]:
    """(key, record) for every entry of the MST under root, in key order.

    A node is {l: left subtree, e: [{p: prefix length, k: key suffix, v: record, t: subtree}]};
    an entry's key is the previous key's first p bytes plus k (FORMATS.md §7).
    """
    found: list[tuple[str, Any]] = []
    stack: list[tuple[str, Any]] = [("node", root)]
    seen: set[bytes | str] = set()  # a damaged or hostile file could link a node to itself
    while stack:
        what, item = stack.pop()
        if what == "record":
            found.append(item)
            continue
        if isinstance(item, bytes | str):
            if item in seen:
                continue
            seen.add(item)
        node = _block(blocks, item)
        if not isinstance(node, dict):
            if item is not None:
                result.skipped["part of the repository missing from the file"] += 1
            continue
        # Pushed in reverse so that popping visits: left subtree, then each entry and its right.
        pending: list[tuple[str, Any]] = [("node", node.get("l"))]
        key = b""
        for entry in node.get("e") or []:
            if not isinstance(entry, dict) or not isinstance(entry.get("k"), bytes):
                continue
            key = key[: int(entry.get("p") or 0)] + entry["k"]
            record = _block(blocks, entry.get("v"))
            if isinstance(record, dict):
                pending.append(("record", (key.decode("utf-8", errors="replace"), record)))
            else:
                result.skipped["record missing from the file"] += 1
            pending.append(("node", entry.get("t")))
        stack.extend(reversed(pending))
    return found


def _block(blocks: dict[CID, Any], link: Any) -> Any:
    if not isinstance(link, bytes | str) or not link:
        return None
    try:
        cid = CID.from_decoded_bytes(link) if isinstance(link, bytes) else CID.decode(link)
        return blocks.get(cid)
    except Exception:  # noqa: BLE001 - a malformed link is a missing block, not a crash
        return None


def _post(did: str, rkey: str, record: dict[str, Any]) -> Post | None:
    when = parse_iso(record.get("createdAt"), strict=True)
    if when is None:
        return None
    raw = record.get("text") if isinstance(record.get("text"), str) else ""
    text, found = clean(raw, is_html=False)
    embed = record.get("embed") if isinstance(record.get("embed"), dict) else {}
    if record.get("reply"):
        kind = "reply"  # self-threads too: the parent's DID says whose post it answers
    elif embed.get("$type") in _QUOTE_EMBEDS:
        kind = "quote"
    elif not text and embed.get("$type") in _MEDIA_EMBEDS:
        kind = "media"
    else:
        kind = "post"
    langs = record.get("langs")
    return Post(
        id=f"bluesky:at://{did}/{POST}/{rkey}",
        source="bluesky",
        kind=kind,
        published_at=when,
        text=text,
        text_raw=raw,
        url=web_url(did, rkey),
        links=tuple(unique(facet_links(record) + embed_links(embed) + found)),
        language=str(langs[0])[:16] if isinstance(langs, list) and langs else None,
    )


def _repost(did: str, rkey: str, record: dict[str, Any]) -> Post | None:
    when = parse_iso(record.get("createdAt"), strict=True)
    subject = record.get("subject") if isinstance(record.get("subject"), dict) else {}
    uri = subject.get("uri")
    if when is None or not isinstance(uri, str):
        return None
    url = at_to_web(uri)
    return Post(
        id=f"bluesky:at://{did}/{REPOST}/{rkey}",
        source="bluesky",
        kind="repost",
        published_at=when,
        text="",
        url=url,
        links=(url,) if url else (),
    )


def facet_links(record: dict[str, Any]) -> list[str]:
    """Link facets' URIs (the facets' byte offsets are not needed for the URI itself)."""
    links = []
    for facet in record.get("facets") or []:
        for feature in (facet.get("features") or []) if isinstance(facet, dict) else []:
            if isinstance(feature, dict) and feature.get("$type") == _LINK_FACET:
                links.append(str(feature.get("uri") or ""))
    return links


def embed_links(embed: dict[str, Any]) -> list[str]:
    """A link card's URI, also when it sits inside a quote's media (recordWithMedia)."""
    links = []
    for part in (embed, embed.get("media") if isinstance(embed.get("media"), dict) else {}):
        external = part.get("external")
        if isinstance(external, dict) and isinstance(external.get("uri"), str):
            links.append(external["uri"])
    return links


def web_url(did: str, rkey: str) -> str:
    return f"https://bsky.app/profile/{did}/post/{rkey}"


def at_to_web(uri: str) -> str | None:
    """at://<did>/app.bsky.feed.post/<rkey> as its bsky.app address."""
    parts = uri.removeprefix("at://").split("/")
    if len(parts) == 3 and parts[1] == POST:
        return web_url(parts[0], parts[2])
    return None


def _short(exc: Exception) -> str:
    return (str(exc).strip() or type(exc).__name__)[:120]


FORMATS = [FileFormat("Bluesky repository (repo.car)", sniff, parse_file)]
