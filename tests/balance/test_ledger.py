"""core.balance.ledger: each give deposits one, each ask withdraws the target ratio, and the balance
fades with a half-life. Hand-computed books first, then the invariants as properties."""

from __future__ import annotations

import pandas as pd
import pytest
from frames import posts_frame, week_fixture
from hypothesis import given, settings
from hypothesis import strategies as st

from core.balance import ledger, metrics
from core.balance.ledger import Rule
from core.settings import Settings

NO_DECAY = Rule(4.0, None)
START = pd.Timestamp("2026-03-02 09:00", tz="UTC")


def ts(day: str) -> pd.Timestamp:
    return pd.Timestamp(day, tz="UTC")


def feed(labels: list[str], days_apart: float = 1.0) -> pd.DataFrame:
    return posts_frame(
        [
            {"at": START + pd.Timedelta(days=i * days_apart), "label": lab}
            for i, lab in enumerate(labels)
        ]
    )


def test_the_week_fixture_by_hand_without_decay() -> None:
    live = metrics.counted(week_fixture(), Settings())
    book = ledger.entries(live, NO_DECAY)
    # give x4 -> 4, ask -> 0, ask x3 -> -12, give x2 -> -10, ask -> -14, give x4 -> -10
    assert list(book["balance"]) == [1, 2, 3, 4, 0, -4, -8, -12, -11, -10, -14, -13, -12, -11, -10]
    assert list(book["change"][:5]) == [1, 1, 1, 1, -4]
    weeks = ledger.weekly(ledger.daily(book, NO_DECAY, ts("2026-04-05 12:00")))
    assert list(weeks["balance"]) == [0, -12, -12, -10, -10]
    assert ledger.longest_negative_run(weeks) == (4, ts("2026-03-09"))


def test_an_ask_costs_the_target_ratio() -> None:
    assert Rule(4.0).change("ask") == -4.0
    assert Rule(9.0).change("ask") == -9.0
    assert Rule(4.0).change("give") == 1.0
    assert Rule.of(Settings(target="rule of thirds")).ratio == 2.0
    assert Rule.of(Settings(half_life_days=30)).half_life_days == 30
    assert Rule.of(Settings(half_life_days=0)).half_life_days is None


def test_half_life_halves_the_balance() -> None:
    rule = Rule(4.0, 7.0)
    book = ledger.entries(feed(["give"]), rule)
    assert ledger.balance_at(book, START, rule) == pytest.approx(1.0)
    assert ledger.balance_at(book, START + pd.Timedelta(days=7), rule) == pytest.approx(0.5)
    assert ledger.balance_at(book, START + pd.Timedelta(days=14), rule) == pytest.approx(0.25)
    assert ledger.balance_at(book, START - pd.Timedelta(days=1), rule) == 0.0


def test_decay_between_posts() -> None:
    rule = Rule(4.0, 7.0)
    # give at day 0 (1), give at day 7 (0.5 + 1), ask at day 14 (0.75 - 4)
    book = ledger.entries(feed(["give", "give", "ask"], days_apart=7), rule)
    assert list(book["balance"]) == pytest.approx([1.0, 1.5, -3.25])


def test_a_debt_fades_too() -> None:
    rule = Rule(4.0, 90.0)
    book = ledger.entries(feed(["ask"]), rule)
    assert ledger.balance_at(book, START + pd.Timedelta(days=90), rule) == pytest.approx(-2.0)


def test_daily_runs_to_the_day_given() -> None:
    book = ledger.entries(feed(["give", "ask"]), NO_DECAY)
    days = ledger.daily(book, NO_DECAY, START + pd.Timedelta(days=3))
    assert [d.date().isoformat() for d in days["day"]] == [
        "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"
    ]  # fmt: skip
    assert list(days["balance"]) == [1, -3, -3, -3]
    assert ledger.daily(ledger.entries(feed([]), NO_DECAY), NO_DECAY).empty


