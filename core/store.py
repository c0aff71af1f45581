"""The database: workspaces, posts, verdicts, human labels, settings, import log.

SQLAlchemy Core over a SQLite file by default (WAL, busy timeout), or a PostgreSQL server for a
team (GOODWILL_DB=postgresql://…, through psycopg 3): the same statements on both, the dialects
differing only in how a write takes its lock and how rows are bulk-inserted. Every write is one
transaction, so a file lands whole or not at all. Human labels live in their own table and
nothing but a person's relabel ever writes over one; the label it replaces goes to the label
history, with who set each and when.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
import unicodedata
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.ext.compiler import compiles

from core.errors import UserError
from core.people import current_user
from core.plan.planned import PlannedPost
from core.post import (
    ENGAGEMENT,
    FIGURE_COLUMNS,
    LABELS,
    LINKING_COLUMNS,
    MEASURE_COLUMNS,
    POST_COLUMNS,
    TALLY_COLUMNS,
    Measure,
    Post,
    same_post,
)
from core.settings import Settings

# Posts written by one import past which PostgreSQL's statistics are refreshed at once.
ANALYZE_AFTER = 10_000
SCHEMA_VERSION = 5
DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "goodwill.sqlite3"

metadata = sa.MetaData()

meta = sa.Table(
    "meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)
workspaces = sa.Table(
    "workspaces",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    sa.Column("created_at", sa.Float, nullable=False),
    # Bumped by every write: the key pages cache on.
    sa.Column("data_version", sa.Integer, nullable=False, default=0),
    sa.Column("settings", sa.Text, nullable=False, default="{}"),
    sa.Column("settings_at", sa.Float),  # the last settings change: when and by whom
    sa.Column("settings_by", sa.String(80)),
)
posts = sa.Table(
    "posts",
    metadata,
    sa.Column("workspace_id", sa.Integer, sa.ForeignKey("workspaces.id"), primary_key=True),
    sa.Column("id", sa.String(300), primary_key=True),
    sa.Column("source", sa.String(20), nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("published_ts", sa.BigInteger, nullable=False),  # Unix seconds, UTC
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("text_raw", sa.Text, nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("links", sa.Text, nullable=False),  # JSON list
    sa.Column("language", sa.String(16)),
    *(sa.Column(name, sa.BigInteger) for name in ENGAGEMENT),
    sa.Column("channel", sa.String(200)),  # subreddit, Discord server / #channel
    sa.Column("fingerprint", sa.String(40), nullable=False),
    sa.Column("import_id", sa.Integer),
    sa.Index("ix_posts_workspace_time", "workspace_id", "published_ts"),
    # The Posts page's list of sources, one seek each (core.post_query), and its source filter.
    sa.Index("ix_posts_workspace_source", "workspace_id", "source"),
)
verdicts = sa.Table(
    "verdicts",
    metadata,
    sa.Column("workspace_id", sa.Integer, primary_key=True),
    sa.Column("post_id", sa.String(300), primary_key=True),
    sa.Column("label", sa.String(8), nullable=False),
    sa.Column("p_ask", sa.Float, nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("reasons", sa.Text, nullable=False),  # JSON list of short phrases
    sa.Column("model_version", sa.String(40), nullable=False),
    # The Posts page's least-sure-first order, walked a page at a time (core.post_query).
    sa.Index("ix_verdicts_workspace_confidence", "workspace_id", "confidence"),
    # Which models labelled a workspace, and how many verdicts an older one made.
    sa.Index("ix_verdicts_workspace_model", "workspace_id", "model_version"),
)
labels = sa.Table(
    "labels",
    metadata,
    sa.Column("workspace_id", sa.Integer, primary_key=True),
    sa.Column("post_id", sa.String(300), primary_key=True),
    sa.Column("label", sa.String(8), nullable=False),
    sa.Column("labelled_at", sa.Float, nullable=False),
    sa.Column("origin", sa.String(40), nullable=False),  # "person" or the file it came from
    sa.Column("labelled_by", sa.String(80)),  # the person's name (core.people); NULL before v3
)
# Every human label that was replaced or taken back, so two people's corrections of one post
# both stay on record (the later one is the label in force).
label_history = sa.Table(
    "label_history",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("workspace_id", sa.Integer, nullable=False),
    sa.Column("post_id", sa.String(300), nullable=False),
    sa.Column("label", sa.String(8), nullable=False),
    sa.Column("labelled_at", sa.Float, nullable=False),
    sa.Column("labelled_by", sa.String(80)),
    sa.Column("origin", sa.String(40), nullable=False),
    sa.Column("replaced_at", sa.Float, nullable=False),
    sa.Column("replaced_by", sa.String(80)),
    sa.Column("replaced_with", sa.String(8)),  # NULL: the label was taken back
    sa.Index("ix_label_history_post", "workspace_id", "post_id"),
)
# Each saved change of a workspace's settings, whole, with who made it.
settings_history = sa.Table(
    "settings_history",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("workspace_id", sa.Integer, nullable=False),
    sa.Column("at", sa.Float, nullable=False),
    sa.Column("by", sa.String(80)),
    sa.Column("settings", sa.Text, nullable=False),
)
imports = sa.Table(
    "imports",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("workspace_id", sa.Integer, nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("format", sa.String(80), nullable=False),
    sa.Column("at", sa.Float, nullable=False),
    sa.Column("summary", sa.Text, nullable=False),  # JSON of ImportSummary counts
)
# Account-level figures by day (core.post.Measure): followers gained, unsubscribes…
measures = sa.Table(
    "measures",
    metadata,
    sa.Column("workspace_id", sa.Integer, primary_key=True),
    sa.Column("source", sa.String(20), primary_key=True),
    sa.Column("measure", sa.String(40), primary_key=True),
    sa.Column("day", sa.String(10), primary_key=True),  # ISO date, the platform's own day
    sa.Column("value", sa.Float, nullable=False),
    sa.Column("import_id", sa.Integer),
)
plans = sa.Table(
    "plans",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("workspace_id", sa.Integer, nullable=False),
    sa.Column("planned_ts", sa.BigInteger, nullable=False),  # Unix seconds, UTC
    sa.Column("platform", sa.String(20), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("label", sa.String(8)),  # the person's own label; NULL lets the model decide
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("created_by", sa.String(80)),
    sa.Column("updated_at", sa.Float),
    sa.Column("updated_by", sa.String(80)),
    sa.Index("ix_plans_workspace_time", "workspace_id", "planned_ts"),
)

# Each migration takes a schema at version i-1 to version i. Append, never edit.
MIGRATIONS: list[Any] = [
    lambda conn: metadata.create_all(conn),
    # 2: planned posts. Only the new table, so a version-1 file keeps everything it holds.
    lambda conn: plans.create(conn, checkfirst=True),
    # 3: who did what: the person behind each label, plan and settings change; label history.
    lambda conn: _add_missing(conn, [workspaces, labels, plans, label_history, settings_history]),
    # 4: engagement measures added after the first five (views, saves, opens, unsubscribes), a
    # post's channel, and the account-level measures by day. Columns added, nothing rewritten.
    lambda conn: _add_engagement_columns(conn) or measures.create(conn, checkfirst=True),
    # 5: indexes for the Posts page, which pages through the database (core.post_query).
    lambda conn: _add_indexes(conn, [posts, verdicts]),
]

_FIRST_ENGAGEMENT = ENGAGEMENT[:5]  # the columns of schema 1


def _add_engagement_columns(conn: Connection) -> None:
    have = {c["name"] for c in sa.inspect(conn).get_columns("posts")}
    for name in ENGAGEMENT:
        if name not in have:
            conn.exec_driver_sql(f'ALTER TABLE posts ADD COLUMN "{name}" BIGINT')
    if "channel" not in have:
        conn.exec_driver_sql('ALTER TABLE posts ADD COLUMN "channel" VARCHAR(200)')


def _add_indexes(conn: Connection, tables: list[sa.Table]) -> None:
    """Create these tables' indexes that a database made at an earlier version lacks (one made
    by migration 1's create_all has them already)."""
    for table in tables:
        for index in table.indexes:
            index.create(conn, checkfirst=True)


