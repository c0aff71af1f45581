"""Ghost's JSON export (Settings → Labs → Export): {"db": [{"data": {"posts": [...]}}]}.

Only published posts are read (type "post", status "published"). The body is the post's html,
or its lexical or mobiledoc document when html is empty. A Ghost export also holds members,
users' e-mail addresses and API keys: nothing but the posts is read, and nothing of the file is
logged or kept, not even in error messages. FORMATS.md §9.4.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from core.errors import UserError
from core.post import Post
from core.sources.base import FileFormat, Parsed, decode, load_json
from core.sources.dates import parse_iso
from core.sources.text import clean, unique

_GHOST = re.compile(rb'^\s*\{\s*"db"\s*:\s*\[')
_MAX_DEPTH = 100


def sniff(name: str, head: bytes) -> bool:
    return bool(_GHOST.match(head.lstrip(b"\xef\xbb\xbf")))


def parse_file(name: str, data: bytes) -> Parsed:
    posts = list(_posts(load_json(decode(data, name), name)))
    if not posts:
        raise UserError(
            f"{name} is a Ghost export without posts. Export again from Settings → Labs → "
            "Export your content."
        )
    result = Parsed(name=name, format="Ghost export")
    for record in posts:
        post_type = str(record.get("type") or "post")
        status = str(record.get("status") or "")
        if post_type != "post":
            result.skipped[f"{post_type} (not a post)"] += 1
            continue
        if status != "published":
            result.skipped[f"{status or 'unknown'} post (not published)"] += 1
            continue
        post = _post(record)
        if post is None:
            result.skipped["no id or publication date"] += 1
        else:
            result.posts.append(post)
    return result


def _posts(doc: Any) -> Iterator[dict[str, Any]]:
    databases = doc.get("db") if isinstance(doc, dict) else None
    for database in databases if isinstance(databases, list) else []:
        data = database.get("data") if isinstance(database, dict) else None
        posts = data.get("posts") if isinstance(data, dict) else None
        yield from (p for p in posts or [] if isinstance(p, dict))


def _post(record: dict[str, Any]) -> Post | None:
    ident = record.get("id")
    when = parse_iso(record.get("published_at"))
    if not ident or when is None:
        return None
    raw, body, links = _body(record)
    title, _ = clean(str(record.get("title") or ""), is_html=True)
    text = f"{title}\n\n{body}".strip() if title and not body.startswith(title) else body or title
    url = record.get("canonical_url") or None
    return Post(
        id=f"ghost:{ident}",
        source="feed",
        kind="article",
        published_at=when,
        text=text,
        text_raw=raw,
        url=url,
        links=tuple(link for link in unique(links) if link != url),
    )


def _body(record: dict[str, Any]) -> tuple[str, str, list[str]]:
    """(raw, text, links) from html, else lexical, else mobiledoc."""
    html = record.get("html")
    if isinstance(html, str) and html.strip():
        return (html, *clean(html, is_html=True))
    for field, reader in (("lexical", _lexical_text), ("mobiledoc", _mobiledoc_text)):
        raw = record.get(field)
        if isinstance(raw, str) and raw.strip():
            try:
                parts, links = reader(json.loads(raw))
            except (ValueError, RecursionError, AttributeError, TypeError):
                continue
            text, found = clean("\n\n".join(p for p in parts if p), is_html=False)
            return raw, text, links + found
    return "", "", []


def _lexical_text(doc: Any) -> tuple[list[str], list[str]]:
    """Paragraph texts and link URLs of a Lexical document."""
    blocks: list[str] = []
    links: list[str] = []

    def walk(node: Any, depth: int) -> str:
        if not isinstance(node, dict) or depth > _MAX_DEPTH:
            return ""
        if node.get("type") == "link" and isinstance(node.get("url"), str):
            links.append(node["url"])
        own = node.get("text") if isinstance(node.get("text"), str) else ""
        inner = "".join(walk(child, depth + 1) for child in node.get("children") or [])
        return own + inner

    root = doc.get("root") if isinstance(doc, dict) else None
    for block in (root or {}).get("children") or []:
        blocks.append(walk(block, 0))
    return blocks, links


def _mobiledoc_text(doc: Any) -> tuple[list[str], list[str]]:
    """Paragraph texts and link URLs of a Mobiledoc document (markup sections and cards)."""
    if not isinstance(doc, dict):
        return [], []
    links = [
        str(attrs[attrs.index("href") + 1])
        for markup in doc.get("markups") or []
        if isinstance(markup, list) and len(markup) > 1 and isinstance(markup[1], list)
        for attrs in [markup[1]]
        if "href" in attrs[:-1]
    ]
    blocks: list[str] = []
    for section in doc.get("sections") or []:
        if isinstance(section, list) and len(section) > 2 and section[0] == 1:
            markers = section[2] if isinstance(section[2], list) else []
            blocks.append("".join(str(m[3]) for m in markers if isinstance(m, list) and len(m) > 3))
    for card in doc.get("cards") or []:
        payload = card[1] if isinstance(card, list) and len(card) > 1 else {}
        if isinstance(payload, dict):
            blocks.extend(str(payload[k]) for k in ("markdown", "caption") if payload.get(k))
    return blocks, links


FORMATS = [FileFormat("Ghost export", sniff, parse_file)]
