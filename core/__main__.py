"""The command line: `python -m core …`, a thin edge over the same functions as the app."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
import pandas as pd

from core import ingest
from core.balance import metrics
from core.classify import batch, learning
from core.classify import evaluate as evaluation
from core.classify.model import base_model
from core.errors import UserError
from core.plan import checks as planning
from core.plan import schedulers
from core.reports import export as report
from core.settings import Brand
from core.store import Store

DEFAULT_WORKSPACE = "default"
workspace_option = click.option(
    "--workspace", "-w", default=DEFAULT_WORKSPACE, show_default=True, help="Workspace name."
)


def fail(message: str) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(2)


@click.group()
def cli() -> None:
    """Goodwill Ledger: do you give more than you ask?"""


@cli.command("import")
@click.argument("sources", nargs=-1, required=True)
@workspace_option
def import_(sources: tuple[str, ...], workspace: str) -> None:
    """Import files (exports, feeds, CSV) or feed URLs into a workspace.

    A zip is read from disk member by member, so an archive of any size can be imported; loose
    X archive files named together (tweets.js and note-tweet.js) are read as one archive."""
    store = Store()
    store.ensure_workspace(workspace)
    urls = [s for s in sources if s.lower().startswith(("http://", "https://"))]
    paths = [Path(s) for s in sources if s not in urls]
    reports = ingest.import_paths(store, workspace, paths) if paths else []
    reports += [ingest.import_url(store, workspace, url) for url in urls]
    for outcome in reports:
        click.echo(outcome.describe(), err=not outcome.ok)
    refused = sum(not outcome.ok for outcome in reports)
    sys.exit(1 if refused else 0)


def _load_brand(path: str | None) -> Brand:
    if not path:
        return Brand()
    try:
        return Brand.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError, AttributeError) as exc:
        raise UserError(f"{path} is not a readable brand JSON file ({exc}).") from None


@cli.command("classify")
@click.argument("infile", type=click.Path(allow_dash=True))
@click.option(
    "--brand",
    "brand_path",
    type=click.Path(),
    help="BRAND.json with name, domains, handles, products.",
)
@click.option(
    "--out",
    "outfile",
    default="-",
    show_default=True,
    type=click.Path(allow_dash=True, dir_okay=False),
    help="Where the verdicts go: a .parquet file, else JSONL (- for stdout).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: this process. dask: partitions over a Dask cluster.",
)
@click.option("--scheduler", help="A Dask scheduler's address (tcp://host:8786); default: a "
              "local cluster on this machine.")  # fmt: skip
@click.option(
    "--workers", type=click.IntRange(min=1), help="Worker processes of the local cluster."
)
@click.option("--partition-rows", type=click.IntRange(min=1), default=batch.PARTITION_ROWS,
              show_default=True, help="Posts per partition sent to a Dask worker.")  # fmt: skip
def classify_(
    infile: str,
    brand_path: str | None,
    outfile: str,
    engine: str,
    scheduler: str | None,
    workers: int | None,
    partition_rows: int,
) -> None:
    """Label each post of INFILE: JSONL lines {id, text, url?, platform?, date?} or a Parquet
    table with those columns.

    Writes {id, label, p_ask, confidence, reasons} per post, in the same order, as JSONL or
    Parquet (--out). With --engine dask the same model labels partitions on a Dask cluster, with
    the same verdicts post by post."""
    if scheduler and engine != "dask":
        fail("--scheduler needs --engine dask.")
    try:
        brand = _load_brand(brand_path)
        if engine == "dask":
            verdicts = batch.label_on_dask(
                batch.read_posts(infile, sys.stdin),
                brand,
                scheduler=scheduler,
                workers=workers,
                partition_rows=partition_rows,
            )
        else:
            verdicts = batch.label_in_parts(
                batch.read_posts(infile, sys.stdin), brand, base_model(), partition_rows
            )
        batch.write_verdicts(verdicts, outfile, sys.stdout)
    except UserError as exc:
        fail(exc.message)


@cli.command("report")
@workspace_option
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def report_(workspace: str, as_json: bool) -> None:
    """The workspace's give : ask balance against its target."""
    try:
        store = Store()
        posts = store.posts(workspace)
        settings = store.settings(workspace)
    except UserError as exc:
        fail(exc.message)
    if as_json:
        now = pd.Timestamp.now(tz="UTC")
        data = {"workspace": workspace, **report.workspace_data(posts, settings, now)}
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    data = {"workspace": workspace, **metrics.summary(posts, settings)}
    total = metrics.Balance(int(data["give"]), int(data["ask"]))
    click.echo(f"{workspace}: {total.text()} (target {settings.target_text})")
    click.echo("on target" if data["meets_target"] else "below target")
    for name, counts in data["by_source"].items():  # type: ignore[union-attr]
        click.echo(f"  {name}: {metrics.Balance(counts['give'], counts['ask']).text()}")


