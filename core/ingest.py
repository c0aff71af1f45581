"""Importing: a file or a feed URL into a workspace, parsed, classified and stored atomically.

The one path every import takes (the Import page, the CLI, the demo seed), so they all report
the same way and keep the same promises: nothing half-stored, human labels never touched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from core.classify import learning
from core.classify.model import GiveAskModel
from core.classify.verdict import Doc, classify
from core.errors import UserError, unexpected
from core.post import SOURCES, Post
from core.settings import Brand
from core.sources import fetch, table
from core.sources.base import MAX_FILE_BYTES, Parsed
from core.sources.sniff import parse_upload, parse_x_parts, x_parts
from core.sources.vet import vet
from core.store import ImportBatch, ImportSummary, Store, post_row

Progress = Callable[[str], None]
log = logging.getLogger(__name__)


@dataclass
class FileReport:
    """What happened to one uploaded file or URL."""

    name: str
    summaries: list[ImportSummary] = field(default_factory=list)
    error: str | None = None
    # The refusal itself, for a caller that can do more than show it: a ColumnsNotRecognised
    # lets the Import page offer to map the sheet's columns by hand.
    refusal: UserError | None = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return self.error is None

    def describe(self) -> str:
        if self.error:
            why = self.error if self.error.startswith(self.name) else f"{self.name}: {self.error}"
            return f"Refused: {why}"
        return "\n".join(
            f"{s.title}: {s.describe()}" + "".join(f"; {n}" for n in s.notes)
            for s in self.summaries
        )


def verdict_rows(
    ids: list[str], docs: list[Doc], brand: Brand, model: GiveAskModel
) -> list[dict[str, object]]:
    """Store rows of the verdicts for these posts. Reasons are left for the rows a person looks
    at (core.classify.learning.explain): at 100k posts they would cost more than the labels."""
    return [
        {
            "post_id": pid,
            "label": v.label,
            "p_ask": v.p_ask,
            "confidence": v.confidence,
            "reasons": "[]",
            "model_version": v.model_version,
        }
        for pid, v in zip(ids, classify(docs, brand, explain=False, model=model))
    ]


def _matched(parsed: Parsed, known: dict[str, str]) -> Parsed:
    """A merge file's posts under the ids of the stored posts they are (Parsed.match_ids); the
    ones not stored yet are skipped and the file says what to import first."""
    if parsed.match_ids is None:
        return parsed
    ids = parsed.match_ids(known.keys())
    posts = [replace(p, id=ids[p.id]) for p in parsed.posts if p.id in ids]
    missing = len(parsed.posts) - len(posts)
    if missing:
        parsed.skipped[f"not among your imported {SOURCES.get(parsed.posts[0].source)} posts"] += (
            missing
        )
        parsed.notes.append(
            f"{missing:,} posts here are not among the posts imported so far: import your "
            "posts first (LinkedIn: Shares.csv or the export zip), then this file again"
        )
    parsed.posts = posts
    return parsed


def _batch(parsed: Parsed, brand: Brand, known: dict[str, str], model: GiveAskModel) -> ImportBatch:
    parsed = _matched(parsed, known)
    summary = ImportSummary(
        name=parsed.name, format=parsed.format, skipped=dict(parsed.skipped), notes=parsed.notes
    )
    return _batch_of(parsed.posts, summary, parsed, brand, known, model)


def _batch_of(
    posts: list[Post],
    summary: ImportSummary,
    parsed: Parsed,
    brand: Brand,
    known: dict[str, str],
    model: GiveAskModel,
) -> ImportBatch:
    rows = [post_row(p) for p in posts]
    # Classify only what is new or changed; a re-import of the same export costs no model time.
    # Posts without words (a photo, a bare repost) get no verdict: there is nothing to judge.
    fresh = [
        p for p, r in zip(posts, rows) if known.get(r["id"]) != r["fingerprint"] and p.text.strip()
    ]
    docs = [Doc(p.text, p.links, p.kind, p.source) for p in fresh]
    verdicts = verdict_rows([p.id for p in fresh], docs, brand, model)
    return ImportBatch(
        summary,
        rows,
        verdicts,
        parsed.labels,
        merge=parsed.merge,
        legacy=parsed.legacy,
        measures=parsed.measures,
    )


def _batches(
    parsed: list[Parsed],
    brand: Brand,
    known: dict[str, str],
    model: GiveAskModel,
    say: Progress,
) -> Iterator[ImportBatch]:
    """Each parsed file as one batch; a file whose posts come in batches (Parsed.batches) as
    one batch per part, classified only when the store asks for it, so the parts of a file of a
    million posts are never all in memory at once."""
    for p in parsed:
        if p.batches is None:
            yield _batch(p, brand, known, model)
            continue
        summary = ImportSummary(name=p.name, format=p.format, notes=p.notes)
        done = 0
        for posts in p.batches():
            summary.skipped = dict(p.skipped)
            yield _batch_of(posts, summary, p, brand, known, model)
            done += len(posts)
            say(f"{done:,} posts of {p.name} labelled and stored…")
        summary.skipped = dict(p.skipped)


def import_bytes(
    store: Store, workspace: str, name: str, data: bytes, progress: Progress | None = None
) -> FileReport:
    """Import one file. A UserError becomes the report's error; nothing is stored then."""
    return _import(store, workspace, name, lambda: parse_upload(name, data), progress)


def import_uploads(
    store: Store,
    workspace: str,
    uploads: list[tuple[str, bytes]],
    progress: Progress | None = None,
) -> list[FileReport]:
    """Import files uploaded together: each on its own, except loose parts of one X archive
    (tweets.js with note-tweet.js, which holds the full text of long posts), read as one."""
    together, alone = x_parts(uploads)
    reports = []
    if together:
        name = " + ".join(n for n, _ in together)
        reports.append(_import(store, workspace, name, lambda: parse_x_parts(together), progress))
    reports.extend(import_bytes(store, workspace, n, data, progress) for n, data in alone)
    return reports


