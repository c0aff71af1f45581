"""One page of a workspace's posts, filtered and ordered by the database, and what the Posts page
needs to know about the whole workspace without loading it.

At a million posts, loading every post to filter it in pandas takes seconds and gigabytes; here
the database filters, counts and orders, and only the rows of one page are read in full. The
same SQLAlchemy statements run on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from core.classify.verdict import REVIEW_BELOW
from core.store import (
    FULL_COLUMNS,
    Store,
    in_full,
    labels,
    lowered,
    posts,
    shape_posts,
    verdicts,
    with_labels,
)

LEAST_SURE = "least sure first"
NEWEST = "newest first"
ORDERS = (LEAST_SURE, NEWEST)


@dataclass(frozen=True)
class PostFilter:
    """The Posts page's filters and order. Empty sources or labels mean all of them; days are
    inclusive UTC days of publication; text is matched literally, ignoring case."""

    sources: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    review_only: bool = False  # model verdicts under REVIEW_BELOW that no person labelled
    first_day: date | None = None
    last_day: date | None = None
    text: str = ""
    order: str = LEAST_SURE

    def __post_init__(self) -> None:
        if self.order not in ORDERS:
            raise ValueError(f"unknown order {self.order!r}")


@dataclass(frozen=True)
class PostsPage:
    """rows: the pinned posts the filter matches, then one page of the others, in order (the
    columns of Store.posts). matching: every post the filter matches, pinned ones included."""

    rows: pd.DataFrame
    matching: int
    pinned: int  # how many of rows, at the top, are pinned

    def pages(self, size: int) -> int:
        """Pages of `size` the unpinned matching posts fill (at least one)."""
        return max(1, -(-(self.matching - self.pinned) // size))


@dataclass(frozen=True)
class PostsOverview:
    """What the Posts page says about the whole workspace."""

    posts: int
    sources: tuple[str, ...]
    first_day: date | None
    last_day: date | None
    # Human labels in force, by the person who set them (None: a file's, or before names).
    labelled_by: dict[str | None, int]
    model_versions: tuple[str, ...]

    @property
    def labelled(self) -> int:
        return sum(self.labelled_by.values())


def _verdict_join(wid: int) -> sa.ColumnElement[bool]:
    return sa.and_(verdicts.c.workspace_id == wid, verdicts.c.post_id == posts.c.id)


def _label_join(wid: int) -> sa.ColumnElement[bool]:
    return sa.and_(labels.c.workspace_id == wid, labels.c.post_id == posts.c.id)


def _day_start(day: date) -> int:
    return int(datetime.combine(day, time(), UTC).timestamp())


def _conditions(wid: int, f: PostFilter) -> list[sa.ColumnElement[bool]]:
    where: list[sa.ColumnElement[bool]] = [posts.c.workspace_id == wid]
    if f.sources:
        where.append(posts.c.source.in_(f.sources))
    if f.labels:
        # The label in force: a person's, else the model's.
        where.append(sa.func.coalesce(labels.c.label, verdicts.c.label).in_(f.labels))
    if f.review_only:
        where += [labels.c.label.is_(None), verdicts.c.confidence < REVIEW_BELOW]
    if f.first_day is not None:
        where.append(posts.c.published_ts >= _day_start(f.first_day))
    if f.last_day is not None:
        where.append(posts.c.published_ts < _day_start(f.last_day + timedelta(days=1)))
    if f.text.isascii():
        # Literal: % and _ typed by a person are characters, not wildcards. ILIKE on
        # PostgreSQL; lower() LIKE on SQLite, whose lower() folds ASCII letters only.
        if f.text:
            where.append(posts.c.text.icontains(f.text, autoescape=True))
    else:  # "CAFÉ": letters SQLite's lower() does not fold (slower: a Python call a post)
        where.append(lowered(posts.c.text).contains(f.text.lower(), autoescape=True))
    return where


def _order(f: PostFilter) -> list[Any]:
    """The whole order, for the few pinned posts; pages walk it in parts (_parts)."""
    newest = [posts.c.published_ts.desc(), posts.c.id]
    if f.order == NEWEST:
        return newest
    # A person's labelled posts last (they need no review); posts without a verdict after
    # those with one (NULLs sort first on SQLite, last on PostgreSQL: said explicitly).
    return [
        sa.case((labels.c.label.is_(None), 0), else_=1),
        sa.case((verdicts.c.confidence.is_(None), 1), else_=0),
        verdicts.c.confidence,
        *newest,
    ]


@dataclass(frozen=True)
class _Part:
    """A run of the order that one indexed walk gives: its rows, conditions and order."""

    source: sa.FromClause
    where: list[sa.ColumnElement[bool]]
    order: list[Any]


def _parts(wid: int, f: PostFilter, where: list[sa.ColumnElement[bool]]) -> list[_Part]:
    """The order as runs the database walks on an index and stops once a page is full, rather
    than sorting every matching post: newest first on the publication time index; least sure
    first as the posts with a model verdict and no person's label, by confidence (the
    confidence index), then those with neither, then those a person labelled."""
    newest = [posts.c.published_ts.desc(), posts.c.id]
    if f.order == NEWEST:
        source = with_labels(wid) if (f.labels or f.review_only) else posts
        return [_Part(source, where, newest)]
    unlabelled = labels.c.label.is_(None)
    with_verdict = posts.join(verdicts, _verdict_join(wid)).outerjoin(labels, _label_join(wid))
    by_person = posts.join(labels, _label_join(wid)).outerjoin(verdicts, _verdict_join(wid))
    return [
        _Part(with_verdict, [*where, unlabelled], [verdicts.c.confidence, *newest]),
        _Part(with_labels(wid), [*where, unlabelled, verdicts.c.post_id.is_(None)], newest),
        _Part(by_person, where, _order(f)[1:]),
    ]


def page(
    store: Store,
    workspace: str,
    f: PostFilter,
    offset: int = 0,
    limit: int = 100,
    pinned: Iterable[str] = (),
) -> PostsPage:
    """One page of the posts the filter matches, in its order; the pinned ids that match come
    first, on every page, and the page's offset and limit count the others."""
    pinned = list(dict.fromkeys(pinned))
    offset, limit = max(0, int(offset)), max(0, int(limit))
    with store.reading(workspace) as (conn, wid):
        where = _conditions(wid, f)
        counted = with_labels(wid) if (f.labels or f.review_only) else posts
        total = _count(conn, counted, where)
        top = _pinned(conn, wid, f, where, pinned) if pinned else []
        # The order is worked out over ids only; whole rows are read for this page's alone.
        rest = where + ([posts.c.id.not_in(top)] if top else [])
        ids = top + _window(conn, _parts(wid, f, rest), offset, limit)
        rows = _rows(conn, wid, ids)
    return PostsPage(rows, total, len(top))


