"""Substack export: a zip of posts.csv and posts/<post_id>.html. FORMATS.md §9.2.

Only published posts are read (is_published true; pages are not posts). Substack puts its own
calls to action in every body (subscribe buttons, "Leave a comment", subscription widgets):
they are taken out before the text is made, or every post would read as an ask.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from datetime import datetime

from core.errors import UserError
from core.post import Post
from core.sources.base import FileFormat, Parsed, csv_header, decode, read_csv
from core.sources.dates import parse_iso
from core.sources.markup import has_class, without
from core.sources.tarball import Archive
from core.sources.text import clean, unique

HEADER = ["post_id", "post_date", "is_published"]
ARTICLE_TYPES = {"newsletter", "podcast", "thread"}
# Substack's own widgets: buttons (subscribe, share, comment) and subscription forms.
OWN_WIDGETS = has_class(
    None,
    "button-wrapper",
    "subscription-widget-wrap",
    "subscription-widget-wrap-editor",
    "subscription-widget",
    "subscribe-widget",
    "captioned-button-wrap",
    "share-dialog",
)


def sniff(name: str, head: bytes) -> bool:
    return [h.lower() for h in csv_header(head)][:3] == HEADER


def parse_file(name: str, data: bytes) -> Parsed:
    raise UserError(
        f"{name} is the list of posts from a Substack export, without their text. Upload the "
        "whole export zip: the posts' text is in its posts/ folder."
    )


def read_zip(archive: Archive) -> tuple[list[Parsed], set[str]]:
    """Every Substack export in a zip: posts.csv with the HTML bodies beside it."""
    results: list[Parsed] = []
    claimed: set[str] = set()
    for member in (n for n in archive.names if posixpath.basename(n) == "posts.csv"):
        data = archive.read(member)
        if not sniff(member, data[:4096]):
            continue
        root = member[: -len("posts.csv")]
        results.append(_parse_export(archive, member, data, root))
        # Its other files: per-post email stats and subscriber lists (personal data, not posts).
        claimed |= {
            n
            for n in archive.names
            if n.startswith(root)
            and (n.startswith(f"{root}posts/") or "/" not in n[len(root) :])
            and n.lower().endswith((".csv", ".html"))
        }
    return results, claimed


def _parse_export(archive: Archive, member: str, data: bytes, root: str) -> Parsed:
    result = Parsed(name=f"{archive.name} (Substack)", format="Substack")
    bodies = {n for n in archive.names if n.startswith(f"{root}posts/")}
    for row in _rows(f"{archive.name}/{member}", data):
        post_id = row.get("post_id", "").strip()
        kind = row.get("type", "").strip().lower() or "newsletter"
        if row.get("is_published", "").strip().lower() != "true":
            result.skipped["draft (not published)"] += 1
            continue
        if kind not in ARTICLE_TYPES:
            result.skipped[f"{kind} (not a post)"] += 1
            continue
        when = parse_iso(row.get("post_date"))
        if not post_id or when is None:
            result.skipped["no id or publication date"] += 1
            continue
        body_file = f"{root}posts/{post_id}.html"
        markup = decode(archive.read(body_file), body_file) if body_file in bodies else ""
        post = _post(post_id, row, markup, when)
        if post is None:
            result.skipped["no text"] += 1
        else:
            result.posts.append(post)
    return result


def _rows(name: str, data: bytes) -> Iterator[dict[str, str]]:
    headers, rows = read_csv(decode(data, name), name, delimiter=",")
    keys = [h.lower() for h in headers]
    for row in rows:
        yield {k: (row[i] if i < len(row) else "") for i, k in enumerate(keys)}


def _post(post_id: str, row: dict[str, str], markup: str, when: datetime) -> Post | None:
    body_raw = without(markup, OWN_WIDGETS)
    body, links = clean(body_raw, is_html=True)
    title, _ = clean(row.get("title", ""), is_html=True)  # titles carry entities (&#x201C;)
    subtitle, _ = clean(row.get("subtitle", ""), is_html=True)
    text = "\n\n".join(part for part in (title, subtitle, body) if part)
    if not text:
        return None
    # posts.csv's post_id is "<number>.<slug>"; the number stays when a slug is edited.
    number = post_id.split(".", 1)[0]
    return Post(
        id=f"substack:{number}",
        source="feed",
        kind="article",
        published_at=when,
        text=text,
        text_raw=markup,
        links=tuple(unique(links)),
    )


FORMATS = [FileFormat("Substack posts.csv", sniff, parse_file)]
