"""The gift circle: whom a person gives to, and who gives back.

Read from the posts themselves: the accounts a give post credits ("via @dana", "h/t @dana"),
mentions, replies to (the handles a reply opens with) or reposts (an X "RT @dana:", a boosted
Mastodon status, a reposted or quoted Bluesky or X post), and the domains of the links the
person curates. The brand's own handles and domains are the person's own, never a gift.
Who gives back needs the other direction, mentions of the person, which only some exports
carry; it arrives as a table of (date, who) and is empty where none does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import pandas as pd

from core.settings import Brand
from core.sources.text import domain_of

# Kinds of amplification, strongest first: a post that reposts @dana and mentions her counts once.
REPOST, REPLY, CREDIT, MENTION = "reposted", "replied", "credited", "mentioned"
KINDS = (REPOST, REPLY, CREDIT, MENTION)
AMPLIFIED_COLUMNS = ["post_id", "published_at", "source", "who", "kind"]
LINK_COLUMNS = ["post_id", "published_at", "source", "label", "domain", "own"]
RECEIVED_COLUMNS = ["date", "source", "who"]
CONCENTRATION_SHARE = 0.8  # "do three friends get 80% of it?"

# @name, @name@instance (Mastodon), @name.bsky.social; not an e-mail address (a word before @).
_HANDLE = r"@([A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?)"
HANDLE = re.compile(r"(?<![\w@/.])" + _HANDLE)
# A credit cue right before the handle, or before a list of handles that ends with it
# ("thanks to @dana and @eli"); matched against the text just before the handle.
CREDIT_CUE = re.compile(
    r"(?:\bvia|\bh/?t|\bhat tip(?: to)?|\bthanks?(?: you)?(?: to)?|\bkudos(?: to)?|"
    r"\bshout-?out(?: to)?|\bcredits?(?: to)?:?|\bby|\bcc:?|\bgreat (?:post|thread|piece|read) "
    r"(?:by|from))\s+(?:@[\w.@-]+\s*(?:,|\band\b|&)\s*)*$",
    re.I,
)
RETWEET = re.compile(r"^RT " + _HANDLE + ":?")
LEADING = re.compile(r"^(?:\s*" + _HANDLE + r")+")
# Where a link is a post on a social network, its author is the one amplified, not the site.
_STATUS = (
    re.compile(r"^https?://(?:www\.|mobile\.)?(?:x|twitter)\.com/(\w{1,15})/status/", re.I),
    re.compile(r"^https?://bsky\.app/profile/([^/]+)/post/", re.I),
    re.compile(r"^https?://(?:www\.)?threads\.(?:net|com)/@([^/]+)/post/", re.I),
    re.compile(r"^https?://([^/]+)/@([A-Za-z0-9_.]+)/\d+", re.I),  # Mastodon: instance/@user/id
)  # fmt: skip
PLATFORM_HOSTS = frozenset(
    {"x.com", "twitter.com", "t.co", "bsky.app", "threads.net", "threads.com", "linkedin.com",
     "lnkd.in", "facebook.com", "fb.me", "instagram.com"}
)  # fmt: skip


def handle_key(raw: str) -> str:
    """@Dana, dana and @dana are one account; Mastodon's @user@instance keeps its instance."""
    return "@" + raw.strip().lstrip("@").rstrip(".").lower()


def status_author(url: str) -> str | None:
    """The account whose post a link points at, or None for any other link."""
    for pattern in _STATUS:
        found = pattern.match(url)
        if found:
            if len(found.groups()) == 2:  # Mastodon: user@instance
                return handle_key(f"{found[2]}@{found[1].lower()}")
            return handle_key(found[1])
    return None


def _own_handles(brand: Brand) -> set[str]:
    own = set()
    for h in brand.handles:
        key = handle_key(h)
        own.add(key)
        own.add("@" + key[1:].split("@")[0])  # @me@instance is also @me in its own posts
    return own


def amplifications(text: str, kind: str, links: list[str]) -> dict[str, str]:
    """Who one post gives to, each with the strongest way it does: {handle: kind}."""
    found: dict[str, str] = {}

    def put(who: str, how: str) -> None:
        if who not in found or KINDS.index(how) < KINDS.index(found[who]):
            found[who] = how

    retweet = RETWEET.match(text)
    if retweet:
        put(handle_key(retweet[1]), REPOST)
    if kind in ("repost", "quote"):
        for link in links:
            author = status_author(link)
            if author:
                put(author, REPOST)
    if kind == "reply":
        leading = LEADING.match(text)
        for m in HANDLE.finditer(leading[0] if leading else ""):
            put(handle_key(m[1]), REPLY)
    for m in HANDLE.finditer(text):
        before = text[max(0, m.start() - 120) : m.start()]
        put(handle_key(m[1]), CREDIT if CREDIT_CUE.search(before) else MENTION)
    return found


def _links(value: Any) -> list[str]:
    links = value if isinstance(value, list | tuple) else []
    return [str(link) for link in links if link]


