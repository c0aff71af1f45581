"""Findings: three to five plain sentences about a workspace, computed from its data.

Each candidate is a function that returns a sentence or None when the data has nothing to say;
`findings` keeps the first few in order of what a person most needs to hear.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from core.balance import consistency, engagement, ledger, metrics
from core.post import SOURCES
from core.settings import Settings

MAX_FINDINGS = 5
MIN_ASK_RUN = 3  # two asks in a row is ordinary; three is a cluster worth naming
MIN_GIVE_GAP_DAYS = 14
MIN_SOURCE_POSTS = 5  # a source with fewer posts has no ratio worth comparing


@dataclass(frozen=True)
class Facts:
    """What the findings read, computed once."""

    posts: pd.DataFrame  # counted posts
    settings: Settings
    figures: consistency.Consistency
    ledger_weeks: pd.DataFrame
    engagement: pd.DataFrame
    by_source: pd.DataFrame | None = None  # metrics.by_group by source, where worked out already


def day(ts: pd.Timestamp) -> str:
    return f"{ts.day} {ts:%b %Y}"


def span(start: pd.Timestamp, end: pd.Timestamp) -> str:
    if start.year == end.year and start.month == end.month:
        return f"{start.day}–{end.day} {end:%b %Y}" if start.day != end.day else day(end)
    return f"{day(start)} to {day(end)}"


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def ratio_text(total: metrics.Balance) -> str:
    return "no asks" if total.ratio is None else f"{total.ratio:.1f} : 1"


def ask_cluster(f: Facts) -> str | None:
    run = f.figures.longest_ask_run
    if run.length < MIN_ASK_RUN or run.start is None or run.end is None:
        return None
    if run.start.month == run.end.month and run.start.year == run.end.year:
        return f"{run.end:%B %Y} ran {run.length} asks in a row ({span(run.start, run.end)})."
    return f"From {span(run.start, run.end)} you posted {run.length} asks in a row."


def negative_ledger(f: Facts) -> str | None:
    if f.ledger_weeks.empty:
        return None
    weeks, since = ledger.longest_negative_run(f.ledger_weeks)
    if not weeks or since is None:
        return "The ledger never ended a week below zero."
    last = f.ledger_weeks["week"].iloc[-1]
    if since + pd.Timedelta(weeks=weeks - 1) == last:
        return f"The ledger has been negative for {plural(weeks, 'week')}, since {day(since)}."
    return f"The ledger was negative for {plural(weeks, 'week')} in a row from {day(since)}."


def on_target(f: Facts) -> str | None:
    c = f.figures
    if not c.active_weeks or c.on_target_rate is None:
        return None
    return (
        f"{c.on_target_weeks} of {plural(c.active_weeks, 'week')} with posts were on target "
        f"({c.on_target_rate:.0%}; target {f.settings.ratio:g} : 1)."
    )


def recent(f: Facts) -> str | None:
    seen = f.figures.recent
    if not seen.posts:
        return None
    verdict = "meet" if seen.meets(f.settings.ratio) else "fall short of"
    return (
        f"The last {plural(seen.posts, 'post')} a profile visitor sees {verdict} the target: "
        f"{seen.give} give : {seen.ask} ask."
    )


def attention(f: Facts) -> str | None:
    for metric in engagement.available(f.posts):
        pair = engagement.compare(f.engagement, metric)
        if pair is None:
            continue
        mine = f.engagement[(f.engagement["metric"] == metric) & (f.engagement["source"] == "all")]
        n = dict(zip(mine["label"], mine["posts"]))
        give, ask = pair
        lead = "Give posts earn" if give >= ask else "Asks earn"
        first, second = (give, ask) if give >= ask else (ask, give)
        other = "asks" if give >= ask else "give posts"
        return (
            f"{lead} a median of {first:g} {metric} against {second:g} for {other} "
            f"({plural(int(n['give']), 'give post')}, {plural(int(n['ask']), 'ask')})."
        )
    return None


def give_gap(f: Facts) -> str | None:
    gap = f.figures.longest_give_gap
    if gap.length < MIN_GIVE_GAP_DAYS or gap.start is None or gap.end is None:
        return None
    return (
        f"The longest stretch without a give post was {gap.length} days "
        f"({span(gap.start, gap.end)})."
    )


def sources(f: Facts) -> str | None:
    groups = metrics.by_group(f.posts, "source") if f.by_source is None else f.by_source
    groups = groups[groups["posts"] >= MIN_SOURCE_POSTS]
    if len(groups) < 2:
        return None
    share = groups.sort_values("give_share")
    low, high = share.iloc[0], share.iloc[-1]
    if low["give_share"] == high["give_share"]:
        return None
    low_total = metrics.Balance(int(low["give"]), int(low["ask"]))
    high_total = metrics.Balance(int(high["give"]), int(high["ask"]))
    return (
        f"{SOURCES.get(high['source'], high['source'])} runs at {ratio_text(high_total)} while "
        f"{SOURCES.get(low['source'], low['source'])} runs at {ratio_text(low_total)}."
    )


def streak(f: Facts) -> str | None:
    run = f.figures.longest_streak
    if run.length < 2 or run.start is None or run.end is None:
        return None
    text = (
        f"The longest on-target run was {run.length} weeks in a row "
        f"(weeks of {span(run.start, run.end)})."
    )
    if f.figures.current_streak > 1:
        text += f" You are on a {f.figures.current_streak}-week streak now."
    return text


CANDIDATES: tuple[Callable[[Facts], str | None], ...] = (
    ask_cluster,
    negative_ledger,
    on_target,
    recent,
    attention,
    give_gap,
    sources,
    streak,
)


def facts(posts: pd.DataFrame, settings: Settings, now: pd.Timestamp) -> Facts:
    rule = ledger.Rule.of(settings)
    return Facts(
        posts=posts,
        settings=settings,
        figures=consistency.consistency(posts, settings),
        ledger_weeks=ledger.weekly(ledger.daily(ledger.entries(posts, rule), rule, now)),
        engagement=engagement.medians(posts),
    )


def findings(posts: pd.DataFrame, settings: Settings, now: pd.Timestamp) -> list[str]:
    """Up to five sentences about these counted posts, most important first."""
    if posts.empty:
        return []
    return told(facts(posts, settings, now))


def told(known: Facts) -> list[str]:
    """The findings of facts already worked out (the Balance page has them at hand)."""
    if known.posts.empty:
        return []
    found = [text for candidate in CANDIDATES if (text := candidate(known))]
    return found[:MAX_FINDINGS]
