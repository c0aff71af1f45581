"""core.store migrations: a database written by version 1 (no plans table, no names) opens with
the current code, keeps everything it held, and gains the plans table (2) and who did what (3)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from core.plan.planned import PlannedPost
from core.store import MIGRATIONS, SCHEMA_VERSION, Store

# The version-1 schema exactly as the first release wrote it (sqlite_master of a fresh file).
V1_SCHEMA = """
CREATE TABLE meta ("key" VARCHAR(64) NOT NULL, value TEXT NOT NULL, PRIMARY KEY ("key"));
CREATE TABLE workspaces (id INTEGER NOT NULL, name VARCHAR(200) NOT NULL,
    created_at FLOAT NOT NULL, data_version INTEGER NOT NULL, settings TEXT NOT NULL,
    PRIMARY KEY (id), UNIQUE (name));
CREATE TABLE verdicts (workspace_id INTEGER NOT NULL, post_id VARCHAR(300) NOT NULL,
    label VARCHAR(8) NOT NULL, p_ask FLOAT NOT NULL, confidence FLOAT NOT NULL,
    reasons TEXT NOT NULL, model_version VARCHAR(40) NOT NULL,
    PRIMARY KEY (workspace_id, post_id));
CREATE TABLE labels (workspace_id INTEGER NOT NULL, post_id VARCHAR(300) NOT NULL,
    label VARCHAR(8) NOT NULL, labelled_at FLOAT NOT NULL, origin VARCHAR(40) NOT NULL,
    PRIMARY KEY (workspace_id, post_id));
CREATE TABLE imports (id INTEGER NOT NULL, workspace_id INTEGER NOT NULL, name TEXT NOT NULL,
    format VARCHAR(80) NOT NULL, at FLOAT NOT NULL, summary TEXT NOT NULL, PRIMARY KEY (id));
CREATE TABLE posts (workspace_id INTEGER NOT NULL, id VARCHAR(300) NOT NULL,
    source VARCHAR(20) NOT NULL, kind VARCHAR(20) NOT NULL, published_ts BIGINT NOT NULL,
    text TEXT NOT NULL, text_raw TEXT NOT NULL, url TEXT, links TEXT NOT NULL,
    language VARCHAR(16), likes BIGINT, reposts BIGINT, replies BIGINT, impressions BIGINT,
    clicks BIGINT, fingerprint VARCHAR(40) NOT NULL, import_id INTEGER,
    PRIMARY KEY (workspace_id, id), FOREIGN KEY(workspace_id) REFERENCES workspaces (id));
CREATE INDEX ix_posts_workspace_time ON posts (workspace_id, published_ts);
INSERT INTO meta VALUES ('schema', '1');
INSERT INTO workspaces VALUES (1, 'Old workspace', 1700000000.0, 3, '{"target": "4-1-1"}');
INSERT INTO posts VALUES (1, 'x:1', 'x', 'post', 1709283600, 'Five tips for calmer reviews',
    'Five tips for calmer reviews', 'https://x.com/a/status/1', '[]', 'en', 12, 3, NULL, NULL,
    NULL, 'f1', 1);
INSERT INTO posts VALUES (1, 'x:2', 'x', 'post', 1709370000, 'Buy the course today',
    'Buy the course today', NULL, '[]', 'en', 4, NULL, NULL, NULL, NULL, 'f2', 1);
