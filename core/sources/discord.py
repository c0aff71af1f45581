"""Discord's data package (Settings → Data & Privacy → Request data): a zip with
messages/c<channel id>/messages.csv (ID, Timestamp, Contents, Attachments; newer packages
messages.json) beside channel.json ({id, type, name, guild {id, name}}). FORMATS.md §12
[reported]. Only the person's own messages are in it.

A message in a server's channel is a post whose channel is "Server / #channel", so the balance
can be shown per server and channel. Direct and group messages (a channel without a guild) are
private conversations, not posts: skipped and counted, their text never read into anything. A
messages.csv on its own is refused: without its channel.json nothing says it is not private.
"""

from __future__ import annotations

import json
import posixpath
import re
from typing import Any

from core.errors import UserError
from core.post import Post
from core.sources.base import FileFormat, Parsed, csv_records, decode, header_keys, load_json
from core.sources.dates import parse_iso
from core.sources.tarball import Archive
from core.sources.text import clean

HEADER = {"id", "timestamp", "contents", "attachments"}
_MESSAGES = re.compile(r"^(.*?)messages/c?(\d+)/messages\.(csv|json)$", re.IGNORECASE)


def sniff(name: str, head: bytes) -> bool:
    return set(header_keys(head)) >= HEADER


def parse_file(name: str, data: bytes) -> Parsed:
    raise UserError(
        f"{name} looks like one channel's messages from a Discord data package. Upload the "
        "whole package zip: its channel.json files say which messages were in a server's "
        "channels (posts) and which were private conversations (left out)."
    )


def read_zip(archive: Archive) -> tuple[list[Parsed], set[str]]:
    found = [(m, match) for m in sorted(archive.names) if (match := _MESSAGES.match(m))]
    if not found:
        return [], set()
    root = found[0][1].group(1)
    result = Parsed(name=archive.name, format="Discord")
    for member, match in found:
        folder = posixpath.dirname(member)
        channel = _channel(archive, f"{folder}/channel.json")
        guild = channel.get("guild") if isinstance(channel.get("guild"), dict) else None
        records = _records(f"{archive.name}/{member}", archive.read(member), match.group(3))
        if guild is None:
            result.skipped["private messages (not posts)"] += len(records)
            continue
        channel_id = channel.get("id") or match.group(2)
        place = f"{guild.get('name') or 'Server'} / #{channel.get('name') or channel_id}"
        base = f"https://discord.com/channels/{guild.get('id')}/{channel_id}"
        for row in records:
            if not row.get("contents", "").strip() and not row.get("attachments", "").strip():
                result.skipped["empty message"] += 1
                continue
            post = _message(row, place, base)
            if post is None:
                result.skipped["no id or readable date"] += 1
            else:
                result.posts.append(post)
    if not result.posts and not result.skipped:
        raise UserError(f"{archive.name} is a Discord data package with no messages in it.")
    claimed = {n for n in archive.names if n.startswith(root)}
    return [result], claimed


def _channel(archive: Archive, member: str) -> dict[str, Any]:
    if member not in archive.names:
        return {}
    try:
        doc = json.loads(decode(archive.read(member), member))
    except (json.JSONDecodeError, UserError):
        return {}
    return doc if isinstance(doc, dict) else {}


def _records(name: str, data: bytes, kind: str) -> list[dict[str, str]]:
    if kind.lower() == "csv":
        _, rows = csv_records(name, data)
        return list(rows)
    doc = load_json(decode(data, name), name)
    items = doc if isinstance(doc, list) else []
    return [
        {str(k).lower(): "" if v is None else str(v) for k, v in item.items()}
        for item in items
        if isinstance(item, dict)
    ]


def _message(row: dict[str, str], place: str, base: str) -> Post | None:
    ident = row.get("id", "").strip()
    when = parse_iso(row.get("timestamp", "").strip().replace(" ", "T", 1))
    if not ident or when is None:
        return None
    raw = row.get("contents", "")
    text, links = clean(raw, is_html=False)
    attachments = row.get("attachments", "").strip()
    return (
        Post(
            id=f"discord:{ident}",
            source="discord",
            kind="post" if text else "media",
            published_at=when,
            text=text,
            text_raw=raw,
            url=f"{base}/{ident}",
            links=tuple(links),
            channel=place,
        )
        if text or attachments
        else None
    )


FORMATS = [FileFormat("Discord messages", sniff, parse_file)]
