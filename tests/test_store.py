"""core.store: workspaces, posts, verdicts and human labels in one SQLite file, written whole."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime

import pandas as pd
import pytest
import sqlalchemy as sa

from core.errors import UserError
from core.post import COLUMNS, Post
from core.settings import Brand, Settings
from core.store import (
    _LOCK_WORKSPACE,
    DEFAULT_PATH,
    SCHEMA_VERSION,
    ImportBatch,
    ImportSummary,
    Store,
    lock_key,
    post_row,
)

# Each test here runs on SQLite and on PostgreSQL (tests/conftest.py: backend).
pytestmark = pytest.mark.usefixtures("backend")


def post(n: int, text: str = "", likes: int | None = None, **kw) -> Post:
    return Post(
        id=f"x:{n}",
        source="x",
        kind=kw.pop("kind", "post"),
        published_at=datetime(2024, 1, n, 12, tzinfo=UTC),
        text=text or f"post number {n}",
        engagement={"likes": likes},
        **kw,
    )


def verdict(post_id: str, label: str = "give", p: float = 0.2) -> dict:
    return {
        "post_id": post_id,
        "label": label,
        "p_ask": p,
        "confidence": max(p, 1 - p),
        "reasons": json.dumps(["a reason"]),
        "model_version": "test",
    }


def batch(posts: list[Post], labels: dict[str, str] | None = None, name: str = "f.csv"):
    return ImportBatch(
        ImportSummary(name=name, format="CSV"),
        [post_row(p) for p in posts],
        [verdict(p.id) for p in posts],
        labels or {},
    )


# --- the database itself ---------------------------------------------------------------------
def test_a_new_database_is_created_at_the_current_schema(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'sub' / 'dir' / 'ledger.sqlite3'}"
    assert Store(url).schema_version == SCHEMA_VERSION
    assert (tmp_path / "sub" / "dir" / "ledger.sqlite3").exists()


def test_reopening_keeps_the_data(store: Store, workspace: str) -> None:
    store.save_import(workspace, [batch([post(1)])])
    again = Store(store.url)
    assert list(again.posts(workspace)["id"]) == ["x:1"]


def test_a_database_from_a_newer_version_is_refused(store: Store) -> None:
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE meta SET value = '99' WHERE key = 'schema'"))
    with pytest.raises(UserError, match="newer Goodwill Ledger"):
        Store(store.url)


def test_the_default_database_is_not_touched_by_tests(store: Store, temp_database) -> None:
    assert store.url == temp_database
    assert str(DEFAULT_PATH) not in store.url


# --- workspaces ------------------------------------------------------------------------------
def test_workspaces_are_created_listed_renamed_and_deleted(store: Store) -> None:
    assert store.create_workspace("  My   blog ") == "My blog"
    store.create_workspace("Client")
    assert store.workspaces() == ["My blog", "Client"]
    store.save_import("Client", [batch([post(1)])])
    assert store.rename_workspace("Client", "Client A") == "Client A"
    assert list(store.posts("Client A")["id"]) == ["x:1"]
    store.delete_workspace("Client A")
    assert store.workspaces() == ["My blog"]
    store.create_workspace("Client A")
    assert store.posts("Client A").empty  # a new workspace of the same name starts empty


@pytest.mark.parametrize(
    ("name", "words"), [("", "needs a name"), ("   ", "needs a name"), ("x" * 81, "under 80")]
)
def test_bad_workspace_names_are_refused(store: Store, name: str, words: str) -> None:
    with pytest.raises(UserError, match=words):
        store.create_workspace(name)


def test_duplicate_workspace_names_are_refused(store: Store, workspace: str) -> None:
    with pytest.raises(UserError, match="already exists"):
        store.create_workspace(workspace)
    store.create_workspace("Other")
    with pytest.raises(UserError, match="already exists"):
        store.rename_workspace("Other", workspace)
    assert store.ensure_workspace(workspace) == workspace
    assert store.workspaces().count(workspace) == 1


def test_an_unknown_workspace_is_a_user_error(store: Store) -> None:
    for call in (store.posts, store.settings, store.data_version, store.human_labels):
        with pytest.raises(UserError, match="no workspace named 'Nope'"):
            call("Nope")


def test_workspaces_are_separate(store: Store, workspace: str) -> None:
    store.create_workspace("Other")
    store.save_import(workspace, [batch([post(1), post(2)])])
    store.save_import("Other", [batch([post(1)])])
    store.set_label("Other", "x:1", "ask")
    assert len(store.posts(workspace)) == 2
    assert store.human_labels(workspace) == {}
    assert store.human_labels("Other") == {"x:1": "ask"}


def test_every_write_bumps_the_data_version(store: Store, workspace: str) -> None:
    versions = [store.data_version(workspace)]
    store.save_import(workspace, [batch([post(1)])])
    versions.append(store.data_version(workspace))
    store.set_label(workspace, "x:1", "ask")
    versions.append(store.data_version(workspace))
    store.save_settings(workspace, Settings(target="4-1-1"))
    versions.append(store.data_version(workspace))
    assert versions == sorted(set(versions))  # strictly increasing


# --- settings --------------------------------------------------------------------------------
def test_settings_round_trip(store: Store) -> None:
    settings = Settings(
        brand=Brand(name="Acme", domains=("acme.io",), handles=("@acme",), products=("Rocket",)),
        target="custom",
        custom_ratio=6.0,
        count_reposts=True,
    )
    store.create_workspace("Acme", settings)
    assert store.settings("Acme") == settings
    store.save_settings("Acme", Settings())
    assert store.settings("Acme") == Settings()


def test_broken_stored_settings_fall_back_to_defaults(store: Store, workspace: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE workspaces SET settings = '{not json'"))
    assert store.settings(workspace) == Settings()


# --- posts -----------------------------------------------------------------------------------
def test_an_empty_workspace_has_the_posts_columns(store: Store, workspace: str) -> None:
    frame = store.posts(workspace)
    assert frame.empty
    assert list(frame.columns) == COLUMNS


def test_posts_come_back_typed_in_time_order(store: Store, workspace: str) -> None:
    store.save_import(
        workspace,
        [batch([post(3, likes=0), post(1, likes=5, links=("https://a.example",)), post(2)])],
    )
    frame = store.posts(workspace)
    assert list(frame.columns) == COLUMNS
    assert list(frame["id"]) == ["x:1", "x:2", "x:3"]
    assert str(frame["published_at"].dt.tz) == "UTC"
    assert frame["published_at"].iloc[0] == pd.Timestamp("2024-01-01 12:00", tz="UTC")
    assert frame["links"].iloc[0] == ["https://a.example"]
    assert frame["likes"].dtype == "Int64"
    assert frame["likes"].iloc[0] == 5
    assert pd.isna(frame["likes"].iloc[1])  # missing is missing, not 0
    assert frame["likes"].iloc[2] == 0
    assert pd.isna(frame["impressions"]).all()
    assert frame["reasons"].iloc[0] == ["a reason"]
    assert set(frame["label_by"]) == {"model"}


def test_a_post_without_a_verdict_has_no_label(store: Store, workspace: str) -> None:
    store.save_import(
        workspace, [ImportBatch(ImportSummary("f", "CSV"), [post_row(post(1))], [], {})]
    )
    row = store.posts(workspace).iloc[0]
    assert pd.isna(row["label"]) and row["label_by"] is None


def test_within_one_file_the_last_copy_of_a_post_wins(store: Store, workspace: str) -> None:
    (summary,) = store.save_import(workspace, [batch([post(1, "first"), post(1, "second")])])
    assert summary.imported == 1
    assert list(store.posts(workspace)["text"]) == ["second"]


def test_fingerprints_and_links_are_stored_as_earlier_versions_stored_them() -> None:
    # Databases hold these values: a re-import compares against them, so a different
    # fingerprint for the same post would report every post as updated and relabel it.
    full = Post(
        id="x:7",
        source="x",
        kind="quote",
        published_at=datetime(2024, 3, 5, 9, 30, tzinfo=UTC),
        text="Caf\u00e9 \U0001d5ef\u201cquoted\u201d\nline two",
        text_raw="Caf\u00e9 &amp; raw",
        url="https://x.com/i/web/status/7",
        links=("https://acme.io/\u00e9", 'https://b.example/x?q=1&r="2"'),
        language="fr",
        engagement={"likes": 12, "reposts": 0, "impressions": None},
    )
    row = post_row(full)
    assert row["links"] == '["https://acme.io/\u00e9", "https://b.example/x?q=1&r=\\"2\\""]'
    assert row["fingerprint"] == "b418082caa3779e1cea95dff59c04ba4b395dd48"
    bare = post_row(
        Post(id="x:8", source="x", kind="post", published_at=full.published_at, text="only text")
    )
    assert (bare["links"], bare["text_raw"]) == ("[]", "only text")
    assert bare["fingerprint"] == "3b3b8ddd26fbe0741c196f42169c60ca0e227f10"


def test_reimport_counts_new_updated_and_unchanged(store: Store, workspace: str) -> None:
    store.save_import(workspace, [batch([post(1), post(2)])])
    (summary,) = store.save_import(workspace, [batch([post(1), post(2, likes=9), post(3)])])
    assert (summary.imported, summary.updated, summary.unchanged) == (1, 1, 1)
    assert store.posts(workspace).set_index("id").loc["x:2", "likes"] == 9
    assert "1 new, 1 updated, 1 already there" in summary.describe()


def test_a_failing_batch_stores_nothing_of_the_whole_upload(
    store: Store, workspace: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save_import(workspace, [batch([post(1)])])
    before = store.posts(workspace)
    imports_before = len(store.imports(workspace))
    calls = []
    real = Store._take_file_labels

    def fail_on_second(self, conn, wid, labels, origin):
        calls.append(origin)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real(self, conn, wid, labels, origin)

    monkeypatch.setattr(Store, "_take_file_labels", fail_on_second)
    with pytest.raises(RuntimeError):
        store.save_import(
            workspace, [batch([post(2), post(1, "changed")], name="a"), batch([post(3)], name="b")]
        )
    pd.testing.assert_frame_equal(store.posts(workspace), before)
    assert len(store.imports(workspace)) == imports_before


# --- human labels ----------------------------------------------------------------------------
def test_a_human_label_wins_and_can_be_taken_back(store: Store, workspace: str) -> None:
    store.save_import(workspace, [batch([post(1)])])
    store.set_label(workspace, "x:1", "ask")
    row = store.posts(workspace).iloc[0]
    assert (row["label"], row["label_by"], row["model_label"]) == ("ask", "human", "give")
    store.set_label(workspace, "x:1", None)
    row = store.posts(workspace).iloc[0]
    assert (row["label"], row["label_by"]) == ("give", "model")


def test_a_label_is_give_or_ask(store: Store, workspace: str) -> None:
    with pytest.raises(UserError, match="'give' or 'ask'"):
        store.set_label(workspace, "x:1", "maybe")


def test_verdicts_never_overwrite_human_labels(store: Store, workspace: str) -> None:
    store.save_import(workspace, [batch([post(1), post(2)])])
    store.set_labels(workspace, {"x:1": "ask", "x:2": "give"})
    store.save_verdicts(
        workspace, [verdict("x:1", "give", 0.1), verdict("x:2", "ask", 0.9)], replace_all=True
    )
    frame = store.posts(workspace).set_index("id")
    assert dict(frame["label"]) == {"x:1": "ask", "x:2": "give"}
    assert dict(frame["model_label"]) == {"x:1": "give", "x:2": "ask"}


def test_labels_from_a_file_are_taken_but_never_over_a_persons(
    store: Store, workspace: str
) -> None:
    store.save_import(workspace, [batch([post(1), post(2)])])
    store.set_label(workspace, "x:1", "give")
    (summary,) = store.save_import(
        workspace, [batch([post(1), post(2)], labels={"x:1": "ask", "x:2": "ask"})]
    )
    assert (summary.labels_taken, summary.labels_kept) == (1, 1)
    assert store.human_labels(workspace) == {"x:1": "give", "x:2": "ask"}


def test_the_import_log_records_each_file(store: Store, workspace: str) -> None:
    store.save_import(workspace, [batch([post(1)], name="first.csv")])
    store.save_import(workspace, [batch([post(1)], name="second.csv")])
    log = store.imports(workspace)
    assert list(log["name"]) == ["second.csv", "first.csv"]  # newest first
    assert json.loads(log["summary"].iloc[1])["imported"] == 1
    assert json.loads(log["summary"].iloc[0])["unchanged"] == 1


# --- who did what ----------------------------------------------------------------------------
def test_two_apps_correcting_one_post_the_later_wins_and_the_earlier_is_kept(
    store: Store, workspace: str
) -> None:
    store.save_import(workspace, [batch([post(1), post(2)], labels={"x:2": "give"})])
    other = Store(store.url)  # a second app on the same database
    store.set_labels(workspace, {"x:1": "give"}, by="Ana")
    seen = store.data_version(workspace)
    other.set_labels(workspace, {"x:1": "ask"}, by="Bo")
    assert store.data_version(workspace) > seen  # Ana's app reloads on its next rerun
    frame = store.posts(workspace).set_index("id")
    assert (frame.at["x:1", "label"], frame.at["x:1", "labelled_by"]) == ("ask", "Bo")
    history = store.label_history(workspace, "x:1")
    assert [(h.label, h.by) for h in history] == [("give", "Ana"), ("ask", "Bo")]
    # A label from the file, corrected by a person: the file's label is on record too.
    store.set_labels(workspace, {"x:2": "ask"}, by="Ana")
    assert [(h.label, h.origin) for h in store.label_history(workspace, "x:2")] == [
        ("give", "f.csv"),
        ("ask", "person"),
    ]


def test_a_label_taken_back_stays_in_the_history(store: Store, workspace: str) -> None:
    store.save_import(workspace, [batch([post(1)])])
    store.set_labels(workspace, {"x:1": "ask"}, by="Ana")
    store.set_labels(workspace, {"x:1": None}, by="Bo")
    assert store.posts(workspace)["label_by"].tolist() == ["model"]
    assert [(h.label, h.by) for h in store.label_history(workspace, "x:1")] == [("ask", "Ana")]


def test_corrections_made_at_once_by_two_apps_are_all_on_record(
    store: Store, workspace: str
) -> None:
    store.save_import(workspace, [batch([post(1)])])
    apps = {"Ana": Store(store.url), "Bo": Store(store.url)}
    rounds = 15

    def correct(person: str) -> None:
        for n in range(rounds):
            apps[person].set_labels(workspace, {"x:1": "give" if n % 2 else "ask"}, by=person)

    threads = [threading.Thread(target=correct, args=(p,)) for p in apps]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    history = store.label_history(workspace, "x:1")
    assert len(history) == 2 * rounds  # every correction: one in force, the rest on record
    assert sorted(h.by for h in history) == ["Ana"] * rounds + ["Bo"] * rounds
    assert store.human_labels(workspace) == {"x:1": history[-1].label}


def test_the_name_of_whoever_is_at_the_keyboard_is_recorded(
    store: Store, workspace: str, monkeypatch
) -> None:
    monkeypatch.setenv("GOODWILL_USER", "Cleo")
    store.save_import(workspace, [batch([post(1)])])
    store.set_label(workspace, "x:1", "ask")
    assert store.posts(workspace)["labelled_by"].tolist() == ["Cleo"]
    store.save_settings(workspace, Settings(target="4-1-1"))
    store.save_settings(workspace, Settings(target="80/20"), by="Dee")
    assert [c.by for c in store.settings_changes(workspace)] == ["Dee", "Cleo"]


def test_a_large_import_refreshes_the_planner_s_statistics(store, backend, monkeypatch) -> None:
    # PostgreSQL plans the Posts page's queries from statistics a single large import leaves
    # empty (reltuples -1 until autovacuum); SQLite keeps none and needs none.
    import core.store

    monkeypatch.setattr(core.store, "ANALYZE_AFTER", 3)
    store.create_workspace("w")
    store.save_import("w", [batch([post(n) for n in range(1, 3)])])

    def tuples() -> float:
        with store.engine.connect() as conn:
            return conn.execute(
                sa.text("SELECT reltuples FROM pg_class WHERE oid = 'posts'::regclass")
            ).scalar_one()

    if backend == "postgresql":
        assert tuples() <= 0  # two posts: under the threshold, left to autovacuum
    store.save_import("w", [batch([post(n) for n in range(3, 7)], name="g.csv")])
    if backend == "postgresql":
        assert tuples() == 6
    assert len(store.posts("w")) == 6


@pytest.mark.postgresql
def test_a_write_in_one_schema_does_not_wait_for_another_schemas(
    request: pytest.FixtureRequest,
) -> None:
    """PostgreSQL's advisory locks are database-wide: keyed by workspace id alone, workspace 1 of
    two schemas on one server (a team's two apps, the tests, a benchmark) queued behind each
    other. The key carries the schema."""
    from tests.conftest import postgres_schema

    server = request.getfixturevalue("postgres_server")
    with postgres_schema(server) as first_url, postgres_schema(server) as second_url:
        first, second = Store(first_url), Store(second_url)
        first.ensure_workspace("w")
        second.ensure_workspace("w")
        wid = first._workspace_id("w")
        assert second._workspace_id("w") == wid  # the same id in each schema
        written = threading.Event()

        def write_second() -> None:
            with second._write(wid):
                written.set()

        with first._write(wid):  # holds the first schema's lock on workspace wid
            other = threading.Thread(target=write_second)
            other.start()
            did_not_wait = written.wait(timeout=10)
        other.join()
        first.engine.dispose()
        second.engine.dispose()
    assert did_not_wait
    assert lock_key(_LOCK_WORKSPACE, "a") != lock_key(_LOCK_WORKSPACE, "b")
