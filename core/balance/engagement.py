"""Engagement by label: do give posts earn more attention than asks?

Counts are what the export said at export time; missing (NA) means the export did not say, so
medians are taken over the posts that have the count and each says how many posts it rests on.
"""

from __future__ import annotations

import pandas as pd

from core.post import ENGAGEMENT, LABELS

ALL = "all"
COLUMNS = ["source", "label", "metric", "median", "posts"]


def available(posts: pd.DataFrame) -> list[str]:
    """The engagement counts this data carries for at least one post."""
    return [m for m in ENGAGEMENT if m in posts and posts[m].notna().any()]


def medians(posts: pd.DataFrame) -> pd.DataFrame:
    """Median of each available count per label, every source together (source = ALL) and each
    source on its own, with the number of posts behind each median. Empty when there is none."""
    rows = []
    labelled = posts[posts["label"].isin(LABELS)]
    for metric in available(posts):
        have = labelled[labelled[metric].notna()]
        values = have[metric].astype(float)
        overall = values.groupby(have["label"]).agg(["median", "size"])
        each = values.groupby([have["source"], have["label"]]).agg(["median", "size"])
        groups = [(ALL, overall)] + [
            (source, each.xs(source, level=0)) for source in sorted(each.index.unique(level=0))
        ]
        for source, table in groups:
            for label in LABELS:
                if label in table.index:
                    median, size = table.loc[label, "median"], table.loc[label, "size"]
                    rows.append((source, label, metric, float(median), int(size)))
    return pd.DataFrame(rows, columns=COLUMNS)


def sources_without(posts: pd.DataFrame) -> list[str]:
    """Sources none of whose posts carry any count: their exports did not say."""
    present = [m for m in ENGAGEMENT if m in posts]
    silent = posts[present].isna().all(axis=1).groupby(posts["source"]).all()
    return sorted(str(s) for s in silent[silent].index)


def compare(table: pd.DataFrame, metric: str, source: str = ALL) -> tuple[float, float] | None:
    """(give median, ask median) of one count, where both labels have posts with it."""
    mine = table[(table["metric"] == metric) & (table["source"] == source)]
    values = dict(zip(mine["label"], mine["median"]))
    if "give" in values and "ask" in values:
        return values["give"], values["ask"]
    return None
