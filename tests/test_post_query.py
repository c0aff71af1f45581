"""core.post_query: the Posts page's filters, order and paging, worked out by the database."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pandas as pd
import pytest
import sqlalchemy as sa

from core import post_query
from core.classify import learning
from core.post import COLUMNS, Post
from core.post_query import NEWEST, PostFilter
from core.store import ImportBatch, ImportSummary, Store, lowered, post_row

# Each test here runs on SQLite and on PostgreSQL (tests/conftest.py: backend).
pytestmark = pytest.mark.usefixtures("backend")

WS = "Test workspace"


def post(n: int, text: str = "", source: str = "x", day: int | None = None, hour: int = 12):
    return Post(
        id=f"{source}:{n}",
        source=source,
        kind="post",
        published_at=datetime(2024, 1, day or n, hour, tzinfo=UTC),
        text=text or f"post number {n}",
        engagement={"likes": n},
    )


def verdict(post_id: str, label: str, confidence: float, version: str = "m1") -> dict:
    p_ask = confidence if label == "ask" else 1 - confidence
    return {"post_id": post_id, "label": label, "p_ask": p_ask, "confidence": confidence,
            "reasons": json.dumps(["a reason"]), "model_version": version}  # fmt: skip


def seed(store: Store, items: list[tuple[Post, dict | None]]) -> str:
    name = store.create_workspace(WS)
    batch = ImportBatch(
        ImportSummary("seed", "test"),
        [post_row(p) for p, _ in items],
        [v for _, v in items if v is not None],
        {},
    )
    store.save_import(name, [batch])
    return name


@pytest.fixture
def six(store: Store) -> str:
    """Six X posts on Jan 1-6 and two feed posts on Jan 7-8, with verdicts of known confidence;
    post 8 has none (no words to judge)."""
    return seed(
        store,
        [
            (post(1, "Buy our course"), verdict("x:1", "ask", 0.95)),
            (post(2, "A tip on testing"), verdict("x:2", "give", 0.60)),
            (post(3, "Sale: 50% off_today at shop/sale"), verdict("x:3", "ask", 0.65)),
            (post(4, "Thanks Dana"), verdict("x:4", "give", 0.90)),
            (post(5, "WEBINAR next week"), verdict("x:5", "ask", 0.80)),
            (post(6, "Notes from a talk"), verdict("x:6", "give", 0.60)),
            (post(7, "Our new feed post", source="feed"), verdict("feed:7", "give", 0.99)),
            (post(8, " ", source="feed"), None),
        ],
    )


def ids(store: Store, f: PostFilter | None = None, **kw) -> list[str]:
    return list(post_query.page(store, WS, f or PostFilter(), **kw).rows["id"])


def test_a_page_has_the_columns_of_every_post_and_the_same_values(store: Store, six) -> None:
    page = post_query.page(store, WS, PostFilter(order=NEWEST))
    assert list(page.rows.columns) == COLUMNS
    assert page.matching == 8 and page.pinned == 0
    whole = store.posts(WS).set_index("id").loc[page.rows["id"]].reset_index()
    pd.testing.assert_frame_equal(page.rows, whole, check_dtype=False)
    assert page.rows["published_at"].dt.tz is not None
    assert page.rows.at[0, "reasons"] == []  # the post without a verdict
    assert page.rows["likes"].dtype == "Int64"


def test_least_sure_first_then_newest_and_a_persons_labels_last(store: Store, six) -> None:
    store.set_labels(WS, {"x:2": "ask"})
    # 0.60 twice: the newer first; post 8 has no verdict: after every verdict; x:2 is labelled.
    assert ids(store) == ["x:6", "x:3", "x:5", "x:4", "x:1", "feed:7", "feed:8", "x:2"]


@pytest.mark.parametrize("size", [1, 2, 3, 5])
def test_pages_walk_the_whole_order_whatever_their_size(store: Store, six, size: int) -> None:
    store.set_labels(WS, {"x:2": "ask", "x:4": "give"})
    whole = ["x:6", "x:3", "x:5", "x:1", "feed:7", "feed:8", "x:2", "x:4"]
    assert ids(store) == whole
    paged = [i for start in range(0, 10, size) for i in ids(store, offset=start, limit=size)]
    assert paged == whole
    for start in range(10):  # a page can start anywhere: inside a part, at its end, past all
        assert ids(store, offset=start, limit=size) == whole[start : start + size]


def test_newest_first(store: Store, six) -> None:
    assert ids(store, PostFilter(order=NEWEST)) == [
        "feed:8", "feed:7", "x:6", "x:5", "x:4", "x:3", "x:2", "x:1",
    ]  # fmt: skip


def test_posts_at_the_same_second_keep_one_order_across_pages(store: Store) -> None:
    seed(store, [(post(n, day=1), verdict(f"x:{n}", "give", 0.8)) for n in range(1, 8)])
    pages = [ids(store, offset=o, limit=3) for o in (0, 3, 6)]
    assert [len(p) for p in pages] == [3, 3, 1]
    assert sorted(i for p in pages for i in p) == sorted(f"x:{n}" for n in range(1, 8))


def test_each_filter(store: Store, six) -> None:
    by = NEWEST

    def only(**kw) -> set[str]:
        page = post_query.page(store, WS, PostFilter(order=by, **kw))
        assert page.matching == len(page.rows)
        return set(page.rows["id"])

    assert only(sources=("feed",)) == {"feed:7", "feed:8"}
    assert only(sources=("feed", "x")) == only()
    assert only(labels=("ask",)) == {"x:1", "x:3", "x:5"}
    assert only(labels=("give", "ask")) == only() - {"feed:8"}  # no label, no verdict
    assert only(review_only=True) == {"x:2", "x:3", "x:6"}
    assert only(first_day=date(2024, 1, 3), last_day=date(2024, 1, 5)) == {"x:3", "x:4", "x:5"}
    assert only(first_day=date(2024, 1, 7)) == {"feed:7", "feed:8"}
    assert only(last_day=date(2024, 1, 1)) == {"x:1"}  # the last day is inclusive
    assert only(text="webinar") == {"x:5"}  # whatever the case
    assert only(text="thanks DANA") == {"x:4"}
    assert only(sources=("x",), labels=("give",), review_only=True) == {"x:2", "x:6"}


def test_search_takes_percent_and_underscore_literally(store: Store, six) -> None:
    assert set(ids(store, PostFilter(text="50%"))) == {"x:3"}
    assert set(ids(store, PostFilter(text="off_today"))) == {"x:3"}
    assert ids(store, PostFilter(text="%")) == ["x:3"]
    assert ids(store, PostFilter(text="_")) == ["x:3"]
    assert ids(store, PostFilter(text="Buy_our")) == []  # _ is not "any character"
    assert ids(store, PostFilter(text="SHOP/SALE")) == ["x:3"]  # nor is the escape character
    assert ids(store, PostFilter(text="\\")) == []
    assert ids(store, PostFilter(text="'; DROP TABLE posts; --")) == []
    assert len(store.posts(WS)) == 8


def test_search_ignores_the_case_of_every_letter(store: Store, backend: str) -> None:
    seed(store, [(post(1, "Un café à Zürich"), verdict("x:1", "give", 0.9)),
                 (post(2, "CAFÉ CRÈME"), verdict("x:2", "give", 0.9))])  # fmt: skip
    with store.engine.connect() as conn:
        folds = conn.execute(sa.select(lowered("É"))).scalar_one() == "é"
    # PostgreSQL folds by the database's locale: a team server made with a UTF-8 locale does;
    # the throwaway cluster of the tests (initdb --no-locale) folds ASCII only. SQLite always.
    assert backend == "postgresql" or folds
    found = set(ids(store, PostFilter(text="café")))
    assert found == ({"x:1", "x:2"} if folds else {"x:1"})
    assert ids(store, PostFilter(text="ZÜRICH")) == ["x:1"]  # Z is ASCII, ü written small
    assert ids(store, PostFilter(text="é_")) == []  # still literal


def test_a_persons_label_wins_over_the_models(store: Store, six) -> None:
    store.set_labels(WS, {"x:1": "give", "x:2": "ask", "feed:8": "ask"})
    asks = post_query.page(store, WS, PostFilter(labels=("ask",)))
    assert set(asks.rows["id"]) == {"x:2", "x:3", "x:5", "feed:8"}
    assert asks.rows.set_index("id").at["x:2", "label_by"] == "human"
    assert asks.rows.set_index("id").at["x:3", "label_by"] == "model"
    # A person's label takes a post out of "needs review", whatever the model's confidence.
    assert set(ids(store, PostFilter(review_only=True))) == {"x:3", "x:6"}


def test_pages_cover_every_post_once_and_past_the_end_is_empty(store: Store, six) -> None:
    whole = ids(store)
    assert (
        ids(store, offset=0, limit=3)
        + ids(store, offset=3, limit=3)
        + ids(store, offset=6, limit=3)
        == whole
    )
    assert ids(store, offset=6, limit=3) == whole[6:]
    assert ids(store, offset=8, limit=3) == []
    assert ids(store, offset=80, limit=3) == []
    page = post_query.page(store, WS, PostFilter(), offset=80, limit=3)
    assert page.matching == 8 and list(page.rows.columns) == COLUMNS
    assert page.pages(3) == 3 and page.pages(8) == 1 and page.pages(100) == 1
    assert ids(store, offset=-5, limit=2) == whole[:2]  # bad input never crashes


def test_pinned_posts_come_first_on_every_page_when_they_match(store: Store, six) -> None:
    whole = ids(store)
    pinned = ["x:1", "x:4"]  # shown in the filter's order: x:4 is less sure
    page = post_query.page(store, WS, PostFilter(), limit=3, pinned=[*pinned, "gone:1"])
    rest = [i for i in whole if i not in pinned]
    assert list(page.rows["id"]) == ["x:4", "x:1", *rest[:3]]
    assert (page.pinned, page.matching, page.pages(3)) == (2, 8, 2)
    second = post_query.page(store, WS, PostFilter(), offset=3, limit=3, pinned=pinned)
    assert list(second.rows["id"])[:2] == ["x:4", "x:1"]
    assert list(second.rows["id"])[2:] == rest[3:6]
    # A pinned post the filters leave out is not shown.
    feed = post_query.page(store, WS, PostFilter(sources=("feed",)), pinned=pinned)
    assert feed.pinned == 0 and set(feed.rows["id"]) == {"feed:7", "feed:8"}


def test_an_empty_workspace(store: Store) -> None:
    seed(store, [])
    page = post_query.page(store, WS, PostFilter())
    assert page.rows.empty and page.matching == 0 and list(page.rows.columns) == COLUMNS
    seen = post_query.overview(store, WS)
    assert (seen.posts, seen.sources, seen.first_day, seen.last_day) == (0, (), None, None)
    assert seen.labelled_by == {} and seen.model_versions == ()


def test_the_overview(store: Store, six) -> None:
    store.save_verdicts(WS, [verdict("x:1", "ask", 0.95, version="m0")])
    store.set_labels(WS, {"x:1": "give", "x:2": "ask"}, by="Ana")
    store.set_labels(WS, {"x:3": "ask"}, by="Bo")
    seen = post_query.overview(store, WS)
    assert seen.posts == 8
    assert seen.sources == ("feed", "x")
    assert (seen.first_day, seen.last_day) == (date(2024, 1, 1), date(2024, 1, 8))
    assert seen.labelled_by == {"Ana": 2, "Bo": 1} and seen.labelled == 3
    assert seen.model_versions == ("m0", "m1")


def test_outdated_and_agreement_are_counted_by_the_database(store: Store, six) -> None:
    frame = store.posts(WS)
    current = learning.model_for(store, WS).version
    assert learning.outdated(store, WS) == learning.outdated(store, WS, frame) == 7
    store.save_verdicts(WS, [verdict(p, "give", 0.8, version=current) for p in ("x:1", "x:2")])
    assert learning.outdated(store, WS) == 5
    assert post_query.outdated(store, WS, "m1") == 2
    store.set_labels(WS, {"x:1": "give", "x:3": "give", "feed:8": "ask"})
    assert learning.agreement(store, WS) == learning.Agreement(agreed=1, labelled=2)


def test_labelled_posts_are_read_alone(store: Store, six) -> None:
    assert post_query.labelled_posts(store, WS).empty
    store.set_labels(WS, {"x:5": "give", "x:2": "ask"})
    mine = post_query.labelled_posts(store, WS)
    assert list(mine["id"]) == ["x:2", "x:5"]
    assert list(mine["human_label"]) == ["ask", "give"]
    assert list(mine["text"]) == ["A tip on testing", "WEBINAR next week"]
