"""The command line: `python -m core …`, a thin edge over the same functions as the app."""

from __future__ import annotations

import importlib.util
import json
import logging
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import click

from core.errors import DateOrderUnclear, UserError, unexpected
from core.settings import Brand


def _lazy(name: str) -> ModuleType:
    """The module, loaded on its first use: each command pays only for what it runs (`classify`
    starts without the store, the importers, the planner or the reports)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.loader is not None, name
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:  # as an import does: core.ingest is reachable from core
        setattr(sys.modules[parent], child, module)
    return module


pd = _lazy("pandas")
ingest = _lazy("core.ingest")
metrics = _lazy("core.balance.metrics")
batch = _lazy("core.classify.batch")
learning = _lazy("core.classify.learning")
evaluation = _lazy("core.classify.evaluate")
model = _lazy("core.classify.model")
planning = _lazy("core.plan.checks")
refilling = _lazy("core.plan.refill")
platform_rules = _lazy("core.plan.rules")
schedulers = _lazy("core.plan.schedulers")
report = _lazy("core.reports.export")
storage = _lazy("core.store")

log = logging.getLogger("core")
DEFAULT_WORKSPACE = "default"
workspace_option = click.option(
    "--workspace", "-w", default=DEFAULT_WORKSPACE, show_default=True, help="Workspace name."
)


def fail(message: str) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(2)


class Commands(click.Group):
    """Every command's errors end as one line on stderr and exit status 2 ("could not run"),
    never as a traceback: a UserError says what to do; anything else (a database locked past
    the wait, a full disk, a bug) is described by core.errors.unexpected. Status 1 stays each
    command's own answer (a refused file, a plan below target)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except UserError as exc:
            fail(exc.message)
        except Exception as exc:
            log.debug("command failed", exc_info=True)
            fail(unexpected(exc))


@click.group(cls=Commands)
def cli() -> None:
    """Goodwill Ledger: do you give more than you ask?"""


@cli.command("import")
@click.argument("sources", nargs=-1, required=True)
@workspace_option
@click.option(
    "--dates",
    type=click.Choice(["day-first", "month-first"]),
    default=None,
    help="How a sheet's numeric dates read (05/11/2026) when nothing in it tells.",
)
def import_(sources: tuple[str, ...], workspace: str, dates: str | None) -> None:
    """Import files (exports, feeds, CSV) or feed URLs into a workspace.

    A zip is read from disk member by member, so an archive of any size can be imported; loose
    X archive files named together (tweets.js and note-tweet.js) are read as one archive."""
    store = storage.Store()
    store.ensure_workspace(workspace)
    urls = [s for s in sources if s.lower().startswith(("http://", "https://"))]
    paths = [Path(s) for s in sources if s not in urls]
    reports = ingest.import_paths(store, workspace, paths) if paths else []
    if dates:  # sheets refused only for their date order, read again in the order given
        order = dates.removesuffix("-first")
        by_name = {p.name: p for p in paths}
        reports = [
            ingest.import_table(
                store, workspace, r.name, by_name[r.name].read_bytes(), {}, date_order=order
            )  # fmt: skip
            if isinstance(r.refusal, DateOrderUnclear) and r.name in by_name
            else r
            for r in reports
        ]
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
                batch.read_posts(infile, sys.stdin), brand, model.base_model(), partition_rows
            )
        batch.write_verdicts(verdicts, outfile, sys.stdout)
    except UserError as exc:
        fail(exc.message)


@cli.command("report")
@workspace_option
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the self-contained HTML report (the Balance page's download) to this file.",
)
def report_(workspace: str, as_json: bool, html_path: Path | None) -> None:
    """The workspace's give : ask balance against its target."""
    try:
        store = storage.Store()
        posts = store.posts(workspace)
        settings = store.settings(workspace)
    except UserError as exc:
        fail(exc.message)
    if html_path is not None:
        from core.reports.html_report import html_report  # altair: loaded only when asked for

        page = html_report(workspace, posts, settings, pd.Timestamp.now(tz="UTC"))
        _write_whole(html_path, page.encode("utf-8"))
        click.echo(f"HTML report written to {html_path}", err=True)
    if as_json:
        now = pd.Timestamp.now(tz="UTC")
        audience = store.measures(workspace)  # followers, unsubscribes by day: the cost of asks
        data = {"workspace": workspace, **report.workspace_data(posts, settings, now, audience)}
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    data = {"workspace": workspace, **metrics.summary(posts, settings)}
    total = metrics.Balance(int(data["give"]), int(data["ask"]))
    click.echo(f"{workspace}: {total.text()} (target {settings.target_text})")
    click.echo("on target" if data["meets_target"] else "below target")
    for name, counts in data["by_source"].items():  # type: ignore[union-attr]
        click.echo(f"  {name}: {metrics.Balance(counts['give'], counts['ask']).text()}")


