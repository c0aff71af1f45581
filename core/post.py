"""The Post record and the posts DataFrame's columns: the one place that names them."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
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
              "views", "saves", "opens", "unsubscribes", "engagements")  # fmt: skip

LABELS = ("give", "ask")
_NOT_LETTERS = re.compile(r"[\W_]+")


def label_of(value: object) -> str | None:
    """'give' or 'ask' from a label as people and tools write it: 'Ask!', ' GIVE ', full-width
    'ＧＩＶＥ', 'give' with a zero-width space, '(ask)'. Only what is unambiguous: 'yes', '1' or
    👍 say nothing about which, so they are None, as a blank cell is (see label_unread)."""
    if not isinstance(value, str):
        return None
    word = _NOT_LETTERS.sub("", unicodedata.normalize("NFKC", value)).casefold()
    return word if word in LABELS else None


def label_unread(value: object) -> bool:
    """Whether a label cell says something that is not give or ask (a blank one says nothing)."""
    return isinstance(value, str) and bool(value.strip()) and label_of(value) is None


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
    "impressions": "times the account's posts were shown that day",
    "engagements": "interactions with the account's posts that day",
}
MEASURE_COLUMNS = ["date", "source", "measure", "value"]


def content_id(source: str, *parts: object) -> str:
    """A stable id for posts whose platform gives none: a hash of what identifies them."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{source}:h{digest[:16]}"


_WORD = re.compile(r"\w+")


def same_post(old: str, new: str) -> bool:
    """Whether new is old edited (a typo fixed, a sentence added or cut) rather than another
    post under the same id: at least half their words in common (Dice over word counts). A human
    label follows an edit; it never follows a replacement onto text nobody has judged."""
    if old == new:
        return True
    a = Counter(_WORD.findall(old.lower()))
    b = Counter(_WORD.findall(new.lower()))
    total = sum(a.values()) + sum(b.values())
    if not total:
        return True
    return 2 * sum((a & b).values()) / total >= 0.5


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
LABEL_COLUMNS = ["human_label", "labelled_by"]  # labelled_by: the person's name
# label = the human label where there is one, else the model's; label_by says which.
DERIVED_COLUMNS = ["label", "label_by"]
COLUMNS = POST_COLUMNS + VERDICT_COLUMNS + LABEL_COLUMNS + DERIVED_COLUMNS
# What the Balance figures read of each post: no text, links or reasons, so that a workspace of a
# million posts loads in seconds and a few tens of MB (Store.figure_posts).
FIGURE_COLUMNS = [
    "id", "source", "kind", "published_at", *ENGAGEMENT, "channel", "label", "label_by"
]  # fmt: skip
# What the gift circle reads of the posts with a handle or a link (Store.linking_posts).
LINKING_COLUMNS = ["id", "source", "kind", "published_at", "text", "links", "label"]
# A tally: posts counted by the database per UTC day, source, kind, channel and label in force
# (Store.tallies).
# Each row stands for `count` posts published that day (published_at: its midnight, UTC);
# metrics and consistency read a tally where they read posts, wherever only counts matter.
TALLY_COLUMNS = ["published_at", "source", "kind", "channel", "label", "count"]
