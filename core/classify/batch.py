"""Batch labelling: a table of posts in (JSONL or Parquet), a table of verdicts out, in one
process or over a Dask cluster.

One function labels a table (label_frame): the command line runs it over the whole table, and
a Dask cluster runs the very same function over each partition, with the fitted model shipped
to every worker once, so a post gets the same verdict whichever way it is labelled.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import pandas as pd

from core.classify.cues import Doc
from core.classify.model import GiveAskModel, base_model
from core.classify.verdict import classify
from core.errors import UserError
from core.settings import Brand

# Columns of an input table: id and text are needed, the rest optional.
IN_COLUMNS = ["id", "text", "url", "platform"]
# Columns of the verdicts table, in the order the JSONL lines have always had.
OUT_COLUMNS = ["id", "label", "p_ask", "confidence", "reasons"]
# Rows per partition on a cluster: big enough that scheduling costs little, small enough that
# two workers' partitions fit easily in memory (about 40 MB of posts each).
PARTITION_ROWS = 50_000


def read_posts(path: str, stream: IO[str] | None = None) -> pd.DataFrame:
    """A JSONL file (or "-" with a stream, for stdin) or a Parquet file, as IN_COLUMNS."""
    if path != "-" and Path(path).suffix.lower() in {".parquet", ".pq"}:
        try:
            frame = pd.read_parquet(path)
        except (OSError, ValueError) as exc:
            raise UserError(f"{path} is not a readable Parquet file ({exc}).") from None
        missing = {"id", "text"} - set(frame.columns)
        if missing:
            raise UserError(f"{path} needs the columns id and text; it lacks {sorted(missing)}.")
        return _in_columns(frame)
    return _in_columns(pd.DataFrame(_jsonl_items(path, stream)))


def _jsonl_items(path: str, stream: IO[str] | None) -> list[dict[str, Any]]:
    items = []
    try:
        handle = stream if path == "-" and stream is not None else open(path, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        raise UserError(f"{path} cannot be opened ({exc.strerror}).") from None
    with handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise UserError(f"{path} line {n} is not JSON ({exc.msg}).") from None
            if not isinstance(item, dict) or "text" not in item:
                raise UserError(f'{path} line {n} needs at least "id" and "text".')
            items.append(item)
    return items


def _in_columns(frame: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(index=frame.index)
    for name in IN_COLUMNS:
        out[name] = frame[name] if name in frame.columns else None
    return out.astype(object).where(out.notna(), None)


def docs_of(frame: pd.DataFrame) -> list[Doc]:
    """What the model judges of each row: the text, the link, a reply when it opens with @."""
    docs = []
    for text, url, platform in zip(frame["text"], frame["url"], frame["platform"]):
        text = str(text or "")
        docs.append(
            Doc(
                text=text,
                links=(str(url),) if url else (),
                kind="reply" if text.lstrip().startswith("@") else "post",
                source=str(platform or ""),
            )
        )
    return docs


def label_frame(frame: pd.DataFrame, brand: Brand, model: GiveAskModel) -> pd.DataFrame:
    """Verdicts for a table of posts, row for row: OUT_COLUMNS."""
    verdicts = [v.as_dict() for v in classify(docs_of(frame), brand, model=model)]
    out = pd.DataFrame(verdicts, columns=OUT_COLUMNS[1:], index=frame.index)
    out.insert(0, "id", frame["id"])
    return out


def label_in_parts(
    frame: pd.DataFrame,
    brand: Brand,
    model: GiveAskModel,
    partition_rows: int = PARTITION_ROWS,
) -> pd.DataFrame:
    """label_frame over the partitions a cluster would get, one after the other, in this
    process: what the model works out for a million posts at once would take GBs."""
    parts = _partitions(frame, partition_rows)
    if len(parts) <= 1:
        return label_frame(frame, brand, model)
    return pd.concat([label_frame(part, brand, model) for part in parts])


def _partitions(frame: pd.DataFrame, rows: int) -> list[pd.DataFrame]:
    step = max(1, rows)
    return [frame.iloc[i : i + step] for i in range(0, len(frame), step)]


def label_on_dask(
    frame: pd.DataFrame,
    brand: Brand,
    model: GiveAskModel | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    partition_rows: int = PARTITION_ROWS,
) -> pd.DataFrame:
    """The verdicts label_frame gives, worked out over a Dask cluster: the one at `scheduler`
    (an address such as tcp://10.0.0.5:8786), or a local cluster of `workers` processes.

    The table is cut into partitions of partition_rows posts, sent to the workers, and each
    labelled there by label_frame with the model, which each worker receives once (it is tens
    of MB: shipped with every partition it would cost more than the labelling)."""
    model = model or base_model()
    parts = _partitions(frame, partition_rows)
    if not parts:
        return label_frame(frame, brand, model)
    with _client(scheduler, workers) as client:
        shipped = client.scatter(model, broadcast=True, hash=False)
        scattered = client.scatter(parts)  # spread over the workers, round the ring
        futures = client.map(label_frame, scattered, brand=brand, model=shipped, pure=False)
        return pd.concat(client.gather(futures))


@contextmanager
def _client(scheduler: str | None, workers: int | None) -> Iterator[Any]:
    from dask.distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=20)
        except OSError as exc:
            raise UserError(f"No Dask scheduler answers at {scheduler} ({exc}).") from None
        with client:
            yield client
        return
    with (
        # ":0": the cluster's web server on any free port, so two runs on one machine never collide
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def write_verdicts(verdicts: pd.DataFrame, path: str, stream: IO[str]) -> None:
    """Parquet when the path says so, else JSONL (to the stream for "-")."""
    if path != "-" and Path(path).suffix.lower() in {".parquet", ".pq"}:
        table = verdicts.assign(reasons=[list(r) for r in verdicts["reasons"]])
        table.to_parquet(path, index=False)
        return
    out = stream if path == "-" else open(path, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for row in verdicts[OUT_COLUMNS].itertuples(index=False):
            record = dict(zip(OUT_COLUMNS, row))
            record["reasons"] = list(record["reasons"])
            out.write(json.dumps(record, ensure_ascii=False, default=_plain) + "\n")
    finally:
        if out is not stream:
            out.close()


def _plain(value: Any) -> Any:
    # numpy scalars from a Parquet id column
    return value.item() if hasattr(value, "item") else str(value)
