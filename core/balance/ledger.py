"""The goodwill ledger: each give deposits one, each ask withdraws the target ratio.

At 4:1 an ask costs 4, so a feed exactly on target stays flat. Between posts the balance decays
toward zero with a half-life: goodwill not renewed fades, and so, more slowly, does a debt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from core.balance.consistency import in_order
from core.settings import Settings

DAY = pd.Timedelta(days=1)
EPSILON = 1e-9  # float noise: a balance of -1e-12 is zero, not an overdraft
NUMBER_WORDS = (
    "no",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)


@dataclass(frozen=True)
class Rule:
    ratio: float  # what an ask costs, in give posts
    half_life_days: float | None = 90.0  # None: goodwill never fades

    @classmethod
    def of(cls, settings: Settings) -> Rule:
        return cls(settings.ratio, float(settings.half_life_days) or None)

    def change(self, label: str) -> float:
        return 1.0 if label == "give" else -self.ratio if label == "ask" else 0.0

    def decay(self, balance: float, days: float) -> float:
        """The balance `days` later with nothing posted: a positive factor, so the sign holds."""
        if not self.half_life_days or days <= 0:
            return balance
        return balance * 0.5 ** (days / self.half_life_days)


def _days(later: pd.Timestamp, earlier: pd.Timestamp) -> float:
    return (later - earlier).total_seconds() / 86400


def entries(posts: pd.DataFrame, rule: Rule) -> pd.DataFrame:
    """One row per counted post, oldest first: what it changed and the balance just after."""
    ordered = in_order(posts)
    published = pd.to_datetime(ordered["published_at"], utc=True)
    labels = list(ordered["label"])
    # What each post changes and how much the balance fades since the post before, worked out
    # for all posts at once (Rule.change and Rule.decay, vectorised): the running balance is
    # then the only loop, over plain floats (a Timestamp per post costs more at 100k posts).
    label = ordered["label"].to_numpy(dtype=object)
    changes = np.where(label == "give", 1.0, np.where(label == "ask", -rule.ratio, 0.0))
    days = np.diff(_utc_ns(published).astype("int64"), prepend=0) / 1e9 / 86400
    days[:1] = 0.0
    factors = np.ones(len(days))
    if rule.half_life_days:
        fading = days > 0
        with np.errstate(over="ignore"):  # a tiny half-life: inf halvings, a factor of 0
            factors[fading] = 0.5 ** (days[fading] / rule.half_life_days)
    balances, balance = [], 0.0
    for factor, change in zip(factors.tolist(), changes.tolist()):
        balance = balance * factor + change
        balances.append(balance)
    return pd.DataFrame(
        {"published_at": published, "label": labels, "change": changes, "balance": balances}
    ).astype({"change": float, "balance": float})


def balance_at(book: pd.DataFrame, when: pd.Timestamp, rule: Rule) -> float:
    """The balance at a moment: the last entry at or before it, faded to then."""
    before = book[book["published_at"] <= when]
    if before.empty:
        return 0.0
    last = before.iloc[-1]
    return rule.decay(float(last["balance"]), _days(when, last["published_at"]))


def daily(book: pd.DataFrame, rule: Rule, until: pd.Timestamp | None = None) -> pd.DataFrame:
    """The balance at the end of each day from the first post's day to `until` (UTC days)."""
    if book.empty:
        return pd.DataFrame({"day": pd.Series(dtype="datetime64[ns, UTC]"), "balance": []})
    first = book["published_at"].iloc[0].normalize()
    last = max(book["published_at"].iloc[-1], until if until is not None else first).normalize()
    days = pd.date_range(first, last, freq="D")
    ends = days + DAY
    posted = _utc_ns(book["published_at"])
    closing = _utc_ns(pd.Series(ends))
    idx = np.searchsorted(posted, closing, "left") - 1
    after = ((closing - posted[idx]) / np.timedelta64(1, "s") / 86400).tolist()
    balances = [
        rule.decay(balance, days)
        for balance, days in zip(book["balance"].to_numpy()[idx].tolist(), after)
    ]
    return pd.DataFrame({"day": days, "balance": balances})


def _utc_ns(times: pd.Series) -> np.ndarray:
    return times.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy().astype("datetime64[ns]")


def weekly(days: pd.DataFrame) -> pd.DataFrame:
    """The balance at the end of each week (Monday to Sunday), from a daily frame."""
    if days.empty:
        return pd.DataFrame({"week": pd.Series(dtype="datetime64[ns, UTC]"), "balance": []})
    week = days["day"] - pd.to_timedelta(days["day"].dt.day_of_week, unit="D")
    frame = days.assign(week=week).groupby("week", as_index=False)["balance"].last()
    return frame[["week", "balance"]]


def longest_negative_run(weeks: pd.DataFrame) -> tuple[int, pd.Timestamp | None]:
    """The most weeks in a row that ended with the ledger below zero as it is shown (a debt
    faded to -0.01 reads 0.0, so it is not called negative beside it), and the first of them."""
    best, best_start, run, start = 0, None, 0, None
    for week, balance in zip(weeks["week"], weeks["balance"]):
        if shown(balance) < 0:
            run, start = run + 1, start if run else week
            if run > best:
                best, best_start = run, start
        else:
            run = 0
    return best, best_start


