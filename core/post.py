"""The Post record and the posts DataFrame's columns: the one place that names them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

SOURCES: dict[str, str] = {
    "feed": "Blog / feed",
    "x": "X (Twitter)",
    "linkedin": "LinkedIn",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "threads": "Threads",
    "mastodon": "Mastodon",
    "bluesky": "Bluesky",
    "reddit": "Reddit",
    "tiktok": "TikTok",
    "youtube": "YouTube",
    "mailchimp": "Mailchimp",
    "discord": "Discord",
    "table": "Spreadsheet",
}

KINDS = ("post", "reply", "repost", "quote", "article", "media")

# Engagement is a snapshot at export time; missing means "the export did not say", never 0.
# One name a measure, whatever a platform calls it: comments are `replies`, shares `reposts`
# (Meta, YouTube, LinkedIn); `impressions` is times shown, `views` times watched or read (video
# views, YouTube views), `opens` a newsletter's unique opens, `unsubscribes` those it lost.
# The first five were the schema's first; later ones are appended (core.store migrates them).
ENGAGEMENT = ("likes", "reposts", "replies", "impressions", "clicks",
              "views", "saves", "opens", "unsubscribes")  # fmt: skip

LABELS = ("give", "ask")


@dataclass(frozen=True, slots=True)
class Post:
    """One post as every source hands it to the store."""

    id: str
    source: str
    kind: str
    published_at: datetime
    text: str
    text_raw: str = ""
    url: str | None = None
    links: tuple[str, ...] = ()
    language: str | None = None
    engagement: dict[str, int | None] = field(default_factory=dict)
    # Where on the platform it was posted, when a platform has places: a subreddit ("r/python"),
    # a Discord server and channel ("Server / #general"). The balance is also shown per channel.
    channel: str | None = None

    def __post_init__(self) -> None:
        if self.source not in SOURCES:
            raise ValueError(f"unknown source {self.source!r}")
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind {self.kind!r}")
        if self.published_at.tzinfo is None:
            raise ValueError("published_at must be timezone-aware")


@dataclass(frozen=True, slots=True)
class Measure:
    """One day's figure for a whole account, not a post: new followers on a day (LinkedIn's
    FOLLOWERS sheet), unsubscribes on a campaign's send day (Mailchimp). Stored by core.store
    (Store.measures returns them as a frame of MEASURE_COLUMNS); a re-import replaces the
    figure of the same (source, measure, day)."""

    day: date
    source: str
    measure: str
    value: float

    def __post_init__(self) -> None:
        if self.source not in SOURCES:
            raise ValueError(f"unknown source {self.source!r}")
        if self.measure not in MEASURES:
            raise ValueError(f"unknown measure {self.measure!r}")


# Account-level series (Measure.measure): what each is.
MEASURES: dict[str, str] = {
    "new_followers": "followers gained that day",
    "followers": "followers in total at the end of that day",
    "unsubscribes": "people who unsubscribed after that day's send",
    "recipients": "people a campaign was sent to that day",
}
MEASURE_COLUMNS = ["date", "source", "measure", "value"]


def content_id(source: str, *parts: object) -> str:
    """A stable id for posts whose platform gives none: a hash of what identifies them."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{source}:h{digest[:16]}"


def utc(dt: datetime) -> datetime:
    """Aware UTC; naive datetimes are taken to be UTC already (every export here is)."""
    if dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


# Columns of the posts DataFrame that core.store returns and core.balance.metrics reads.
POST_COLUMNS = [
    "id",
    "source",
    "kind",
    "published_at",
    "text",
    "text_raw",
    "url",
    "links",
    "language",
    *ENGAGEMENT,
    "channel",
]
VERDICT_COLUMNS = ["model_label", "p_ask", "confidence", "reasons", "model_version"]
LABEL_COLUMNS = ["human_label"]
# label = the human label where there is one, else the model's; label_by says which.
DERIVED_COLUMNS = ["label", "label_by"]
COLUMNS = POST_COLUMNS + VERDICT_COLUMNS + LABEL_COLUMNS + DERIVED_COLUMNS