POST_FIELDS = [
    "id",
    "source",
    "kind",
    "published_at",
    "url",
    "text",
    "label",
    "label_by",
    "p_ask",
    "reasons",
]


@cli.command("posts")
@workspace_option
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True
)
def posts_(workspace: str, fmt: str) -> None:
    """Every post with its label, who gave it (human or model) and why."""
    try:
        store = Store()
        frame = store.posts(workspace)
    except UserError as exc:
        fail(exc.message)
    frame["reasons"] = learning.explain(store, workspace, frame)
    if fmt == "csv":  # the very bytes the app's download gives: one writer, one neutralising rule
        sys.stdout.flush()
        sys.stdout.buffer.write(report.posts_csv(frame))
        sys.stdout.buffer.flush()
        return
    out = sys.stdout
    for row in frame[POST_FIELDS].to_dict("records"):
        row["published_at"] = row["published_at"].isoformat()
        row["p_ask"] = None if row["p_ask"] != row["p_ask"] else round(float(row["p_ask"]), 4)
        out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


@cli.command("evaluate")
@click.argument("posts_path", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--accounts",
    "accounts_path",
    type=click.Path(exists=True, dir_okay=False),
    help="ACCOUNTS.json: each account's brand context (name, domains, handles, products).",
)
def evaluate_(posts_path: str | None, accounts_path: str | None) -> None:
    """Measure the classifier on labelled posts (JSONL with id, text, label, hard?, account?).

    Without a file: every set in ../shared/eval that is here, and the project's real labelled
    posts held out by organisation (a model trained without each one's posts), as a table."""
    if posts_path is None:
        click.echo("\n".join(evaluation.table(evaluation.evaluate_all())))
        return
    try:
        items, brands = evaluation.load_labelled(
            Path(posts_path), Path(accounts_path) if accounts_path else None
        )
    except UserError as exc:
        fail(exc.message)
    for line in evaluation.evaluate(items, brands).lines():
        click.echo(line)


@cli.command("check")
@click.argument("plan_path", metavar="PLAN.csv", type=click.Path(exists=True, dir_okay=False))
@workspace_option
@click.option("--platform", default=schedulers.DEFAULT_PLATFORM, show_default=True,
              help="Platform for rows that do not name one.")  # fmt: skip
def check_(plan_path: str, workspace: str, platform: str) -> None:
    """Check a plan (Hootsuite, Buffer or date/text CSV) against the target and the ledger.

    Exits 1 when any planned week falls below the target or overdraws the ledger, 0 otherwise.
    """
    try:
        store = Store()
        settings = store.settings(workspace)
        history = metrics.counted(store.posts(workspace), settings)
        path = Path(plan_path)
        found = schedulers.read_plan(path.name, path.read_bytes(), platform)
        planned = planning.classify_plans(
            found.plans, settings.brand, model=learning.model_for(store, workspace)
        )
    except UserError as exc:
        fail(exc.message)
    result = planning.check(history, planned, settings)
    click.echo(found.describe())
    for line in result.lines():
        click.echo(line)
    sys.exit(0 if result.ok else 1)


def main() -> None:
    try:
        cli(standalone_mode=True)
    except UserError as exc:
        fail(exc.message)


if __name__ == "__main__":
    main()