def import_table(
    store: Store,
    workspace: str,
    name: str,
    data: bytes,
    mapping: Mapping[str, str | None],
    progress: Progress | None = None,
    date_order: str | None = None,
) -> FileReport:
    """Import a CSV or Excel sheet with the columns a person chose (field → column header:
    date and text, and any of url, platform, likes, …); see core.sources.table.apply_mapping.
    date_order ("day" or "month") says how numeric dates read when the file does not."""

    def parse() -> list[Parsed]:
        return [table.parse_table(name, data, mapping, date_order)]

    return _import(store, workspace, name, parse, progress)


def import_path(
    store: Store, workspace: str, path: Path, progress: Progress | None = None
) -> FileReport:
    """Import a file on disk. A zip (or tar) is read member by member from the file, so an
    archive of any size fits in memory; any other file is refused by size before it is read."""
    try:
        path.stat()
    except OSError as exc:
        return FileReport(path.name, error=f"cannot be opened ({exc.strerror}).")
    return _import(store, workspace, path.name, lambda: parse_upload(path.name, path), progress)


def import_paths(
    store: Store, workspace: str, paths: list[Path], progress: Progress | None = None
) -> list[FileReport]:
    """Import files on disk as import_uploads does uploads: loose parts of one X archive
    (tweets.js beside note-tweet.js) are read together, every other file on its own."""
    heads = [(path, _head(path)) for path in paths]
    together, _ = x_parts([(str(i), head) for i, (_, head) in enumerate(heads)])
    grouped = {int(i) for i, _ in together}
    parts = []
    for i in sorted(grouped):  # loose .js parts: small enough to read whole, or left alone
        path = paths[i]
        try:
            if path.stat().st_size <= MAX_FILE_BYTES:
                parts.append((path.name, path.read_bytes()))
                continue
        except OSError:
            pass
        grouped.discard(i)
    reports = import_uploads(store, workspace, parts, progress) if parts else []
    reports.extend(
        import_path(store, workspace, path, progress)
        for i, path in enumerate(paths)
        if i not in grouped
    )
    return reports


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(256)
    except OSError:
        return b""  # import_path says why it cannot be opened


def _import(
    store: Store,
    workspace: str,
    name: str,
    parse: Callable[[], list[Parsed]],
    progress: Progress | None,
) -> FileReport:
    say = progress or (lambda _msg: None)
    report = FileReport(name)
    try:
        say(f"Reading {name}…")
        parsed = [vet(p) for p in parse()]
        streamed = any(p.batches for p in parsed)
        if not streamed and not any(p.posts or p.labels or p.measures for p in parsed):
            skipped = sum(sum(p.skipped.values()) for p in parsed)
            raise UserError(
                "it holds no posts to import"
                + (f" ({skipped:,} entries skipped: {_skip_text(parsed)})." if skipped else ".")
            )
        brand = store.settings(workspace).brand
        known = store.fingerprints(workspace)
        model = learning.model_for(store, workspace)
        if streamed:  # classified part by part inside the import's one transaction
            say("Labelling and saving in parts…")
            report.summaries = store.save_import(
                workspace, _batches(parsed, brand, known, model, say)
            )
            return report
        say(f"Labelling {sum(len(p.posts) for p in parsed):,} posts…")
        batches = [_batch(p, brand, known, model) for p in parsed]
        if not any(b.rows or b.labels or b.measures for b in batches):  # nothing matched
            raise UserError("; ".join(n for p in parsed for n in p.notes) + ".")
        say("Saving…")
        report.summaries = store.save_import(workspace, batches)
    except UserError as exc:
        report.error = exc.message
        report.refusal = exc
    except Exception as exc:
        log.debug("importing %s failed", name, exc_info=True)
        report.error = unexpected(exc)
    return report


def import_url(
    store: Store, workspace: str, url: str, progress: Progress | None = None
) -> FileReport:
    say = progress or (lambda _msg: None)
    try:
        say(f"Fetching {url}…")
        fetched = fetch.fetch_feed(url)
    except UserError as exc:
        return FileReport(url, error=exc.message)
    except Exception as exc:
        log.debug("fetching %s failed", url, exc_info=True)
        return FileReport(url, error=unexpected(exc))
    return import_bytes(store, workspace, fetched.url, fetched.data, progress)


def reclassify(store: Store, workspace: str) -> int:
    """Label every post of a workspace again (after the brand, the model or the person's
    corrections changed). Human labels are untouched: they live in their own table.

    The whole relearn holds the workspace's write lock (store.relearning): two people relearning
    at once take turns, and the verdicts written are all from the model the labels make."""
    with store.relearning(workspace):
        frame = store.posts(workspace)
        frame = frame[frame["text"].str.strip() != ""]
        brand = store.settings(workspace).brand
        docs = [
            Doc(t, tuple(lk), k, s)
            for t, lk, k, s in zip(frame["text"], frame["links"], frame["kind"], frame["source"])
        ]
        rows = verdict_rows(list(frame["id"]), docs, brand, learning.model_for(store, workspace))
        store.save_verdicts(workspace, rows, replace_all=True)
    return len(rows)


def _skip_text(parsed: list[Parsed]) -> str:
    reasons: dict[str, int] = {}
    for p in parsed:
        for reason, n in p.skipped.items():
            reasons[reason] = reasons.get(reason, 0) + n
    return "; ".join(f"{n:,} {r}" for r, n in sorted(reasons.items(), key=lambda kv: -kv[1]))
