"""core.balance.consistency on a five-week fixture whose every figure can be checked on paper
(tests/frames.py draws it week by week)."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from frames import posts_frame, week_fixture

from core.balance import consistency, metrics
from core.balance.consistency import ALL
from core.settings import Settings

SETTINGS = Settings()  # 80/20: four gives per ask; replies counted, reposts not; window 10


def ts(day: str) -> pd.Timestamp:
    return pd.Timestamp(day, tz="UTC")


@pytest.fixture
def live() -> pd.DataFrame:
    return metrics.counted(week_fixture(), SETTINGS)


def test_the_repost_and_the_unlabelled_post_do_not_count(live) -> None:
    assert len(live) == 15
    counting_reposts = Settings(count_reposts=True)
    assert len(metrics.counted(week_fixture(), counting_reposts)) == 16


def test_weekly_series(live) -> None:
    weeks = metrics.by_period(live, "week", SETTINGS.ratio)
    assert [w.date().isoformat() for w in weeks["period"]] == [
        "2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30"
    ]  # fmt: skip
    assert list(weeks["give"]) == [4, 0, 0, 2, 4]
    assert list(weeks["ask"]) == [1, 3, 0, 0, 1]
    assert list(weeks["on_target"]) == [True, False, None, True, True]
    assert weeks["give_share"].iloc[0] == pytest.approx(0.8)
    assert weeks["ratio"].iloc[0] == pytest.approx(4.0)


def test_weekly_records_are_plain_data(live) -> None:
    records = consistency.weekly_records(live, SETTINGS.ratio)
    assert records[1] == {"week": "2026-03-09", "give": 0, "ask": 3, "give_share": 0.0,
                          "ratio": 0.0, "on_target": False}  # fmt: skip
    assert records[2]["on_target"] is None and records[2]["give_share"] is None
    assert records[3]["ratio"] is None  # no asks: unbounded, not infinity


def test_on_target_rate_counts_only_weeks_with_posts(live) -> None:
    weeks = metrics.by_period(live, "week", SETTINGS.ratio)
    assert consistency.on_target_rate(weeks) == (3, 4)


def test_regularity(live) -> None:
    figures = consistency.consistency(live, SETTINGS)
    assert (figures.weeks, figures.active_weeks, figures.weeks_with_give) == (5, 4, 3)
    assert figures.give_week_share == pytest.approx(3 / 5)
    gap = figures.longest_give_gap  # Thursday 5 March to Monday 23 March
    assert (gap.length, gap.start, gap.end) == (18, ts("2026-03-05"), ts("2026-03-23"))
    assert figures.posts_per_week == pytest.approx(3.0)  # 5, 3, 0, 2, 5
    assert figures.posts_per_week_spread == pytest.approx(math.sqrt(18 / 5))


def test_streaks_skip_empty_weeks(live) -> None:
    figures = consistency.consistency(live, SETTINGS)
    assert figures.on_target_weeks == 3
    assert figures.current_streak == 2  # 23 and 30 March
    longest = figures.longest_streak
    assert (longest.length, longest.start, longest.end) == (2, ts("2026-03-23"), ts("2026-03-30"))


def test_ask_clustering(live) -> None:
    figures = consistency.consistency(live, SETTINGS)
    run = figures.longest_ask_run  # Friday 6 March, then Monday to Wednesday
    assert (run.length, run.start, run.end) == (
        4, ts("2026-03-06 09:00"), ts("2026-03-11 09:00")
    )  # fmt: skip
    assert figures.posts_since_last_ask == 4
    assert figures.ask_heavy_weeks == [ts("2026-03-09")]


def test_the_profile_view_is_the_last_ten_posts(live) -> None:
    figures = consistency.consistency(live, SETTINGS)
    # the last ten: ask ask ask, give give (blog), ask, give give give give
    assert (figures.recent.give, figures.recent.ask) == (6, 4)
    assert consistency.recent(live, 3) == metrics.Balance(3, 0)


def test_rolling_after_each_post(live) -> None:
    frame = consistency.rolling(live, 4)
    assert len(frame) == 15
    assert list(frame["give"][:6]) == [1, 2, 3, 4, 3, 2]
    assert list(frame["ask"][:6]) == [0, 0, 0, 0, 1, 2]
    assert frame["give_share"].iloc[4] == pytest.approx(0.75)
    assert pd.isna(frame["ratio"].iloc[0])


def test_each_source_on_its_own_and_all_together(live) -> None:
    figures = consistency.by_source(live, SETTINGS)
    assert set(figures) == {ALL, "x", "feed"}
    assert figures[ALL].posts == 15
    assert figures["feed"].posts == 2 and figures["feed"].weeks == 1
    assert figures["feed"].longest_ask_run.length == 0
    assert figures["feed"].posts_since_last_ask is None
    assert figures["x"].posts == 13
    # without the blog's two gives between them, X's asks of 6-11 and 30 March run together
    assert figures["x"].longest_ask_run.length == 5


def test_as_dict_is_json_ready(live) -> None:
    import json

    data = consistency.consistency(live, SETTINGS).as_dict()
    assert json.loads(json.dumps(data))["longest_give_gap"]["length"] == 18
    assert data["ask_heavy_weeks"] == ["2026-03-09"]
    assert data["on_target_rate"] == 0.75
    assert data["recent"] == {"give": 6, "ask": 4, "ratio": 1.5}


def test_calendar_fills_every_day_of_the_weeks(live) -> None:
    days = consistency.calendar(live)
    assert len(days) == 5 * 7  # Monday 2 March to Sunday 5 April
    assert days["posts"].sum() == 15
    friday = days[days["day"] == ts("2026-03-06")].iloc[0]
    assert (friday["give"], friday["ask"], friday["weekday"]) == (0, 1, "Fri")
    assert set(days["week"].dt.day_of_week) == {0}


def test_empty_posts_give_empty_figures() -> None:
    empty = posts_frame([])
    figures = consistency.consistency(empty, SETTINGS)
    assert (figures.posts, figures.weeks, figures.current_streak) == (0, 0, 0)
    assert figures.on_target_rate is None and figures.posts_since_last_ask is None
    assert consistency.calendar(empty).empty


def test_engagement_medians_per_label_and_source_with_their_posts(live) -> None:
    from core.balance import engagement

    table = engagement.medians(live)
    assert engagement.available(live) == ["likes"]
    rows = {(s, lab): (m, n) for s, lab, _, m, n in table.itertuples(index=False)}
    assert rows == {("all", "give"): (10.0, 8), ("all", "ask"): (2.0, 5),
                    ("x", "give"): (10.0, 8), ("x", "ask"): (2.0, 5)}  # fmt: skip
    assert engagement.compare(table, "likes") == (10.0, 2.0)
    assert engagement.sources_without(live) == ["feed"]  # the blog's export has no counts
    assert engagement.medians(live[live["source"] == "feed"]).empty


def test_a_long_quiet_stretch_ends_a_streak() -> None:
    years_apart = posts_frame(
        [{"at": f"{year}-03-02 09:00", "label": "give"} for year in (2010, 2013, 2016, 2019)]
    )
    figures = consistency.consistency(years_apart, Settings())
    assert figures.longest_streak.length == 1 and figures.current_streak == 1


def test_pace_text_says_a_slow_rate_per_month_or_year() -> None:
    assert consistency.pace_text(2.25) == "2.2 a week"
    assert consistency.pace_text(0.5) == "2.2 a month"
    assert consistency.pace_text(3 / (365.25 / 7)) == "3.0 a year"
    assert consistency.pace_text(0.0) == "0.0 a week"
