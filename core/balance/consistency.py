"""Consistency over time: pure functions over the counted posts (metrics.counted).

Weeks start on Monday (as in metrics.by_period). A week with no posts is neither on nor off
target: it does not break an on-target streak, but it does count as a week without a give post.
A quiet stretch longer than QUIET_WEEKS does end a streak: four on-target weeks years apart are
not "four weeks in a row".
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import pandas as pd

from core.balance import metrics
from core.settings import Settings

ALL = "all"  # the key of every source together in by_source
QUIET_WEEKS = 4  # more empty weeks than this in a row end an on-target streak


@dataclass(frozen=True)
class Run:
    """A stretch of posts or weeks: how long, and from when to when (None when there is none)."""

    length: int = 0
    start: pd.Timestamp | None = None
    end: pd.Timestamp | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "length": self.length,
            "start": None if self.start is None else self.start.isoformat(),
            "end": None if self.end is None else self.end.isoformat(),
        }


@dataclass(frozen=True)
class Consistency:
    posts: int
    weeks: int  # calendar weeks from the first post's week to the last post's, empty ones too
    active_weeks: int  # weeks with at least one post
    weeks_with_give: int
    on_target_weeks: int
    longest_give_gap_days: int  # calendar days between two give posts in a row
    longest_give_gap: Run
    current_streak: int  # on-target weeks in a row up to the last active week
    longest_streak: Run
    posts_per_week: float
    posts_per_week_spread: float  # standard deviation over the same weeks
    longest_ask_run: Run
    posts_since_last_ask: int | None  # None when there has been no ask
    ask_heavy_weeks: list[pd.Timestamp] = field(default_factory=list)  # more asks than gives
    recent: metrics.Balance = field(default_factory=lambda: metrics.Balance(0, 0))  # last N posts

    @property
    def on_target_rate(self) -> float | None:
        return self.on_target_weeks / self.active_weeks if self.active_weeks else None

    @property
    def give_week_share(self) -> float | None:
        return self.weeks_with_give / self.weeks if self.weeks else None

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("longest_give_gap", "longest_streak", "longest_ask_run"):
            data[key] = getattr(self, key).as_dict()
        data["ask_heavy_weeks"] = [w.date().isoformat() for w in self.ask_heavy_weeks]
        data["recent"] = {
            "give": self.recent.give,
            "ask": self.recent.ask,
            "ratio": _round(self.recent.ratio),
        }
        data["posts_per_week"] = round(self.posts_per_week, 3)
        data["posts_per_week_spread"] = round(self.posts_per_week_spread, 3)
        data["on_target_rate"] = _round(self.on_target_rate)
        data["give_week_share"] = _round(self.give_week_share)
        return data


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def in_order(posts: pd.DataFrame) -> pd.DataFrame:
    """Posts oldest first; the id breaks ties so the order is the same on every run."""
    if _in_order_already(posts):  # as the store gives them: sorting 100k ids costs 40 ms a time
        return posts.reset_index(drop=True)
    return posts.sort_values(["published_at", "id"], kind="stable").reset_index(drop=True)


def _in_order_already(posts: pd.DataFrame) -> bool:
    times = posts["published_at"]
    if not times.is_monotonic_increasing:
        return False
    tied = times.eq(times.shift()).to_numpy(dtype=bool)[1:]  # same time as the post before
    if not tied.any():
        return True
    ids = posts["id"].to_numpy(dtype=object)
    return bool((ids[1:][tied] >= ids[:-1][tied]).all())


def rolling(posts: pd.DataFrame, window: int) -> pd.DataFrame:
    """After each post, the give and ask among the last `window` posts: the profile view."""
    ordered = in_order(posts)
    give = (ordered["label"] == "give").astype(int).rolling(window, min_periods=1).sum()
    ask = (ordered["label"] == "ask").astype(int).rolling(window, min_periods=1).sum()
    frame = pd.DataFrame(
        {
            "published_at": ordered["published_at"],
            "label": ordered["label"],
            "give": give.astype(int),
            "ask": ask.astype(int),
        }
    )
    frame["give_share"] = frame["give"] / (frame["give"] + frame["ask"])
    frame["ratio"] = frame["give"] / frame["ask"].where(frame["ask"] > 0)
    return frame


def recent(posts: pd.DataFrame, window: int) -> metrics.Balance:
    """The balance of the last `window` posts: what a follower scrolling the profile sees."""
    return metrics.balance(in_order(posts).tail(max(window, 0)))


def on_target_rate(periods: pd.DataFrame) -> tuple[int, int]:
    """(periods on target, periods with posts) from a metrics.by_period frame."""
    active = periods[periods["posts"] > 0]
    return int(active["on_target"].astype(bool).sum()), len(active)


def longest_give_gap(posts: pd.DataFrame) -> Run:
    """The longest stretch, in calendar days, between one give post and the next."""
    days = in_order(posts).loc[lambda f: f["label"] == "give", "published_at"].dt.normalize()
    if len(days) < 2:
        return Run()
    gaps = days.diff().dt.days.iloc[1:]
    at = int(gaps.to_numpy().argmax()) + 1
    return Run(int(gaps.iloc[at - 1]), days.iloc[at - 1], days.iloc[at])


def streaks(periods: pd.DataFrame) -> tuple[int, Run]:
    """(current, longest) runs of on-target periods among those with posts; a quiet stretch of
    more than QUIET_WEEKS weeks between two of them starts a new run."""
    active = periods[periods["posts"] > 0].reset_index(drop=True)
    best, run, start, previous = Run(), 0, None, None
    for _, row in active.iterrows():
        if previous is not None and row["period"] - previous > pd.Timedelta(weeks=QUIET_WEEKS + 1):
            run, start = 0, None
        previous = row["period"]
        if row["on_target"]:
            run, start = run + 1, start if run else row["period"]
            if run > best.length:
                best = Run(run, start, row["period"])
        else:
            run, start = 0, None
    return run, best


def longest_ask_run(posts: pd.DataFrame) -> Run:
    ordered = in_order(posts)
    best, run = Run(), 0
    for i, label in enumerate(ordered["label"]):
        run = run + 1 if label == "ask" else 0
        if run > best.length:
            when = ordered["published_at"]
            best = Run(run, when.iloc[i - run + 1], when.iloc[i])
    return best


def posts_since_last_ask(posts: pd.DataFrame) -> int | None:
    labels = list(in_order(posts)["label"])
    if "ask" not in labels:
        return None
    return labels[::-1].index("ask")


def ask_heavy_weeks(weeks: pd.DataFrame) -> list[pd.Timestamp]:
    """Weeks with more asks than gives."""
    return list(weeks.loc[weeks["ask"] > weeks["give"], "period"])


def consistency(
    posts: pd.DataFrame, settings: Settings, weeks: pd.DataFrame | None = None
) -> Consistency:
    """Every consistency figure of these posts (already filtered by metrics.counted). `weeks`:
    their metrics.by_period by week, where it is worked out already (from a tally)."""
    if weeks is None:
        weeks = metrics.by_period(posts, "week", settings.ratio)
    on, active = on_target_rate(weeks)
    current, longest = streaks(weeks)
    gap = longest_give_gap(posts)
    per_week = weeks["posts"].astype(float)
    return Consistency(
        posts=len(posts),
        weeks=len(weeks),
        active_weeks=active,
        weeks_with_give=int((weeks["give"] > 0).sum()),
        on_target_weeks=on,
        longest_give_gap_days=gap.length,
        longest_give_gap=gap,
        current_streak=current,
        longest_streak=longest,
        posts_per_week=float(per_week.mean()) if len(per_week) else 0.0,
        posts_per_week_spread=float(per_week.std(ddof=0)) if len(per_week) else 0.0,
        longest_ask_run=longest_ask_run(posts),
        posts_since_last_ask=posts_since_last_ask(posts),
        ask_heavy_weeks=ask_heavy_weeks(weeks),
        recent=recent(posts, settings.rolling_window),
    )


def by_source(posts: pd.DataFrame, settings: Settings) -> dict[str, Consistency]:
    """Each source on its own, and every source together under ALL."""
    result = {ALL: consistency(posts, settings)}
    for source in sorted(posts["source"].dropna().unique()):
        result[str(source)] = consistency(posts[posts["source"] == source], settings)
    return result


def weekly_records(posts: pd.DataFrame, target_ratio: float) -> list[dict[str, Any]]:
    """The weekly series as plain data (report --json)."""
    weeks = metrics.by_period(posts, "week", target_ratio)
    return [
        {
            "week": row["period"].date().isoformat(),
            "give": int(row["give"]),
            "ask": int(row["ask"]),
            "give_share": None if pd.isna(row["give_share"]) else round(row["give_share"], 4),
            "ratio": None if pd.isna(row["ratio"]) else round(row["ratio"], 4),
            "on_target": None if row["on_target"] is None else bool(row["on_target"]),
        }
        for _, row in weeks.iterrows()
    ]


def pace_text(posts_per_week: float) -> str:
    """A posting rate a person can picture: '2.5 a week', '3 a month', '4 a year'."""
    if posts_per_week >= 1 or posts_per_week == 0:
        return f"{posts_per_week:.1f} a week"
    per_month = posts_per_week * 365.25 / 12 / 7
    if per_month >= 1:
        return f"{per_month:.1f} a month"
    return f"{posts_per_week * 365.25 / 7:.1f} a year"


WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def calendar(posts: pd.DataFrame) -> pd.DataFrame:
    """Give and ask per UTC day, every day from the first post's week to the last post's."""
    columns = ["day", "week", "weekday", "give", "ask", "posts"]
    if posts.empty:
        return pd.DataFrame(columns=columns)
    days = posts["published_at"].dt.tz_convert("UTC").dt.normalize()
    counts = metrics.label_counts(days, posts["label"], metrics.weights(posts))
    first = days.min() - pd.Timedelta(days=days.min().weekday())
    last = days.max() + pd.Timedelta(days=6 - days.max().weekday())
    counts = counts.reindex(pd.date_range(first, last, freq="D"), fill_value=0)
    frame = counts.rename_axis("day").reset_index()
    frame["week"] = frame["day"] - pd.to_timedelta(frame["day"].dt.day_of_week, unit="D")
    frame["weekday"] = [WEEKDAYS[d] for d in frame["day"].dt.day_of_week]
    frame["posts"] = frame["give"] + frame["ask"]
    return frame[columns]