@pytest.mark.parametrize(
    ("balance", "affordable", "needed", "words"),
    [
        (4.0, 1, 0, "You can afford an ask today."),
        (5.5, 1, 0, "You can afford an ask today."),
        (8.0, 2, 0, "You can afford two asks today."),
        (2.0, 0, 2, "Two more give posts before your next ask."),
        (3.0, 0, 1, "One more give post before your next ask."),
        (3.2, 0, 1, "One more give post before your next ask."),
        (0.0, 0, 4, "Four more give posts before your next ask."),
        (-10.0, 0, 14, "14 more give posts before your next ask."),
    ],
)
def test_standing(balance: float, affordable: int, needed: int, words: str) -> None:
    stand = ledger.standing(balance, 4.0)
    assert (stand.asks_affordable, stand.gives_needed) == (affordable, needed)
    assert stand.text() == words


def test_summary_as_plain_data() -> None:
    live = metrics.counted(week_fixture(), Settings(half_life_days=0))
    data = ledger.summary(live, Settings(half_life_days=0), ts("2026-04-05 12:00"))
    assert data["balance"] == -10.0
    assert data["ask_cost"] == 4.0 and data["half_life_days"] is None
    assert data["gives_needed"] == 14 and data["asks_affordable"] == 0
    assert data["lowest"] == {"balance": -14.0, "at": "2026-03-30T09:00:00+00:00"}
    assert data["longest_negative_weeks"] == 4 and data["negative_since"] == "2026-03-09"
    assert [w["balance"] for w in data["weekly"]] == [0, -12, -12, -10, -10]


# --- invariants ------------------------------------------------------------------------------
labels = st.lists(st.sampled_from(["give", "ask"]), max_size=40)
gaps = st.floats(min_value=0, max_value=400, allow_nan=False)


@settings(max_examples=60, deadline=None)
@given(
    blocks=st.lists(st.permutations(["give"] * 4 + ["ask"]), min_size=1, max_size=8),
    days_apart=st.floats(min_value=0.01, max_value=30),
)
def test_a_feed_exactly_on_target_stays_flat_without_decay(blocks, days_apart) -> None:
    posts = feed([lab for block in blocks for lab in block], days_apart)
    book = ledger.entries(posts, NO_DECAY)
    assert book["balance"].iloc[-1] == pytest.approx(0.0, abs=1e-9)
    # and flat at the end of every block, whatever order its five posts came in
    assert book["balance"].iloc[4::5].abs().max() == pytest.approx(0.0, abs=1e-9)


@settings(max_examples=200, deadline=None)
@given(
    balance=st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
    days=gaps,
    half_life=st.floats(min_value=1, max_value=365),
)
def test_decay_never_flips_the_sign(balance, days, half_life) -> None:
    faded = Rule(4.0, half_life).decay(balance, days)
    assert faded * balance >= 0
    assert abs(faded) <= abs(balance)


@settings(max_examples=60, deadline=None)
@given(labels=labels, at=st.integers(min_value=0, max_value=40), half_life=gaps)
def test_adding_a_give_never_lowers_the_ratio_or_the_ledger(labels, at, half_life) -> None:
    # the give goes in at the time of the post it precedes; every other post keeps its time
    original = feed(labels)
    when = START + pd.Timedelta(days=min(at, len(labels)))
    extra = posts_frame([{"at": when, "label": "give", "id": "extra"}])
    with_give = pd.concat([original, extra], ignore_index=True)
    before, after = metrics.balance(original), metrics.balance(with_give)
    if before.ratio is not None:
        assert after.ratio is not None and after.ratio >= before.ratio
    assert (after.give_share or 0) >= (before.give_share or 0)
    rule = Rule(4.0, half_life or None)
    end = START + pd.Timedelta(days=50)
    richer = ledger.balance_at(ledger.entries(with_give, rule), end, rule)
    assert richer >= ledger.balance_at(ledger.entries(original, rule), end, rule) - 1e-12


@settings(max_examples=60, deadline=None)
@given(labels=labels)
def test_standing_never_lets_an_ask_overdraw(labels) -> None:
    book = ledger.entries(feed(labels), NO_DECAY)
    balance = float(book["balance"].iloc[-1]) if len(book) else 0.0
    stand = ledger.standing(balance, 4.0)
    if stand.asks_affordable:
        assert balance - 4.0 * stand.asks_affordable >= -1e-9
        assert balance - 4.0 * (stand.asks_affordable + 1) < 0
    else:
        assert balance + stand.gives_needed - 4.0 >= -1e-9
        assert balance + stand.gives_needed - 1 - 4.0 < 0


