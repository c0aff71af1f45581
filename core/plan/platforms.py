"""Where a post can be published, and how long it may be there: limits as data."""

from __future__ import annotations

from dataclasses import dataclass

from core.post import SOURCES
from core.sources.text import find_urls

# X wraps every link in t.co, which always counts as this many characters.
X_LINK_LENGTH = 23


@dataclass(frozen=True)
class Platform:
    key: str  # a core.post.SOURCES key, so planned and published posts share one vocabulary
    limit: int | None  # characters per post; None where there is no practical limit


PLATFORMS: dict[str, Platform] = {
    p.key: p
    for p in (
        Platform("x", 280),
        Platform("bluesky", 300),
        Platform("threads", 500),
        Platform("mastodon", 500),
        Platform("linkedin", 3000),
        Platform("instagram", 2200),
        Platform("facebook", 63206),
        Platform("reddit", 40000),  # a text post's body; the 9:1 rule is core.plan.rules
        Platform("feed", None),
    )
}


def name(key: str) -> str:
    return SOURCES.get(key, key)


def length(text: str, platform: str) -> int:
    """Characters as the platform counts them: on X every link counts as a t.co link."""
    if platform != "x":
        return len(text)
    total = len(text)
    for url in find_urls(text):
        total += X_LINK_LENGTH - len(url)
    return total


def limit(platform: str) -> int | None:
    found = PLATFORMS.get(platform)
    return found.limit if found else None


def over_by(text: str, platform: str) -> int:
    """Characters over the platform's limit (0 when it fits or there is no limit)."""
    cap = limit(platform)
    return 0 if cap is None else max(0, length(text, platform) - cap)
