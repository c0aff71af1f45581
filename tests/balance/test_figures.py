"""core.balance.figures: the Balance page's figures worked out once, from a tally and the posts
without their text, are the figures of every post (the five-week fixture, tests/frames.py)."""

from __future__ import annotations

import pandas as pd
from frames import week_fixture

from core.balance import consistency, engagement, findings, ledger, metrics
from core.balance import figures as balance_figures
from core.post import FIGURE_COLUMNS
from core.settings import Settings

CFG = Settings(half_life_days=30)
NOW = pd.Timestamp("2026-04-05 12:00", tz="UTC")


def worked_out() -> tuple[balance_figures.Figures, pd.DataFrame]:
    live = metrics.counted(week_fixture(), CFG)
    tally = metrics.tally(live)
    return balance_figures.figures(live[FIGURE_COLUMNS], tally, CFG), live


def test_the_figures_are_those_of_every_post() -> None:
    fig, live = worked_out()
    assert fig.total == metrics.balance(live) == metrics.Balance(give=10, ask=5)
    assert fig.consistency == consistency.consistency(live, CFG)
    pd.testing.assert_frame_equal(fig.weeks, metrics.by_period(live, "week", CFG.ratio))
    pd.testing.assert_frame_equal(fig.by_period("month"), metrics.by_period(live, "month", 4.0))
    pd.testing.assert_frame_equal(fig.calendar, consistency.calendar(live))
    pd.testing.assert_frame_equal(fig.by_source, metrics.by_group(live, "source"))
    pd.testing.assert_frame_equal(fig.book, ledger.entries(live, ledger.Rule.of(CFG)))
    pd.testing.assert_frame_equal(fig.rolling, consistency.rolling(live, CFG.rolling_window))
    pd.testing.assert_frame_equal(fig.engagement, engagement.medians(live))
    assert (fig.first, fig.last) == (live["published_at"].min(), live["published_at"].max())


def test_findings_from_the_figures_are_the_findings_of_every_post() -> None:
    fig, live = worked_out()
    told = findings.told(balance_figures.facts(fig, live[FIGURE_COLUMNS], CFG, NOW))
    assert told == findings.findings(live, CFG, NOW)
    assert len(told) == 5


def test_a_tally_counts_a_day_s_posts_as_one_row() -> None:
    live = metrics.counted(week_fixture(), CFG)
    tally = metrics.tally(live)
    assert tally["count"].sum() == len(live) == 15
    # each day's counted posts here are of one source and kind: one row a day
    assert len(tally) == len(live["published_at"].dt.normalize().unique())


def test_no_posts_no_figures() -> None:
    live = metrics.counted(week_fixture(), CFG).iloc[0:0]
    fig = balance_figures.figures(live, metrics.tally(live), CFG)
    assert fig.total.posts == 0 and fig.first is None and fig.weeks.empty
