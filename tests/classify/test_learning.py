"""core.classify.learning: a workspace's corrections refit the model, relabel it, travel as CSV."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from core import ingest
from core.classify import learning
from core.classify.model import base_model
from core.errors import UserError
from core.post import Post
from core.store import ImportBatch, ImportSummary, Store, post_row

# Each test here runs on SQLite and on PostgreSQL (tests/conftest.py: backend).
pytestmark = pytest.mark.usefixtures("backend")

# A house rule the corpus does not know: this team counts its "office hours" posts (an open
# video call the team runs) as asks. The base model reads them as community invitations.
OFFICE_HOURS = [
    f"Office hours this {day}: bring your {topic} questions, the team is on video from 4pm."
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
    for topic in ("billing", "export", "dashboard")
]


def workspace_with(store: Store, texts: list[str]) -> str:
    name = store.create_workspace("team")
    rows = [post_row(p) for p in _posts(texts)]
    store.save_import(name, [ImportBatch(ImportSummary("seed", "test"), rows, [], {})])
    ingest.reclassify(store, name)
    return name


def test_corrections_move_the_posts_the_person_did_not_correct(store: Store) -> None:
    name = workspace_with(store, OFFICE_HOURS)
    before = store.posts(name).set_index("id")["p_ask"]
    taught, held_out = list(before.index[:9]), list(before.index[9:])
    store.set_labels(name, {pid: "ask" for pid in taught})
    ingest.reclassify(store, name)
    after = store.posts(name).set_index("id")
    assert (after.loc[held_out, "p_ask"] > before.loc[held_out]).all()
    assert after.loc[held_out, "p_ask"].mean() > before.loc[held_out].mean() + 0.2
    assert learning.agreement(store, name).agreed == 9
    assert after.loc[held_out, "model_version"].str.contains(r"\+9L\.").all()
    assert (after.loc[taught, "label_by"] == "human").all()


def test_the_base_model_is_used_without_corrections(store: Store) -> None:
    name = workspace_with(store, OFFICE_HOURS[:3])
    assert learning.model_for(store, name) is base_model()
    assert learning.agreement(store, name).labelled == 0
    assert "No corrections yet" in learning.agreement(store, name).text()


def test_corrections_round_trip_between_workspaces_without_overwriting(store: Store) -> None:
    name = workspace_with(store, OFFICE_HOURS[:4])
    store.set_labels(name, {"x:0": "ask", "x:1": "give"})
    exported = learning.corrections_csv(store, name)
    assert exported.decode().splitlines() == ["id,label", "x:0,ask", "x:1,give"]

    other = store.create_workspace("colleague")
    rows = [post_row(p) for p in _posts(OFFICE_HOURS[:4])]
    store.save_import(other, [ImportBatch(ImportSummary("seed", "test"), rows, [], {})])
    store.set_label(other, "x:1", "ask")  # the colleague's own label stays
    result = learning.import_corrections(store, other, "shared.csv", exported + b"x:404,ask\n")
    assert (result.taken, result.kept, result.unknown) == (1, 1, 1)
    assert store.human_labels(other) == {"x:0": "ask", "x:1": "ask"}


def _posts(texts: list[str]) -> list[Post]:
    start = datetime(2026, 1, 5, tzinfo=UTC)
    return [Post(f"x:{i}", "x", "post", start + timedelta(hours=i), t) for i, t in enumerate(texts)]


def test_a_corrections_file_without_the_columns_is_refused(store: Store) -> None:
    name = workspace_with(store, OFFICE_HOURS[:2])
    with pytest.raises(UserError, match="'id' and a 'label'"):
        learning.import_corrections(store, name, "x.csv", b"post,verdict\nx:0,ask\n")
    assert store.human_labels(name) == {}


def test_two_people_relearning_at_once_take_turns(
    store: Store, temp_database: str, monkeypatch
) -> None:
    """Ana relearns; while her model is being fitted, Bo (another app) corrects a post and
    relearns too. Bo's correction waits for Ana's verdicts to land, so what is left is his
    model's verdicts on every post, none of Ana's older ones: without the lock Ana's relearn
    would finish last and leave verdicts from a model that lacks Bo's correction."""
    name = workspace_with(store, OFFICE_HOURS)
    ids = list(store.posts(name)["id"])
    store.set_labels(name, {ids[0]: "ask"}, by="Ana")
    bo = Store(temp_database)
    ana_fitting, bo_done = threading.Event(), threading.Event()
    real_model_for = learning.model_for

    def model_for(s: Store, workspace: str):
        model = real_model_for(s, workspace)
        if threading.current_thread().name == "ana":
            ana_fitting.set()
            bo_done.wait(timeout=3)  # with the lock, Bo cannot be done before Ana: it times out
        return model

    monkeypatch.setattr(learning, "model_for", model_for)

    def bo_corrects() -> None:
        ana_fitting.wait(timeout=30)
        bo.set_labels(name, {ids[1]: "ask"}, by="Bo")
        ingest.reclassify(bo, name)
        bo_done.set()

    threads = [
        threading.Thread(target=ingest.reclassify, args=(store, name), name="ana"),
        threading.Thread(target=bo_corrects, name="bo"),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    current = real_model_for(store, name).version
    assert "+2L." in current  # both corrections learned
    assert set(store.posts(name)["model_version"]) == {current}
