"""A refill in the browser: a planned week below target is offered the person's own best past
give, and one click on "Add to plan" puts it in the plan and fixes the week."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

import pandas as pd
from playwright.sync_api import Page, expect

from core import ingest
from core.plan.planned import PlannedPost
from core.settings import Brand, Settings
from core.store import Store

from .conftest import open_page, settle

TODAY = pd.Timestamp.now(tz="UTC").normalize()
MONDAY = TODAY + pd.Timedelta(days=7 - TODAY.weekday())
BEST = "Tip 39: how to review code kindly with @eli https://peer.example/notes"  # 49 likes


def history_csv() -> str:
    """Asks long ago, then forty gives (likes 10 to 49) from 200 days ago: the ledger is above
    zero today and every give is old enough to share again."""
    lines = ["date,text,label,likes"]
    for i in range(12):
        when = TODAY - pd.Timedelta(days=300 - i)
        lines.append(f"{when:%Y-%m-%d} 09:00,Buy the course {i} now https://acme.example/buy,ask,5")
    for i in range(40):
        when = TODAY - pd.Timedelta(days=200 - i)
        who = "via @dana" if i % 3 else "with @eli"
        link = "https://peer.example/notes" if i % 2 else "https://acme.example/guide"
        lines.append(
            f"{when:%Y-%m-%d} 09:00,Tip {i}: how to review code kindly {who} {link},give,{10 + i}"
        )
    return "\n".join(lines) + "\n"


def workspace_with_a_broken_week(tmp_path: Path) -> str:
    """The app's own database (app_url's), with history and a week of three gives and an ask."""
    store = Store(f"sqlite:///{tmp_path}/e2e.sqlite3")
    name = store.create_workspace(
        "Mine", Settings(brand=Brand(name="Acme", domains=("acme.example",)))
    )
    path = tmp_path / "history.csv"
    path.write_text(history_csv())
    assert ingest.import_path(store, name, path).ok
    monday = MONDAY.to_pydatetime().astimezone(UTC)
    plans = [
        PlannedPost(
            monday + pd.Timedelta(days=d, hours=9), "x", f"Planned tip number {d}", label="give"
        )
        for d in range(3)
    ]
    plans.append(
        PlannedPost(monday + pd.Timedelta(days=3, hours=9), "x", "Buy the course", label="ask")
    )
    store.add_plans(name, plans)
    store.engine.dispose()
    return name


def test_a_past_give_fixes_a_week_below_target(
    page: Page, app_url: str, tmp_path: Path, shot
) -> None:
    name = workspace_with_a_broken_week(tmp_path)
    open_page(page, app_url, f"plan?workspace={name}", "Plan")
    page.get_by_role("tab", name="Planned posts").click()
    warning = page.get_by_test_id("stAlertContentWarning").filter(has_text="is below 4 : 1")
    expect(warning).to_be_visible()

    expect(page.get_by_role("heading", name="Refill from your own best gives")).to_be_visible()
    # the innermost block that holds the offered post and its button: its bordered container
    offer = (
        page.get_by_test_id("stVerticalBlock")
        .filter(has=page.get_by_text(BEST, exact=True))
        .filter(has=page.get_by_role("button", name="Add to plan"))
        .last
    )
    expect(offer).to_contain_text("49 likes")
    offer.scroll_into_view_if_needed()
    shot(page, "refill")
    offer.get_by_role("button", name="Add to plan").click()
    settle(page)

    ok = page.get_by_test_id("stAlertContentSuccess")
    expect(ok).to_contain_text("The plan keeps the target and the ledger: 5 planned posts")
    expect(page.get_by_test_id("stAlertContentWarning").filter(has_text="is below")).to_have_count(
        0
    )
    expect(page.get_by_role("heading", name="Refill from your own best gives")).to_have_count(0)
    store = Store(f"sqlite:///{tmp_path}/e2e.sqlite3")
    assert [p.label for p in store.plans(name) if p.text == BEST] == ["give"]
