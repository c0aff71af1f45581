"""LinkedIn data export: the zip, or Shares.csv (and its companions) alone. FORMATS.md §2.

- Shares.csv: your posts. Multi-line posts have every line wrapped in literal quotes (§2.3),
  undone here. An empty ShareCommentary is a repost.
- InstantReposts.csv: reposts without commentary, kept as kind repost with no text.
- Articles/Articles/*.html: long-form articles, kind article.
- Comments.csv: your comments on others' posts. Not posts: refused alone and left out of a zip,
  unless the caller asks for them (IMPORT_COMMENTS, or parse_comments(include=True)) as replies.
Newer exports suffix names with a member id (Shares_7789716.csv): files are matched by prefix.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterator
from urllib.parse import unquote

from core.errors import UserError
from core.post import Post, content_id
from core.sources.base import (
    FileFormat,
    Parsed,
    csv_header,
    decode,
    header_delimiter,
    read_csv,
)
from core.sources.dates import from_format
from core.sources.markup import elements, has_class, text_of, without
from core.sources.tarball import Archive
from core.sources.text import clean, unique

# Comments as replies: off by default, since they are not the user's own posts.
IMPORT_COMMENTS = False

SHARES_HEADER = {"date", "sharelink", "sharecommentary"}
COMMENTS_HEADER = ["date", "link", "message"]
REPOSTS_HEADER = ["date", "link"]
REACTIONS_HEADER = ["date", "type", "link"]
_URN = re.compile(r"urn:li:(\w+):(\d+)")
_COMMENT_URN = re.compile(r"urn:li:comment:\((?:\w+):\d+,(\d+)\)")
_ARTICLE_DATE = re.compile(r"(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?)")
# 2017-2019 exports write "2017/06/08 08:15:44 UTC".
_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S",
                 "%Y/%m/%d %H:%M:%S UTC", "%Y/%m/%d %H:%M:%S")  # fmt: skip


# --- recognising the files -----------------------------------------------------------------------
def _header(head: bytes) -> list[str]:
    # "Share Commentary" (2017-2019 exports) and "ShareCommentary" (later) are one column.
    return [key(h) for h in csv_header(head)]


def key(header: str) -> str:
    return header.lower().replace(" ", "").replace("_", "")


def is_shares(head: bytes) -> bool:
    return SHARES_HEADER.issubset(_header(head))


def is_comments(name: str, head: bytes) -> bool:
    # Date,Link,Message is a plain header: a LinkedIn link or the file's name must agree.
    return _header(head) == COMMENTS_HEADER and (
        b"linkedin.com" in head or _base(name).startswith("comments")
    )


def is_reposts(name: str, head: bytes) -> bool:
    return _header(head) == REPOSTS_HEADER and (
        b"urn:li:" in head or b"urn%3Ali%3A" in head or _base(name).startswith("instantreposts")
    )


def is_reactions(name: str, head: bytes) -> bool:
    return _header(head) == REACTIONS_HEADER and (
        b"linkedin.com" in head or _base(name).startswith("reactions")
    )


def sniff(name: str, head: bytes) -> bool:
    return (
        is_shares(head)
        or is_comments(name, head)
        or is_reposts(name, head)
        or is_reactions(name, head)
    )


def _base(name: str) -> str:
    return posixpath.basename(name.replace("\\", "/")).lower()


# --- single files --------------------------------------------------------------------------------
def parse_file(name: str, data: bytes) -> Parsed:
    """Shares.csv, InstantReposts.csv or (when asked for) Comments.csv uploaded alone."""
    head = data[:4096]
    if is_comments(name, head):
        return parse_comments(name, data)
    if is_reactions(name, head):
        raise UserError(
            f"{name} is your LinkedIn Reactions.csv (posts you reacted to), not your posts. "
            "Your posts are in Shares.csv in the same export: upload Shares.csv or the whole zip."
        )
    result = Parsed(name=name, format="LinkedIn")
    if is_reposts(name, head):
        result.posts.extend(_reposts(name, data, result))
    else:
        result.posts.extend(_shares(name, data, result))
    return result


def parse_comments(name: str, data: bytes, include: bool | None = None) -> Parsed:
    """Comments.csv: refused unless comments are asked for, then imported as replies."""
    if not (IMPORT_COMMENTS if include is None else include):
        raise UserError(
            f"This is your LinkedIn Comments.csv ({name}): your comments on other people's "
            "posts, not your own posts. Your posts are in Shares.csv in the same export: upload "
            "Shares.csv or the whole LinkedIn zip."
        )
    result = Parsed(name=name, format="LinkedIn comments")
    result.posts.extend(_comments(name, data, result))
    return result


# --- the zip -------------------------------------------------------------------------------------
def read_zip(archive: Archive) -> tuple[list[Parsed], set[str]]:
    """Everything LinkedIn in a zip, as one result; the export's files are claimed."""
    shares = _members(archive, "shares", lambda n, h: is_shares(h))
    reposts = _members(archive, "instantreposts", is_reposts)
    comments = _members(archive, "comments", is_comments)
    if not (shares or reposts or comments):
        return [], set()
    root = posixpath.dirname((shares or reposts or comments)[0][0])
    root = f"{root}/" if root else ""
    articles = [
        n
        for n in archive.names
        if n.startswith(f"{root}Articles/") and n.lower().endswith((".html", ".htm"))
    ]
    result = Parsed(name=f"{archive.name} (LinkedIn)", format="LinkedIn")
    for member, data in shares:
        result.posts.extend(_shares(f"{archive.name}/{member}", data, result))
    for member, data in reposts:
        result.posts.extend(_reposts(f"{archive.name}/{member}", data, result))
    for member in articles:
        post = _article(member, archive.read(member), result)
        if post is not None:
            result.posts.append(post)
    for member, data in comments:
        _comments_in_zip(f"{archive.name}/{member}", data, result)
    return [result], _claimed(archive, root)