def _add_missing(conn: Connection, tables: list[sa.Table]) -> None:
    """Create these tables, or add the columns they lack (all nullable): a database made at an
    earlier version gains them, one made by migration 1's create_all has them already."""
    inspector = sa.inspect(conn)
    for table in tables:
        if not inspector.has_table(table.name):
            table.create(conn)
            continue
        have = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in have:
                kind = column.type.compile(dialect=conn.dialect)
                conn.exec_driver_sql(
                    f'ALTER TABLE "{table.name}" ADD COLUMN "{column.name}" {kind}'
                )


@compiles(sa.String, "postgresql")
def _unbounded_varchar(type_: sa.String, compiler: Any, **kw: Any) -> str:
    # SQLite never enforced these lengths and ids of any length are stored there (a feed's
    # guid can be a long URL); PostgreSQL would refuse them, so its VARCHARs have no limit.
    return "VARCHAR" if type(type_) is sa.String else compiler.visit_string(type_, **kw)


@dataclass
class ImportSummary:
    """What one file did to a workspace."""

    name: str
    format: str
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    labels_taken: int = 0
    labels_kept: int = 0
    # Human labels taken off posts whose text an update replaced with another post's.
    labels_dropped: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def names_format(self) -> bool:
        """Whether the name already says the format ("medium.zip (Medium)"): say it once."""
        return self.name.endswith(f"({self.format})")

    @property
    def title(self) -> str:
        return self.name if self.names_format else f"{self.name} ({self.format})"

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    def describe(self) -> str:
        parts = [f"{self.imported:,} new", f"{self.updated:,} updated"]
        if self.unchanged:
            parts.append(f"{self.unchanged:,} already there")
        if self.skipped:
            why = "; ".join(f"{n:,} {reason}" for reason, n in sorted(self.skipped.items()))
            parts.append(f"{self.skipped_total:,} skipped ({why})")
        if self.labels_taken or self.labels_kept:
            parts.append(f"{self.labels_taken:,} labels taken from the file")
        if self.labels_kept:
            parts.append(f"{self.labels_kept:,} already labelled (kept)")
        if self.labels_dropped:
            parts.append(
                f"{self.labels_dropped:,} of your labels taken off posts whose text was replaced "
                "(not edited): label them again"
            )
        return ", ".join(parts)


@dataclass
class ImportBatch:
    """One parsed export ready to store: rows from post_row, verdicts, labels from the file."""

    summary: ImportSummary
    rows: list[dict[str, Any]]
    verdicts: list[dict[str, Any]]
    labels: dict[str, str]
    merge: bool = False  # engagement-only file: see Store._onto_stored
    legacy: dict[str, str] = field(default_factory=dict)  # see Store._adopt_legacy
    measures: list[Measure] = field(default_factory=list)  # account figures by day


@dataclass(frozen=True)
class Change:
    """A settings change: when (Unix seconds) and by whom (None: before names were kept)."""

    at: float
    by: str | None


@dataclass(frozen=True)
class LabelChange:
    """One label a post had: the label, when, by whom, and "person" or the file it came from."""

    label: str
    at: float
    by: str | None
    origin: str


def _remove_labels(conn: Connection, wid: int, ids: list[str]) -> list[dict[str, Any]]:
    """Take the human labels of these posts out of the labels table; the rows taken, for the
    caller to keep in the label history."""
    removed: list[dict[str, Any]] = []
    for chunk in _chunks(ids, 500):
        where = sa.and_(labels.c.workspace_id == wid, labels.c.post_id.in_(chunk))
        query = sa.select(
            labels.c.post_id, labels.c.label, labels.c.labelled_at, labels.c.labelled_by,
            labels.c.origin,
        ).where(where)  # fmt: skip
        removed += [dict(r) for r in conn.execute(query).mappings()]
        conn.execute(sa.delete(labels).where(where))
    return removed


def database_url() -> str:
    return normalise_url(os.environ.get("GOODWILL_DB") or f"sqlite:///{DEFAULT_PATH}")


def normalise_url(url: str) -> str:
    """A plain postgresql:// URL (what a team's admin hands out) goes through psycopg 3."""
    for prefix in ("postgresql://", "postgres://", "postgresql+psycopg2://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url


# PostgreSQL advisory lock keys (two 32-bit ints): the schema while it migrates, and each
# workspace's writes, which queue as SQLite's BEGIN IMMEDIATE makes them queue. Locks are
# database-wide, so the first int carries the schema too (lock_key): workspace 1 of one schema
# does not wait for workspace 1 of another (the tests', a benchmark's).
_LOCK_SCHEMA = 0x600D
_LOCK_WORKSPACE = 0x600E


def lock_key(kind: int, schema: str) -> int:
    """The kind above 15 bits of the schema's name: a positive 32-bit int."""
    return (kind << 15) | (zlib.crc32(schema.encode("utf-8")) & 0x7FFF)


# json.dumps with options builds a new encoder per call; these are what it would build.
_FINGERPRINT_JSON = json.JSONEncoder(ensure_ascii=False, default=str).encode
_LINKS_JSON = json.JSONEncoder(ensure_ascii=False).encode


def _fingerprint(row: dict[str, Any]) -> str:
    # Stored with each post and compared on re-import: the bytes hashed must never change. The
    # measures added later count only when a post has one, so a post that has none keeps the
    # fingerprint it had before they existed (and is not classified again after an upgrade).
    values = [row[c] for c in _FINGERPRINTED_FIRST]
    later = [row.get(c) for c in _LATER]
    if any(v is not None for v in later):
        values.append(later)
    payload = _FINGERPRINT_JSON(values)
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()


_FINGERPRINTED_FIRST = ["source", "kind", "published_ts", "text", "text_raw", "url", "links",
                        "language", *_FIRST_ENGAGEMENT]  # fmt: skip
_LATER = [c for c in ENGAGEMENT if c not in _FIRST_ENGAGEMENT] + ["channel"]
_FINGERPRINTED = _FINGERPRINTED_FIRST + _LATER


def post_row(post: Post) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": post.id,
        "source": post.source,
        "kind": post.kind,
        "published_ts": int(post.published_at.timestamp()),
        "text": post.text,
        "text_raw": post.text_raw or post.text,
        "url": post.url,
        "links": _LINKS_JSON(list(post.links)) if post.links else "[]",
        "language": post.language,
        **{name: post.engagement.get(name) for name in ENGAGEMENT},
        "channel": post.channel,
    }
    row["fingerprint"] = _fingerprint(row)
    return row


