"""core.__main__: the command line scripts and CI gates rely on, run through click's CliRunner.

Every run uses the temporary database the autouse fixture puts in GOODWILL_DB.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from core.__main__ import POST_FIELDS, cli
from core.store import Store

AUDIT = (
    b"id,date,text,label\n"
    b"1,2024-03-04 09:00,Five tips for calmer code reviews,give\n"
    b"2,2024-03-05 09:00,Thanks to everyone at the meetup,give\n"
    b'3,2024-03-12 09:00,"=HYPERLINK(""https://evil.example"",""win"")",give\n'
)


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.fixture
def files(tmp_path: Path, make) -> dict[str, Path]:
    paths = {
        "audit": tmp_path / "audit.csv",
        "feed": tmp_path / "feed.xml",
        "bad": tmp_path / "notes.pdf",
    }
    paths["audit"].write_bytes(AUDIT)
    paths["feed"].write_bytes(make.rss([make.rss_item(1), make.rss_item(2)]))
    paths["bad"].write_bytes(b"%PDF-1.7 not an export")
    return paths


# --- import ----------------------------------------------------------------------------------
def test_import_all_good_exits_0_with_a_line_per_file(files, store) -> None:
    result = run("import", str(files["audit"]), str(files["feed"]), "--workspace", "Mine")
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("audit.csv (CSV): 3 new")
    assert lines[1].startswith("feed.xml (RSS feed): 2 new")
    assert len(store.posts("Mine")) == 5


def test_import_again_reports_nothing_new(files) -> None:
    run("import", str(files["feed"]))
    result = run("import", str(files["feed"]))
    assert result.exit_code == 0
    assert "0 new, 0 updated, 2 already there" in result.stdout


def test_import_with_any_refusal_exits_1_and_says_why(files, tmp_path, store) -> None:
    result = run("import", str(files["feed"]), str(files["bad"]), str(tmp_path / "missing.csv"))
    assert result.exit_code == 1
    assert "feed.xml (RSS feed): 2 new" in result.stdout
    assert "Refused: notes.pdf looks like a PDF document" in result.stderr
    assert "Refused: missing.csv: cannot be opened" in result.stderr
    assert len(store.posts("default")) == 2  # the good file still landed


def test_tweets_js_and_note_tweet_js_named_together_are_read_as_one_archive(
    tmp_path, make, store
) -> None:
    full = "A long post about calmer code reviews. " * 10
    (tmp_path / "tweets.js").write_bytes(
        make.tweets_js(
            [make.tweet("1", full[:270] + "…", created_at="Tue Dec 02 04:52:54 +0000 2025")]
        )
    )
    note = {"noteTweet": {"createdAt": "2025-12-02T04:52:54.000Z", "core": {"text": full.strip()}}}
    (tmp_path / "note-tweet.js").write_bytes(make.tweets_js([note], kind="note_tweet"))
    result = run("import", str(tmp_path / "tweets.js"), str(tmp_path / "note-tweet.js"))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("tweets.js + note-tweet.js (X archive): 1 new")
    assert store.posts("default").set_index("id").loc["x:1", "text"] == full.strip()


def test_import_of_a_local_address_is_refused_without_network(store) -> None:
    result = run("import", "http://127.0.0.1:9/feed.xml")
    assert result.exit_code == 1
    assert "private or local" in result.stderr


# --- classify --------------------------------------------------------------------------------
def test_classify_writes_one_line_per_input_in_order(tmp_path: Path) -> None:
    items = [
        {"id": "b", "text": "New plans for teams", "url": "https://acme.io/pricing"},
        {"id": "a", "text": "Five lessons from a year of code review.", "platform": "x"},
        {"id": 3, "text": "@ann agreed!", "date": "2024-01-01"},
        {"id": "empty", "text": ""},
    ]
    infile = tmp_path / "in.jsonl"
    infile.write_text("\n".join(json.dumps(i) for i in items) + "\n\n", encoding="utf-8")
    brand = tmp_path / "brand.json"
    brand.write_text(
        json.dumps({"name": "Acme", "domains": ["acme.io"], "handles": [], "products": []})
    )

    result = run("classify", str(infile), "--brand", str(brand))
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["b", "a", 3, "empty"]
    for o in out:
        assert set(o) == {"id", "label", "p_ask", "confidence", "reasons"}
        assert o["label"] in ("give", "ask")
        assert 0 <= o["p_ask"] <= 1 and o["confidence"] == pytest.approx(
            max(o["p_ask"], 1 - o["p_ask"]), abs=1e-4
        )
        assert isinstance(o["reasons"], list)
    # --brand is read: the link is to the brand's own pricing page, which leans ask.
    without_brand = [json.loads(line) for line in run("classify", str(infile)).stdout.splitlines()]
    assert out[0]["p_ask"] > without_brand[0]["p_ask"] + 0.2
    assert any("your pricing page" in r for r in out[0]["reasons"])
    assert not any("your pricing page" in r for r in without_brand[0]["reasons"])


def test_classify_reads_stdin() -> None:
    result = run("classify", "-", input='{"id": "x", "text": "Buy now, 50% off today only!"}\n')
    assert result.exit_code == 0
    assert json.loads(result.stdout)["label"] == "ask"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('{"id": 1, "text": "ok"}\n{not json}\n', "line 2 is not JSON"),
        ('{"id": 1}\n', '"id" and "text"'),
    ],
)
def test_classify_refuses_bad_input_with_exit_2(tmp_path: Path, content: str, words: str) -> None:
    infile = tmp_path / "in.jsonl"
    infile.write_text(content)
    result = run("classify", str(infile))
    assert result.exit_code == 2
    assert words in result.stderr and "Traceback" not in result.output


def test_classify_refuses_an_unreadable_brand_file(tmp_path: Path) -> None:
    infile, brand = tmp_path / "in.jsonl", tmp_path / "brand.json"
    infile.write_text('{"id": 1, "text": "hi"}\n')
    brand.write_text("{broken")
    result = run("classify", str(infile), "--brand", str(brand))
    assert result.exit_code == 2 and "not a readable brand JSON" in result.stderr


# --- report ----------------------------------------------------------------------------------
def test_report_json_without_asks_has_a_null_ratio(files) -> None:
    run("import", str(files["audit"]), "-w", "Audit")
    result = run("report", "-w", "Audit", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {
        "workspace",
        "posts",
        "give",
        "ask",
        "ratio",
        "first",
        "last",
        "by_source",
        "by_kind",
    } <= set(data)
    assert data["workspace"] == "Audit"
    assert (data["posts"], data["give"], data["ask"]) == (3, 3, 0)
    assert data["ratio"] is None
    assert data["first"] == "2024-03-04T09:00:00+00:00"
    assert data["last"] == "2024-03-12T09:00:00+00:00"
    assert data["by_source"] == {"table": {"posts": 3, "give": 3, "ask": 0}}
    assert data["by_kind"] == {"post": {"posts": 3, "give": 3, "ask": 0}}


def test_report_json_with_asks(files, store: Store) -> None:
    run("import", str(files["audit"]), "-w", "Audit")
    store.set_label("Audit", "table:table:3", "ask")
    data = json.loads(run("report", "-w", "Audit", "--json").stdout)
    assert (data["give"], data["ask"], data["ratio"]) == (2, 1, 2.0)
    assert data["by_kind"]["post"] == {"posts": 3, "give": 2, "ask": 1}


def test_report_text(files, store: Store) -> None:
    run("import", str(files["audit"]), "-w", "Audit")
    store.set_label("Audit", "table:table:3", "ask")
    result = run("report", "-w", "Audit")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "Audit: 2 give : 1 ask, 2.0 : 1 (target 80/20 (4:1))"
    assert "below target" in result.stdout


def test_report_of_an_unknown_workspace_exits_2(store) -> None:
    result = run("report", "-w", "Nobody", "--json")
    assert result.exit_code == 2
    assert "no workspace named 'Nobody'" in result.stderr


# --- posts -----------------------------------------------------------------------------------
def test_posts_jsonl(files) -> None:
    run("import", str(files["audit"]))
    result = run("posts", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 3
    for row in rows:
        assert list(row) == POST_FIELDS
        assert row["label"] == "give" and row["label_by"] == "human"
        assert isinstance(row["reasons"], list)
    assert POST_FIELDS == [
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
    assert rows[0]["published_at"] == "2024-03-04T09:00:00+00:00"


def test_posts_csv_neutralises_formula_cells(files) -> None:
    run("import", str(files["audit"]))
    result = run("posts", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout_bytes.decode("utf-8-sig"))))
    header = list(rows[0])
    assert [c for c in header if c in POST_FIELDS] == POST_FIELDS  # extra columns are fine
    assert len(rows) == 3
    risky = rows[2]["text"]
    assert risky.startswith("'=HYPERLINK(")
    assert not any(
        cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.values() if cell
    )


# --- evaluate ---------------------------------------------------------------------------------
def test_evaluate_measures_a_labelled_file(tmp_path: Path) -> None:
    posts = tmp_path / "labelled.jsonl"
    items = [
        {"id": "1", "text": "Book a demo of our app today: 20% off", "label": "ask"},
        {"id": "2", "text": "Five tips for calmer code reviews, with examples", "label": "give"},
    ]
    posts.write_text("\n".join(json.dumps(i) for i in items), encoding="utf-8")
    result = run("evaluate", str(posts))
    assert result.exit_code == 0, result.output
    assert "posts               2" in result.output and "ask recall" in result.output


def test_evaluate_without_a_file_prints_every_set_as_a_table(monkeypatch) -> None:
    from core.classify import evaluate as evaluation

    measured = evaluation.score(
        np.array([True, False, True]), np.array([0.9, 0.2, 0.4]), np.array([False, False, True])
    )
    monkeypatch.setattr(evaluation, "evaluate_all", lambda: [("dev", measured)])
    result = run("evaluate")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("| set | posts | accuracy | macro-F1 | ask recall")
    assert lines[2] == "| `dev` | 3 | 0.667 | 0.667 | 0.500 | 0.000 (1) | 0.300 | 0.0% |"


def test_import_asks_for_the_date_order_and_takes_it_from_dates(tmp_path: Path, store) -> None:
    sheet = tmp_path / "audit.csv"
    sheet.write_bytes(b"date,text\n05/11/2026,Five tips\n06/11/2026,A thread on testing\n")
    refused = run("import", str(sheet), "-w", "Dates")
    assert refused.exit_code == 1 and "--dates day-first or --dates month-first" in refused.stderr
    assert store.posts("Dates").empty
    done = run("import", str(sheet), "-w", "Dates", "--dates", "day-first")
    assert done.exit_code == 0, done.output
    dates = sorted(store.posts("Dates")["published_at"].dt.strftime("%Y-%m-%d"))
    assert dates == ["2026-11-05", "2026-11-06"]
