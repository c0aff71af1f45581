"""core.reports.export: the posts CSV a spreadsheet opens safely."""

from __future__ import annotations

import csv
import io
import json

import pytest

from core import ingest
from core.reports.export import EXPORT_COLUMNS, posts_csv, spreadsheet_safe

RISKY = [
    '=HYPERLINK("https://evil.example","click")',
    "+1 to everything said here",
    "-- a dash of wit",
    "@ann thanks for the tip",
]


@pytest.fixture
def exported(store, workspace, make) -> list[dict[str, str]]:
    rows = [["date", "text", "url"]] + [
        [f"2024-01-0{i + 1} 10:00", text, f"https://me.example/{i}"] for i, text in enumerate(RISKY)
    ]
    report = ingest.import_bytes(store, workspace, "posts.csv", make.csv(rows))
    assert report.ok, report.describe()
    store.set_label(workspace, store.posts(workspace)["id"].iloc[0], "give")
    frame = store.posts(workspace)
    frame["reasons"] = [["asks people to buy", "but shares a link"]] + [[]] * (len(frame) - 1)
    data = posts_csv(frame)
    assert data.startswith(b"\xef\xbb\xbf")  # a BOM, so Excel reads UTF-8 as UTF-8
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_columns_and_one_row_per_post(exported) -> None:
    assert list(exported[0]) == EXPORT_COLUMNS
    assert len(exported) == len(RISKY)


def test_cells_that_would_run_as_formulas_are_neutralised(exported) -> None:
    assert [row["text"] for row in exported] == ["'" + text for text in RISKY]


def test_values_are_readable(exported) -> None:
    first = exported[0]
    assert first["published_at"] == "2024-01-01T10:00:00+00:00"
    assert first["label"] == "give" and first["label_by"] == "human"
    assert exported[1]["label_by"] == "model"
    assert 0 <= float(first["p_ask"]) <= 1
    assert first["reasons"] == "asks people to buy; but shares a link"  # not a list's repr
    assert exported[1]["reasons"] == ""
    assert first["url"] == "https://me.example/0"


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@sum", "'@sum"),
        ("\tx", "'\tx"),
        ("plain", "plain"),
        ("a=b", "a=b"),
        (0.5, 0.5),
        (None, None),
    ],
)
def test_spreadsheet_safe(value: object, safe: object) -> None:
    assert spreadsheet_safe(value) == safe


# --- the workspace as data, the HTML report, and the CLI's CSV --------------------------------
def _week_posts():
    from frames import week_fixture

    return week_fixture()


def test_workspace_data_has_the_weekly_series_consistency_and_ledger() -> None:
    import json

    import pandas as pd

    from core.reports.export import workspace_data
    from core.settings import Settings

    data = workspace_data(
        _week_posts(), Settings(half_life_days=0), pd.Timestamp("2026-04-05 12:00", tz="UTC")
    )
    data = json.loads(json.dumps(data))  # plain data all the way down
    assert (data["give"], data["ask"], data["not_counted"]) == (10, 5, 2)
    assert [w["give"] for w in data["weekly"]] == [4, 0, 0, 2, 4]
    assert set(data["consistency"]) == {"all", "x", "feed"}
    assert data["consistency"]["all"]["longest_ask_run"]["length"] == 4
    assert data["consistency"]["all"]["on_target_weeks"] == 3
    assert data["ledger"]["balance"] == -10.0
    # 10 gives in the 12 weeks before 5 April: 0.83 a week, so -10 reaches 4 (an ask) after
    # 17 weeks, on Sunday 2 August, in the week of Monday 27 July.
    assert data["ledger"]["advice"] == (
        "14 more give posts before your next ask. At your recent pace of 0.8 give posts a week "
        "it can pay for an ask again in about 17 weeks (week of 27 Jul 2026)."
    )
    assert data["ledger"]["gives_per_week"] == 0.83
    assert 3 <= len(data["findings"]) <= 5