@dataclass(frozen=True)
class Standing:
    """What the balance allows today."""

    balance: float
    ask_cost: float
    asks_affordable: int
    gives_needed: int

    def text(self) -> str:
        if self.asks_affordable == 1:
            return "You can afford an ask today."
        if self.asks_affordable > 1:
            return f"You can afford {count_words(self.asks_affordable)} asks today."
        gives = count_words(self.gives_needed).capitalize()
        return (
            f"{gives} more give post{'s' if self.gives_needed != 1 else ''} before your next ask."
        )


def standing(balance: float, ratio: float) -> Standing:
    """Asks the balance pays for without going below zero, or the gives that would pay for one."""
    affordable = max(0, math.floor((balance + EPSILON) / ratio)) if ratio > 0 else 0
    needed = 0 if affordable else max(0, math.ceil(ratio - balance - EPSILON))
    return Standing(balance, ratio, affordable, needed)


PACE_WEEKS = 12  # the recent history that tells how many gives a week a person manages
RECOVERY_WEEKS = 104  # how far ahead a recovery is worth promising


def give_pace(posts: pd.DataFrame, before: pd.Timestamp, weeks: int = PACE_WEEKS) -> float:
    """Give posts a week over the `weeks` before `before`: what the person usually manages.
    A history younger than that is averaged over the weeks it covers (a person who started a
    fortnight ago with four gives gives two a week, not a third of one)."""
    when = pd.to_datetime(posts["published_at"], utc=True)
    recent = (when >= before - pd.Timedelta(weeks=weeks)) & (when < before)
    earlier = when[when < before]
    covered = weeks
    if len(earlier):
        covered = min(weeks, max(1, math.ceil((before - earlier.min()) / pd.Timedelta(weeks=1))))
    return int((recent & (posts["label"] == "give")).sum()) / covered


def usual_fortnight(pace: float) -> int:
    """The most give posts any advice asks for: what the person gives in two usual weeks."""
    return max(0, math.floor(2 * pace + EPSILON))


def weeks_to_afford(balance: float, pace: float, rule: Rule) -> int | None:
    """Weeks of giving at `pace` after which the ledger, from `balance`, pays for an ask
    (None beyond RECOVERY_WEEKS)."""
    for weeks in range(1, RECOVERY_WEEKS + 1):
        balance = rule.decay(balance, 7) + pace
        if balance - rule.ratio >= -EPSILON:
            return weeks
    return None


def recovery(balance: float, needed: int, pace: float, rule: Rule, start: pd.Timestamp) -> str:
    """When the person's usual pace pays for an ask again, said only when the gives needed
    are more than two usual weeks hold ('' otherwise, or with no pace to go on)."""
    if not needed > 2 * pace > 0:
        return ""
    weeks = weeks_to_afford(balance, pace, rule)
    rate = f"At your recent pace of {pace:.1f} give posts a week"
    if weeks is None:
        return f"{rate} the ledger would not pay for an ask within two years."
    back = start + pd.Timedelta(weeks=weeks)
    back -= pd.Timedelta(days=back.weekday())
    return (
        f"{rate} it can pay for an ask again in about {weeks} week{'s' if weeks != 1 else ''} "
        f"(week of {back.day} {back:%b %Y})."
    )


def shown(balance: float) -> float:
    """The balance as the one-decimal figure a person reads: -0.04 is 0.0, never -0.0."""
    return round(balance, 1) + 0.0


def advice(balance: float, rule: Rule, posts: pd.DataFrame, now: pd.Timestamp) -> str:
    """Today's standing in words. Gives are named only up to a usual fortnight of giving;
    beyond that, when the person's usual pace pays for an ask again."""
    stand = standing(balance, rule.ratio)
    pace = give_pace(posts, now)
    if stand.asks_affordable or stand.gives_needed <= usual_fortnight(pace):
        return stand.text()
    short = f"The ledger is {shown(rule.ratio - balance):g} short of the price of an ask."
    later = recovery(balance, stand.gives_needed, pace, rule, now)
    if not later:
        later = (
            "There are no give posts in the last twelve weeks to go on: each give post you "
            "publish brings it one closer."
        )
    return f"{short} {later}"


def count_words(n: int) -> str:
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else f"{n:,}"


def summary(posts: pd.DataFrame, settings: Settings, now: pd.Timestamp) -> dict[str, Any]:
    """The ledger as plain data (report --json): today's balance, its low point, weekly series."""
    rule = Rule.of(settings)
    book = entries(posts, rule)
    today = balance_at(book, now, rule)
    stand = standing(today, rule.ratio)
    weeks = weekly(daily(book, rule, now))
    negative, since = longest_negative_run(weeks)
    low = book.loc[book["balance"].idxmin()] if not book.empty else None
    return {
        "ask_cost": rule.ratio,
        "half_life_days": rule.half_life_days,
        "balance": round(today, 3) + 0.0,
        "asks_affordable": stand.asks_affordable,
        "gives_needed": stand.gives_needed,
        "advice": advice(today, rule, posts, now),
        "gives_per_week": round(give_pace(posts, now), 2),
        "lowest": None
        if low is None
        else {"balance": round(float(low["balance"]), 3), "at": low["published_at"].isoformat()},
        "longest_negative_weeks": negative,
        "negative_since": None if since is None else since.date().isoformat(),
        "weekly": [
            {"week": w.date().isoformat(), "balance": round(float(b), 3)}
            for w, b in zip(weeks["week"], weeks["balance"])
        ],
    }