# --- how long the usual pace of giving takes to pay for an ask --------------------------------
def test_give_pace_counts_gives_in_the_twelve_weeks_before() -> None:
    posts = posts_frame(
        [{"at": "2025-12-01 09:00", "label": "give"}]  # 13 weeks back: too old
        + [{"at": f"2026-02-0{d} 09:00", "label": "give"} for d in range(2, 8)]
        + [{"at": "2026-02-09 09:00", "label": "ask"}, {"at": "2026-03-02 09:00", "label": "give"}]
    )
    assert ledger.give_pace(posts, pd.Timestamp("2026-03-02", tz="UTC")) == 6 / 12


def test_give_pace_of_a_young_history_counts_the_weeks_it_covers() -> None:
    posts = posts_frame([{"at": f"2026-02-2{d} 09:00", "label": "give"} for d in (3, 4, 5, 6)])
    assert ledger.give_pace(posts, pd.Timestamp("2026-03-09", tz="UTC")) == 4 / 2
    assert ledger.give_pace(posts, pd.Timestamp("2026-02-23", tz="UTC")) == 0.0


def test_advice_names_gives_only_up_to_a_usual_fortnight() -> None:
    rule, now = ledger.Rule(4.0, None), pd.Timestamp("2026-03-02 12:00", tz="UTC")
    tuesdays = pd.date_range("2025-12-09 09:00", periods=12, freq="7D")
    weekly = posts_frame([{"at": str(d), "label": "give"} for d in tuesdays])
    assert ledger.advice(2.0, rule, weekly, now) == "Two more give posts before your next ask."
    assert ledger.advice(-12.0, rule, weekly, now) == (
        "The ledger is 16 short of the price of an ask. At your recent pace of 1.0 give posts a "
        "week it can pay for an ask again in about 16 weeks (week of 22 Jun 2026)."
    )
    quiet = posts_frame([{"at": "2025-01-06 09:00", "label": "ask"}])
    assert ledger.advice(-3.0, rule, quiet, now).startswith(
        "The ledger is 7 short of the price of an ask. There are no give posts"
    )
    assert ledger.advice(4.0, rule, quiet, now) == "You can afford an ask today."


def test_a_faded_debt_that_reads_zero_is_not_called_negative() -> None:
    weeks = pd.DataFrame(
        {"week": pd.date_range("2026-03-02", periods=3, freq="7D", tz="UTC"),
         "balance": [-0.3, -0.04, -0.001]}
    )  # fmt: skip
    assert ledger.longest_negative_run(weeks) == (1, ts("2026-03-02"))
    assert ledger.shown(-0.04) == 0.0 and str(ledger.shown(-0.04)) == "0.0"


def test_weeks_to_afford_with_and_without_decay() -> None:
    flat = ledger.Rule(4.0, None)
    assert ledger.weeks_to_afford(-12.0, 1.0, flat) == 16  # -12 + 16 = 4
    assert ledger.weeks_to_afford(3.5, 1.0, flat) == 1
    fading = ledger.Rule(4.0, 90.0)
    assert ledger.weeks_to_afford(-12.0, 1.0, fading) < 16  # the debt fades as well
    # 0.1 a week settles near 0.1 / (1 - 0.5 ** (7 / 90)), about 1.9: never 4.
    assert ledger.weeks_to_afford(0.0, 0.1, fading) is None


def test_recovery_is_said_only_when_more_than_two_usual_weeks_are_needed() -> None:
    flat, monday = ledger.Rule(4.0, None), pd.Timestamp("2026-03-02 09:00", tz="UTC")
    assert ledger.recovery(-12.0, 16, 1.0, flat, monday) == (
        "At your recent pace of 1.0 give posts a week it can pay for an ask again in about "
        "16 weeks (week of 22 Jun 2026)."
    )
    assert ledger.recovery(1.0, 2, 1.0, flat, monday) == ""  # two gives: a usual fortnight
    assert ledger.recovery(-12.0, 16, 0.0, flat, monday) == ""  # no pace to go on
    assert ledger.recovery(0.0, 4, 0.1, ledger.Rule(4.0, 90.0), monday) == (
        "At your recent pace of 0.1 give posts a week the ledger would not pay for an ask "
        "within two years."
    )
