"""A refill from the person's own best gives: past give posts to re-share where a plan breaks.

When a planned week falls below the target or cannot pay for an ask, the fix is a give post,
and the person's own best ones are already written: the gives that earned the most on the
same platform, evergreen (nothing in them is tied to a date), and not shared again in the last
90 days. Each suggestion comes with a time in the breaking week (before its first ask), and
the suggestions for a week are as many as, checked through the same plan check, fix it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from core.balance import metrics
from core.balance.pays import LOSSES
from core.plan import checks, platforms
from core.plan.planned import PlannedPost
from core.post import ENGAGEMENT
from core.settings import Settings
from core.sources.text import find_urls

RECENT_DAYS = 90  # a give shared (or re-shared) this recently is not offered again
MIN_WORDS = 5
MAX_PER_WEEK = 8  # beyond this a week needs a plan, not a refill
KINDS = ("post", "article", "quote")  # a reply or a repost makes no sense out of its thread
MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# What ties a post to its moment: a date, a weekday, a year, "today", "this week", "ends".
DATED = re.compile(
    rf"\b(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening|week(?:end)?|"
    rf"month|year|season)|next (?:week|month|year)|last (?:week|month|night|chance)|"
    rf"right now|now live|just (?:launched|announced|released)|deadline|"
    rf"countdown|happy (?:new year|holidays|halloween|easter|christmas|thanksgiving)|"
    rf"{DAYS}|(?:{MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?"
    rf"(?:{MONTHS})\b|(?:19|20)\d\d|\d{{1,2}}[/.]\d{{1,2}}(?:[/.]\d{{2,4}})?)\b",
    re.I,
)


def evergreen(text: str) -> bool:
    """Nothing in the text ties it to a date: no date, weekday, year or "today"-like words."""
    return not DATED.search(text)


def _post_keys(row: Mapping[str, Any]) -> set[str]:
    links = list(row["links"]) if isinstance(row["links"], list | tuple) else []
    if row["source"] == "feed" and isinstance(row["url"], str):
        links.append(row["url"])  # a blog post re-shared elsewhere links to itself
    text = row["text"] if isinstance(row["text"], str) else ""
    return {f"t:{k}" for k in [_words(text)] if k} | {f"l:{u.rstrip('/')}" for u in links}


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", re.sub(r"https?://\S+", " ", text.lower())))[:120]


def _plan_keys(plans: pd.DataFrame) -> set[str]:
    keys: set[str] = set()
    for text, url in zip(plans["text"], plans["url"]):
        links = find_urls(text) + ([url] if isinstance(url, str) and url else [])
        keys |= {f"t:{_words(text)}"} | {f"l:{u.rstrip('/')}" for u in links}
    return keys


def engagement_score(pool: pd.DataFrame) -> pd.Series:
    """Each post's engagement as the mean of its percentile ranks among the pool, over the
    counts it has (likes, reposts, …); missing where it has none."""
    measures = [
        m for m in ENGAGEMENT if m in pool and m not in LOSSES and pool[m].notna().any()
    ]  # a count of people lost (unsubscribes) is no merit
    if not measures:
        return pd.Series(float("nan"), index=pool.index)
    ranks = pd.DataFrame({m: pool[m].astype(float).rank(pct=True) for m in measures})
    return ranks.mean(axis=1, skipna=True)


KEY_COLUMNS = ["source", "url", "text", "links"]
LIMIT = 50  # candidates looked at, best first: a week takes MAX_PER_WEEK at most


def candidates(
    posts: pd.DataFrame,
    planned: pd.DataFrame,
    now: pd.Timestamp,
    platform: str | None = None,
    limit: int = LIMIT,
) -> pd.DataFrame:
    """Past give posts fit to re-share, best first: evergreen, of at least MIN_WORDS words,
    older than RECENT_DAYS and not shared again since (nor in the plan); on `platform` only
    when one is given. Adds `score` (engagement_score, NaN where the export had no counts).
    The best `limit` are returned: the filters run on the ranked pool until that many pass."""
    since = now - pd.Timedelta(days=RECENT_DAYS)
    recent_keys: set[str] = set()
    for row in posts.loc[posts["published_at"] >= since, KEY_COLUMNS].to_dict("records"):
        recent_keys |= _post_keys(row)
    recent_keys |= _plan_keys(planned)
    pool = posts[
        (posts["label"] == "give")
        & posts["kind"].isin(KINDS)
        & (posts["published_at"] < since)
        & ((posts["source"] == platform) if platform else True)
    ]
    pool = pool.assign(score=engagement_score(pool)).sort_values(
        ["score", "published_at", "id"], ascending=[False, False, True], na_position="last"
    )
    keep: list[int] = []
    for i, row in enumerate(_records(pool)):
        text = str(row["text"])
        if len(text.split()) >= MIN_WORDS and evergreen(text) and not _post_keys(row) & recent_keys:
            keep.append(i)
            if len(keep) >= limit:
                break
    return pool.iloc[keep]


def _records(pool: pd.DataFrame, chunk: int = 500) -> Iterator[dict[str, Any]]:
    """The pool's key columns row by row, a chunk at a time: most refills stop early."""
    for start in range(0, len(pool), chunk):
        yield from pool.iloc[start : start + chunk][KEY_COLUMNS].to_dict("records")


