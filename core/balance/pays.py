"""Does giving pay? The median give post against the median ask, with its uncertainty.

For each engagement count an export carries, per platform and all platforms together: the
ratio of the give posts' median to the ask posts' median, a seeded bootstrap 90% interval
around it (give and ask posts resampled on their own), and the counts it rests on. Engagement
is a snapshot at export time and missing is not zero, so each figure uses only the posts that
have the count. What this can show is an association in one person's own history: gives and
asks differ in more than their label (topic, day, format), so a ratio is not a cause.
"""

from __future__ import annotations

import zlib
from dataclasses import asdict, dataclass, replace
from typing import Any

import numpy as np
import pandas as pd

from core.balance import engagement

ALL = engagement.ALL
LEVEL = 0.90  # the interval's coverage
RESAMPLES = 2000
# Resampling draws RESAMPLES x n values per side; for very large sides fewer resamples keep a
# report quick (the interval of a median of 50,000 posts is narrow whatever the count).
MAX_DRAWS = 20_000_000
MIN_RESAMPLES = 200
# Past this many posts a side, the interval is worked out on a sample of this many drawn without
# replacement: at a million posts it would take seconds, and a sample's interval is, if anything,
# a little wider, so it errs toward "unclear", never toward a claim the posts do not hold.
MAX_SIDE = 50_000
MIN_POSTS = 10  # per side, before a ratio is more than an anecdote
SEED = 16
# Counts of people lost, where a higher median is worse (Mailchimp's unsubscribes per campaign).
LOSSES = frozenset({"unsubscribes", "unfollows"})


@dataclass(frozen=True)
class Pay:
    measure: str
    platform: str  # a source key, or ALL
    give_median: float
    ask_median: float
    ratio: float | None  # give median / ask median; None when the ask median is 0
    low: float | None  # the 90% interval; None where unbounded or not measurable
    high: float | None
    n_give: int
    n_ask: int

    @property
    def enough(self) -> bool:
        return self.n_give >= MIN_POSTS and self.n_ask >= MIN_POSTS

    @property
    def clear(self) -> str:
        """'more' or 'less' when the whole interval is on one side of 1, else 'unclear'."""
        if not self.enough or self.low is None:
            return "unclear"
        if self.low > 1:
            return "more"
        if self.high is not None and self.high < 1:
            return "less"
        return "unclear"

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("give_median", "ask_median", "ratio", "low", "high"):
            if data[key] is not None:
                data[key] = round(float(data[key]), 4)
        return data


def ratio_of(give: float, ask: float) -> float | None:
    """give / ask; two zero medians are equal (1), a zero ask median leaves it unbounded."""
    if ask == 0:
        return 1.0 if give == 0 else None
    return give / ask


def _rng(seed: int, *keys: str) -> np.random.Generator:
    # One stream per (measure, platform), so a figure does not change when another is added.
    return np.random.default_rng([seed, *(zlib.crc32(k.encode()) for k in keys)])


