"""core.classify.corrections: a correction names the other labels the relearn moved, and undo
takes it back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pandas as pd
import pytest

from core import ingest
from core.classify import corrections
from core.post import Post
from core.store import ImportBatch, ImportSummary, Store, post_row

# A house rule the corpus does not know (as in test_learning): "office hours" are asks here.
OFFICE_HOURS = [
    f"Office hours this {day}: bring your {topic} questions, the team is on video from 4pm."
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
    for topic in ("billing", "export", "dashboard")
]


def workspace_with(store: Store, texts: list[str]) -> str:
    name = store.create_workspace("team")
    start = datetime(2026, 1, 5, tzinfo=UTC)
    posts = [
        Post(f"x:{i}", "x", "post", start + timedelta(hours=i), t) for i, t in enumerate(texts)
    ]
    rows = [post_row(p) for p in posts]
    store.save_import(name, [ImportBatch(ImportSummary("seed", "test"), rows, [], {})])
    ingest.reclassify(store, name)
    return name


@pytest.fixture
def store(tmp_path) -> Store:
    return Store(f"sqlite:///{tmp_path}/c.sqlite3")


def test_a_correction_names_the_labels_it_moved_and_undo_puts_them_back(store: Store) -> None:
    name = workspace_with(store, OFFICE_HOURS)
    before = store.posts(name).set_index("id")["label"]
    assert (before == "give").all()  # the base model reads them as invitations
    taught = {pid: "ask" for pid in list(before.index[:6])}

    done = corrections.correct(store, name, taught)
    after = store.posts(name).set_index("id")["label"]
    moved = set(after.index[(after != before) & ~after.index.isin(list(taught))])
    assert moved, "six office-hours asks should move some of the other twelve"
    assert set(done.moved["id"]) == moved
    assert set(done.moved["before"]) == {"give"} and set(done.moved["after"]) == {"ask"}
    assert done.previous == dict.fromkeys(taught)
    summary = done.summary()
    assert summary.startswith(f"Saved 6 labels. The relearn changed {len(moved)} other labels: “")
    assert "give → ask" in summary

    assert corrections.undo(store, name, done) == len(moved)
    assert store.human_labels(name) == {}
    assert (store.posts(name).set_index("id")["label"] == before).all()


def test_undo_restores_the_persons_earlier_label(store: Store) -> None:
    name = workspace_with(store, OFFICE_HOURS[:3])
    store.set_labels(name, {"x:0": "give"})
    done = corrections.correct(store, name, {"x:0": "ask"}, relearn=False)
    assert done.summary() == "Saved 1 label. Relearn from your corrections to relabel the rest."
    corrections.undo(store, name, done)
    assert store.human_labels(name) == {"x:0": "give"}


def test_moved_labels_leaves_out_the_corrected_posts() -> None:
    before = pd.DataFrame({"id": ["a", "b", "c"], "label": ["give", "give", "ask"]})
    after = pd.DataFrame(
        {"id": ["a", "b", "c"], "label": ["ask", "ask", "ask"], "text": ["A", "B", "C"]}
    )
    moved = corrections.moved_labels(before, after, {"a"})
    assert moved.to_dict("records") == [{"id": "b", "text": "B", "before": "give", "after": "ask"}]


def test_the_headline_counts_what_moved() -> None:
    moved = pd.DataFrame([{"id": "b", "text": "B", "before": "give", "after": "ask"}])
    fix = corrections.Correction({"a": "ask"}, {"a": None}, True, moved)
    assert fix.headline() == "Your 1 label is saved; the relearn changed 1 other label:"
    still = corrections.Correction({"a": "ask", "c": "give"}, {"a": None, "c": None}, True)
    assert still.headline() == "Your 2 labels are saved; the relearn changed no other label."
    assert still.summary() == "Saved 2 labels. The relearn changed no other label."