def reshare_text(row: pd.Series, platform: str) -> tuple[str, str | None]:
    """What the refill copies into the plan: a post's text and its first link; an article's
    title and its address. Cut at a word to fit the platform's limit."""
    links = list(row["links"]) if isinstance(row["links"], list | tuple) else []
    if row["kind"] == "article":
        title = str(row["text"]).split("\n", 1)[0].strip()
        url = row["url"] if isinstance(row["url"], str) else (links[0] if links else None)
        text = f"{title} {url}" if url else title
    else:
        text, url = str(row["text"]).strip(), (links[0] if links else None)
    if platforms.over_by(text, platform):
        words = text.split(" ")
        while len(words) > 1 and platforms.over_by(" ".join(words) + "…", platform):
            words.pop()
        text = " ".join(words).rstrip(",;:") + "…"
    return text, url


@dataclass(frozen=True)
class Suggestion:
    post_id: str
    source: str
    published_at: pd.Timestamp
    text: str  # what goes into the plan
    url: str | None
    score: float | None
    engagement: dict[str, int]  # the counts the export gave
    slot: pd.Timestamp  # when the refill plans it
    platform: str  # where it would be planned

    def planned(self) -> PlannedPost:
        """A give, planned: the person picked a past give to re-share."""
        return PlannedPost(
            self.slot.to_pydatetime(), self.platform, self.text, self.url, label="give"
        )

    def counts_text(self) -> str:
        if not self.engagement:
            return "no engagement counts in the export"
        return ", ".join(f"{v:,} {k}" for k, v in self.engagement.items())


@dataclass(frozen=True)
class Refill:
    week: pd.Timestamp
    kinds: tuple[str, ...]  # what broke: "target", "ledger"
    platform: str
    suggestions: list[Suggestion]
    fixes: bool  # adding every suggestion keeps the week's target and ledger

    @property
    def ids(self) -> list[str]:
        return [s.post_id for s in self.suggestions]


def _slot(week_rows: pd.DataFrame, week: pd.Timestamp, i: int, now: pd.Timestamp) -> pd.Timestamp:
    """The i-th refill's time: i+1 hours before the week's first planned ask (the gives come
    before the ask they pay for), else after its last planned post; never before now or the
    week, and never past it."""
    start = max(week, now.ceil("min"))
    end = week + pd.Timedelta(days=7) - pd.Timedelta(minutes=1)
    plans = week_rows[week_rows["planned"]]
    asks = plans[plans["label"] == "ask"]
    if not asks.empty:
        when = asks["published_at"].iloc[0] - pd.Timedelta(hours=i + 1)
        if when < start:  # too close to now: squeeze them in by minutes before the ask
            when = asks["published_at"].iloc[0] - pd.Timedelta(minutes=i + 1)
    else:
        last = plans["published_at"].max() if not plans.empty else start
        when = last + pd.Timedelta(hours=i + 1)
    return min(max(when, start), end).floor("min")