def _write_whole(path: Path, data: bytes) -> None:
    """Write a file whole or not at all: a half-written report is never left behind."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(f"{path} could not be written ({exc.strerror}).") from None


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
        store = storage.Store()
        frame = store.posts(workspace)
    except UserError as exc:
        fail(exc.message)
    frame["reasons"] = learning.explain(store, workspace, frame)
    if fmt == "csv":  # the very bytes the app's download gives: one writer, one neutralising rule
        sys.stdout.flush()
        sys.stdout.buffer.write(report.posts_csv(frame))
        sys.stdout.buffer.flush()
        return
    sys.stdout.writelines(report.posts_jsonl(frame, POST_FIELDS))


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
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def check_(plan_path: str, workspace: str, platform: str, as_json: bool) -> None:
    """Check a plan (Hootsuite, Buffer or date/text CSV) against the target and the ledger.

    Each breaking week names past give posts to re-share (the refill) and every planned post is
    checked against the platform rules. Exits 1 when any planned week falls below the target or
    overdraws the ledger, 0 when the plan keeps it (a platform rule alone does not fail the
    check), and 2 when the check could not run (no such workspace, an unreadable plan, the
    database unavailable): a CI gate can tell "below target" from "broken".
    """
    try:
        store = storage.Store()
        settings = store.settings(workspace)
        every = store.posts(workspace)
        history = metrics.counted(every, settings)
        path = Path(plan_path)
        found = schedulers.read_plan(path.name, path.read_bytes(), platform)
        planned = planning.classify_plans(
            found.plans, settings.brand, model=learning.model_for(store, workspace)
        )
    except UserError as exc:
        fail(exc.message)
    now = pd.Timestamp.now(tz="UTC")
    result = planning.check(history, planned, settings, now)
    refills = refilling.by_week(refilling.refill(every, history, planned, settings, now, result))
    broken = platform_rules.plan_rules(planned, every, settings.brand, now)
    if as_json:
        data = planning_json(result, refills, broken)
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        sys.exit(0 if result.ok else 1)
    click.echo(found.describe())
    for line in result.lines():
        click.echo(line)
    for week, offer in refills.items():
        if offer.suggestions:
            click.echo(
                f"Refill for the week of {week.day} {week:%b %Y}, from your own best gives: "
                + ", ".join(offer.ids)
            )
    for warning in broken:
        click.echo(warning.text())
    sys.exit(0 if result.ok else 1)


def planning_json(
    result: planning.PlanCheck,
    refills: dict[pd.Timestamp, refilling.Refill],
    broken: list[platform_rules.RuleWarning],
) -> dict[str, Any]:
    """check --json: each planned week with its warnings and, where it breaks, `refill`: the
    ids of the past give posts that fix it; then the platform rules each planned post breaks."""
    weeks = []
    for row in result.weeks.to_dict("records"):
        week = row["week"]
        offer = refills.get(week)
        warnings = [w for w in result.warnings if w.week == week]
        weeks.append(
            {
                "week": week.date().isoformat(),
                "give": int(row["give"]),
                "ask": int(row["ask"]),
                "planned": int(row["planned"]),
                "on_target": bool(row["on_target"]),
                "ledger_low": round(float(row["ledger_low"]), 3),
                "ledger_end": round(float(row["ledger_end"]), 3),
                "ok": not warnings,
                "warnings": [
                    {"kind": w.kind, "problem": w.problem, "fix": w.fix} for w in warnings
                ],
                "refill": offer.ids if offer else [],
                "refill_fixes": bool(offer and offer.fixes),
            }
        )
    return {"ok": result.ok, "weeks": weeks, "rules": [w.as_dict() for w in broken]}


def main() -> None:
    try:
        cli(standalone_mode=True)
    except UserError as exc:
        fail(exc.message)


if __name__ == "__main__":
    main()
