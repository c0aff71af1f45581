"""`report --json` carries `pays` and `circle`; `check --json` names a refill per breaking week."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from core import ingest
from core.__main__ import cli
from core.store import Store

TODAY = pd.Timestamp.now(tz="UTC").normalize()
NEXT_MONDAY = TODAY + pd.Timedelta(days=7 - TODAY.weekday())


def day(offset: int, hour: int = 9) -> str:
    return f"{TODAY + pd.Timedelta(days=offset, hours=hour):%Y-%m-%d %H:%M}"


def history_csv() -> str:
    """Twelve asks (likes 5) 300 days ago, then forty gives (likes 10 to 49) from 200 days ago,
    so the ledger is above zero today; the gives credit @dana (26) or mention @eli (14), and
    link a peer's site (20) or the brand's own (20)."""
    lines = ["date,text,label,likes"]
    for i in range(40):
        who = "via @dana" if i % 3 else "with @eli"
        link = "https://peer.example/notes" if i % 2 else "https://acme.example/guide"
        lines.append(
            f"{day(-200 + i)},Tip {i}: how to review code kindly {who} {link},give,{10 + i}"
        )
    for i in range(12):
        lines.append(f"{day(-300 + i)},Buy the course {i} now https://acme.example/buy,ask,5")
    return "\n".join(lines) + "\n"


@pytest.fixture
def workspace(store: Store, tmp_path: Path) -> str:
    from core.settings import Brand, Settings

    name = store.create_workspace(
        "Mine", Settings(brand=Brand(name="Acme", domains=("acme.example",)))
    )
    path = tmp_path / "history.csv"
    path.write_text(history_csv())
    assert ingest.import_path(store, name, path).ok
    return name


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_report_json_says_whether_giving_pays(workspace: str) -> None:
    result = run("report", "--workspace", workspace, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    [likes] = [p for p in data["pays"] if p["platform"] == "all" and p["measure"] == "likes"]
    # gives 10..49: median 29.5; asks all 5: ratio 5.9
    assert (likes["give_median"], likes["ask_median"], likes["ratio"]) == (29.5, 5.0, 5.9)
    assert (likes["n_give"], likes["n_ask"]) == (40, 12)
    assert likes["low"] <= 5.9 <= likes["high"]
    assert "more likes" in data["pays_verdict"]
    assert data["ask_cost"] == []  # no follower or unsubscribe series imported


def test_report_json_has_the_gift_circle(workspace: str) -> None:
    circle = json.loads(run("report", "--workspace", workspace, "--json").output)["circle"]
    # 52 links: 20 gives to peer.example; 20 gives and 12 asks to acme.example: 32 of 52
    assert circle["own_link_share"] == round(32 / 52, 4)
    assert circle["amplified"] == [
        {"who": "@dana", "kind": "credited", "posts": 26},
        {"who": "@eli", "kind": "mentioned", "posts": 14},
    ]
    assert circle["domains"] == [{"domain": "peer.example", "posts": 20}]
    assert circle["concentration"]["accounts"] == 2
    assert circle["reciprocity"] == []


def test_check_json_names_the_refill_for_a_breaking_week(workspace: str, tmp_path: Path) -> None:
    monday = NEXT_MONDAY
    plan = ["date,text,label"]
    plan += [f"{monday + pd.Timedelta(days=d, hours=9):%Y-%m-%d %H:%M},Give {d},give"
             for d in range(3)]  # fmt: skip
    plan.append(f"{monday + pd.Timedelta(days=3, hours=9):%Y-%m-%d %H:%M},Buy now,ask")
    path = tmp_path / "plan.csv"
    path.write_text("\n".join(plan) + "\n")
    result = run("check", str(path), "--workspace", workspace, "--json")
    assert result.exit_code == 1, result.output
    data = json.loads(result.output)
    assert data["ok"] is False
    [week] = data["weeks"]
    assert week["week"] == monday.date().isoformat()
    assert (week["give"], week["ask"]) == (3, 1)
    assert [w["kind"] for w in week["warnings"]] == ["target"]
    store = Store()
    posts = store.posts(workspace).set_index("id")
    assert len(week["refill"]) == 1 and week["refill_fixes"]
    best = posts.loc[week["refill"][0]]
    assert best["label"] == "give" and best["likes"] == 49  # the most liked give


def test_check_text_lists_the_refill(workspace: str, tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        f"date,text,label\n{NEXT_MONDAY + pd.Timedelta(hours=9):%Y-%m-%d %H:%M},Buy,ask\n"
    )
    result = run("check", str(path), "--workspace", workspace)
    assert result.exit_code == 1
    assert "Refill for the week of" in result.output


def test_report_json_measures_the_cost_of_asks_from_stored_followers(store: Store, tmp_path):
    from datetime import date, timedelta

    from core.post import Measure
    from core.store import ImportBatch, ImportSummary

    # Ten weeks from Monday 5 January 2026: a give every Monday, three asks on the Tuesday of
    # weeks 0, 2, 4, 6, 8. New followers on the Wednesday after: 1 after an ask week, else 6.
    monday = pd.Timestamp("2026-01-05 09:00")
    lines = ["date,platform,text,label"]
    for n in range(11):
        week = monday + pd.Timedelta(weeks=n)
        lines.append(f"{week:%Y-%m-%d %H:%M},linkedin,A tip for week {n},give")
        if n % 2 == 0 and n < 10:
            lines += [f"{week + pd.Timedelta(days=1, hours=h):%Y-%m-%d %H:%M},linkedin,"
                      f"Buy offer {n}-{h},ask" for h in range(3)]  # fmt: skip
    name = store.create_workspace("Followers")
    path = tmp_path / "linkedin.csv"
    path.write_text("\n".join(lines) + "\n")
    assert ingest.import_path(store, name, path).ok
    followers = [
        Measure(date(2026, 1, 7) + timedelta(weeks=n), "linkedin", "new_followers",
                1 if (n - 1) % 2 == 0 else 6)
        for n in range(1, 11)
    ]  # fmt: skip
    summary = ImportSummary("followers.xlsx", "LinkedIn analytics")
    store.save_import(name, [ImportBatch(summary, [], [], {}, measures=followers)])
    data = json.loads(run("report", "--workspace", name, "--json").output)
    [cost] = data["ask_cost"]
    assert (cost["source"], cost["measure"], cost["kind"]) == ("linkedin", "new_followers", "gain")
    assert (cost["weeks"], cost["heavy_weeks"], cost["light_weeks"]) == (10, 5, 5)
    assert (cost["heavy_mean"], cost["light_mean"], cost["difference"]) == (1, 6, -5)
    assert (cost["low"], cost["high"]) == (-5, -5)
    assert "5.0 fewer" in cost["sentence"]
