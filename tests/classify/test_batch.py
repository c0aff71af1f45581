"""core.classify.batch and `python -m core classify`: JSONL and Parquet in and out, and a Dask
cluster of two workers giving the very verdicts one process gives, post by post."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from core.__main__ import cli
from core.classify import batch
from core.classify.model import base_model
from core.settings import Brand

OPENINGS = ["Five lessons from", "Buy our", "Thanks to everyone at", "Sign up for",
            "A thread on", "Last chance: 30% off", "@dana great point about", "Free guide to",
            "Book a demo of", "What we learned shipping"]  # fmt: skip
TOPICS = ["code review", "the spring course", "the meetup", "our webinar", "trunk work",
          "the dashboard", "hiring juniors", "the pro plan", "notes", "testing"]  # fmt: skip
LINKS = [None, "https://acme.io/pricing", "https://peer.example/essay", "https://acme.io/blog/1"]
PLATFORMS = [None, "x", "linkedin", "mastodon"]


def posts(n: int, seed: int = 7) -> pd.DataFrame:
    """n made-up posts mixing give and ask cues, links to the brand and to peers, replies."""
    rng = random.Random(seed)
    rows = [
        {
            "id": f"p{i}",
            "text": f"{rng.choice(OPENINGS)} {rng.choice(TOPICS)} #{i % 97}",
            "url": rng.choice(LINKS),
            "platform": rng.choice(PLATFORMS),
        }
        for i in range(n)
    ]
    return pd.DataFrame(rows)


BRAND = Brand(name="Acme", domains=("acme.io",), products=("the pro plan",))


def brand_file(tmp_path: Path) -> Path:
    path = tmp_path / "brand.json"
    path.write_text(json.dumps(BRAND.to_dict()))
    return path


def write_jsonl(frame: pd.DataFrame, path: Path) -> Path:
    with path.open("w") as fh:
        for row in frame.to_dict("records"):
            fh.write(json.dumps({k: v for k, v in row.items() if v is not None}) + "\n")
    return path


def test_jsonl_in_parquet_out_and_back_give_the_same_verdicts(tmp_path: Path) -> None:
    frame = posts(300)
    jsonl, parquet = write_jsonl(frame, tmp_path / "in.jsonl"), tmp_path / "in.parquet"
    frame.to_parquet(parquet)
    runner, brand = CliRunner(), str(brand_file(tmp_path))
    as_lines = runner.invoke(cli, ["classify", str(jsonl), "--brand", brand])
    assert as_lines.exit_code == 0, as_lines.output
    lines = [json.loads(line) for line in as_lines.stdout.splitlines()]
    out = tmp_path / "out.parquet"
    result = runner.invoke(cli, ["classify", str(parquet), "--brand", brand, "--out", str(out)])
    assert result.exit_code == 0, result.output
    table = pd.read_parquet(out)
    assert list(table.columns) == batch.OUT_COLUMNS
    assert [line["id"] for line in lines] == list(frame["id"]) == list(table["id"])
    assert [line["label"] for line in lines] == list(table["label"])
    assert [line["p_ask"] for line in lines] == list(table["p_ask"])
    assert [line["reasons"] for line in lines] == [list(r) for r in table["reasons"]]
    assert set(table["label"]) == {"give", "ask"}  # the made-up posts are not all one side


def test_a_parquet_without_text_is_refused_with_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "in.parquet"
    pd.DataFrame({"id": ["a"], "body": ["hello"]}).to_parquet(path)
    result = CliRunner().invoke(cli, ["classify", str(path)])
    assert result.exit_code == 2 and "needs the columns id and text" in result.output


def test_scheduler_without_the_dask_engine_is_refused(tmp_path: Path) -> None:
    path = write_jsonl(posts(2), tmp_path / "in.jsonl")
    result = CliRunner().invoke(cli, ["classify", str(path), "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2 and "--scheduler needs --engine dask" in result.output


@pytest.mark.slow
def test_a_dask_cluster_of_two_workers_gives_the_single_process_verdicts(tmp_path: Path) -> None:
    """Partitions labelled on two worker processes, the model shipped to each once: the same
    verdict for every post as one process gives, in the same order."""
    distributed = pytest.importorskip("distributed")
    frame = posts(12_000)
    source = tmp_path / "in.parquet"
    frame.to_parquet(source)
    expected = batch.label_frame(batch.read_posts(str(source)), BRAND, base_model())
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster:
        out = tmp_path / "out.parquet"
        result = CliRunner().invoke(
            cli,
            ["classify", str(source), "--brand", str(brand_file(tmp_path)), "--out", str(out),
             "--engine", "dask", "--scheduler", cluster.scheduler_address,
             "--partition-rows", "2500"],
        )  # fmt: skip
        assert result.exit_code == 0, result.output
        with distributed.Client(cluster) as client:
            executed = client.run(lambda dask_worker: dask_worker.state.executed_count)
    got = pd.read_parquet(out)
    assert len(executed) == 2 and all(n > 0 for n in executed.values())  # both did work
    assert list(got["id"]) == list(expected["id"])
    for column in ("label", "p_ask", "confidence"):
        assert list(got[column]) == list(expected[column]), column
    assert [list(r) for r in got["reasons"]] == [list(r) for r in expected["reasons"]]