def test_html_report_is_self_contained_and_escapes_every_string() -> None:
    import re

    import pandas as pd

    from core.reports.html_report import html_report
    from core.settings import Settings

    posts = _week_posts()
    posts.loc[0, "text"] = "<script>alert(1)</script>"
    page = html_report(
        "<img src=x onerror=alert(1)>", posts, Settings(), pd.Timestamp("2026-04-05", tz="UTC")
    )
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    outside = set(re.findall(r"https?://[^\"'\s<>)]+", page))
    assert outside <= {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}, outside
    assert not re.search(r"""(?:src|href)=["'](?!#)""", page)  # nothing loaded from anywhere
    assert page.count("<svg") == 5  # weekly, ledger, calendar, engagement, does giving pay
    assert "<h2>Does giving pay?</h2>" in page and "<h2>Your gift circle</h2>" in page
    assert "March 2026 ran 4 asks in a row" in page
    assert "<td>Weeks on target</td><td>3 of 4 with posts</td>" in page


def test_html_report_says_so_when_there_is_no_engagement() -> None:
    import pandas as pd

    from core.reports.html_report import html_report
    from core.settings import Settings

    posts = _week_posts().assign(likes=pd.array([None] * 17, dtype="Int64"))
    page = html_report("W", posts, Settings(), pd.Timestamp("2026-04-05", tz="UTC"))
    assert "carry no likes, reposts, replies or impressions" in page
    assert page.count("<svg") == 3


def test_cli_posts_csv_is_the_apps_csv(store, workspace, make) -> None:
    from click.testing import CliRunner

    from core.__main__ import cli
    from core.classify import learning

    rows = [["date", "text"], ["2024-01-01 10:00", "=1+1 tips"], ["2024-01-02 10:00", "Hello"]]
    assert ingest.import_bytes(store, workspace, "posts.csv", make.csv(rows)).ok
    result = CliRunner().invoke(cli, ["posts", "--format", "csv", "-w", workspace])
    assert result.exit_code == 0, result.output
    frame = store.posts(workspace)
    frame["reasons"] = learning.explain(store, workspace, frame)
    assert result.stdout_bytes == posts_csv(frame)


def test_cli_report_json_carries_consistency_and_ledger(store, workspace, make) -> None:
    import json

    from click.testing import CliRunner

    from core.__main__ import cli

    rows = [["date", "text", "label"], ["2024-01-01 10:00", "Tips", "give"]]
    assert ingest.import_bytes(store, workspace, "posts.csv", make.csv(rows)).ok
    result = CliRunner().invoke(cli, ["report", "--json", "-w", workspace])
    data = json.loads(result.stdout)
    assert data["weekly"] == [{"week": "2024-01-01", "give": 1, "ask": 0, "give_share": 1.0,
                               "ratio": None, "on_target": True}]  # fmt: skip
    assert data["consistency"]["all"]["posts"] == 1
    assert data["ledger"]["weekly"][0]["week"] == "2024-01-01"
    assert data["ledger"]["balance"] < 1.0  # faded since 2024


def test_posts_jsonl_writes_null_where_a_post_has_no_verdict_or_count() -> None:
    """330 lines of a real Mastodon archive (photos without words) came out as "label": NaN,
    which a strict JSON parser rejects."""
    from core.reports.export import posts_jsonl
    from tests.frames import posts_frame

    frame = posts_frame(
        [
            {"at": "2026-03-02 09:00", "label": "give", "likes": 3},
            {"at": "2026-03-03 09:00", "label": None, "kind": "media", "text": ""},
        ]
    )
    frame["p_ask"] = [0.123456, float("nan")]
    frame["reasons"] = [["teaches"], []]
    lines = list(posts_jsonl(frame, ["id", "published_at", "label", "p_ask", "likes", "reasons"]))

    def strict(token: str) -> object:
        raise ValueError(f"not JSON: {token}")

    rows = [json.loads(line, parse_constant=strict) for line in lines]
    assert rows[0] == {
        "id": "p000",
        "published_at": "2026-03-02T09:00:00+00:00",
        "label": "give",
        "p_ask": 0.1235,
        "likes": 3,
        "reasons": ["teaches"],
    }
    assert rows[1]["label"] is None and rows[1]["p_ask"] is None and rows[1]["likes"] is None
