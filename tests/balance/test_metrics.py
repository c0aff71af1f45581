"""core.balance.metrics: give : ask figures a person reads, checked against hand-counted cases."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from core.balance import metrics
from core.balance.metrics import Balance
from core.settings import Settings


def frame(*rows: tuple) -> pd.DataFrame:
    """Posts from (when, label, kind, source, label_by) rows; later fields optional."""
    full = [(*r, *("post", "x", "model")[len(r) - 2 :]) for r in rows]
    return pd.DataFrame(
        {
            "id": [f"p{i}" for i in range(len(full))],
            "published_at": pd.to_datetime([r[0] for r in full], utc=True),
            "label": [r[1] for r in full],
            "kind": [r[2] for r in full],
            "source": [r[3] for r in full],
            "label_by": [r[4] if r[1] else None for r in full],
        }
    )


# --- Balance ---------------------------------------------------------------------------------
def test_balance_text_reads_like_a_ledger() -> None:
    assert Balance(41, 9).text() == "41 give : 9 ask, 4.6 : 1"
    assert Balance(1234, 5).text() == "1,234 give : 5 ask, 246.8 : 1"
    assert Balance(3, 0).text() == "3 give : 0 ask, no asks"
    assert Balance(0, 0).text() == "no labelled posts yet"


def test_balance_figures() -> None:
    b = Balance(8, 2)
    assert (b.posts, b.ratio, b.give_share) == (10, 4.0, 0.8)
    assert Balance(5, 0).ratio is None
    assert Balance(0, 0).give_share is None


@pytest.mark.parametrize(
    ("give", "ask", "target", "meets"),
    [
        (8, 2, 4.0, True),
        (7, 2, 4.0, False),
        (5, 0, 9.0, True),
        (0, 0, 4.0, False),
        (0, 3, 2.0, False),
    ],
)
def test_meets_target(give: int, ask: int, target: float, meets: bool) -> None:
    assert Balance(give, ask).meets(target) is meets


@pytest.mark.parametrize(
    ("give", "ask", "target", "more_asks", "gives_owed"),
    [
        (41, 9, 4.0, 1, 0),
        (40, 10, 4.0, 0, 0),
        (30, 9, 4.0, 0, 6),
        (0, 0, 4.0, 0, 0),
        (0, 1, 4.0, 0, 4),
        (10, 0, 0, 0, 0),
    ],
)
def test_asks_affordable_and_gives_needed(
    give: int, ask: int, target: float, more_asks: int, gives_owed: int
) -> None:
    assert metrics.asks_affordable(Balance(give, ask), target) == more_asks
    assert metrics.gives_needed(Balance(give, ask), target) == gives_owed


# --- what counts -----------------------------------------------------------------------------
def mixed() -> pd.DataFrame:
    return frame(
        ("2024-03-04", "give", "post"),
        ("2024-03-05", "ask", "post"),
        ("2024-03-06", "give", "reply"),
        ("2024-03-07", "ask", "reply"),
        ("2024-03-08", "give", "repost"),
        ("2024-03-09", "give", "article"),
        ("2024-03-10", "give", "quote"),
        ("2024-03-10", None, "post"),  # not labelled yet
    )


def test_counted_follows_the_reply_and_repost_settings() -> None:
    posts = mixed()
    default = metrics.balance(metrics.counted(posts, Settings()))
    assert (default.give, default.ask) == (4, 2)  # replies in, reposts out
    no_replies = metrics.balance(metrics.counted(posts, Settings(count_replies=False)))
    assert (no_replies.give, no_replies.ask) == (3, 1)
    everything = metrics.balance(metrics.counted(posts, Settings(count_reposts=True)))
    assert (everything.give, everything.ask) == (5, 2)


# --- by period -------------------------------------------------------------------------------
def test_weeks_start_on_monday_and_empty_weeks_are_shown() -> None:
    posts = frame(
        ("2024-03-04T00:10:00Z", "ask"),  # Monday
        ("2024-03-10T23:30:00Z", "give"),  # Sunday night: still the same week
        ("2024-03-18T08:00:00Z", "give"),  # two weeks later, the week between is empty
        ("2024-03-19T08:00:00Z", "give"),
    )
    weeks = metrics.by_period(posts, "week", target_ratio=2.0)
    assert list(weeks["period"]) == list(
        pd.to_datetime(["2024-03-04", "2024-03-11", "2024-03-18"], utc=True)
    )
    assert all(p.day_name() == "Monday" for p in weeks["period"])
    assert list(weeks["give"]) == [1, 0, 2]
    assert list(weeks["ask"]) == [1, 0, 0]
    assert list(weeks["posts"]) == [2, 0, 2]
    assert list(weeks["on_target"]) == [False, None, True]
    assert weeks["ratio"].iloc[0] == 1.0
    assert math.isnan(weeks["give_share"].iloc[1])


def test_weeks_are_utc_weeks_whatever_the_offset_of_the_input() -> None:
    # Sunday 23:00 in New York is Monday 04:00 UTC: the new week.
    posts = frame(("2024-03-10T23:00:00-04:00", "give"))
    assert metrics.by_period(posts)["period"].iloc[0] == pd.Timestamp("2024-03-11", tz="UTC")


def test_months_with_an_empty_month_between() -> None:
    posts = frame(("2024-01-31T23:59:00Z", "give"), ("2024-03-01T00:00:00Z", "ask"))
    months = metrics.by_period(posts, "month")
    assert [p.strftime("%Y-%m-%d") for p in months["period"]] == [
        "2024-01-01",
        "2024-02-01",
        "2024-03-01",
    ]
    assert list(months["give"]) == [1, 0, 0]
    assert list(months["ask"]) == [0, 0, 1]
    assert list(months["on_target"]) == [None, None, None]


def test_by_period_of_nothing_is_an_empty_table() -> None:
    empty = metrics.by_period(frame().iloc[0:0])
    assert empty.empty and "give" in empty.columns and "period" in empty.columns


# --- by group and summary --------------------------------------------------------------------
def test_by_group_largest_first() -> None:
    posts = frame(
        ("2024-03-04", "give", "post", "feed"),
        ("2024-03-05", "give", "post", "x"),
        ("2024-03-06", "ask", "post", "x"),
        ("2024-03-07", "give", "post", "x"),
        ("2024-03-08", "ask", "post", "linkedin"),
    )
    groups = metrics.by_group(posts, "source")
    assert list(groups["source"]) == ["x", "feed", "linkedin"]
    assert list(groups["give"]) == [2, 1, 0]
    assert list(groups["ask"]) == [1, 0, 1]
    assert list(groups["posts"]) == [3, 1, 1]
    assert groups["ratio"].iloc[0] == 2.0
    assert math.isnan(groups["ratio"].iloc[1])  # no asks: no ratio, not infinity


def test_summary_figures() -> None:
    posts = mixed()
    posts.loc[posts.index[1], "label_by"] = "human"
    data = metrics.summary(posts, Settings())
    assert data["posts"] == 6 and data["give"] == 4 and data["ask"] == 2
    assert data["ratio"] == 2.0
    assert data["give_share"] == round(4 / 6, 4)
    assert data["target"] == "80/20 (4:1)" and data["target_ratio"] == 4.0
    assert data["meets_target"] is False
    assert data["first"] == "2024-03-04T00:00:00+00:00"
    assert data["last"] == "2024-03-10T00:00:00+00:00"
    assert data["by_source"] == {"x": {"posts": 6, "give": 4, "ask": 2}}
    assert data["by_kind"] == {
        "post": {"posts": 2, "give": 1, "ask": 1},
        "reply": {"posts": 2, "give": 1, "ask": 1},
        "article": {"posts": 1, "give": 1, "ask": 0},
        "quote": {"posts": 1, "give": 1, "ask": 0},
    }
    assert data["not_counted"] == 2  # the repost and the unlabelled post
    assert data["human_labels"] == 1


def test_summary_without_asks_or_posts() -> None:
    only_give = metrics.summary(frame(("2024-03-04", "give")), Settings())
    assert only_give["ratio"] is None and only_give["meets_target"] is True
    nothing = metrics.summary(frame().iloc[0:0], Settings())
    assert nothing["posts"] == 0 and nothing["first"] is None and nothing["by_source"] == {}
