"""core.store's reads for the Balance figures: the posts without their text, and the tallies the
database counts, give the same figures as every post loaded whole."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pandas as pd
import pytest

from core.balance import consistency, metrics
from core.post import FIGURE_COLUMNS, LINKING_COLUMNS, TALLY_COLUMNS, Post
from core.settings import Settings
from core.store import ImportBatch, ImportSummary, Store, post_row

# Each test here runs on SQLite and on PostgreSQL (tests/conftest.py: backend).
pytestmark = pytest.mark.usefixtures("backend")

START = datetime(2024, 3, 1, 23, 30, tzinfo=UTC)  # half an hour before midnight: days split


def a_post(i: int, **kw) -> Post:
    return Post(
        id=kw.pop("id", f"{kw.get('source', 'x')}:{i}"),
        source=kw.pop("source", "x"),
        kind=kw.pop("kind", "reply" if i % 5 == 0 else "post"),
        published_at=kw.pop("published_at", START + timedelta(hours=7 * i)),
        text=kw.pop("text", f"post number {i}"),
        engagement={"likes": i if i % 3 else None},
        channel=kw.pop("channel", "r/python" if i % 4 == 0 else None),
        **kw,
    )


def stored(store: Store, items: list[Post], asks: set[str], people: dict[str, str]) -> None:
    store.create_workspace("w")
    verdicts = [
        {"post_id": p.id, "label": "ask" if p.id in asks else "give", "p_ask": 0.5,
         "confidence": 0.6, "reasons": json.dumps([]), "model_version": "t"}
        for p in items if not p.id.endswith(":unlabelled")
    ]  # fmt: skip
    store.save_import(
        "w",
        [ImportBatch(ImportSummary(name="f", format="CSV"), [post_row(p) for p in items],
                     verdicts, {})],
    )  # fmt: skip
    for post_id, label in people.items():
        store.set_label("w", post_id, label)


def plain(frame: pd.DataFrame) -> pd.DataFrame:
    """Values as Python objects, missing as None: string and number dtypes aside."""
    return frame.astype(object).where(frame.notna(), None)


@pytest.fixture
def workspace(store: Store) -> Store:
    items = [a_post(i) for i in range(60)]
    items += [a_post(i, source="linkedin") for i in range(0, 60, 7)]
    items.append(a_post(99, id="x:unlabelled"))
    asks = {p.id for i, p in enumerate(items) if i % 3 == 0}
    stored(store, items, asks, {"x:3": "give", "x:4": "ask"})
    return store


def test_figure_posts_are_the_posts_without_their_text(workspace: Store) -> None:
    lean = workspace.figure_posts("w")
    whole = workspace.posts("w")
    assert list(lean.columns) == FIGURE_COLUMNS
    pd.testing.assert_frame_equal(plain(lean), plain(whole[FIGURE_COLUMNS]))
    # the label in force is worked out by the database: a person's wins over the model's
    by_id = lean.set_index("id")
    assert by_id.at["x:3", "label"] == "give" and by_id.at["x:3", "label_by"] == "human"
    assert by_id.at["x:4", "label"] == "ask" and by_id.at["x:4", "label_by"] == "human"
    assert by_id.at["x:6", "label_by"] == "model"
    assert by_id.loc["x:unlabelled", ["label", "label_by"]].isna().all()


def test_tallies_count_what_the_posts_hold(workspace: Store) -> None:
    found = workspace.tallies("w")
    whole = workspace.posts("w")
    assert list(found.columns) == TALLY_COLUMNS
    assert found["count"].sum() == len(whole)
    assert len(found) < len(whole)  # several posts a day, counted as one row
    mine = metrics.tally(whole)
    key = TALLY_COLUMNS[:-1]
    pd.testing.assert_frame_equal(
        found.sort_values(key).reset_index(drop=True),
        mine.sort_values(key).reset_index(drop=True),
        check_dtype=False,
    )


def test_figures_from_tallies_equal_figures_from_every_post(workspace: Store) -> None:
    cfg = Settings(count_replies=False)  # replies left out: counted works on a tally too
    whole = metrics.counted(workspace.posts("w"), cfg)
    counted = metrics.counted(workspace.tallies("w"), cfg)
    assert metrics.balance(counted) == metrics.balance(whole)
    for period in ("week", "month"):
        pd.testing.assert_frame_equal(
            metrics.by_period(counted, period, 2.0), metrics.by_period(whole, period, 2.0)
        )
    pd.testing.assert_frame_equal(
        metrics.by_group(counted, "source"), metrics.by_group(whole, "source")
    )
    pd.testing.assert_frame_equal(consistency.calendar(counted), consistency.calendar(whole))


def test_days_before_1970_are_counted_on_their_own_day(store: Store) -> None:
    old = datetime(1969, 12, 31, 18, 0, tzinfo=UTC)
    stored(store, [a_post(1, published_at=old), a_post(2, published_at=old + timedelta(hours=7))],
           set(), {})  # fmt: skip
    days = store.tallies("w")["published_at"].tolist()
    assert days == [pd.Timestamp("1969-12-31", tz="UTC"), pd.Timestamp("1970-01-01", tz="UTC")]


def test_posts_of_some_sources_or_with_handles_and_links_only(store: Store) -> None:
    items = [
        a_post(1, text="thanks @dana for this"),
        a_post(2, text="no one named here"),
        a_post(3, text="read this", links=("https://example.com/a",)),
        a_post(4, source="linkedin", text="hello @eli"),
        a_post(5, text="50% off_today: no handle, no link"),
    ]
    stored(store, items, {"x:3"}, {"x:1": "ask"})
    linking = pd.concat(list(store.linking_posts("w", size=2)), ignore_index=True)
    assert list(linking.columns) == LINKING_COLUMNS
    assert linking["id"].tolist() == ["x:1", "x:3", "linkedin:4"]
    assert linking["label"].tolist() == ["ask", "ask", "give"]  # a person's label wins
    assert linking["links"].tolist() == [[], ["https://example.com/a"], []]
    whole = store.posts("w").set_index("id")
    assert linking["published_at"].tolist() == whole.loc[linking["id"], "published_at"].tolist()
    assert [len(b) for b in store.linking_posts("w", size=2)] == [2, 1]
    [theirs] = store.linking_posts("w", sources=["linkedin"])
    assert theirs["id"].tolist() == ["linkedin:4"]
    assert store.posts("w", sources=["linkedin"])["id"].tolist() == ["linkedin:4"]
    assert store.posts("w", sources=[])["id"].tolist() == []
    assert len(store.posts("w")) == 5
