"""core.balance.window: the stretch of time the charts show."""

from __future__ import annotations

import pandas as pd

from core.balance import window

NOW = pd.Timestamp("2026-12-02 15:00", tz="UTC")


def times(*days: str) -> pd.Series:
    return pd.Series(pd.to_datetime(list(days), utc=True, format="ISO8601"))


def test_the_default_is_the_last_twelve_months_to_today() -> None:
    span = window.window(times("2010-01-01", "2026-11-30"), window.DEFAULT, NOW)
    assert (span.start, span.end) == (pd.Timestamp("2025-12-03", tz="UTC"),
                                       pd.Timestamp("2026-12-03", tz="UTC"))  # fmt: skip
    assert span.text() == "3 Dec 2025 to 2 Dec 2026"


def test_a_history_that_stopped_long_ago_shows_its_last_stretch() -> None:
    span = window.window(times("2010-01-01", "2019-07-22 10:00"), "12 months", NOW)
    assert span.end == pd.Timestamp("2019-07-23", tz="UTC")
    assert span.start == pd.Timestamp("2018-07-23", tz="UTC")


def test_all_reaches_back_to_the_first_post_and_a_plan_stretches_the_end() -> None:
    span = window.window(times("2010-03-05 08:00", "2026-11-30"), "All", NOW)
    assert span.start == pd.Timestamp("2010-03-05", tz="UTC")
    later = window.window(
        times("2026-11-30"), "3 months", NOW, later=pd.Timestamp("2027-01-10", tz="UTC")
    )
    assert later.end == pd.Timestamp("2027-01-11", tz="UTC")


def test_clip_keeps_the_rows_inside() -> None:
    span = window.Window(pd.Timestamp("2026-01-01", tz="UTC"), pd.Timestamp("2026-02-01", tz="UTC"))
    frame = pd.DataFrame(
        {"at": times("2025-12-31 23:59", "2026-01-01", "2026-01-31 23:59", "2026-02-01")}
    )
    assert list(window.clip(frame, "at", span)["at"].dt.day) == [1, 31]