class Store:
    """One database. Cheap to construct; share one per process (pages cache it as a resource)."""

    def __init__(self, url: str | None = None) -> None:
        self.url = normalise_url(url or database_url())
        if self.url.startswith("sqlite:///") and not self.url.startswith("sqlite:///:memory:"):
            Path(self.url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = sa.create_engine(self.url)
        # Workspace id → the connection holding its write lock in this process (relearning).
        self._held: dict[int, Connection] = {}
        self._schema: str | None = None  # PostgreSQL's current_schema(), for the lock keys
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
            sa.event.listen(self.engine, "begin", _sqlite_begin)
        self._migrate()

    # --- schema -------------------------------------------------------------------------
    def _migrate(self) -> None:
        with self._transaction() as conn:
            # Two apps starting at once against a new server: one migrates, the other waits.
            self._lock(conn, _LOCK_SCHEMA, 0)
            if not sa.inspect(conn).has_table("meta"):
                current = 0
            else:
                row = conn.execute(sa.select(meta.c.value).where(meta.c.key == "schema")).first()
                current = int(row[0]) if row else 0
            if current > SCHEMA_VERSION:
                raise UserError(
                    f"The database at {self.url} was written by a newer Goodwill Ledger "
                    f"(schema {current}); update the app before opening it."
                )
            for version in range(current + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[version - 1](conn)
            if current != SCHEMA_VERSION:
                conn.execute(sa.delete(meta).where(meta.c.key == "schema"))
                conn.execute(sa.insert(meta).values(key="schema", value=str(SCHEMA_VERSION)))

    @property
    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return int(
                conn.execute(sa.select(meta.c.value).where(meta.c.key == "schema")).scalar_one()
            )

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        """A write transaction. On SQLite it holds the write lock from its first statement
        (BEGIN IMMEDIATE): what it reads cannot change under it before it writes, so two sessions
        importing the same file at once queue (busy_timeout) instead of both inserting its posts."""
        with self.engine.connect() as conn:
            conn.execution_options(sqlite_immediate=True)
            with conn.begin():
                yield conn

    def _lock(self, conn: Connection, kind: int, sub: int) -> None:
        """On PostgreSQL, an advisory lock held to the end of the transaction, for this schema.
        SQLite needs none: BEGIN IMMEDIATE already holds the one write lock of the whole file."""
        if conn.dialect.name == "postgresql":
            if self._schema is None:  # the same for every connection of this Store's URL
                self._schema = conn.execute(sa.text("SELECT current_schema()")).scalar_one() or ""
            key = lock_key(kind, self._schema)
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k, :s)"), {"k": key, "s": sub})

    @contextmanager
    def _write(self, workspace_id: int | None = None, bump: bool = True) -> Iterator[Connection]:
        """A write transaction that queues behind any other write to the same workspace (on
        SQLite, behind any write at all): what it reads cannot change before it writes."""
        with self._transaction() as conn:
            self._lock(conn, _LOCK_WORKSPACE, workspace_id or 0)
            yield conn
            if workspace_id is not None and bump:
                conn.execute(
                    sa.update(workspaces)
                    .where(workspaces.c.id == workspace_id)
                    .values(data_version=workspaces.c.data_version + 1)
                )

    @contextmanager
    def _write_or_held(self, workspace_id: int) -> Iterator[Connection]:
        """Inside relearning() the connection that holds the workspace's lock; a write of
        its own otherwise."""
        held = self._held.get(workspace_id)
        if held is not None:
            yield held
        else:
            with self._write(workspace_id) as conn:
                yield conn

    @contextmanager
    def _read(self, workspace_id: int) -> Iterator[Connection]:
        held = self._held.get(workspace_id)
        if held is not None:
            yield held
        else:
            with self.engine.connect() as conn:
                yield conn

    @contextmanager
    def reading(self, workspace: str) -> Iterator[tuple[Connection, int]]:
        """A connection to read one workspace with, and its id: for queries composed outside
        this module (core.post_query) over its tables."""
        wid = self._workspace_id(workspace)
        with self._read(wid) as conn:
            yield conn, wid

    # --- workspaces ---------------------------------------------------------------------
    def workspaces(self) -> list[str]:
        with self.engine.connect() as conn:
            return list(
                conn.execute(sa.select(workspaces.c.name).order_by(workspaces.c.id)).scalars()
            )

    def create_workspace(self, name: str, settings: Settings | None = None) -> str:
        name = _workspace_name(name)
        with self._write() as conn:
            _refuse_lookalike(conn, name)
            conn.execute(
                sa.insert(workspaces).values(
                    name=name,
                    created_at=time.time(),
                    data_version=0,
                    settings=json.dumps((settings or Settings()).to_dict()),
                )
            )
        return name

    def ensure_workspace(self, name: str) -> str:
        return name if name in self.workspaces() else self.create_workspace(name)

    def rename_workspace(self, old: str, new: str) -> str:
        new = _workspace_name(new)
        wid = self._workspace_id(old)
        if new == old:
            return new
        with self._write(wid) as conn:
            _refuse_lookalike(conn, new, but=wid)
            conn.execute(sa.update(workspaces).where(workspaces.c.id == wid).values(name=new))
        return new

    def delete_workspace(self, name: str) -> None:
        wid = self._workspace_id(name)
        with self._write(wid, bump=False) as conn:
            tables = (posts, verdicts, labels, label_history, settings_history, imports, plans)
            for table in (*tables, measures):
                conn.execute(sa.delete(table).where(table.c.workspace_id == wid))
            conn.execute(sa.delete(workspaces).where(workspaces.c.id == wid))

    def data_version(self, name: str) -> int:
        with self.engine.connect() as conn:
            value = conn.execute(
                sa.select(workspaces.c.data_version).where(workspaces.c.name == name)
            ).scalar()
        if value is None:
            raise UserError(f"There is no workspace named '{name}'.")
        return int(value)

    def _workspace_id(self, name: str, conn: Connection | None = None) -> int:
        query = sa.select(workspaces.c.id).where(workspaces.c.name == name)
        if conn is None:
            with self.engine.connect() as c:
                wid = c.execute(query).scalar()
        else:
            wid = conn.execute(query).scalar()
        if wid is None:
            raise UserError(f"There is no workspace named '{name}'. Create it in Settings first.")
        return int(wid)

    # --- settings -----------------------------------------------------------------------
    def settings(self, workspace: str) -> Settings:
        with self.engine.connect() as conn:
            raw = conn.execute(
                sa.select(workspaces.c.settings).where(workspaces.c.name == workspace)
            ).scalar()
        if raw is None:
            raise UserError(f"There is no workspace named '{workspace}'.")
        try:
            return Settings.from_dict(json.loads(raw))
        except json.JSONDecodeError:
            return Settings()

    def save_settings(self, workspace: str, settings: Settings, by: str | None = None) -> None:
        wid = self._workspace_id(workspace)
        by, now, raw = by or current_user(), time.time(), json.dumps(settings.to_dict())
        with self._write(wid) as conn:
            conn.execute(
                sa.update(workspaces)
                .where(workspaces.c.id == wid)
                .values(settings=raw, settings_at=now, settings_by=by)
            )
            conn.execute(
                sa.insert(settings_history).values(workspace_id=wid, at=now, by=by, settings=raw)
            )

    def settings_changes(self, workspace: str) -> list[Change]:
        """Who changed this workspace's settings and when, newest first."""
        wid = self._workspace_id(workspace)
        query = (
            sa.select(settings_history.c.at, settings_history.c.by)
            .where(settings_history.c.workspace_id == wid)
            .order_by(settings_history.c.id.desc())
        )
        with self.engine.connect() as conn:
            return [Change(at, by) for at, by in conn.execute(query)]

    # --- posts --------------------------------------------------------------------------
    def fingerprints(self, workspace: str) -> dict[str, str]:
        """Post id → content fingerprint: lets an import skip classifying what did not change."""
        wid = self._workspace_id(workspace)
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(posts.c.id, posts.c.fingerprint).where(posts.c.workspace_id == wid)
            )
            return dict(rows.all())

    def save_import(self, workspace: str, batches: Iterable[ImportBatch]) -> list[ImportSummary]:
        """Store one uploaded file's posts, verdicts and labels in one transaction.

        A zip can hold several exports (several batches); they land together or not at all.
        Batches may come one at a time (a generator) and several may share a summary: the parts
        of one very large file, each classified while the one before is stored, so a file of a
        million posts never has them all in memory at once; it is still one import.
        """
        wid = self._workspace_id(workspace)
        import_ids: dict[int, int] = {}  # id(summary) → its imports row
        summaries: list[ImportSummary] = []
        with self._write(wid) as conn:
            existing = dict(
                conn.execute(
                    sa.select(posts.c.id, posts.c.fingerprint).where(posts.c.workspace_id == wid)
                ).all()
            )
            for batch in batches:
                if id(batch.summary) not in import_ids:  # counted afresh, whatever it held
                    summaries.append(batch.summary)
                    for count in (
                        "imported",
                        "updated",
                        "unchanged",
                        "labels_taken",
                        "labels_kept",
                    ):
                        setattr(batch.summary, count, 0)
                self._save_batch(conn, wid, existing, batch, import_ids)
        self._refresh_statistics(sum(x.imported + x.updated for x in summaries))
        return summaries

    def _refresh_statistics(self, written: int) -> None:
        """After a large write, PostgreSQL's planner is told what the tables now hold: filled in
        one transaction, a million posts have no statistics until autovacuum comes round, and
        the Posts page's first screen took 0.8 to 2.4 s instead of 0.4 (ANALYZE: 0.4 s at 1M).
        SQLite keeps no statistics unless asked and plans these queries well without them."""
        if written < ANALYZE_AFTER or self.engine.dialect.name != "postgresql":
            return
        with self.engine.connect() as conn:
            conn.execute(sa.text("ANALYZE posts, verdicts, labels"))
            conn.commit()

    def _save_batch(
        self,
        conn: Connection,
        wid: int,
        existing: dict[str, str],
        batch: ImportBatch,
        import_ids: dict[int, int],
    ) -> None:
        summary = batch.summary
        rows = list({r["id"]: r for r in batch.rows}.values())  # last one wins within a file
        if batch.legacy:
            self._adopt_legacy(conn, wid, rows, existing, batch.legacy)
        rows, text_kept, replaced = self._onto_stored(conn, wid, rows, existing, batch.merge)
        new = [r for r in rows if r["id"] not in existing]
        changed = [r for r in rows if r["id"] in existing and existing[r["id"]] != r["fingerprint"]]
        summary.imported += len(new)
        summary.updated += len(changed)
        summary.unchanged += len(rows) - len(new) - len(changed)
        import_id = import_ids.get(id(summary))
        if import_id is None:
            import_id = import_ids[id(summary)] = conn.execute(
                sa.insert(imports).values(
                    workspace_id=wid,
                    name=summary.name,
                    format=summary.format,
                    at=time.time(),
                    summary="{}",
                )  # fmt: skip
            ).inserted_primary_key[0]
        _insert_many(conn, posts, new, workspace_id=wid, import_id=import_id)
        if changed:
            conn.execute(
                sa.update(posts)
                .where(posts.c.workspace_id == wid, posts.c.id == sa.bindparam("b_id"))
                .values({c: sa.bindparam(f"b_{c}") for c in _UPDATABLE}),
                [
                    {
                        "b_id": r["id"],
                        "b_import_id": import_id,
                        **{f"b_{c}": r[c] for c in _UPDATABLE if c != "import_id"},
                    }  # fmt: skip
                    for r in changed
                ],
            )
        for r in new + changed:
            existing[r["id"]] = r["fingerprint"]
        # A merge that kept the stored text keeps that text's verdict too.
        touched = ({r["id"] for r in new} | {r["id"] for r in changed}) - text_kept
        # A file can hold the same post twice (a repeated CSV row): one verdict each, the last.
        fresh = {v["post_id"]: v for v in batch.verdicts if v["post_id"] in touched}
        self._put_verdicts(conn, wid, list(fresh.values()), {r["id"] for r in changed})
        summary.labels_dropped += self._drop_labels(conn, wid, replaced)
        taken, kept = self._take_file_labels(conn, wid, batch.labels, summary.name)
        summary.labels_taken += taken
        summary.labels_kept += kept
        self._put_measures(conn, wid, batch.measures, import_id)
        conn.execute(
            sa.update(imports)
            .where(imports.c.id == import_id)
            .values(summary=json.dumps(_summary_counts(summary)))
        )

    def _onto_stored(
        self,
        conn: Connection,
        wid: int,
        rows: list[dict[str, Any]],
        existing: dict[str, str],
        merge: bool,
    ) -> tuple[list[dict[str, Any]], set[str], set[str]]:
        """Rows as they will be stored, for ids stored already; the ids whose text was kept; and
        the ids whose text was replaced by another post's (core.post.same_post), whose human
        label must not carry over.

        A count one file gives is never erased by another that does not give it (None): missing
        is not zero. A merge batch (engagement only, e.g. X analytics) keeps the stored post and
        fills in its counts, and its text only where the stored post has none.
        """
        known = [r["id"] for r in rows if r["id"] in existing]
        if not known:
            return rows, set(), set()
        stored: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(known, 500):
            query = sa.select(posts.c.id, *(posts.c[c] for c in _FINGERPRINTED)).where(
                posts.c.workspace_id == wid, posts.c.id.in_(chunk)
            )
            stored.update({m["id"]: dict(m) for m in conn.execute(query).mappings()})
        out: list[dict[str, Any]] = []
        text_kept: set[str] = set()
        replaced: set[str] = set()
        for row in rows:
            old = stored.get(row["id"])
            if old is None:
                out.append(row)
                continue
            if merge:
                result = {**old, **{c: row[c] for c in ENGAGEMENT if row[c] is not None}}
                if old["text"]:
                    text_kept.add(row["id"])
                else:
                    result.update(text=row["text"], text_raw=row["text_raw"], links=row["links"])
            else:
                result = {**row, **{c: old[c] for c in ENGAGEMENT if row[c] is None}}
                if not same_post(old["text"], row["text"]):
                    replaced.add(row["id"])
            result["fingerprint"] = _fingerprint(result)
            out.append(result)
        return out, text_kept, replaced

    def _adopt_legacy(
        self,
        conn: Connection,
        wid: int,
        rows: list[dict[str, Any]],
        existing: dict[str, str],
        legacy: dict[str, str],
    ) -> None:
        """Move posts stored under an id from before ids held their source (a feed item's "1")
        to their new id, with their verdict and human label, when the stored post is this one
        (its text the same or edited). A stored post whose text is another's stays where it is:
        it belongs to the feed that has it, which will move it when it is imported again."""
        wanted = {
            legacy[r["id"]]: r
            for r in rows
            if r["id"] not in existing and legacy.get(r["id"]) in existing
        }
        if not wanted:
            return
        stored: dict[str, str] = {}
        for chunk in _chunks(list(wanted), 500):
            query = sa.select(posts.c.id, posts.c.text).where(
                posts.c.workspace_id == wid, posts.c.id.in_(chunk)
            )
            stored.update(dict(conn.execute(query).all()))
        for old_id, text in stored.items():
            row = wanted[old_id]
            if not same_post(text, row["text"]):
                continue
            for table, column in ((posts, posts.c.id), (verdicts, verdicts.c.post_id),
                                  (labels, labels.c.post_id),
                                  (label_history, label_history.c.post_id)):  # fmt: skip
                conn.execute(
                    sa.update(table)
                    .where(table.c.workspace_id == wid, column == old_id)
                    .values({column.name: row["id"]})
                )
            existing[row["id"]] = existing.pop(old_id)

    def _drop_labels(self, conn: Connection, wid: int, ids: set[str]) -> int:
        """Take the human labels off these posts, keeping each in the label history (taken back
        by whoever ran the import); how many there were."""
        now, by = time.time(), current_user()
        old = _remove_labels(conn, wid, sorted(ids))
        history = [{**o, "replaced_at": now, "replaced_by": by, "replaced_with": None} for o in old]
        _insert_many(conn, label_history, history, workspace_id=wid)
        return len(old)

    def _put_measures(
        self, conn: Connection, wid: int, items: list[Measure], import_id: int
    ) -> None:
        """A figure of the same source, measure and day replaces the stored one (a newer export
        says it better); the last one wins within a file."""
        rows = {
            (m.source, m.measure, m.day.isoformat()): float(m.value) for m in items
        }  # fmt: skip
        for source, measure, day in rows:
            conn.execute(
                sa.delete(measures).where(
                    measures.c.workspace_id == wid,
                    measures.c.source == source,
                    measures.c.measure == measure,
                    measures.c.day == day,
                )
            )
        _insert_many(
            conn,
            measures,
            [{"source": s, "measure": m, "day": d, "value": v} for (s, m, d), v in rows.items()],
            workspace_id=wid,
            import_id=import_id,
        )

    def measures(self, workspace: str) -> pd.DataFrame:
        """Account-level figures by day (core.post.MEASURE_COLUMNS: date, source, measure,
        value), oldest first: new followers per day (LinkedIn creator analytics), unsubscribes
        per campaign send day (Mailchimp). Per-post counts are in posts() (core.post.ENGAGEMENT).
        """
        wid = self._workspace_id(workspace)
        query = (
            sa.select(measures.c.day, measures.c.source, measures.c.measure, measures.c.value)
            .where(measures.c.workspace_id == wid)
            .order_by(measures.c.day, measures.c.source, measures.c.measure)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        frame = pd.DataFrame(rows, columns=MEASURE_COLUMNS)
        frame["date"] = pd.to_datetime(frame["date"]).dt.date
        frame["value"] = frame["value"].astype(float)
        return frame

    def _put_verdicts(
        self,
        conn: Connection,
        wid: int,
        rows: list[dict[str, Any]],
        stored: set[str] | None = None,
    ) -> None:
        """Write verdicts, replacing those the posts had. stored: the only posts that can have
        one (the rest are new): a million new posts' import deletes nothing, where PostgreSQL,
        with no statistics yet on a table filled in the same transaction, scanned it whole for
        each 500 ids (hours at 1M)."""
        if not rows:
            return
        ids = [r["post_id"] for r in rows if stored is None or r["post_id"] in stored]
        for chunk in _chunks(ids, 500):
            conn.execute(
                sa.delete(verdicts).where(
                    verdicts.c.workspace_id == wid, verdicts.c.post_id.in_(chunk)
                )
            )
        _insert_many(conn, verdicts, rows, workspace_id=wid)

    def save_verdicts(
        self, workspace: str, rows: list[dict[str, Any]], replace_all: bool = False
    ) -> None:
        """Write model verdicts (never touches human labels). replace_all: these are every post's
        verdicts now; a post left out loses its verdict if it has no words (any more), but one
        imported by another session while these were worked out keeps the one its import gave."""
        wid = self._workspace_id(workspace)
        with self._write_or_held(wid) as conn:
            if replace_all:
                covered = {r["post_id"] for r in rows}
                left_out = [
                    pid
                    for pid in conn.execute(
                        sa.select(verdicts.c.post_id).where(verdicts.c.workspace_id == wid)
                    ).scalars()
                    if pid not in covered
                ]
                wordy: set[str] = set()
                for chunk in _chunks(left_out, 500):
                    query = sa.select(posts.c.id, posts.c.text).where(
                        posts.c.workspace_id == wid, posts.c.id.in_(chunk)
                    )
                    wordy.update(pid for pid, text in conn.execute(query) if text.strip())
                for chunk in _chunks([pid for pid in left_out if pid not in wordy], 500):
                    conn.execute(
                        sa.delete(verdicts).where(
                            verdicts.c.workspace_id == wid, verdicts.c.post_id.in_(chunk)
                        )
                    )
            self._put_verdicts(conn, wid, rows)
        if replace_all:  # a relabelling of every post: the confidences the Posts page walks moved
            self._refresh_statistics(len(rows))

    def _take_file_labels(
        self, conn: Connection, wid: int, file_labels: dict[str, str], origin: str
    ) -> tuple[int, int]:
        if not file_labels:
            return 0, 0
        have = set(
            conn.execute(sa.select(labels.c.post_id).where(labels.c.workspace_id == wid)).scalars()
        )
        fresh = [
            {
                "workspace_id": wid,
                "post_id": pid,
                "label": lab,
                "labelled_at": time.time(),
                "origin": origin[:40],
            }  # fmt: skip
            for pid, lab in file_labels.items()
            if pid not in have and lab in LABELS
        ]
        if fresh:
            conn.execute(sa.insert(labels), fresh)
        return len(fresh), sum(1 for pid in file_labels if pid in have)

    def set_label(self, workspace: str, post_id: str, label: str | None) -> None:
        """A person's label for a post; None takes it back and the model's verdict shows again."""
        if label is not None and label not in LABELS:
            raise UserError(f"A label is 'give' or 'ask', not {label!r}.")
        self.set_labels(workspace, {post_id: label})

    def set_labels(
        self, workspace: str, changes: dict[str, str | None], by: str | None = None
    ) -> None:
        """People's labels (None takes one back). Writes to a workspace queue, so of two people
        correcting one post at once the later wins; the label it replaces is kept in the label
        history with who set it, so nothing either of them said is lost."""
        wid = self._workspace_id(workspace)
        by, now = by or current_user(), time.time()
        with self._write(wid) as conn:
            replaced = _remove_labels(conn, wid, list(changes))
            history = [
                {**old, "replaced_at": now, "replaced_by": by, "replaced_with": changes[pid]}
                for old in replaced
                if changes[(pid := old["post_id"])] != old["label"] or old["labelled_by"] != by
            ]
            _insert_many(conn, label_history, history, workspace_id=wid)
            rows = [
                {
                    "post_id": pid,
                    "label": lab,
                    "labelled_at": now,
                    "origin": "person",
                    "labelled_by": by,
                }  # fmt: skip
                for pid, lab in changes.items()
                if lab in LABELS
            ]
            _insert_many(conn, labels, rows, workspace_id=wid)

    def label_history(self, workspace: str, post_id: str) -> list[LabelChange]:
        """Every label this post has had from a person or a file, oldest first, the one in
        force last."""
        wid = self._workspace_id(workspace)
        h, lab = label_history.c, labels.c
        with self.engine.connect() as conn:
            old = conn.execute(
                sa.select(h.label, h.labelled_at, h.labelled_by, h.origin)
                .where(h.workspace_id == wid, h.post_id == post_id)
                .order_by(h.id)
            ).all()
            now = conn.execute(
                sa.select(lab.label, lab.labelled_at, lab.labelled_by, lab.origin).where(
                    lab.workspace_id == wid, lab.post_id == post_id
                )
            ).all()
        return [LabelChange(*r) for r in [*old, *now]]

    @contextmanager
    def relearning(self, workspace: str) -> Iterator[None]:
        """Hold the workspace's write lock while the model is refit and every verdict written:
        two people relearning at once take turns, and a correction made meanwhile waits for the
        verdicts to land, so the verdicts are always one model's, the one its labels make.
        Writes inside go through this lock (save_verdicts) rather than queue behind it."""
        wid = self._workspace_id(workspace)
        with self._write(wid) as conn:
            self._held[wid] = conn
            try:
                yield
            finally:
                del self._held[wid]

    def human_labels(self, workspace: str) -> dict[str, str]:
        wid = self._workspace_id(workspace)
        with self._read(wid) as conn:
            return dict(
                conn.execute(
                    sa.select(labels.c.post_id, labels.c.label).where(labels.c.workspace_id == wid)
                ).all()
            )

    # --- plans: posts not yet published (they do not bump data_version: posts are unchanged) --
    def plans(self, workspace: str) -> list[PlannedPost]:
        wid = self._workspace_id(workspace)
        query = sa.select(plans).where(plans.c.workspace_id == wid)
        with self.engine.connect() as conn:
            rows = conn.execute(query.order_by(plans.c.planned_ts, plans.c.id)).mappings().all()
        return [
            PlannedPost(
                planned_at=datetime.fromtimestamp(r["planned_ts"], UTC),
                platform=r["platform"],
                text=r["text"],
                url=r["url"],
                id=r["id"],
                label=r["label"],
                by=r["updated_by"] or r["created_by"],
            )
            for r in rows
        ]

    def add_plans(
        self, workspace: str, items: list[PlannedPost], by: str | None = None
    ) -> list[int]:
        """Store planned posts (all or none); their new ids in the same order."""
        wid = self._workspace_id(workspace)
        ids: list[int] = []
        who = {"created_at": time.time(), "created_by": by or current_user()}
        with self._write(wid, bump=False) as conn:
            for item in items:
                row = {"workspace_id": wid, **who, **_plan_values(item)}
                ids.append(conn.execute(sa.insert(plans).values(row)).inserted_primary_key[0])
        return ids

    def update_plan(self, workspace: str, item: PlannedPost, by: str | None = None) -> None:
        wid = self._workspace_id(workspace)
        who = {"updated_at": time.time(), "updated_by": by or current_user()}
        with self._write(wid, bump=False) as conn:
            done = conn.execute(
                sa.update(plans)
                .where(plans.c.workspace_id == wid, plans.c.id == item.id)
                .values(**_plan_values(item), **who)
            )
        if not done.rowcount:
            raise UserError("That planned post no longer exists; it may have been deleted.")

    def delete_plans(self, workspace: str, ids: list[int] | None = None) -> None:
        """Delete these planned posts, or every one of the workspace when ids is None."""
        wid = self._workspace_id(workspace)
        where = [plans.c.workspace_id == wid]
        if ids is not None:
            where.append(plans.c.id.in_(ids))
        with self._write(wid, bump=False) as conn:
            conn.execute(sa.delete(plans).where(*where))

    def imports(self, workspace: str) -> pd.DataFrame:
        wid = self._workspace_id(workspace)
        with self.engine.connect() as conn:
            frame = pd.read_sql(
                sa.select(imports.c.name, imports.c.format, imports.c.at, imports.c.summary)
                .where(imports.c.workspace_id == wid)
                .order_by(imports.c.id.desc()),
                conn,
            )
        frame["at"] = pd.to_datetime(frame["at"], unit="s", utc=True)
        return frame

    def posts(self, workspace: str, sources: Iterable[str] | None = None) -> pd.DataFrame:
        """Every post of a workspace with its verdict and human label (core.post's columns), or
        those of these sources only."""
        wid = self._workspace_id(workspace)
        where = [posts.c.workspace_id == wid]
        if sources is not None:
            where.append(posts.c.source.in_(list(sources)))
        query = in_full(wid).where(*where).order_by(posts.c.published_ts, posts.c.id)
        with self.engine.connect() as conn:
            frame = pd.read_sql(query, conn)
        return shape_posts(frame)

    def linking_posts(
        self, workspace: str, sources: Iterable[str] | None = None, size: int = 50_000
    ) -> Iterator[pd.DataFrame]:
        """The posts whose text has an @ or that carry links, all the gift circle reads
        (core.balance.circle), in frames of at most `size` (core.post.LINKING_COLUMNS), oldest
        first: a million posts' text is never in memory at once (PostgreSQL sends them through
        a server-side cursor)."""
        wid = self._workspace_id(workspace)
        where = [
            posts.c.workspace_id == wid,
            sa.or_(posts.c.text.contains("@"), posts.c.links != "[]"),
        ]
        if sources is not None:
            where.append(posts.c.source.in_(list(sources)))
        query = (
            sa.select(
                *(
                    posts.c["published_ts" if c == "published_at" else c]
                    for c in LINKING_COLUMNS[:-1]
                ),
                _LABEL,
            )
            .select_from(with_labels(wid))
            .where(*where)
            .order_by(posts.c.published_ts, posts.c.id)
        )
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=size).execute(query)
            for rows in result.partitions():
                frame = pd.DataFrame(
                    dict(zip(LINKING_COLUMNS, zip(*rows))), columns=LINKING_COLUMNS, dtype=object
                )
                frame["published_at"] = pd.to_datetime(
                    frame["published_at"].astype("int64"), unit="s", utc=True
                )
                frame["links"] = [_json_list(v) for v in frame["links"]]
                yield frame

    def figure_posts(self, workspace: str) -> pd.DataFrame:
        """Every post of a workspace as the Balance figures read it (core.post.FIGURE_COLUMNS):
        the label in force worked out by the database, and no text, links or reasons."""
        wid = self._workspace_id(workspace)
        mine = posts.c.workspace_id == wid
        with self.engine.connect() as conn:
            # Counts no export here filled are not fetched: most sources carry two or three.
            filled = conn.execute(
                sa.select(*(sa.func.count(posts.c[name]) for name in ENGAGEMENT)).where(mine)
            ).one()
            counts = [name for name, n in zip(ENGAGEMENT, filled) if n]
            names = [
                "id",
                "source",
                "kind",
                "published_at",
                *counts,
                "channel",
                "label",
                "label_by",
            ]
            query = (
                sa.select(
                    posts.c.id,
                    posts.c.source,
                    posts.c.kind,
                    posts.c.published_ts,
                    *(posts.c[name] for name in counts),
                    posts.c.channel,
                    _LABEL,
                    _LABEL_BY,
                )
                .select_from(with_labels(wid))
                .where(mine)
                .order_by(posts.c.published_ts, posts.c.id)
            )
            # In parts, column by column: a million rows at once would hold a Python object per
            # value (most of a GB), and a DataFrame built from Row objects asks each for fields.
            result = conn.execution_options(yield_per=_FETCH_ROWS).execute(query)
            parts = [_frame_of(rows, names, counts) for rows in result.partitions()]
        frame = pd.concat(parts, ignore_index=True) if parts else _frame_of([], names, counts)
        for name in ENGAGEMENT:
            if name not in frame:
                frame[name] = pd.array([None] * len(frame), dtype="Int64")
        return frame[FIGURE_COLUMNS]

    def tallies(self, workspace: str) -> pd.DataFrame:
        """Posts counted by the database per UTC day, source, kind, channel and label in force
        (core.post.TALLY_COLUMNS): a few thousand rows where the workspace holds a million."""
        wid = self._workspace_id(workspace)
        ts = posts.c.published_ts
        day = ts - (ts % _DAY + _DAY) % _DAY  # midnight before, for times before 1970 too
        keys = [day, posts.c.source, posts.c.kind, posts.c.channel, _LABEL]
        query = (
            sa.select(*keys, sa.func.count())
            .select_from(with_labels(wid))
            .where(posts.c.workspace_id == wid)
            .group_by(*keys)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        frame = pd.DataFrame.from_records(rows, columns=TALLY_COLUMNS)
        frame["published_at"] = pd.to_datetime(frame["published_at"], unit="s", utc=True)
        frame["count"] = frame["count"].astype("int64")
        return frame.sort_values(TALLY_COLUMNS[:-1], na_position="last", kind="stable").reset_index(
            drop=True
        )


_UPDATABLE = [c for c in _FINGERPRINTED] + ["fingerprint", "import_id"]
_DAY = 86_400
# The label in force: a person's where there is one, else the model's; and who gave it.
_LABEL = sa.func.coalesce(labels.c.label, verdicts.c.label)
_LABEL_BY = sa.case(
    (labels.c.label.is_not(None), "human"), (verdicts.c.label.is_not(None), "model"), else_=None
)


_FETCH_ROWS = 100_000


def _frame_of(rows: Sequence[Any], names: list[str], counts: list[str]) -> pd.DataFrame:
    """Rows of figure_posts' query as typed columns."""
    columns = dict(zip(names, zip(*rows))) if rows else {name: () for name in names}
    return pd.DataFrame(
        {
            "published_at": pd.to_datetime(
                np.fromiter(columns["published_at"], dtype="int64", count=len(rows)),
                unit="s",
                utc=True,
            ),
            **{
                # Python strings as the driver made them: an Arrow string column costs a
                # quarter of a second per million to build.
                name: pd.array(columns[name], dtype="Int64" if name in counts else object)
                for name in names
                if name != "published_at"
            },
        }
    )


def in_full(wid: int) -> sa.Select:
    """Posts of a workspace with their verdict and human label: the raw columns shape_posts
    turns into the posts DataFrame (FULL_COLUMNS, in that order)."""
    return sa.select(
        *(posts.c[c] for c in POST_COLUMNS if c != "published_at"),
        posts.c.published_ts,
        verdicts.c.label.label("model_label"),
        verdicts.c.p_ask,
        verdicts.c.confidence,
        verdicts.c.reasons,
        verdicts.c.model_version,
        labels.c.label.label("human_label"),
        labels.c.labelled_by,
    ).select_from(with_labels(wid))


FULL_COLUMNS = [c for c in POST_COLUMNS if c != "published_at"] + [
    "published_ts", "model_label", "p_ask", "confidence", "reasons", "model_version",
    "human_label", "labelled_by",
]  # fmt: skip


def with_labels(wid: int) -> sa.Join:
    """Posts with their verdict and human label, where they have them."""
    return posts.outerjoin(
        verdicts, sa.and_(verdicts.c.workspace_id == wid, verdicts.c.post_id == posts.c.id)
    ).outerjoin(labels, sa.and_(labels.c.workspace_id == wid, labels.c.post_id == posts.c.id))


def shape_posts(frame: pd.DataFrame) -> pd.DataFrame:
    """Raw rows into the posts DataFrame: typed columns, decoded lists, the winning label."""
    from core.post import COLUMNS

    frame["published_at"] = pd.to_datetime(frame.pop("published_ts"), unit="s", utc=True)
    frame["links"] = [_json_list(v) for v in frame["links"]]
    frame["reasons"] = [_json_list(v) for v in frame["reasons"]]
    for name in ENGAGEMENT:
        frame[name] = frame[name].astype("Int64")
    frame["label"] = frame["human_label"].where(frame["human_label"].notna(), frame["model_label"])
    frame["label_by"] = pd.Series("model", index=frame.index, dtype="object").where(
        frame["human_label"].isna(), "human"
    )
    frame.loc[frame["label"].isna(), "label_by"] = None
    return frame[COLUMNS]


def _json_list(value: Any) -> list[Any]:
    # Most posts have no links and most verdicts no stored reasons: "[]" needs no decoder, and
    # at 100k posts the decoder was half the time it takes to load a workspace.
    if not isinstance(value, str) or value == "[]" or not value:
        return []
    return json.loads(value)


def _plan_values(item: PlannedPost) -> dict[str, Any]:
    return {
        "planned_ts": int(item.planned_at.timestamp()),
        "platform": item.platform,
        "text": item.text,
        "url": item.url,
        "label": item.label,
    }


def _summary_counts(summary: ImportSummary) -> dict[str, Any]:
    return {
        "imported": summary.imported,
        "updated": summary.updated,
        "unchanged": summary.unchanged,
        "skipped": summary.skipped,
        "labels_taken": summary.labels_taken,
        "labels_kept": summary.labels_kept,
        "labels_dropped": summary.labels_dropped,
    }


# Letters of other scripts that look like Latin ones: 'Аcme' with a Cyrillic А is not a new name.
_LOOKALIKES = str.maketrans(
    "аеорсуххіјѕԁһԛԝɑαοριυνκτεϲꮯ"  # Cyrillic, Latin alpha, Greek and Cherokee small letters
    "АВЕНІЈКМОРСЅТХУΑΒΕΗΙΚΜΝΟΡΤΥΧΖ",
    "aeopcyxxijsdhqwaaopiuvkteccabehijkmopcstxyabehikmnoptyxz",
)


def name_skeleton(name: str) -> str:
    """What a workspace name looks like on screen: compatibility forms folded (full-width,
    ligatures), invisible characters gone, case ignored, look-alike letters of other scripts
    read as the Latin ones. Two names with one skeleton cannot be told apart by a person."""
    folded = unicodedata.normalize("NFKC", name)
    visible = "".join(c for c in folded if unicodedata.category(c) not in _INVISIBLE)
    return " ".join(visible.casefold().translate(_LOOKALIKES).split())


def _refuse_lookalike(conn: Connection, name: str, but: int | None = None) -> None:
    skeleton = name_skeleton(name)
    for wid, existing in conn.execute(sa.select(workspaces.c.id, workspaces.c.name)):
        if wid != but and name_skeleton(existing) == skeleton:
            same = "already exists" if existing == name else f"looks the same as '{existing}'"
            raise UserError(f"A workspace named '{name}' {same}; pick another name.")


# Format characters (zero-width space and joiners, bidi marks, BOM) and controls.
_INVISIBLE = ("Cf", "Cc", "Co", "Cs", "Cn")


def _workspace_name(name: str) -> str:
    name = "".join(
        c for c in (name or "") if unicodedata.category(c) not in _INVISIBLE or c.isspace()
    )
    name = " ".join(name.split())
    if not name:
        raise UserError("A workspace needs a name.")
    if len(name) > 80:
        raise UserError("Keep a workspace name under 80 characters.")
    return name


def _insert_many(
    conn: Connection, table: sa.Table, rows: list[dict[str, Any]], **same: Any
) -> None:
    """Insert rows that all have the same keys, each with the columns in same added (the
    workspace: one value for all, not copied into 100k dicts). On SQLite straight through the
    driver's executemany: SQLAlchemy's per-row parameter handling costs twice the insert itself
    at 100k rows, and these columns (text, integers, floats) need none of it."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        _copy_rows(conn, table, rows, same)
        return
    if conn.dialect.name != "sqlite":
        conn.execute(sa.insert(table), [{**r, **same} for r in rows])
        return
    columns = [c for c in rows[0] if c not in same]
    names = ", ".join(f'"{table.c[c].name}"' for c in [*columns, *same])
    marks = ", ".join("?" * (len(columns) + len(same)))
    values = itemgetter(*columns) if len(columns) > 1 else lambda r: (r[columns[0]],)
    fixed = tuple(same.values())
    conn.exec_driver_sql(
        f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})',
        [values(r) + fixed for r in rows],
    )


def _copy_rows(
    conn: Connection, table: sa.Table, rows: list[dict[str, Any]], same: dict[str, Any]
) -> None:
    """PostgreSQL's COPY through psycopg 3: several times an executemany of INSERTs, which
    costs a round trip of parsing per batch."""
    columns = [c for c in rows[0] if c not in same]
    names = ", ".join(f'"{table.c[c].name}"' for c in [*columns, *same])
    values = itemgetter(*columns) if len(columns) > 1 else lambda r: (r[columns[0]],)
    fixed = tuple(same.values())
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    with cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row(values(row) + fixed)


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # sqlite3 would BEGIN only before a write, leaving the reads before it outside the
    # transaction; _sqlite_begin emits BEGIN itself instead (SQLAlchemy's recipe for SQLite).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout = 15000")
    with contextlib.suppress(Exception):  # in-memory databases cannot use WAL; that is fine
        cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()
    # SQLite's own lower() folds ASCII letters only; searching "CAFÉ" must find "café".
    dbapi_conn.create_function("unicode_lower", 1, _lower, deterministic=True)


def _lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


class lowered(sa.sql.functions.GenericFunction):
    """lower() that folds every letter: SQLite's is ASCII only, so there it is the connection's
    unicode_lower; PostgreSQL's folds by the database's locale."""

    type = sa.Text()
    inherit_cache = True


@compiles(lowered, "sqlite")
def _lowered_sqlite(element: lowered, compiler: Any, **kw: Any) -> str:
    return f"unicode_lower({compiler.process(element.clauses, **kw)})"


@compiles(lowered)
def _lowered_default(element: lowered, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


def _sqlite_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get("sqlite_immediate")
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
