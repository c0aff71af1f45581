"""Engagement-only files (X analytics) merge onto stored posts: counts in, text kept, both ways."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime

import pytest

from core import ingest
from core.post import Post
from core.store import ImportBatch, ImportSummary, Store, post_row

# Each test here runs on SQLite and on PostgreSQL (tests/conftest.py: backend).
pytestmark = pytest.mark.usefixtures("backend")

WHEN = datetime(2026, 7, 14, 9, 30, tzinfo=UTC)


@pytest.fixture
def store(temp_database: str) -> Store:
    store = Store(temp_database)
    store.create_workspace("w")
    return store


def post(pid: str, text: str, kind: str = "post", **engagement: int | None) -> Post:
    return Post(
        id=pid,
        source="x",
        kind=kind,
        published_at=WHEN,
        text=text,
        text_raw=text,
        url=f"https://x.com/i/web/status/{pid[2:]}",
        links=("https://example.org/guide",) if "guide" in text else (),
        engagement=dict(engagement),
    )


def batch(posts: list[Post], *, merge: bool = False, label: str = "give") -> ImportBatch:
    verdicts = [
        {
            "post_id": p.id,
            "label": label,
            "p_ask": 0.9 if label == "ask" else 0.1,
            "confidence": 0.8,
            "reasons": "[]",
            "model_version": "test",
        }
        for p in posts
    ]
    rows = [post_row(p) for p in posts]
    return ImportBatch(ImportSummary("file", "fmt"), rows, verdicts, {}, merge=merge)


def row(store: Store, pid: str) -> dict[str, object]:
    frame = store.posts("w").set_index("id")
    return frame.loc[pid].to_dict()


ARCHIVE = [post("x:1", "Our full guide to compost, with every step", likes=3, reposts=0)]
ANALYTICS = [
    post("x:1", "Our full guide to compost, with eve…", impressions=1234, likes=5, clicks=40),
    post("x:2", "A post only the analytics file knows", impressions=10, likes=1),
]


def test_analytics_after_archive_fills_counts_and_keeps_text_and_verdict(store: Store) -> None:
    store.save_import("w", [batch(ARCHIVE, label="give")])
    [summary] = store.save_import("w", [batch(ANALYTICS, merge=True, label="ask")])
    merged = row(store, "x:1")
    assert merged["text"] == "Our full guide to compost, with every step"
    assert merged["links"] == ["https://example.org/guide"]
    assert (merged["impressions"], merged["likes"], merged["clicks"]) == (1234, 5, 40)
    assert merged["reposts"] == 0  # the archive's count, which analytics did not give
    assert merged["model_label"] == "give"  # the verdict on the archive's text stays
    assert row(store, "x:2")["text"] == "A post only the analytics file knows"
    assert row(store, "x:2")["model_label"] == "ask"
    assert (summary.imported, summary.updated) == (1, 1)


def test_archive_after_analytics_takes_text_and_keeps_counts(store: Store) -> None:
    store.save_import("w", [batch(ANALYTICS, merge=True)])
    store.save_import("w", [batch([post("x:1", "Full text", kind="reply", likes=3)])])
    merged = row(store, "x:1")
    assert (merged["text"], merged["kind"]) == ("Full text", "reply")
    assert merged["impressions"] == 1234 and merged["clicks"] == 40  # not erased by None
    assert merged["likes"] == 3  # a count the newer file gives is taken


def test_reimporting_either_file_after_the_merge_changes_nothing(store: Store) -> None:
    store.save_import("w", [batch(ARCHIVE)])
    store.save_import("w", [batch(ANALYTICS, merge=True)])
    [again] = store.save_import("w", [batch(ANALYTICS, merge=True)])
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 2)
    # The archive gives its own likes snapshot: the last file to give a count wins; what it
    # does not give (impressions, clicks) stays. Then it too is idempotent.
    store.save_import("w", [batch(ARCHIVE)])
    assert (row(store, "x:1")["likes"], row(store, "x:1")["impressions"]) == (3, 1234)
    [archive_again] = store.save_import("w", [batch(ARCHIVE)])
    assert (archive_again.updated, archive_again.unchanged) == (0, 1)


def test_merge_fills_text_only_where_the_stored_post_has_none(store: Store) -> None:
    store.save_import("w", [batch([post("x:1", "", kind="repost")], label="give")])
    store.save_import("w", [batch(ANALYTICS[:1], merge=True, label="ask")])
    merged = row(store, "x:1")
    assert merged["text"] == "Our full guide to compost, with eve…"
    assert merged["kind"] == "repost"  # only text and counts come from the merge
    assert merged["model_label"] == "ask"  # new text, so its verdict


def test_a_changed_count_in_a_plain_reimport_is_still_taken(store: Store) -> None:
    store.save_import("w", [batch([post("x:1", "Hello", likes=3)])])
    [summary] = store.save_import("w", [batch([post("x:1", "Hello", likes=9)])])
    assert summary.updated == 1 and row(store, "x:1")["likes"] == 9


def test_analytics_csv_through_ingest_keeps_the_archive_text(store: Store) -> None:
    tweets = [
        {
            "tweet": {
                "id_str": "1993648780332404906",
                "id": "1993648780332404906",
                "created_at": "Tue Jul 14 09:30:00 +0000 2026",
                "full_text": "Our full guide to compost, with every step",
                "favorite_count": "3",
                "retweet_count": "0",
                "entities": {"urls": []},
                "lang": "en",
            }
        }
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("data/manifest.js", "window.__THAR_CONFIG = {}")
        zf.writestr("data/tweets.js", "window.YTD.tweets.part0 = " + json.dumps(tweets))
    analytics = (
        "Post id,Date,Post text,Post Link,Impressions,Likes,Engagements,Replies,Reposts,"
        'URL Clicks\n1993648780332404906,"Tue, Jul 14, 2026",Our full guide…,'
        'https://x.com/a/status/1993648780332404906,"2,500",7,9,1,2,3\n'
    )
    assert ingest.import_bytes(store, "w", "x.zip", buffer.getvalue()).ok
    report = ingest.import_bytes(store, "w", "account_analytics_content.csv", analytics.encode())
    assert report.ok, report.error
    merged = row(store, "x:1993648780332404906")
    assert merged["text"] == "Our full guide to compost, with every step"
    assert merged["published_at"].hour == 9  # the archive's time, not the file's midnight
    assert (merged["impressions"], merged["likes"], merged["replies"]) == (2500, 7, 1)
