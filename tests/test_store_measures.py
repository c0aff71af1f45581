"""Account-level figures by day (core.post.Measure): stored with an import, returned by
Store.measures as (date, source, measure, value), replaced by a newer export of the same day."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from core.post import MEASURE_COLUMNS, Measure
from core.store import ImportBatch, ImportSummary, Store


def batch(*items: Measure) -> ImportBatch:
    return ImportBatch(
        ImportSummary("f.xlsx", "LinkedIn analytics"), [], [], {}, measures=list(items)
    )


@pytest.fixture
def store(tmp_path) -> Store:
    s = Store(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    s.create_workspace("w")
    return s


def test_measures_come_back_by_day_in_their_columns(store: Store) -> None:
    store.save_import(
        "w",
        [
            batch(
                Measure(date(2026, 3, 2), "linkedin", "new_followers", 7),
                Measure(date(2026, 3, 1), "linkedin", "new_followers", 3),
                Measure(date(2026, 3, 1), "mailchimp", "unsubscribes", 2),
            )
        ],
    )
    frame = store.measures("w")
    assert list(frame.columns) == MEASURE_COLUMNS
    assert frame.values.tolist() == [
        [date(2026, 3, 1), "linkedin", "new_followers", 3.0],
        [date(2026, 3, 1), "mailchimp", "unsubscribes", 2.0],
        [date(2026, 3, 2), "linkedin", "new_followers", 7.0],
    ]


def test_a_newer_export_replaces_the_same_day_and_keeps_the_others(store: Store) -> None:
    store.save_import("w", [batch(Measure(date(2026, 3, 1), "linkedin", "new_followers", 3))])
    store.save_import(
        "w",
        [
            batch(
                Measure(date(2026, 3, 1), "linkedin", "new_followers", 4),
                Measure(date(2026, 3, 3), "linkedin", "new_followers", 1),
            )
        ],
    )
    frame = store.measures("w")
    assert frame["value"].tolist() == [4.0, 1.0]
    store.delete_workspace("w")
    store.create_workspace("w")
    assert store.measures("w").empty


def test_a_measure_must_be_one_the_app_knows() -> None:
    with pytest.raises(ValueError):
        Measure(date(2026, 3, 1), "linkedin", "vibes", 1)


def test_the_later_engagement_measures_round_trip_and_survive_a_file_without_them(
    store: Store,
) -> None:
    from datetime import UTC, datetime

    from core.post import Post
    from core.store import post_row

    when = datetime(2026, 3, 1, tzinfo=UTC)
    first = Post("mailchimp:1", "mailchimp", "post", when, "Spring news",
                 engagement={"opens": 120, "unsubscribes": 2, "clicks": 9})  # fmt: skip
    again = Post("mailchimp:1", "mailchimp", "post", when, "Spring news")
    for post in (first, again):
        summary = ImportSummary("c.csv", "Mailchimp")
        store.save_import("w", [ImportBatch(summary, [post_row(post)], [], {})])
    row = store.posts("w").iloc[0]
    assert (row["opens"], row["unsubscribes"], row["clicks"]) == (120, 2, 9)
    assert pd.isna(row["views"])  # missing is not zero
