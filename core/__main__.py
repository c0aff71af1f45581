"""The command line: `python -m core …`, a thin edge over the same functions as the app."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
import pandas as pd

from core import ingest
from core.balance import metrics
from core.classify import evaluate as evaluation
from core.classify import learning
from core.classify.verdict import Doc, classify
from core.errors import DateOrderUnclear, UserError
from core.plan import checks as planning
from core.plan import refill as refilling
from core.plan import rules as platform_rules
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
    store = Store()
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


def _read_jsonl(path: str) -> list[dict[str, Any]]:
    lines = []
    handle = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
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
            lines.append(item)
    return lines


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
def classify_(infile: str, brand_path: str | None) -> None:
    """Label each JSONL line {id, text, url?, platform?, date?}.

    Writes {id, label, p_ask, confidence, reasons} per line, in the same order."""
    try:
        items = _read_jsonl(infile)
        brand = _load_brand(brand_path)
    except UserError as exc:
        fail(exc.message)
    docs = [
        Doc(
            text=str(item.get("text") or ""),
            links=(str(item["url"]),) if item.get("url") else (),
            kind="reply" if str(item.get("text") or "").lstrip().startswith("@") else "post",
            source=str(item.get("platform") or ""),
        )
        for item in items
    ]
    out = sys.stdout
    for item, verdict in zip(items, classify(docs, brand)):
        out.write(
            json.dumps({"id": item.get("id"), **verdict.as_dict()}, ensure_ascii=False) + "\n"
        )


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
    overdraws the ledger, 0 otherwise (a platform rule alone does not fail the check).
    """
    try:
        store = Store()
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
    result = planning.check(history, planned, settings)
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