def _platform_of(week_rows: pd.DataFrame) -> str:
    plans = week_rows[week_rows["planned"]]
    asks = plans[plans["label"] == "ask"]
    chosen = asks if not asks.empty else plans
    return str(chosen["source"].iloc[0]) if not chosen.empty else "x"


def _counts(row: pd.Series) -> dict[str, int]:
    return {m: int(row[m]) for m in ENGAGEMENT if m in row and pd.notna(row[m])}


def _needed(result: checks.PlanCheck, week: pd.Timestamp, settings: Settings) -> int:
    """Give posts the week needs by its own figures: to reach the target, and to lift the
    ledger's lowest point to zero."""
    row = result.weeks[result.weeks["week"] == week].iloc[0]
    total = metrics.Balance(int(row["give"]), int(row["ask"]))
    target = metrics.gives_needed(total, settings.ratio)
    ledger = math.ceil(-float(row["ledger_low"]) - 1e-9)
    return max(1, target, ledger)


def _with(planned: pd.DataFrame, added: list[Suggestion]) -> pd.DataFrame:
    extra = pd.DataFrame(
        {
            "plan_id": [None] * len(added),
            "planned_at": [s.slot for s in added],
            "platform": [s.platform for s in added],
            "text": [s.text for s in added],
            "url": [s.url for s in added],
            "label": ["give"] * len(added),
        }
    )
    both = pd.concat([f for f in (planned, extra) if not f.empty] or [planned], ignore_index=True)
    both["planned_at"] = pd.to_datetime(both["planned_at"], utc=True)
    return both.sort_values("planned_at", kind="stable").reset_index(drop=True)


def refill(
    posts: pd.DataFrame,
    history: pd.DataFrame,
    planned: pd.DataFrame,
    settings: Settings,
    now: pd.Timestamp,
    result: checks.PlanCheck | None = None,
) -> list[Refill]:
    """For each breaking week, soonest first, the past gives that fix it when added.

    posts: every post (the pool to pick from); history: the counted posts the check reads;
    planned: the classified plan. Weeks are fixed in order with earlier refills kept, since a
    give in one week also pays toward the ledger of the next."""
    result = result or checks.check(history, planned, settings)
    broken = sorted({w.week for w in result.warnings})
    found: list[Refill] = []
    added: list[Suggestion] = []
    used: set[str] = set()
    pools: dict[str, pd.DataFrame] = {}
    for week in broken:
        current = checks.check(history, _with(planned, added), settings)
        if not any(w.week == week for w in current.warnings):
            continue  # an earlier week's refill fixed this one too
        kinds = tuple(sorted({w.kind for w in result.warnings if w.week == week}))
        rows = current.timeline[current.timeline["week"] == week]
        platform = _platform_of(rows)
        if platform not in pools:
            same = candidates(posts, planned, now, platform)
            pools[platform] = same if not same.empty else candidates(posts, planned, now)
        mine: list[Suggestion] = []
        fixed = False
        # As many as the week's own figures say it needs, then one at a time until it holds
        # (the ledger fades between a refill and the ask, so the estimate can fall short).
        want = _needed(current, week, settings)
        for _, row in pools[platform].iterrows():
            if len(mine) >= MAX_PER_WEEK:
                break
            if row["id"] in used:
                continue
            text, url = reshare_text(row, platform)
            score = None if pd.isna(row["score"]) else round(float(row["score"]), 4)
            mine.append(
                Suggestion(
                    str(row["id"]),
                    str(row["source"]),
                    row["published_at"],
                    text,
                    url,
                    score,
                    _counts(row),
                    _slot(rows, week, len(mine), now),
                    platform,
                )  # fmt: skip
            )
            used.add(str(row["id"]))
            if len(mine) < want:
                continue
            again = checks.check(history, _with(planned, added + mine), settings)
            if not any(w.week == week for w in again.warnings):
                fixed = True
                break
        added += mine
        found.append(Refill(week, kinds, platform, mine, fixed))
    return found


def by_week(found: list[Refill]) -> dict[pd.Timestamp, Refill]:
    return {r.week: r for r in found}
