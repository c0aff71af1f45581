"""Medium export: a zip of posts/*.html (h-entry pages) and profile/profile.html. FORMATS.md §9.3.

Drafts (files named draft_…) are skipped and counted. Medium exports your responses (comments)
as posts too; they are told apart with the heuristic Ghost's importer uses (one top-level
block, at most one paragraph, no image) and kept as replies.
"""

from __future__ import annotations

import posixpath
import re

from core.errors import UserError
from core.post import Post
from core.sources.base import FileFormat, Parsed, decode
from core.sources.dates import parse_iso
from core.sources.markup import Match, elements, has_class, text_of, top_level_tags, without
from core.sources.tarball import Archive
from core.sources.text import clean

_POST_FILE = re.compile(r"(?:^|/)posts/[^/]+\.html?$", re.IGNORECASE)
_MEDIUM_ID = re.compile(r"-([0-9a-f]{10,12})\.html?$", re.IGNORECASE)
_PARAGRAPH = re.compile(r"<p[\s>]", re.IGNORECASE)
_IMAGE = re.compile(r"<img[\s>/]", re.IGNORECASE)
_OTHER_BLOCKS = re.compile(r"<(?:pre|figure|blockquote|ul|ol|h[1-6])[\s>]", re.IGNORECASE)


def sniff(name: str, head: bytes) -> bool:
    """A post page taken out of the zip (posts/*.html): an h-entry with Medium's fields."""
    return b"h-entry" in head and b"e-content" in head and b"data-field=" in head


def parse_file(name: str, data: bytes) -> Parsed:
    """One loose posts/*.html page (people keep them out of the zip)."""
    filename = posixpath.basename(name.replace("\\", "/"))
    result = Parsed(name=name, format="Medium")
    if filename.lower().startswith("draft"):
        result.skipped["draft (not published)"] += 1
        return result
    post = parse_page(filename, decode(data, name))
    if post is None:
        raise UserError(
            f"{name} is a Medium page without a publication date (an unpublished draft?); "
            "there is nothing to import from it."
        )
    result.posts.append(post)
    return result


def read_zip(archive: Archive) -> tuple[list[Parsed], set[str]]:
    """Every Medium export in a zip (recognised by its h-entry post pages)."""
    by_root: dict[str, list[str]] = {}
    for name in archive.names:
        if _POST_FILE.search(name):
            by_root.setdefault(name[: name.lower().rindex("posts/")], []).append(name)
    results: list[Parsed] = []
    claimed: set[str] = set()
    for root, members in sorted(by_root.items()):
        if not _is_medium(archive, root, members):
            continue
        results.append(_parse_export(archive, sorted(members)))
        # profile/, and the export's other folders (claps, highlights, lists…): all HTML pages.
        claimed |= {n for n in archive.names if n.startswith(root) and n.endswith(".html")}
    return results, claimed


def _is_medium(archive: Archive, root: str, members: list[str]) -> bool:
    if f"{root}posts.csv" in archive.names:
        return False  # a Substack export also has posts/*.html
    if f"{root}profile/profile.html" in archive.names:
        return True
    head = archive.read(sorted(members)[0])[:8192]
    return b"h-entry" in head and b"e-content" in head


def _parse_export(archive: Archive, members: list[str]) -> Parsed:
    result = Parsed(name=f"{archive.name} (Medium)", format="Medium")
    for member in members:
        filename = posixpath.basename(member)
        if filename.lower().startswith("draft"):
            result.skipped["draft (not published)"] += 1
            continue
        post = parse_page(filename, decode(archive.read(member), member))
        if post is None:
            result.skipped["no publication date"] += 1
        else:
            result.posts.append(post)
    replies = sum(1 for p in result.posts if p.kind == "reply")
    if replies:
        result.notes.append(
            f"{replies:,} short pieces look like responses to others' stories and were kept as "
            "replies"
        )
    return result


def parse_page(filename: str, markup: str) -> Post | None:
    """One posts/*.html page: title, subtitle, body, date and canonical link."""
    published = elements(markup, has_class("time", "dt-published"))
    when = parse_iso(published[0].attrs.get("datetime")) if published else None
    if when is None:
        return None
    title = _first_text(markup, has_class(None, "p-name"))
    subtitle = _first_text(markup, lambda _t, a: a.get("data-field") == "subtitle")
    bodies = elements(markup, lambda _t, a: a.get("data-field") == "body")
    body_markup = bodies[0].inner if bodies else ""
    # Medium repeats the title and subtitle at the top of the body (graf--title, graf--subtitle
    # headings), not always in the same words as the page's own (p-summary can be cut short):
    # the body's own headings go, the page's say them once.
    body_subtitle = _first_text(body_markup, has_class(None, "graf--subtitle"))
    body, links = clean(without(body_markup, has_class(None, "graf--title", "graf--subtitle")),
                        is_html=True)  # fmt: skip
    canonical = elements(markup, has_class("a", "p-canonical"))
    url = (canonical[0].attrs.get("href") or None) if canonical else None
    rest = body.removeprefix(title).lstrip() if title else body
    if body_subtitle and (not subtitle or body_subtitle.startswith(subtitle.rstrip("…. "))):
        subtitle = body_subtitle  # the whole subtitle, where the summary is its cut
    rest = rest.removeprefix(subtitle).lstrip() if subtitle else rest
    if subtitle and _same_start(subtitle, rest):
        subtitle = ""  # a summary that is only the opening of the text, cut short
    elif subtitle:
        # The subtitle again as an opening paragraph (often in italics, after a cover image).
        paragraphs = rest.split("\n\n")
        for i, paragraph in enumerate(paragraphs[:5]):
            if paragraph.strip() == subtitle:
                rest = "\n\n".join(paragraphs[:i] + paragraphs[i + 1 :])
                break
    match = _MEDIUM_ID.search(filename)
    ident = match.group(1).lower() if match else filename.rsplit(".", 1)[0]
    return Post(
        id=f"medium:{ident}",
        source="feed",
        kind="reply" if is_response(body_markup) else "article",
        published_at=when,
        text="\n\n".join(p for p in (title, subtitle, rest) if p),
        text_raw=body_markup,
        url=url,
        links=tuple(link for link in links if link != url),
    )


def is_response(body_markup: str) -> bool:
    """Ghost's heuristic (one top-level block, at most one paragraph, no image), and no other
    block either: a one-paragraph post with code, a quote or a heading is a post."""
    return (
        len(top_level_tags(body_markup)) <= 1
        and len(_PARAGRAPH.findall(body_markup)) <= 1
        and not _IMAGE.search(body_markup)
        and not _OTHER_BLOCKS.search(body_markup)
    )


def _same_start(summary: str, text: str) -> bool:
    cut = summary.rstrip("…. ").strip()
    return bool(cut) and " ".join(text.split()).startswith(" ".join(cut.split()))


def _first_text(markup: str, match: Match) -> str:
    found = elements(markup, match)
    return text_of(found[0].inner) if found else ""


FORMATS = [FileFormat("Medium post page", sniff, parse_file)]
