"""The command line: `python -m core …`, a thin edge over the same functions as the app."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any

import click

from core import ingest, metrics, report
from core.classify import Doc, classify
from core.errors import UserError
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
    """Import files (exports, feeds, CSV) or feed URLs into a workspace."""
    store = Store()
    store.ensure_workspace(workspace)
    refused = 0
    for source in sources:
        if source.lower().startswith(("http://", "https://")):
            report = ingest.import_url(store, workspace, source)
        else:
            report = ingest.import_path(store, workspace, Path(source))
        refused += not report.ok
        click.echo(report.describe(), err=not report.ok)
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
    """Label each JSONL line {id, text, url?, platform?, date?}; write {id, label, p_ask, confidence, reasons}."""
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
    data = {"workspace": workspace, **metrics.summary(posts, settings)}
    if as_json:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
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
        frame = Store().posts(workspace)
    except UserError as exc:
        fail(exc.message)
    out = sys.stdout
    rows = frame[POST_FIELDS].to_dict("records")
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=POST_FIELDS)
        writer.writeheader()
    for row in rows:
        row["published_at"] = row["published_at"].isoformat()
        row["p_ask"] = None if row["p_ask"] != row["p_ask"] else round(float(row["p_ask"]), 4)
        if fmt == "csv":
            row["reasons"] = "; ".join(row["reasons"])
            writer.writerow({k: report.spreadsheet_safe(v) for k, v in row.items()})
        else:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def main() -> None:
    try:
        cli(standalone_mode=True)
    except UserError as exc:
        fail(exc.message)


if __name__ == "__main__":
    main()