INSERT INTO verdicts VALUES (1, 'x:1', 'give', 0.1, 0.9, '["teaches something"]', 'm1');
INSERT INTO verdicts VALUES (1, 'x:2', 'give', 0.4, 0.6, '[]', 'm1');
INSERT INTO labels VALUES (1, 'x:2', 'ask', 1700000100.0, 'person');
INSERT INTO imports VALUES (1, 1, 'tweets.js', 'X archive', 1700000000.0, '{}');
"""


def v1_database(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        conn.executescript(V1_SCHEMA)
    return f"sqlite:///{path}"


def test_the_migration_list_matches_the_schema_version() -> None:
    assert SCHEMA_VERSION == 5 and len(MIGRATIONS) == SCHEMA_VERSION


def test_a_version_1_database_upgrades_without_losing_anything(tmp_path: Path) -> None:
    url = v1_database(tmp_path / "old.sqlite3")
    store = Store(url)
    assert store.schema_version == SCHEMA_VERSION
    assert store.workspaces() == ["Old workspace"]
    assert store.settings("Old workspace").target == "4-1-1"
    assert store.data_version("Old workspace") == 3
    posts = store.posts("Old workspace")
    assert list(posts["id"]) == ["x:1", "x:2"]
    assert list(posts["label"]) == ["give", "ask"]  # the person's label still wins
    assert list(posts["label_by"]) == ["model", "human"]
    assert posts["likes"].tolist() == [12, 4] and posts["reposts"].isna().tolist() == [False, True]
    assert posts["reasons"].iloc[0] == ["teaches something"]
    assert len(store.imports("Old workspace")) == 1
    assert sa.inspect(store.engine).has_table("plans")
    assert store.plans("Old workspace") == []
    when = datetime(2026, 3, 10, 9, tzinfo=UTC)
    [pid] = store.add_plans("Old workspace", [PlannedPost(when, "x", "Soon")])
    assert store.plans("Old workspace")[0].id == pid


def test_a_version_1_database_gains_who_did_what_and_keeps_its_labels(tmp_path: Path) -> None:
    store = Store(v1_database(tmp_path / "old.sqlite3"))
    posts = store.posts("Old workspace")
    assert posts["labelled_by"].isna().all()  # nobody's name was kept before version 3
    store.set_labels("Old workspace", {"x:2": "give"}, by="Ana")
    [old, now] = store.label_history("Old workspace", "x:2")
    assert (old.label, old.by, old.at) == ("ask", None, 1700000100.0)
    assert (now.label, now.by) == ("give", "Ana")
    store.save_settings("Old workspace", store.settings("Old workspace"), by="Ana")
    assert [c.by for c in store.settings_changes("Old workspace")] == ["Ana"]


def test_the_upgrade_happens_once(tmp_path: Path) -> None:
    url = v1_database(tmp_path / "old.sqlite3")
    first = Store(url)
    first.add_plans("Old workspace", [PlannedPost(datetime(2026, 3, 10, tzinfo=UTC), "x", "A")])
    first.engine.dispose()
    again = Store(url)
    assert again.schema_version == SCHEMA_VERSION and len(again.plans("Old workspace")) == 1
    assert len(again.posts("Old workspace")) == 2


def test_a_new_database_starts_at_the_current_version_with_plans(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    assert store.schema_version == SCHEMA_VERSION
    assert sa.inspect(store.engine).has_table("plans")


def test_a_version_1_database_gains_the_later_measures_and_keeps_its_fingerprints(
    tmp_path: Path,
) -> None:
    from core.post import Post
    from core.store import post_row

    url = v1_database(tmp_path / "old.sqlite3")
    store = Store(url)
    columns = {c["name"] for c in sa.inspect(store.engine).get_columns("posts")}
    assert {"views", "saves", "opens", "unsubscribes", "channel"} <= columns
    assert sa.inspect(store.engine).has_table("measures")
    posts = store.posts("Old workspace")
    assert posts["views"].isna().all() and posts["opens"].isna().all()
    assert store.measures("Old workspace").empty
    # A post with none of the later measures hashes as it did before they existed.
    post = Post("x:9", "x", "post", datetime(2026, 3, 1, tzinfo=UTC), "Hi", engagement={"likes": 1})
    with_view = Post(
        "x:9",
        "x",
        "post",
        datetime(2026, 3, 1, tzinfo=UTC),
        "Hi",
        engagement={"likes": 1, "views": 5},
    )
    ts = int(datetime(2026, 3, 1, tzinfo=UTC).timestamp())
    first = json.dumps(["x", "post", ts, "Hi", "Hi", None, "[]", None, 1, None, None, None, None],
                       ensure_ascii=False)  # fmt: skip
    assert post_row(post)["fingerprint"] == hashlib.sha1(first.encode()).hexdigest()
    assert post_row(post)["fingerprint"] != post_row(with_view)["fingerprint"]


# Added by migration 5, for the Posts page (core.post_query).
POSTS_PAGE_INDEXES = {
    "posts": {"ix_posts_workspace_source"},
    "verdicts": {"ix_verdicts_workspace_confidence", "ix_verdicts_workspace_model"},
}


def indexes(store: Store, table: str) -> set[str]:
    return {i["name"] for i in sa.inspect(store.engine).get_indexes(table)}


def test_a_version_1_database_gains_the_posts_page_indexes(tmp_path: Path) -> None:
    store = Store(v1_database(tmp_path / "old.sqlite3"))
    for table, names in POSTS_PAGE_INDEXES.items():
        assert names <= indexes(store, table)
    assert "ix_posts_workspace_time" in indexes(store, "posts")


@pytest.mark.usefixtures("backend")
def test_a_version_4_database_gains_the_posts_page_indexes(temp_database: str) -> None:
    from core import post_query

    store = Store(temp_database)
    store.create_workspace("Old workspace")
    with store.engine.begin() as conn:  # as version 4 left it: without the indexes
        for names in POSTS_PAGE_INDEXES.values():
            for name in names:
                conn.execute(sa.text(f"DROP INDEX {name}"))
        conn.execute(sa.text("UPDATE meta SET value = '4' WHERE key = 'schema'"))
    assert not POSTS_PAGE_INDEXES["verdicts"] & indexes(store, "verdicts")
    store.engine.dispose()
    again = Store(temp_database)
    assert again.schema_version == SCHEMA_VERSION
    for table, names in POSTS_PAGE_INDEXES.items():
        assert names <= indexes(again, table)
    assert post_query.overview(again, "Old workspace").posts == 0
    Store(temp_database)  # opening it again migrates nothing and fails on nothing
