"""Pure functions over the posts DataFrame (columns named in core.post).

Each also reads a tally (core.post.TALLY_COLUMNS: posts counted per day by the database), whose
rows each stand for `count` posts: the figures that only count come out the same from either.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from core.post import TALLY_COLUMNS
from core.settings import Settings

FREQS = {"week": "W-MON", "month": "MS"}


@dataclass(frozen=True)
class Balance:
    give: int
    ask: int

    @property
    def posts(self) -> int:
        return self.give + self.ask

    @property
    def ratio(self) -> float | None:
        """Give posts per ask; None when there is no ask (the ratio is unbounded)."""
        return self.give / self.ask if self.ask else None

    @property
    def give_share(self) -> float | None:
        return self.give / self.posts if self.posts else None

    def meets(self, target_ratio: float) -> bool:
        return self.posts > 0 and (self.ask == 0 or self.give >= target_ratio * self.ask - 1e-9)

    def text(self) -> str:
        """'41 give : 9 ask, 4.6 : 1', numbers a person can check."""
        if not self.posts:
            return "no labelled posts yet"
        ratio = "no asks" if self.ratio is None else f"{self.ratio:.1f} : 1"
        return f"{self.give:,} give : {self.ask:,} ask, {ratio}"


def counted(posts: pd.DataFrame, settings: Settings) -> pd.DataFrame:
    """The posts that count toward the balance: labelled, of the kinds the settings include."""
    keep = posts["label"].isin(["give", "ask"]) & posts["kind"].isin(settings.counted_kinds())
    return posts.loc[keep]


def weights(posts: pd.DataFrame) -> pd.Series | None:
    """How many posts each row stands for: a tally's count, None for a frame of posts (one)."""
    return posts["count"] if "count" in posts.columns else None


def tally(posts: pd.DataFrame) -> pd.DataFrame:
    """Posts counted per UTC day, source, kind, channel and label (core.post.TALLY_COLUMNS): what
    Store.tallies has the database work out, from a frame in memory."""
    keys = pd.DataFrame(
        {
            "published_at": posts["published_at"].dt.tz_convert("UTC").dt.normalize(),
            **{name: posts[name] for name in TALLY_COLUMNS[1:-1]},
        }
    )
    counts = keys.groupby(TALLY_COLUMNS[:-1], dropna=False).size().rename("count").reset_index()
    return counts.astype({"count": "int64"})[TALLY_COLUMNS]


def balance(posts: pd.DataFrame) -> Balance:
    labels, many = posts["label"], weights(posts)
    if many is None:
        return Balance(give=int((labels == "give").sum()), ask=int((labels == "ask").sum()))
    return Balance(give=int(many[labels == "give"].sum()), ask=int(many[labels == "ask"].sum()))


def _with_shares(frame: pd.DataFrame) -> pd.DataFrame:
    frame["posts"] = frame["give"] + frame["ask"]
    frame["give_share"] = frame["give"] / frame["posts"].where(frame["posts"] > 0)
    frame["ratio"] = frame["give"] / frame["ask"].where(frame["ask"] > 0)
    return frame


def label_counts(keys: pd.Series, labels: pd.Series, many: pd.Series | None = None) -> pd.DataFrame:
    """Give and ask per key, sorted by key: pd.crosstab(keys, labels) for the two labels, without
    crosstab's per-group Python (five times faster at 100k posts). `many`: how many posts each
    row stands for (a tally's count), one each when None."""
    labelled = labels.isin(["give", "ask"]).to_numpy(dtype=bool)
    keys, labels = keys[labelled], labels[labelled]
    each = 1 if many is None else many.to_numpy(dtype="int64")[labelled]
    counts = (
        pd.DataFrame(
            {
                "give": labels.eq("give").fillna(False).to_numpy(dtype="int64") * each,
                "ask": labels.eq("ask").fillna(False).to_numpy(dtype="int64") * each,
            },
            index=pd.Index(keys, name=keys.name),
        )
        .groupby(level=0)
        .sum()
    )
    counts.columns.name = labels.name
    return counts


def by_period(
    posts: pd.DataFrame, period: str = "week", target_ratio: float | None = None
) -> pd.DataFrame:
    """Give and ask per calendar week (starting Monday) or month; empty periods included."""
    columns = ["period", "give", "ask", "posts", "give_share", "ratio", "on_target"]
    if posts.empty:
        return pd.DataFrame(columns=columns)
    when = posts["published_at"].dt.tz_convert("UTC").dt.tz_localize(None)
    starts = when.dt.to_period("W-SUN" if period == "week" else "M").dt.start_time
    counts = label_counts(starts, posts["label"], weights(posts))
    full = pd.date_range(counts.index.min(), counts.index.max(), freq=FREQS[period])
    counts = counts.reindex(full, fill_value=0)
    frame = _with_shares(counts.rename_axis("period").reset_index())
    frame["period"] = frame["period"].dt.tz_localize("UTC")
    if target_ratio is not None:
        frame["on_target"] = [
            (Balance(int(g), int(a)).meets(target_ratio) if g + a else None)
            for g, a in zip(frame["give"], frame["ask"])
        ]
    else:
        frame["on_target"] = None
    return frame[columns]


def by_group(posts: pd.DataFrame, column: str) -> pd.DataFrame:
    """Give and ask per value of a column (source, kind), largest first."""
    if posts.empty:
        return pd.DataFrame(columns=[column, "give", "ask", "posts", "give_share", "ratio"])
    counts = label_counts(posts[column], posts["label"], weights(posts))
    frame = _with_shares(counts.reset_index())
    return frame.sort_values(["posts", column], ascending=[False, True]).reset_index(drop=True)


def summary(posts: pd.DataFrame, settings: Settings) -> dict[str, object]:
    """The headline figures of a workspace as plain data (report --json, the Balance page)."""
    live = counted(posts, settings)
    total = balance(live)
    groups = {
        name: {
            row[name]: {
                "posts": int(row["posts"]),
                "give": int(row["give"]),
                "ask": int(row["ask"]),
            }
            for _, row in by_group(live, name).iterrows()
        }
        for name in ("source", "kind")
    }
    dates = live["published_at"]
    return {
        "posts": total.posts,
        "give": total.give,
        "ask": total.ask,
        "ratio": None if total.ratio is None else round(total.ratio, 3),
        "give_share": None if total.give_share is None else round(total.give_share, 4),
        "target": settings.target_text,
        "target_ratio": settings.ratio,
        "meets_target": total.meets(settings.ratio),
        "first": None if dates.empty else dates.min().isoformat(),
        "last": None if dates.empty else dates.max().isoformat(),
        "by_source": groups["source"],
        "by_kind": groups["kind"],
        "not_counted": int(len(posts) - len(live)),
        "human_labels": int((posts["label_by"] == "human").sum()),
    }


def asks_affordable(total: Balance, target_ratio: float) -> int:
    """How many more asks the balance can take and stay on target (0 when it is below)."""
    if target_ratio <= 0:
        return 0
    return max(0, math.floor(total.give / target_ratio - total.ask + 1e-9))


def gives_needed(total: Balance, target_ratio: float) -> int:
    """How many more give posts bring the balance back to target (0 when it is on target)."""
    return max(0, math.ceil(target_ratio * total.ask - total.give - 1e-9))