def _members(
    archive: Archive, prefix: str, check: Callable[[str, bytes], bool]
) -> list[tuple[str, bytes]]:
    """CSV members named prefix*.csv whose header says they are that file."""
    found = []
    for member in sorted(archive.names):
        base = _base(member)
        if base.startswith(prefix) and base.endswith(".csv"):
            data = archive.read(member)
            if check(member, data[:4096]):
                found.append((member, data))
    return found


def _claimed(archive: Archive, root: str) -> set[str]:
    # The export's other files (Connections.csv, messages.csv, …) are not posts, and a generic
    # CSV reader must not take messages for posts: claim every CSV and HTML file of the export.
    top = {"articles", "jobs", "verifications"}
    claimed = set()
    for name in archive.names:
        if not name.startswith(root):
            continue
        rest = name[len(root) :]
        first = rest.split("/", 1)[0].lower()
        if ("/" not in rest and rest.lower().endswith((".csv", ".html", ".txt"))) or first in top:
            claimed.add(name)
    return claimed


def _comments_in_zip(name: str, data: bytes, result: Parsed) -> None:
    if IMPORT_COMMENTS:
        result.posts.extend(_comments(name, data, result))
        return
    count = sum(1 for _ in _rows(name, data, escapechar="\\"))
    result.notes.append(
        f"Comments.csv ({count:,} comments on others' posts) was left out: comments are not "
        "your posts"
    )


# --- records -------------------------------------------------------------------------------------
def _rows(name: str, data: bytes, **fmt: str) -> Iterator[dict[str, str]]:
    text = decode(data, name)  # 2017-2019 Shares.csv: UTF-16 with a BOM, tab-separated
    delimiter = header_delimiter(text[:4096].split("\n", 1)[0])
    headers, rows = read_csv(text, name, delimiter=delimiter, **fmt)
    keys = [key(h) for h in headers]
    for row in rows:
        yield {k: (row[i] if i < len(row) else "") for i, k in enumerate(keys)}


def _shares(name: str, data: bytes, result: Parsed) -> Iterator[Post]:
    for row in _rows(name, data):
        when = from_format(row.get("date", ""), *_DATE_FORMATS)
        if when is None:
            result.skipped["no readable date"] += 1
            continue
        raw = row.get("sharecommentary", "")
        text, links = clean(unwrap_lines(raw), is_html=False)
        shared = row.get("sharedurl", "").strip()
        link = row.get("sharelink", "").strip()
        ident = post_id(link) or content_id("linkedin", when.isoformat(), raw)
        kind = "post" if text else "repost"  # an empty commentary is a repost (§2.2)
        if not text and shared:
            # A link share with no comment (2017-2019 exports): its title (or description,
            # else the link itself) is what was posted, not a repost of someone's post.
            raw = row.get("sharetitle", "").strip() or row.get("sharedescription", "").strip()
            text, links = clean(unwrap_lines(raw or shared), is_html=False)
            kind = "post"
        yield Post(
            id=ident,
            source="linkedin",
            kind=kind,
            published_at=when,
            text=text,
            text_raw=raw,
            url=link or None,
            links=tuple(unique([shared, *links])),
        )