def resampled_medians(values: np.ndarray, resamples: int, rng: np.random.Generator) -> np.ndarray:
    """The median of each of `resamples` samples drawn with replacement from values."""
    n = len(values)
    out = np.empty(resamples)
    chunk = max(1, MAX_DRAWS // 10 // max(n, 1))  # at most ~2M values in memory at once
    for start in range(0, resamples, chunk):
        size = min(chunk, resamples - start)
        draws = values[rng.integers(0, n, size=(size, n))]
        out[start : start + size] = np.median(draws, axis=1)
    return out


def interval(
    give: np.ndarray, ask: np.ndarray, rng: np.random.Generator, resamples: int = RESAMPLES
) -> tuple[float | None, float | None]:
    """The percentile bootstrap interval (LEVEL) of median(give) / median(ask).

    Quantiles are taken without interpolation (each end is a ratio some resample had), so an
    unbounded resample (a zero ask median) makes the upper end None rather than a number."""
    if len(give) < 2 or len(ask) < 2:
        return None, None
    give, ask = (
        v if len(v) <= MAX_SIDE else rng.choice(v, MAX_SIDE, replace=False) for v in (give, ask)
    )
    resamples = max(MIN_RESAMPLES, min(resamples, MAX_DRAWS // max(len(give), len(ask))))
    g = resampled_medians(give, resamples, rng)
    a = resampled_medians(ask, resamples, rng)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratios = np.where(a == 0, np.where(g == 0, 1.0, np.inf), g / np.where(a == 0, 1, a))
    tail = (1 - LEVEL) / 2
    low, high = np.quantile(ratios, [tail, 1 - tail], method="inverted_cdf")
    return (
        None if np.isinf(low) else float(low),
        None if np.isinf(high) else float(high),
    )


def pays(
    posts: pd.DataFrame, seed: int = SEED, resamples: int = RESAMPLES, min_posts: int = 2
) -> list[Pay]:
    """Every measure the posts carry, all platforms together first and then each platform, where
    at least min_posts give and min_posts ask posts have the count."""
    found: list[Pay] = []
    labelled = posts[posts["label"].isin(["give", "ask"])]
    platforms = [ALL, *sorted(str(s) for s in labelled["source"].unique())]
    for measure in engagement.available(labelled):
        have = labelled[labelled[measure].notna()]
        overall: Pay | None = None
        for platform in platforms:
            mine = have if platform == ALL else have[have["source"] == platform]
            give = mine.loc[mine["label"] == "give", measure].to_numpy(dtype=float)
            ask = mine.loc[mine["label"] == "ask", measure].to_numpy(dtype=float)
            if len(give) < min_posts or len(ask) < min_posts:
                continue
            if overall and (len(give), len(ask)) == (overall.n_give, overall.n_ask):
                # The only platform with this count: the same posts, so the same figures.
                found.append(replace(overall, platform=platform))
                continue
            g, a = float(np.median(give)), float(np.median(ask))
            low, high = interval(give, ask, _rng(seed, measure, platform), resamples)
            pay = Pay(measure, platform, g, a, ratio_of(g, a), low, high, len(give), len(ask))
            overall = overall or pay
            found.append(pay)
    return found


def records(found: list[Pay]) -> list[dict[str, Any]]:
    """report --json's `pays`."""
    return [p.as_dict() for p in found]


def _said(p: Pay) -> str:
    """'your give posts earn more likes than your asks', the other way round, or for a count
    of people lost (unsubscribes), which side loses more."""
    gives_higher = p.clear == "more"
    if p.measure in LOSSES:
        first, second = ("give posts", "asks") if gives_higher else ("asks", "give posts")
        return f"your {first} lose more people ({p.measure}) than your {second}"
    first, second = ("give posts", "asks") if gives_higher else ("asks", "give posts")
    return f"your {first} earn more {p.measure} than your {second}"


def verdict(found: list[Pay]) -> str:
    """One honest sentence over the all-platform figures: what the data shows and what it can't."""
    overall = [p for p in found if p.platform == ALL]
    if not overall:
        return (
            "Your exports carry no engagement counts on both give and ask posts, so whether "
            "giving pays cannot be measured here."
        )
    if not any(p.enough for p in overall):
        most = max(overall, key=lambda p: min(p.n_give, p.n_ask))
        return (
            f"Too few posts to tell: the {most.measure} figure rests on {most.n_give} give and "
            f"{most.n_ask} ask posts, and a median of fewer than {MIN_POSTS} posts a side moves "
            "with a single post."
        )
    parts = [_said(p) for p in overall if p.enough and p.clear != "unclear"]
    unclear = [p.measure for p in overall if p.enough and p.clear == "unclear"]
    if not parts:
        head = (
            "In your history the difference between give and ask posts is within what chance "
            "alone could make: every 90% interval includes 1 (no difference)."
        )
    else:
        head = "In your history " + "; ".join(parts) + ", beyond what chance alone would make"
        head += f"; in {', '.join(unclear)} the difference is within chance." if unclear else "."
    return (
        f"{head} This is a comparison within one account's own posts, not an experiment: gives "
        "and asks differ in topic, timing and format too, and engagement counts are a snapshot "
        "taken when the export was made."
    )


@dataclass(frozen=True)
class Reference:
    cite: str
    finding: str


REFERENCES = (
    Reference(
        "Lee, Hosanagar & Nair, “Advertising Content and Consumer Engagement on Social Media: "
        "Evidence from Facebook”, Management Science 64(11), 2018",
        "Across 106,316 Facebook posts of 782 firms, posts carrying only deal information "
        "(prices, discounts) earned fewer likes, comments and shares than posts with "
        "brand-personality and informative content, but more click-throughs.",
    ),
    Reference(
        "Naaman, Boase & Lai, “Is it Really About Me? Message Content in Social Awareness "
        "Streams”, CSCW 2010",
        "Of more than 350 active Twitter users, the “informers” (who mostly share "
        "information) had a median of 112 followers, against 42 for the “meformers” (who "
        "mostly post about themselves); the authors note that which causes which is not clear.",
    ),
)
