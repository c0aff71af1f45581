"""The Balance page through AppTest: headline figures, findings, consistency, the ledger,
the calendar, engagement by label and the reports, on the demo and on a small workspace."""

from __future__ import annotations

import re

from core.demo import DEMO_WORKSPACE


def texts(elements) -> list[str]:
    return [e.value for e in elements]


def test_the_demo_shows_every_section(app, store, db_url):
    assert db_url.startswith("sqlite:///")
    at = app()  # Balance is the default page; the first start seeds the demo
    assert store.workspaces() == [DEMO_WORKSPACE]
    assert texts(at.subheader) == [
        "Findings", "Consistency", "The goodwill ledger", "Posting calendar", "Per source",
        "Engagement by label", "Reports",
    ]  # fmt: skip
    labels = [m.label for m in at.metric]
    assert {"Give : ask, all time", "Give share, all time", "Goodwill ledger today",
            "Weeks with a give post", "On-target streak", "Longest run of asks",
            "Posting pace"} <= set(labels)  # fmt: skip
    assert any(label.startswith("Last ") and label.endswith(" posts") for label in labels)
    (findings,) = [m.value.splitlines() for m in at.markdown if m.value.startswith("- ")]
    assert 3 <= len(findings) <= 5 and all(line.startswith("- ") for line in findings)
    advice = texts(at.warning) + texts(at.success)
    assert any(
        re.search(
            r"Balance today -?\d+\.\d\. (You can afford|.+ before your next ask|The ledger is)", a
        )
        for a in advice
    ), advice
    # the three views are named for what they count and explained side by side
    assert any(c.startswith("All time counts every post since") for c in texts(at.caption))
    ledger_today = next(m for m in at.metric if m.label == "Goodwill ledger today").value
    assert any(a.startswith(f"Balance today {ledger_today}.") for a in advice)  # one figure
    captions = texts(at.caption)
    assert any("each ask withdraws 4" in c and "halves every 90 days" in c for c in captions)
    assert any(
        re.search(r"\d+ of \d+ weeks with posts in this stretch were on target", c)
        for c in captions
    )
    # weekly give share, the profile view, the ledger, the calendar, per source, engagement
    assert len(at.get("vega_lite_chart")) == 6
    assert not at.info  # the demo's tweets carry likes: engagement is shown, not excused


def test_each_source_on_its_own(app):
    at = app()
    picker = next(s for s in at.selectbox if s.label == "Sources")
    assert picker.options == ["All sources together", "Blog / feed", "X (Twitter)"]
    everything = at.metric[1].help
    picker.select("feed").run()
    assert not at.exception
    assert at.metric[1].help != everything  # "N of M posts" of the blog alone


def test_a_workspace_without_engagement_says_so(app, seed, make):
    rows = (
        [["date", "text", "label"]]
        + [
            [f"2026-03-{d:02d} 09:00", f"Tip {d} for calmer code reviews", "give"]
            for d in range(2, 20)
        ]
        + [["2026-03-20 09:00", "Buy the course today", "ask"]]
    )
    seed("Plain", {"audit.csv": make.csv(rows)})
    at = app()
    info = texts(at.info)
    assert any("carry no likes, reposts, replies or impressions" in i for i in info), info
    assert any("You can afford" in s or "before your next ask" in s or "The ledger is" in s
               for s in texts(at.success) + texts(at.warning))  # fmt: skip


def test_an_empty_workspace_points_to_import(app, store, seed, make):
    store.create_workspace("Empty")
    at = app()
    assert any("No labelled posts yet" in i for i in texts(at.info))
