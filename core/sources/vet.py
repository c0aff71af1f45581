"""The last look at every parsed post before it is stored, whatever source it came from.

Each source reads its own format; what no post may carry into the store is checked once, here:
a date outside the years a social post can have (refused per row, with the reason), text the
database cannot encode (a lone surrogate from a JSON \\ud800 escape), a link that is not http(s)
(javascript:, data:, file: would be clickable in the Posts table), and counts nobody can have
(negative, or past a trillion: 1e30 overflowed the database's integers).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from core.post import ENGAGEMENT, Post
from core.sources.base import Parsed

EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)  # before any social network, blog or mail archive
AHEAD = timedelta(days=366)  # a scheduled post may be dated ahead, not years ahead
MAX_COUNT = 10**12  # more likes or views than people have ever lived is not a count
TOO_EARLY = "dated before 1990"
TOO_LATE = "dated more than a year ahead"
_SURROGATE = re.compile("[\ud800-\udfff]")
_WEB_URL = re.compile(r"https?://[^\s/?#@]*[^\s/?#:@.]", re.IGNORECASE)  # scheme and a host
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")


def date_problem(when: datetime, now: datetime) -> str | None:
    """Why a post (or a planned post) with this date cannot be taken, or None."""
    if when < EARLIEST:
        return TOO_EARLY
    if when > now + AHEAD:
        return TOO_LATE
    return None


def encodable(text: str) -> str:
    """The text with each lone surrogate (which UTF-8 cannot encode) as U+FFFD."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def web_url(url: object) -> str | None:
    """The address if it is an http(s) URL with a host; anything else is not kept."""
    if not isinstance(url, str):
        return None
    url = encodable(url.strip())
    return url if _WEB_URL.match(url) else None


def safe_link(link: object) -> str | None:
    """A link found in a post's text: kept unless it names a scheme other than http(s)."""
    if not isinstance(link, str):
        return None
    link = encodable(link.strip())
    scheme = _SCHEME.match(link)
    if scheme and scheme.group(1).lower() not in ("http", "https"):
        return None
    return link or None


def count(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 <= value <= MAX_COUNT else None


def _texts(posts: list[Post]) -> Iterator[str]:
    for post in posts:
        yield post.id
        yield post.text
        yield post.text_raw
        yield post.language or ""
        if isinstance(post.url, str):
            yield post.url
        yield from (link for link in post.links if isinstance(link, str))


def _fine(post: Post) -> bool:
    """Whether a post (without lone surrogates) can be stored as it is: the common case, told
    without building anything."""
    url = post.url
    if url is not None and not (
        isinstance(url, str) and url == url.strip() and _WEB_URL.match(url)
    ):
        return False
    for link in post.links:
        if not isinstance(link, str) or (
            not link.startswith(("http://", "https://")) and safe_link(link) != link
        ):
            return False
    return all(
        value is None or (type(value) is int and 0 <= value <= MAX_COUNT)
        for value in post.engagement.values()
    )


def vet(parsed: Parsed, now: datetime | None = None) -> Parsed:
    """The parse result with every post checked: refused rows counted in parsed.skipped by
    reason (their labels from the file dropped with them), the rest made safe to store. A file
    read in parts (Parsed.batches) has each part checked as it comes."""
    now = now or datetime.now(UTC)
    dropped = [0]  # counts left out, over every part

    def checked(posts: list[Post]) -> list[Post]:
        kept, counts_dropped = _vet_posts(parsed, posts, now)
        if counts_dropped:
            note = _counts_note(dropped[0])
            dropped[0] += counts_dropped
            if note in parsed.notes:
                parsed.notes.remove(note)
            parsed.notes.append(_counts_note(dropped[0]))
        return kept

    parsed.posts = checked(parsed.posts)
    if parsed.batches is not None:
        parts = parsed.batches
        parsed.batches = lambda: (checked(posts) for posts in parts())
    if any(_SURROGATE.search(k) for k in (*parsed.labels, *parsed.legacy)):
        parsed.labels = {encodable(k): v for k, v in parsed.labels.items()}
        parsed.legacy = {encodable(k): encodable(v) for k, v in parsed.legacy.items()}
    return parsed


def _counts_note(n: int) -> str:
    return (
        f"{n:,} counts that were negative or past belief were left out (shown as missing, not zero)"
    )


def _vet_posts(parsed: Parsed, posts: list[Post], now: datetime) -> tuple[list[Post], int]:
    kept: list[Post] = []
    counts_dropped = 0
    # One pass over all the text for lone surrogates (rare): most files need no per-post fix.
    surrogates = bool(_SURROGATE.search("\n".join(_texts(posts))))
    for post in posts:
        problem = date_problem(post.published_at, now)
        if problem:
            parsed.skipped[problem] += 1
            parsed.labels.pop(post.id, None)
            continue
        if not surrogates and _fine(post):
            kept.append(post)
            continue
        engagement = {k: count(v) for k, v in post.engagement.items() if k in ENGAGEMENT}
        counts_dropped += sum(
            1 for k, v in post.engagement.items() if v is not None and engagement.get(k) is None
        )
        kept.append(
            dataclasses.replace(
                post,
                id=encodable(post.id),
                text=encodable(post.text),
                text_raw=encodable(post.text_raw),
                url=web_url(post.url),
                links=tuple(u for u in map(safe_link, post.links) if u),
                language=encodable(post.language) if post.language else post.language,
                engagement=engagement,
            )
        )
    return kept, counts_dropped