def _columns(posts: pd.DataFrame, *names: str) -> Any:
    # Plain lists zipped: itertuples over every column costs seconds at 100k posts.
    return zip(*(posts[name].tolist() for name in names))


def amplified(posts: pd.DataFrame, brand: Brand) -> pd.DataFrame:
    """One row per (post, account) the person gave to: give posts, and reposts whatever their
    label (a repost amplifies someone by what it is)."""
    own = _own_handles(brand)
    gifts = posts[(posts["label"] == "give") | (posts["kind"] == "repost")]
    rows = []
    for pid, when, source, kind, text, links in _columns(
        gifts, "id", "published_at", "source", "kind", "text", "links"
    ):
        text = text if isinstance(text, str) else ""
        linked = _links(links) if kind in ("repost", "quote") else []
        if "@" not in text and not linked:
            continue
        for who, how in amplifications(text, str(kind), linked).items():
            if who not in own:
                rows.append((pid, when, source, who, how))
    return pd.DataFrame(rows, columns=AMPLIFIED_COLUMNS)


def _joined(parts: list[pd.DataFrame], columns: list[str]) -> pd.DataFrame:
    parts = [p for p in parts if not p.empty]
    if not parts:
        return pd.DataFrame(columns=columns)
    return parts[0] if len(parts) == 1 else pd.concat(parts, ignore_index=True)


def _is_own(host: str, url: str, brand: Brand) -> bool:
    path = urlsplit(url if "://" in url else f"https://{url}").path.lstrip("/")
    for d in brand.domains:
        d_host, _, d_path = (
            d.lower().removeprefix("https://").removeprefix("http://").partition("/")
        )
        d_host = d_host.removeprefix("www.")
        if (host == d_host or host.endswith("." + d_host)) and path.startswith(d_path.strip("/")):
            return True
    return False


def links(posts: pd.DataFrame, brand: Brand) -> pd.DataFrame:
    """One row per (post, linked domain): every label, since the own-link share is of all the
    person's links. Links to a post on a social network are amplifications, not curation."""
    rows = []
    labelled = posts[posts["label"].isin(["give", "ask"])]
    for pid, when, source, label, links in _columns(
        labelled, "id", "published_at", "source", "label", "links"
    ):
        seen = set()
        for link in _links(links):
            host = domain_of(link)
            if not host or host in PLATFORM_HOSTS or host in seen or status_author(link):
                continue
            seen.add(host)
            rows.append((pid, when, source, label, host, _is_own(host, link, brand)))
    return pd.DataFrame(rows, columns=LINK_COLUMNS)


@dataclass(frozen=True)
class Concentration:
    accounts: int  # accounts given to
    gifts: int  # (post, account) pairs
    top3_share: float | None  # the share of gifts that went to the three most given-to
    accounts_for_80: int  # the fewest accounts that got 80% of the gifts

    def as_dict(self) -> dict[str, Any]:
        share = None if self.top3_share is None else round(self.top3_share, 4)
        return {
            "accounts": self.accounts,
            "gifts": self.gifts,
            "top3_share": share,
            "accounts_for_80": self.accounts_for_80,
        }

    def text(self) -> str:
        if not self.gifts:
            return "No give post names another account yet."
        top = min(3, self.accounts)
        share = f"{self.top3_share:.0%}"
        head = (
            f"{self.gifts:,} gifts to {self.accounts:,} accounts; the top {top} got {share} "
            f"of them, and {self.accounts_for_80:,} got {CONCENTRATION_SHARE:.0%}."
        )
        if self.accounts >= 5 and self.top3_share is not None and self.top3_share >= 0.8:
            head += " Your giving goes to a small circle: widening it reaches new people."
        return head


def concentration(gifts: pd.DataFrame) -> Concentration:
    counts = gifts["who"].value_counts()
    total = int(counts.sum())
    if not total:
        return Concentration(0, 0, None, 0)
    cumulative = counts.cumsum() / total
    needed = int((cumulative < CONCENTRATION_SHARE - 1e-9).sum()) + 1
    return Concentration(len(counts), total, float(counts.iloc[:3].sum() / total), needed)


def ranked(gifts: pd.DataFrame) -> pd.DataFrame:
    """Accounts by posts that gave to them, with each way counted: who, posts, kind (the most
    frequent way), and one column per kind. Ties by name."""
    columns = ["who", "posts", "kind", *KINDS, "first", "last"]
    if gifts.empty:
        return pd.DataFrame(columns=columns)
    by_kind = gifts.pivot_table(index="who", columns="kind", values="post_id", aggfunc="count")
    by_kind = by_kind.reindex(columns=list(KINDS)).fillna(0).astype(int)
    table = by_kind.assign(
        posts=by_kind.sum(axis=1),
        kind=by_kind.idxmax(axis=1),  # ties go to the strongest kind: KINDS's order
        first=gifts.groupby("who")["published_at"].min(),
        last=gifts.groupby("who")["published_at"].max(),
    ).reset_index()
    return table.sort_values(["posts", "who"], ascending=[False, True])[columns].reset_index(
        drop=True
    )


