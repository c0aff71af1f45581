"""The Balance page's figures, worked out once per data version: what only the posts and the
settings decide (counts, consistency, the ledger's entries, the rolling share, engagement), so
that a page showing a million posts draws from them instead of walking every post again.

Counts come from a tally (posts counted per day by the database, Store.tallies); what needs the
order of posts (runs, the last N, the ledger) from the posts without their text
(Store.figure_posts). What moves with the clock (the ledger today, findings) is worked out from
these on each run (`facts`).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from core.balance import consistency, engagement, findings, ledger, metrics
from core.settings import Settings


@dataclass(frozen=True)
class Figures:
    total: metrics.Balance
    consistency: consistency.Consistency
    weeks: pd.DataFrame  # metrics.by_period by week, with on_target
    months: pd.DataFrame
    calendar: pd.DataFrame  # consistency.calendar
    by_source: pd.DataFrame  # metrics.by_group by source
    book: pd.DataFrame  # ledger.entries
    rolling: pd.DataFrame  # consistency.rolling over the settings' window
    engagement: pd.DataFrame  # engagement.medians
    first: pd.Timestamp | None  # the first and last counted post
    last: pd.Timestamp | None

    def by_period(self, period: str) -> pd.DataFrame:
        return self.weeks if period == "week" else self.months


def figures(posts: pd.DataFrame, tally: pd.DataFrame, settings: Settings) -> Figures:
    """posts: the counted posts (metrics.counted, FIGURE_COLUMNS at least); tally: the same
    posts counted per day (a tally through metrics.counted, or posts themselves)."""
    weeks = metrics.by_period(tally, "week", settings.ratio)
    times = posts["published_at"]
    return Figures(
        total=metrics.balance(tally),
        consistency=consistency.consistency(posts, settings, weeks),
        weeks=weeks,
        months=metrics.by_period(tally, "month", settings.ratio),
        calendar=consistency.calendar(tally),
        by_source=metrics.by_group(tally, "source"),
        book=ledger.entries(posts, ledger.Rule.of(settings)),
        rolling=consistency.rolling(posts, settings.rolling_window),
        engagement=engagement.medians(posts),
        first=times.min() if len(times) else None,
        last=times.max() if len(times) else None,
    )


def facts(
    figures: Figures, posts: pd.DataFrame, settings: Settings, now: pd.Timestamp
) -> findings.Facts:
    """What the findings read, from figures worked out already, as of now."""
    rule = ledger.Rule.of(settings)
    return findings.Facts(
        posts=posts,
        settings=settings,
        figures=figures.consistency,
        ledger_weeks=ledger.weekly(ledger.daily(figures.book, rule, now)),
        engagement=figures.engagement,
        by_source=figures.by_source,
    )
