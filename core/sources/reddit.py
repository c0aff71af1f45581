"""Reddit's data request: a zip of CSVs (UTF-8 with a BOM; big files split posts_1.csv,
posts_2.csv…), or posts.csv / comments.csv alone. FORMATS.md §12 [reported].

- posts.csv: id, permalink, date ("2025-05-18 04:35:32 UTC"), ip, subreddit, gildings, title,
  url, body. A submission is a post: its title and body are the text, its url the link it
  submitted (a self post's url is its own permalink: no link).
- comments.csv: id, permalink, date, ip, subreddit, gildings, link, parent, body, media. A
  comment is a reply; Reddit's self-promotion guideline counts comments too.
The ip column is never read into anything. Each post's channel is its subreddit ("r/python"),
so the balance can be shown per subreddit (core.balance.reddit). Fields are read by header
text; the request's other ~36 CSVs (messages, votes, post_headers…) are claimed and left out.
"""

from __future__ import annotations

import posixpath
import re
from datetime import datetime

from core.errors import UserError
from core.post import Post
from core.sources.base import FileFormat, Parsed, csv_records, header_keys
from core.sources.dates import from_format
from core.sources.tarball import Archive
from core.sources.text import clean, unique

POSTS_HEADER = {"id", "permalink", "date", "subreddit", "title", "url"}
COMMENTS_HEADER = {"id", "permalink", "date", "subreddit", "link", "parent", "body"}
# Without a body: the same records, nothing to judge. Said so when they come alone.
HEADERS_ONLY = {"id", "permalink", "date", "subreddit"}
_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S UTC", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S")
_SPLIT = re.compile(r"^(posts|comments)(?:_\d+)?\.csv$", re.IGNORECASE)
_REDDIT = "https://www.reddit.com"


def kind_of(head: bytes) -> str | None:
    """ "posts", "comments", "headers" (post_headers.csv: no body) or None, by the header."""
    keys = set(header_keys(head))
    if keys >= COMMENTS_HEADER:
        return "comments"
    if keys >= POSTS_HEADER and "body" in keys:
        return "posts"
    if keys >= HEADERS_ONLY and ("gildings" in keys or "ip" in keys) and "body" not in keys:
        return "headers"
    return None


def sniff(name: str, head: bytes) -> bool:
    return kind_of(head) is not None


def parse_file(name: str, data: bytes) -> Parsed:
    """posts.csv or comments.csv (or one of their _1, _2 parts) uploaded alone."""
    kind = kind_of(data[:65536])
    if kind == "headers":
        raise UserError(
            f"{name} is one of Reddit's *_headers.csv files: it lists your posts or comments "
            "without their text. Upload posts.csv and comments.csv, or the whole Reddit zip."
        )
    result = Parsed(name=name, format="Reddit")
    _add(result, name, data, kind or "posts")
    return result


def read_zip(archive: Archive) -> tuple[list[Parsed], set[str]]:
    """A Reddit data request: posts and comments (all their parts) as one result."""
    found: list[tuple[str, str]] = []
    for member in sorted(archive.names):
        base = posixpath.basename(member)
        if _SPLIT.match(base) and archive.size(member) > 0:
            kind = kind_of(archive.read(member)[:65536])
            if kind in ("posts", "comments"):
                found.append((member, kind))
    if not found:
        return [], set()
    root = posixpath.dirname(found[0][0])
    result = Parsed(name=archive.name, format="Reddit")
    for member, kind in found:
        _add(result, f"{archive.name}/{member}", archive.read(member), kind)
    claimed = {
        n for n in archive.names if posixpath.dirname(n) == root and n.lower().endswith(".csv")
    }
    return [result], claimed


def _add(result: Parsed, name: str, data: bytes, kind: str) -> None:
    _, rows = csv_records(name, data)
    make = _comment if kind == "comments" else _submission
    for row in rows:
        row.pop("ip", None)  # never kept, not even in memory longer than this row
        post = make(row)
        if post is None:
            result.skipped["no id or readable date"] += 1
        else:
            result.posts.append(post)


def _base(row: dict[str, str]) -> tuple[str, datetime, str | None, str | None] | None:
    """Id, date, permalink and subreddit of a row; None without an id or a readable date."""
    when = from_format(row.get("date", ""), *_DATE_FORMATS)
    ident = row.get("id", "")
    if when is None or not ident:
        return None
    permalink = row.get("permalink", "")
    if permalink.startswith("/"):
        permalink = _REDDIT + permalink
    subreddit = row.get("subreddit", "").strip().removeprefix("r/")
    return ident, when, permalink or None, f"r/{subreddit}" if subreddit else None


def _submission(row: dict[str, str]) -> Post | None:
    base = _base(row)
    if base is None:
        return None
    ident, when, permalink, channel = base
    title, body = row.get("title", ""), row.get("body", "")
    raw = "\n\n".join(p for p in (title, body) if p.strip())
    text, links = clean(raw, is_html=False)
    url = row.get("url", "")
    if url.startswith("/"):
        url = _REDDIT + url
    submitted = [url] if url.startswith("http") and not _is_self(url, permalink) else []
    return Post(
        id=f"reddit:t3_{ident.removeprefix('t3_')}",
        source="reddit",
        kind="post",
        published_at=when,
        text=text,
        text_raw=raw,
        url=permalink,
        links=tuple(unique(submitted + links)),
        channel=channel,
    )


def _comment(row: dict[str, str]) -> Post | None:
    base = _base(row)
    if base is None:
        return None
    ident, when, permalink, channel = base
    raw = row.get("body", "")
    text, links = clean(raw, is_html=False)
    return Post(
        id=f"reddit:t1_{ident.removeprefix('t1_')}",
        source="reddit",
        kind="reply",
        published_at=when,
        text=text,
        text_raw=raw,
        url=permalink,
        links=tuple(links),
        channel=channel,
    )


def _is_self(url: str, permalink: str | None) -> bool:
    """A self post's url is its own page on Reddit, not a link it submitted."""
    return permalink is not None and _page(url) == _page(permalink)


def _page(url: str) -> str:
    return url.split("?", 1)[0].rstrip("/").replace("://old.", "://www.")


FORMATS = [FileFormat("Reddit", sniff, parse_file)]