def domains(found: pd.DataFrame) -> pd.DataFrame:
    """Curated domains (give posts' links that are not the person's own), most linked first."""
    columns = ["domain", "posts", "first", "last"]
    curated = found[(found["label"] == "give") & ~found["own"].astype(bool)]
    if curated.empty:
        return pd.DataFrame(columns=columns)
    grouped = curated.groupby("domain").agg(
        posts=("post_id", "nunique"), first=("published_at", "min"), last=("published_at", "max")
    )
    table = grouped.reset_index().sort_values(["posts", "domain"], ascending=[False, True])
    return table[columns].reset_index(drop=True)


def own_link_share(found: pd.DataFrame, brand: Brand) -> float | None:
    """The share of the person's links (one per post and domain) that point to their own; None
    when no own domain is set (every link would look like someone else's) or there is no link."""
    if not brand.domains or found.empty:
        return None
    return float(found["own"].astype(bool).mean())


def over_time(gifts: pd.DataFrame, top: int = 5, freq: str = "quarter") -> pd.DataFrame:
    """Gifts per period (month or quarter) to the `top` most given-to accounts, the rest as
    'others': period, who, posts."""
    columns = ["period", "who", "posts"]
    if gifts.empty:
        return pd.DataFrame(columns=columns)
    leaders = set(gifts["who"].value_counts().index[:top])
    who = gifts["who"].where(gifts["who"].isin(leaders), "others")
    when = pd.to_datetime(gifts["published_at"], utc=True).dt.tz_localize(None)
    period = when.dt.to_period("Q" if freq == "quarter" else "M").dt.start_time
    counts = pd.DataFrame({"period": period, "who": who}).value_counts().rename("posts")
    return counts.reset_index().sort_values(["period", "who"]).reset_index(drop=True)[columns]


def reciprocity(gifts: pd.DataFrame, received: pd.DataFrame | None) -> pd.DataFrame:
    """Per account, the person's gifts to them and their mentions of the person, for every
    account on either side; most exchanged first."""
    columns = ["who", "gave", "received"]
    gave = gifts["who"].value_counts()
    if received is None or received.empty:
        got = pd.Series(dtype="int64")
    else:
        got = received["who"].astype(str).map(handle_key).value_counts()
    table = pd.DataFrame({"gave": gave, "received": got}).fillna(0).astype(int)
    if table.empty or got.empty:
        return pd.DataFrame(columns=columns)
    table = table.rename_axis("who").reset_index()
    table["both"] = table[["gave", "received"]].min(axis=1)
    table = table.sort_values(["both", "gave", "received", "who"], ascending=[False] * 3 + [True])
    return table[columns].reset_index(drop=True)


@dataclass(frozen=True)
class Circle:
    gifts: pd.DataFrame  # AMPLIFIED_COLUMNS
    accounts: pd.DataFrame  # ranked()
    curated: pd.DataFrame  # domains()
    own_link_share: float | None
    linking_posts: int
    concentration: Concentration
    reciprocity: pd.DataFrame  # who, gave, received
    received_known: bool = field(default=False)  # whether any export carried mentions of you

    def as_dict(self, top: int = 50) -> dict[str, Any]:
        """report --json's `circle`."""
        share = self.own_link_share
        return {
            "own_link_share": None if share is None else round(share, 4),
            "linking_posts": self.linking_posts,
            "amplified": [
                {"who": r.who, "kind": r.kind, "posts": int(r.posts)}
                for r in self.accounts.head(top).itertuples(index=False)
            ],
            "domains": [
                {"domain": r.domain, "posts": int(r.posts)}
                for r in self.curated.head(top).itertuples(index=False)
            ],
            "concentration": self.concentration.as_dict(),
            "reciprocity": [
                {"who": r.who, "gave": int(r.gave), "received": int(r.received)}
                for r in self.reciprocity.head(top).itertuples(index=False)
            ],
            "mentions_known": self.received_known,
        }


def circle(posts: pd.DataFrame, brand: Brand, received: pd.DataFrame | None = None) -> Circle:
    return circle_of([posts], brand, received)


def circle_of(
    batches: Iterable[pd.DataFrame], brand: Brand, received: pd.DataFrame | None = None
) -> Circle:
    """The circle of posts read a batch at a time (Store.linking_posts), oldest first: only the
    gifts and links found are kept, never every post's text."""
    gift_parts, link_parts = [], []
    for batch in batches:
        gift_parts.append(amplified(batch, brand))
        link_parts.append(links(batch, brand))
    gifts = _joined(gift_parts, AMPLIFIED_COLUMNS)
    found = _joined(link_parts, LINK_COLUMNS)
    return Circle(
        gifts=gifts,
        accounts=ranked(gifts),
        curated=domains(found),
        own_link_share=own_link_share(found, brand),
        linking_posts=int(found["post_id"].nunique()) if not found.empty else 0,
        concentration=concentration(gifts),
        reciprocity=reciprocity(gifts, received),
        received_known=received is not None and not received.empty,
    )
