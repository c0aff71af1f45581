"""What asks cost, measured as it happens: weeks with more asks against next week's losses.

Where an export carries the audience over time (X's account overview: new follows and
unfollows a day; LinkedIn's FOLLOWERS sheet; Mailchimp's unsubscribes per campaign), its series
arrive as one long table of (date, source, measure, value). Each week's asks on that source are
paired with the measure the week after; weeks with more asks than the person's usual week are
compared with the rest, as a difference of means with a seeded bootstrap 90% interval.

A loss (unfollows, unsubscribes) that rises after ask-heavy weeks, or a gain (new followers)
that falls, is what the ledger's idea predicts. In one account's history it is a correlation:
launches, seasons and list clean-ups move both the asks and the audience.
"""

from __future__ import annotations

import zlib
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import pandas as pd

from core.post import MEASURE_COLUMNS

# The audience series' columns: one row per day (or campaign) a measure was reported, as
# Store.measures returns them.
AUDIENCE_COLUMNS = MEASURE_COLUMNS
LEVEL = 0.90
RESAMPLES = 2000
SEED = 16
MIN_WEEKS = 8  # paired weeks in all
MIN_GROUP = 3  # weeks on each side of the comparison

LOSS, GAIN, TOTAL = "loss", "gain", "total"
# What each measure name means, by the words in it: a loss and a gain are counted per day and
# summed per week; a total (followers at the end of a day) is turned into its weekly change.
_KINDS = (
    (("unfollow", "unsubscri", "lost", "removed"), LOSS),
    (("new", "gain", "follows", "subscribes"), GAIN),
    (("followers", "subscribers", "audience"), TOTAL),
)


def kind_of(measure: str) -> str | None:
    name = measure.lower().replace("_", " ")
    for words, kind in _KINDS:
        if any(w in name for w in words):
            return kind
    return None


@dataclass(frozen=True)
class AskCost:
    source: str
    measure: str
    kind: str  # LOSS or GAIN (a TOTAL is compared as its weekly change, a GAIN)
    weeks: int  # paired weeks
    heavy_weeks: int  # weeks with more asks than the usual week
    usual_asks: float  # the median asks a week: "more" means above it
    heavy_mean: float | None  # mean of the measure the week after an ask-heavy week
    light_mean: float | None
    difference: float | None  # heavy_mean - light_mean
    low: float | None
    high: float | None

    @property
    def light_weeks(self) -> int:
        return self.weeks - self.heavy_weeks

    @property
    def enough(self) -> bool:
        return (
            self.weeks >= MIN_WEEKS
            and self.heavy_weeks >= MIN_GROUP
            and self.light_weeks >= MIN_GROUP
        )

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("usual_asks", "heavy_mean", "light_mean", "difference", "low", "high"):
            if data[key] is not None:
                data[key] = round(float(data[key]), 4)
        return {**data, "light_weeks": self.light_weeks, "sentence": self.sentence()}

    def sentence(self) -> str:
        """What the data shows, and what it cannot."""
        name = self.measure.replace("_", " ")
        if not self.enough:
            return (
                f"Too few weeks to tell: {self.weeks} weeks of {name} with your posts beside "
                f"them, {self.heavy_weeks} of them with more asks than usual; at least "
                f"{MIN_WEEKS} weeks and {MIN_GROUP} on each side are needed before a difference "
                "means anything."
            )
        assert self.difference is not None and self.low is not None and self.high is not None
        worse = self.difference > 0 if self.kind == LOSS else self.difference < 0
        size = abs(self.difference)
        direction = "more" if self.difference > 0 else "fewer"
        head = (
            f"The week after a week with more asks than usual ({self.heavy_weeks} such weeks), "
            f"{name} averaged {self.heavy_mean:.1f} against {self.light_mean:.1f} after the "
            f"other {self.light_weeks}: {size:.1f} {direction} "
            f"(90% interval {self.low:+.1f} to {self.high:+.1f})."
        )
        if self.low <= 0 <= self.high:
            tail = " The interval includes no difference, so these weeks cannot tell a cost apart "
            tail += "from chance."
        elif worse:
            tail = (
                " That is what a cost of asks would look like, but it is a correlation in one "
                "account's history, not proof: a launch, a season or a list clean-up can bring "
                "both the asks and the losses."
            )
        else:
            tail = (
                " Your asks show no cost here; it is one account's history, and the weeks with "
                "more asks may differ in other ways (launches bring new followers too)."
            )
        return head + tail