def _count(conn: Connection, source: sa.FromClause, where: list[sa.ColumnElement[bool]]) -> int:
    return int(
        conn.execute(sa.select(sa.func.count()).select_from(source).where(*where)).scalar_one()
    )


def _window(conn: Connection, parts: list[_Part], offset: int, limit: int) -> list[str]:
    """The ids at [offset, offset + limit) of the parts one after another. A part is counted
    only when the window starts past its end."""
    found: list[str] = []
    for part in parts:
        if len(found) >= limit:
            break
        want = limit - len(found)
        query = sa.select(posts.c.id).select_from(part.source).where(*part.where)
        got = list(conn.execute(query.order_by(*part.order).offset(offset).limit(want)).scalars())
        found += got
        if len(got) < want:  # the part ends inside the window, or before it
            size = offset + len(got) if got else _count(conn, part.source, part.where)
            offset = max(0, offset - size)
    return found


def _pinned(
    conn: Connection,
    wid: int,
    f: PostFilter,
    where: list[sa.ColumnElement[bool]],
    pinned: Sequence[str],
) -> list[str]:
    """The pinned posts the filter matches, in its order (they are one page's edits: a chunk)."""
    query = sa.select(posts.c.id).select_from(with_labels(wid)).where(*where).order_by(*_order(f))
    found: list[str] = []
    for i in range(0, len(pinned), 500):
        found += conn.execute(query.where(posts.c.id.in_(pinned[i : i + 500]))).scalars()
    return found


