"""What asks cost: weeks with more asks against next week's losses, on synthetic series.

The audience series comes as the long table (date, source, measure, value) that the imports
of follower and unsubscribe exports store; here it is built by hand.
"""

from __future__ import annotations

import pandas as pd
import pytest

from core.balance import ask_cost
from tests.frames import posts_frame

MONDAY = pd.Timestamp("2026-01-05 09:00", tz="UTC")  # weeks start on Mondays


def week(n: int, hours: int = 0) -> pd.Timestamp:
    return MONDAY + pd.Timedelta(weeks=n, hours=hours)


def posts_with_asks(asks_per_week: list[int], source: str = "x") -> pd.DataFrame:
    rows = []
    for n, count in enumerate(asks_per_week):
        rows.append({"at": week(n), "label": "give", "source": source})
        rows += [{"at": week(n, 1 + i), "label": "ask", "source": source} for i in range(count)]
    return posts_frame(rows)


def series(values: dict[int, float], measure: str, source: str = "x") -> pd.DataFrame:
    """One value a week (on its Wednesday), keyed by week number."""
    return pd.DataFrame(
        {
            "date": [week(n) + pd.Timedelta(days=2) for n in values],
            "source": source,
            "measure": measure,
            "value": list(values.values()),
        },
        columns=ask_cost.AUDIENCE_COLUMNS,
    )


# Ten weeks: weeks 0, 2, 4, 6, 8 have 3 asks, the others 0 (the usual week: median 1.5 asks).
ASKS = [3, 0, 3, 0, 3, 0, 3, 0, 3, 0]


def test_losses_after_ask_heavy_weeks_are_counted_by_hand() -> None:
    # Unsubscribes in weeks 1..10: 5 after each heavy week, 1 after each light one.
    values = {n: (5 if ASKS[n - 1] == 3 else 1) for n in range(1, 11)}
    [found] = ask_cost.costs(posts_with_asks([*ASKS, 0]), series(values, "unsubscribes"))
    assert (found.source, found.measure, found.kind) == ("x", "unsubscribes", ask_cost.LOSS)
    assert (found.weeks, found.heavy_weeks, found.light_weeks) == (10, 5, 5)
    assert found.usual_asks == 1.5
    assert (found.heavy_mean, found.light_mean, found.difference) == (5, 1, 4)
    assert (found.low, found.high) == (4, 4)  # every resample sees the same weeks' values
    sentence = found.sentence()
    assert "averaged 5.0 against 1.0" in sentence
    assert "4.0 more" in sentence
    assert "correlation in one account's history" in sentence


def test_daily_values_are_summed_into_their_week() -> None:
    days = pd.DataFrame(
        {
            "date": [week(1), week(1) + pd.Timedelta(days=3), week(2)],
            "source": "x",
            "measure": "unfollows",
            "value": [2, 3, 7],
        }
    )
    weekly = ask_cost.weekly_measure(days, ask_cost.LOSS)
    assert list(weekly) == [5, 7]


def test_a_follower_total_becomes_its_weekly_change() -> None:
    totals = series({0: 100, 1: 104, 2: 103, 4: 110}, "followers")
    weekly = ask_cost.weekly_measure(totals, ask_cost.TOTAL)
    # week 3 has no report, so neither its change nor week 4's can be known
    assert list(weekly) == [4, -1]


def test_a_mixed_series_leaves_the_interval_spanning_zero_and_says_chance() -> None:
    values = {n: v for n, v in zip(range(1, 11), [2, 1, 0, 3, 2, 1, 0, 2, 1, 2])}
    [found] = ask_cost.costs(posts_with_asks([*ASKS, 0]), series(values, "unsubscribes"))
    assert found.low is not None and found.low <= 0 <= found.high
    assert "cannot tell a cost apart from chance" in found.sentence()


def test_fewer_gains_after_ask_heavy_weeks_read_as_a_cost() -> None:
    values = {n: (1 if ASKS[n - 1] == 3 else 6) for n in range(1, 11)}
    [found] = ask_cost.costs(posts_with_asks([*ASKS, 0]), series(values, "new_followers"))
    assert found.kind == ask_cost.GAIN and found.difference == -5
    assert "5.0 fewer" in found.sentence()
    assert "what a cost of asks would look like" in found.sentence()


def test_too_few_weeks_says_so() -> None:
    [found] = ask_cost.costs(posts_with_asks([3, 0, 3]), series({1: 5, 2: 1, 3: 5}, "unfollows"))
    assert not found.enough
    assert found.sentence().startswith("Too few weeks to tell: 3 weeks of unfollows")


def test_asks_are_those_of_the_series_own_source() -> None:
    posts = pd.concat(
        [posts_with_asks([*ASKS, 0], "x"), posts_with_asks([0] * 11, "linkedin")],
        ignore_index=True,
    )
    values = {n: (5 if ASKS[n - 1] == 3 else 1) for n in range(1, 11)}
    [found] = ask_cost.costs(posts, series(values, "unfollows", "linkedin"))
    assert found.heavy_weeks == 0  # LinkedIn had no asks; X's do not count against it


def test_unknown_measures_and_no_series_give_nothing() -> None:
    posts = posts_with_asks(ASKS)
    assert ask_cost.costs(posts, None) == []
    assert ask_cost.costs(posts, series({1: 3}, "profile_visits")) == []


@pytest.mark.parametrize(
    ("measure", "kind"),
    [("unsubscribes", "loss"), ("Unfollows", "loss"), ("new_followers", "gain"),
     ("New follows", "gain"), ("followers", "total"), ("impressions", None)],
)  # fmt: skip
def test_measures_are_known_by_their_words(measure: str, kind: str | None) -> None:
    assert ask_cost.kind_of(measure) == kind


def test_records_carry_the_sentence() -> None:
    values = {n: (5 if ASKS[n - 1] == 3 else 1) for n in range(1, 11)}
    [record] = ask_cost.records(
        ask_cost.costs(posts_with_asks([*ASKS, 0]), series(values, "unsubscribes"))
    )
    assert record["difference"] == 4 and record["light_weeks"] == 5
    assert record["sentence"].startswith("The week after a week with more asks")