def _week(dates: pd.Series) -> pd.Series:
    when = pd.to_datetime(dates, utc=True).dt.tz_localize(None)
    return when.dt.to_period("W-SUN").dt.start_time


def weekly_measure(series: pd.DataFrame, kind: str) -> pd.Series:
    """One measure's value per week (weeks without a report are missing, not zero)."""
    weeks = _week(series["date"])
    values = pd.to_numeric(series["value"], errors="coerce")
    if kind == TOTAL:  # the week's last total minus the week before's
        ordered = pd.DataFrame({"week": weeks, "date": series["date"], "value": values})
        ordered = ordered.dropna().sort_values("date")
        last = ordered.groupby("week")["value"].last()
        full = last.reindex(pd.date_range(last.index.min(), last.index.max(), freq="W-MON"))
        return full.diff().dropna() if len(last) else last
    per_week = values.groupby(weeks).sum(min_count=1).dropna()
    return per_week


def weekly_asks(posts: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> pd.Series:
    """Asks per week from start to end (naive week starts), weeks without asks at 0."""
    asks = posts[posts["label"] == "ask"]
    counts = _week(asks["published_at"]).value_counts() if not asks.empty else pd.Series()
    full = pd.date_range(start, end, freq="W-MON")
    return counts.reindex(full, fill_value=0).astype(float)


def _bootstrap(
    heavy: np.ndarray, light: np.ndarray, rng: np.random.Generator
) -> tuple[float, float]:
    h = heavy[rng.integers(0, len(heavy), size=(RESAMPLES, len(heavy)))].mean(axis=1)
    lo = light[rng.integers(0, len(light), size=(RESAMPLES, len(light)))].mean(axis=1)
    tail = (1 - LEVEL) / 2
    low, high = np.quantile(h - lo, [tail, 1 - tail], method="inverted_cdf")
    return float(low), float(high)


def cost(
    posts: pd.DataFrame, series: pd.DataFrame, source: str, measure: str, seed: int = SEED
) -> AskCost | None:
    """One measure of one source against the asks the week before (None: a measure whose
    meaning is unknown, or no week of it)."""
    kind = kind_of(measure)
    if kind is None:
        return None
    values = weekly_measure(series, kind)
    if values.empty:
        return None
    own = posts[posts["source"] == source]
    mine = own if not own.empty else posts  # a source with no posts here: every ask counts
    asks = weekly_asks(mine, values.index.min() - pd.Timedelta(weeks=1), values.index.max())
    before = asks.reindex(values.index - pd.Timedelta(weeks=1)).to_numpy()
    after = values.to_numpy(dtype=float)
    usual = float(np.median(before)) if len(before) else 0.0
    heavy_mask = before > usual
    heavy, light = after[heavy_mask], after[~heavy_mask]
    kind = GAIN if kind == TOTAL else kind
    h_mean = float(heavy.mean()) if len(heavy) else None
    l_mean = float(light.mean()) if len(light) else None
    diff = None if h_mean is None or l_mean is None else h_mean - l_mean
    low = high = None
    if len(heavy) >= MIN_GROUP and len(light) >= MIN_GROUP:
        rng = np.random.default_rng([seed, zlib.crc32(f"{source}/{measure}".encode())])
        low, high = _bootstrap(heavy, light, rng)
    return AskCost(
        source, measure, kind, len(after), int(heavy_mask.sum()), usual, h_mean, l_mean, diff,
        low, high,
    )  # fmt: skip


def costs(posts: pd.DataFrame, audience: pd.DataFrame | None, seed: int = SEED) -> list[AskCost]:
    """Every (source, measure) the audience table holds whose meaning is known."""
    if audience is None or audience.empty:
        return []
    found = []
    for (source, measure), series in audience.groupby(["source", "measure"], sort=True):
        result = cost(posts, series, str(source), str(measure), seed)
        if result is not None:
            found.append(result)
    return found


def records(found: list[AskCost]) -> list[dict[str, Any]]:
    return [c.as_dict() for c in found]