def _reposts(name: str, data: bytes, result: Parsed) -> Iterator[Post]:
    for row in _rows(name, data):
        when = from_format(row.get("date", ""), *_DATE_FORMATS)
        link = row.get("link", "").strip()
        if when is None or not link:
            result.skipped["no readable date or link"] += 1
            continue
        urn = _URN.search(unquote(link))
        # The link is the reposted post's: prefix it so it can never collide with a share's id.
        ident = f"{urn.group(1)}:{urn.group(2)}" if urn else content_id("linkedin", link)
        yield Post(
            id=f"linkedin:repost:{ident}",
            source="linkedin",
            kind="repost",
            published_at=when,
            text="",
            url=link if link.startswith("http") else None,
            links=(link,) if link.startswith("http") else (),
        )


def _comments(name: str, data: bytes, result: Parsed) -> Iterator[Post]:
    # Comments.csv escapes quotes with a backslash (\"), unlike Shares.csv (§2.3).
    for row in _rows(name, data, escapechar="\\"):
        when = from_format(row.get("date", ""), *_DATE_FORMATS)
        raw = row.get("message", "")
        if when is None:
            result.skipped["no readable date"] += 1
            continue
        text, links = clean(raw, is_html=False)
        link = row.get("link", "").strip()
        urn = _COMMENT_URN.search(unquote(link))
        yield Post(
            id=f"linkedin:comment:{urn.group(1)}"
            if urn
            else content_id("linkedin", "comment", when.isoformat(), link, raw),
            source="linkedin",
            kind="reply",
            published_at=when,
            text=text,
            text_raw=raw,
            url=link or None,
            links=tuple(links),
        )


def _article(member: str, data: bytes, result: Parsed) -> Post | None:
    """One Articles/Articles/*.html: <h1><a href=pulse URL>title</a></h1>, dates, the body."""
    markup = decode(data, member)
    published = elements(markup, has_class("p", "published"))
    when = None
    if published:
        found = _ARTICLE_DATE.search(text_of(published[0].inner))
        when = from_format(found.group(1), *_DATE_FORMATS) if found else None
    if when is None:
        result.skipped["unpublished article (draft)"] += 1
        return None
    heading = elements(markup, lambda t, _a: t == "h1")
    title = text_of(heading[0].inner) if heading else ""
    anchors = elements(heading[0].inner, lambda t, _a: t == "a") if heading else []
    url = (anchors[0].attrs.get("href") or None) if anchors else None
    body_markup = without(
        markup,
        lambda t, a: (
            t in ("h1", "head", "title", "style")
            or bool({"created", "published"} & set(a.get("class", "").split()))
        ),
    )
    body, links = clean(body_markup, is_html=True)
    slug = url.rstrip("/").rsplit("/", 1)[-1] if url else ""
    return Post(
        id=f"linkedin:article:{slug}" if slug else content_id("linkedin", when.isoformat(), title),
        source="linkedin",
        kind="article",
        published_at=when,
        text=f"{title}\n\n{body}".strip(),
        text_raw=body_markup,
        url=url,
        links=tuple(link for link in links if link != url),
    )


# --- text and ids --------------------------------------------------------------------------------
def unwrap_lines(text: str) -> str:
    """Undo Shares.csv's per-line quote wrapping of multi-line posts (FORMATS.md §2.3).

    Parsed, such a post reads 'first line"\\n""\\n"middle line"\\n"last line': every line but
    the first opens with a quote, every line but the last closes with one. Only when all lines
    agree is one quote taken off each end, so quotes a person typed are kept.
    """
    lines = text.replace("\r\n", "\n").split("\n")
    if len(lines) < 2:
        return text
    if not (
        all(line.startswith('"') for line in lines[1:])
        and all(line.endswith('"') for line in lines[:-1])
    ):
        return text
    unwrapped = [line[1:] if i else line for i, line in enumerate(lines)]
    unwrapped = [line[:-1] if i < len(lines) - 1 else line for i, line in enumerate(unwrapped)]
    return "\n".join(unwrapped)


def post_id(share_link: str) -> str | None:
    """'…/feed/update/urn%3Ali%3Ashare%3A6813…' -> 'linkedin:share:6813…'."""
    link = share_link or ""
    if link.count("%") == link.count("%3A") + link.count("%3a"):
        # Only the colons are escaped (every share link): unquote's result, four times faster.
        link = link.replace("%3A", ":").replace("%3a", ":")
    else:
        link = unquote(link)
    urn = _URN.search(link)
    return f"linkedin:{urn.group(1)}:{urn.group(2)}" if urn else None


FORMATS = [FileFormat("LinkedIn", sniff, parse_file)]
