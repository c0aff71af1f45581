"""core.balance.findings: plain sentences computed from the five-week fixture (tests/frames.py)."""

from __future__ import annotations

import pandas as pd
from frames import posts_frame, week_fixture

from core.balance import findings, metrics
from core.settings import Settings

FLAT = Settings(half_life_days=0)  # no decay, so the ledger is whole numbers
NOW = pd.Timestamp("2026-04-05 12:00", tz="UTC")


def found(frame: pd.DataFrame, settings: Settings = FLAT) -> list[str]:
    return findings.findings(metrics.counted(frame, settings), settings, NOW)


def test_the_fixture_in_five_sentences() -> None:
    assert found(week_fixture()) == [
        "March 2026 ran 4 asks in a row (6–11 Mar 2026).",
        "The ledger has been negative for 4 weeks, since 9 Mar 2026.",
        "3 of 4 weeks with posts were on target (75%; target 4 : 1).",
        "The last 10 posts a profile visitor sees fall short of the target: 6 give : 4 ask.",
        "Give posts earn a median of 10 likes against 2 for asks (8 give posts, 5 asks).",
    ]


def test_without_engagement_the_give_gap_takes_its_place() -> None:
    frame = week_fixture().assign(likes=pd.array([None] * 17, dtype="Int64"))
    lines = found(frame)
    assert not any("likes" in line for line in lines)
    assert lines[-1] == "The longest stretch without a give post was 18 days (5–23 Mar 2026)."


def test_three_to_five_findings_for_a_quiet_feed() -> None:
    rows = [{"at": f"2026-03-{d:02d} 09:00", "label": "give"} for d in (2, 4, 9, 11, 16, 18)]
    lines = found(posts_frame(rows))
    assert 3 <= len(lines) <= 5
    assert "The ledger never ended a week below zero." in lines
    assert "3 of 3 weeks with posts were on target (100%; target 4 : 1)." in lines
    assert any(line.startswith("The longest on-target run was 3 weeks") for line in lines)


def test_a_run_of_asks_across_months() -> None:
    rows = [
        {"at": "2026-03-30 09:00", "label": "ask"},
        {"at": "2026-03-31 09:00", "label": "ask"},
        {"at": "2026-04-01 09:00", "label": "ask"},
    ]
    assert found(posts_frame(rows))[0] == (
        "From 30 Mar 2026 to 1 Apr 2026 you posted 3 asks in a row."
    )


def test_sources_compared_when_each_has_enough_posts() -> None:
    rows = [
        {"at": f"2026-03-{d:02d} 09:00", "label": "give", "source": "feed"} for d in range(2, 8)
    ]
    rows += [{"at": f"2026-03-{d:02d} 10:00", "label": lab, "source": "x"}
             for d, lab in zip(range(2, 8), ["give", "ask"] * 3)]  # fmt: skip
    figures = findings.facts(metrics.counted(posts_frame(rows), FLAT), FLAT, NOW)
    assert (
        findings.sources(figures)
        == "Blog / feed runs at no asks while X (Twitter) runs at 1.0 : 1."
    )


def test_no_posts_no_findings() -> None:
    assert found(posts_frame([])) == []