def _rows(conn: Connection, wid: int, ids: list[str]) -> pd.DataFrame:
    """These posts in full (Store.posts' columns), in the order of ids."""
    query = in_full(wid)
    found: list[Any] = []
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        found += conn.execute(query.where(posts.c.workspace_id == wid, posts.c.id.in_(chunk))).all()
    position = {pid: i for i, pid in enumerate(ids)}
    found.sort(key=lambda row: position[row[0]])
    frame = pd.DataFrame(found, columns=FULL_COLUMNS)
    # Typed as Store.posts types them, even when the page is empty.
    frame["published_ts"] = frame["published_ts"].astype("int64")
    for name in ("p_ask", "confidence"):
        frame[name] = frame[name].astype(float)
    return shape_posts(frame)


def _distinct(conn: Connection, column: sa.Column[Any], where: sa.ColumnElement[bool]) -> list:
    """The distinct values of an indexed column, one index seek each (a loose index scan):
    a handful of sources or model versions among a million rows costs a handful of seeks."""
    found: list[Any] = []
    while True:
        after = [column > found[-1]] if found else []
        value = conn.execute(sa.select(sa.func.min(column)).where(where, *after)).scalar()
        if value is None:
            return found
        found.append(value)


def overview(store: Store, workspace: str) -> PostsOverview:
    """The workspace at a glance, without reading its posts: how many, which sources, the
    first and last day, who labelled how many, which models labelled them."""
    with store.reading(workspace) as (conn, wid):
        mine = posts.c.workspace_id == wid
        count = conn.execute(sa.select(sa.func.count()).where(mine)).scalar_one()
        # Apart, min and max are one index seek each; together SQLite reads the whole index.
        first = conn.execute(sa.select(sa.func.min(posts.c.published_ts)).where(mine)).scalar()
        last = conn.execute(sa.select(sa.func.max(posts.c.published_ts)).where(mine)).scalar()
        sources = _distinct(conn, posts.c.source, posts.c.workspace_id == wid)
        people = conn.execute(
            sa.select(labels.c.labelled_by, sa.func.count())
            .select_from(labels.join(posts, _label_join(wid)))
            .where(labels.c.workspace_id == wid, posts.c.workspace_id == wid)
            .group_by(labels.c.labelled_by)
        ).all()
        versions = _distinct(conn, verdicts.c.model_version, verdicts.c.workspace_id == wid)
    return PostsOverview(
        posts=int(count),
        sources=tuple(sources),
        first_day=_day(first),
        last_day=_day(last),
        labelled_by={by: int(n) for by, n in people},
        model_versions=tuple(versions),
    )


def _day(ts: int | None) -> date | None:
    return None if ts is None else datetime.fromtimestamp(int(ts), UTC).date()


def outdated(store: Store, workspace: str, current: str) -> int:
    """Verdicts another model made than `current` (counted on the model-version index: ranges
    either side of the current version, empty when every verdict is current)."""
    with store.reading(workspace) as (conn, wid):
        version, mine = verdicts.c.model_version, verdicts.c.workspace_id == wid
        return sum(
            int(conn.execute(sa.select(sa.func.count()).where(mine, side)).scalar_one())
            for side in (version < current, version > current)
        )


def agreement(store: Store, workspace: str) -> tuple[int, int]:
    """(agreed, labelled): human labels in force on posts with a verdict, and how many of those
    the verdict agrees with."""
    with store.reading(workspace) as (conn, wid):
        agreed, labelled = conn.execute(
            sa.select(
                sa.func.coalesce(sa.func.sum(sa.case((labels.c.label == verdicts.c.label, 1),
                                                     else_=0)), 0),
                sa.func.count(),
            )
            .select_from(labels.join(verdicts, sa.and_(verdicts.c.workspace_id == wid,
                                                       verdicts.c.post_id == labels.c.post_id)))
            .where(labels.c.workspace_id == wid)
        ).one()  # fmt: skip
    return int(agreed), int(labelled)


def labelled_posts(store: Store, workspace: str) -> pd.DataFrame:
    """The posts a person labelled, in full (Store.posts' columns), oldest first: what the
    model relearns from, read without the rest of the workspace."""
    with store.reading(workspace) as (conn, wid):
        ids = list(
            conn.execute(
                sa.select(posts.c.id)
                .select_from(posts.join(labels, _label_join(wid)))
                .where(posts.c.workspace_id == wid)
                .order_by(posts.c.published_ts, posts.c.id)
            ).scalars()
        )
        return _rows(conn, wid, ids)
