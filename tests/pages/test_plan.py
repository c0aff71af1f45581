"""The Plan page through AppTest: a draft checked before publishing, planned posts added,
imported, edited and deleted, the weekly warnings, and the exports."""

from __future__ import annotations

from datetime import UTC, datetime

from core import people
from core.demo import DEMO_WORKSPACE
from core.plan.planned import PlannedPost

SALE = "Our spring sale: buy the course today, 30% off. Book a demo and sign up now!"


def texts(elements) -> list[str]:
    return [e.value for e in elements]


def button(at, label: str):
    return next(b for b in at.button if b.label == label)


def test_a_draft_shows_label_confidence_length_and_its_effect(app, store):
    at = app("plan")
    assert at.title[0].value == "Plan"
    at.text_area(key="draft").input(SALE).run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Label"] in ("give", "ask")
    assert metrics["Confidence"].endswith("%")
    assert metrics["Length"] == str(len(SALE))
    assert metrics["Reading grade"] == "n/a"  # fifteen words: too short to measure
    captions = texts(at.caption)
    assert "of 280" in captions
    assert any("too short for the formula" in c for c in captions)
    assert any(c.startswith("Publishing it now: the last 10 posts would go from") for c in captions)
    assert at.text[0].value.startswith("Why:\n  • ")  # reasons shown as text, never markdown


def test_the_draft_length_follows_the_platform(app):
    at = app("plan")
    at.selectbox(key="draft_platform").select("bluesky")
    at.text_area(key="draft").input("x" * 320).run()
    assert "of 300; 20 over" in texts(at.caption)


def test_add_check_export_edit_and_delete_a_planned_post(app, store, unescape):
    at = app("plan")
    assert any("No planned posts yet" in i for i in texts(at.info))
    at.text_area(key="add_text").input(SALE)
    at.radio(key="add_label").set_value("ask")
    button(at, "Add to plan").click().run()
    assert not at.exception, [e.value for e in at.exception]
    [planned] = store.plans(DEMO_WORKSPACE)
    assert (planned.text, planned.label, planned.platform) == (SALE, "ask", "x")
    assert planned.by == people.current_user()  # who planned it is on record, and shown
    edit = next(b for b in at.selectbox if b.label == "Edit or delete")
    assert edit.options[0].endswith(f" · by {planned.by}")

    # one week, one ask and no gives: below target, with a fix naming the day of the ask
    warnings = texts(at.warning)
    day = planned.planned_at
    assert any(
        "is below 4 : 1, 1 ask too many. Fix: add 4 give posts before "
        + f"{day:%A}'s ask ({day.day} {day:%b})"
        in w
        for w in warnings
    ), warnings
    assert len(at.get("vega_lite_chart")) == 2  # the weeks with the plan, and the ledger
    assert len(at.get("download_button")) == 2  # the plan as CSV and as .ics

    edit_text = at.text_area(key=f"edit_text_{planned.id}")
    assert edit_text.value == SALE
    edit_text.input("Five tips for calmer code reviews, with examples.")
    button(at, "Save changes").click().run()
    assert not at.exception
    assert store.plans(DEMO_WORKSPACE)[0].text.startswith("Five tips")

    button(at, "Delete this planned post").click().run()
    assert store.plans(DEMO_WORKSPACE) == []
    assert any("No planned posts yet" in i for i in texts(at.info))
    # delete comes with undo
    assert any("Deleted the planned post of" in unescape(i) for i in texts(at.info))
    button(at, "Undo delete").click().run()
    assert not at.exception
    [back] = store.plans(DEMO_WORKSPACE)
    assert back.text.startswith("Five tips") and back.planned_at == planned.planned_at


def test_a_plan_that_keeps_the_balance_gets_no_warning(app, seed, store, make):
    rows = [["date", "text", "label"]] + [
        [f"2026-03-{d:02d} 09:00", f"Tip {d} for calmer code reviews", "give"] for d in range(2, 14)
    ]
    seed("Steady", {"audit.csv": make.csv(rows)})
    when = datetime(2026, 3, 16, 9, tzinfo=UTC)
    store.add_plans(
        "Steady",
        [PlannedPost(when.replace(day=16 + i), "x", f"Tip {i}", label="give") for i in range(4)]
        + [PlannedPost(when.replace(day=20), "x", "Our launch", label="ask")],
    )
    at = app("plan")
    assert not at.warning
    assert texts(at.success) == [
        "The plan keeps the target and the ledger: 5 planned posts over 1 week."
    ]


def test_the_same_post_added_twice_waits_for_a_yes(app, store, unescape):
    at = app("plan")
    for _ in range(2):
        at.text_area(key="add_text").input(SALE)
        button(at, "Add to plan").click().run()
    assert len(store.plans(DEMO_WORKSPACE)) == 1
    warnings = [unescape(w) for w in texts(at.warning)]
    assert any(w.startswith("This post is already planned: ") for w in warnings), warnings
    button(at, "Add it anyway").click().run()
    assert len(store.plans(DEMO_WORKSPACE)) == 2
    assert any(unescape(w).startswith("Planned 2 times: ") for w in texts(at.warning))


def test_the_plan_table_speaks_plainly(app, store):
    at = app("plan")  # seeds the demo
    when = datetime(2026, 12, 20, 9, tzinfo=UTC)
    store.add_plans(DEMO_WORKSPACE, [PlannedPost(when, "x", SALE)])
    at.run()
    table = at.dataframe[0].value
    assert list(table["platform"]) == ["X (Twitter)"]
    assert table["url"].isna().all()  # no link: an empty cell, not "None"
    assert (table["confidence"] == table["confidence"].round()).all()
    assert table["confidence"].between(50, 100).all()


def test_the_draft_is_kept_across_pages(app):
    at = app("plan")
    at.selectbox(key="draft_platform").select("bluesky")
    at.text_area(key="draft").input(SALE).run()
    at.switch_page("pages/posts.py").run()
    at.switch_page("pages/plan.py").run()
    assert not at.exception
    assert at.text_area(key="draft").value == SALE
    assert at.selectbox(key="draft_platform").value == "bluesky"
