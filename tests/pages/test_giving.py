"""The Balance page's "Does giving pay?" and "Your gift circle", and the Plan page's refill and
platform rules, through AppTest on a small workspace built from a CSV."""

from __future__ import annotations

from datetime import UTC

import pandas as pd
import pytest

from core.plan.planned import PlannedPost
from core.settings import Brand, Settings
from core.store import Store

TODAY = pd.Timestamp.now(tz="UTC").normalize()
NEXT_MONDAY = TODAY + pd.Timedelta(days=7 - TODAY.weekday())
BEST = "Tip 39: how to review code kindly with @eli https://peer.example/notes"  # 49 likes


def day(offset: int) -> str:
    return f"{TODAY + pd.Timedelta(days=offset, hours=9):%Y-%m-%d %H:%M}"


def history_csv() -> bytes:
    """Twelve asks (likes 5) 300 days ago, then forty gives (likes 10 to 49) from 200 days ago:
    the gives credit @dana (26) or mention @eli (14) and link a peer (20) or the brand (20)."""
    lines = ["date,text,label,likes"]
    for i in range(12):
        lines.append(f"{day(-300 + i)},Buy the course {i} now https://acme.example/buy,ask,5")
    for i in range(40):
        who = "via @dana" if i % 3 else "with @eli"
        link = "https://peer.example/notes" if i % 2 else "https://acme.example/guide"
        lines.append(
            f"{day(-200 + i)},Tip {i}: how to review code kindly {who} {link},give,{10 + i}"
        )
    return ("\n".join(lines) + "\n").encode()


@pytest.fixture
def mine(store: Store, seed) -> str:
    name = seed("Mine", {"history.csv": history_csv()})
    store.save_settings(name, Settings(brand=Brand(name="Acme", domains=("acme.example",))))
    return name


def texts(elements) -> list[str]:
    return [e.value for e in elements]


def test_balance_answers_does_giving_pay_with_numbers_and_uncertainty(app, mine, unescape):
    at = app()
    assert "Does giving pay?" in texts(at.subheader)
    said = [unescape(m.value) for m in at.markdown]
    assert any("your give posts earn more likes than your asks" in m for m in said), said
    assert any("not an experiment" in m for m in said)
    table = next(d.value for d in at.dataframe if "Give ÷ ask" in d.value.columns)
    row = table.iloc[0]
    assert (row["Measure"], row["Platform"], row["Give median"], row["Ask median"]) == (
        "Likes", "All platforms", 29.5, 5.0,
    )  # fmt: skip
    assert row["Give ÷ ask"] == "5.90×" and row["90% interval"].endswith("×")
    assert (row["Give posts"], row["Ask posts"]) == (40, 12)
    assert any("none imported here does yet" in c for c in texts(at.caption))
    assert any("Management Science" in unescape(m) for m in texts(at.markdown))


def test_balance_shows_the_gift_circle(app, mine, unescape):
    at = app()
    assert "Your gift circle" in texts(at.subheader)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Accounts you gave to"] == "2"
    assert metrics["Top three's share"] == "100%"
    assert metrics["Links to your own sites"] == "62%"  # 32 of 52 links
    accounts = next(d.value for d in at.dataframe if "who" in d.value.columns)
    assert list(accounts["who"]) == ["@dana", "@eli"] and list(accounts["posts"]) == [26, 14]
    curated = next(d.value for d in at.dataframe if "domain" in d.value.columns)
    assert list(curated["domain"]) == ["peer.example"]
    assert any("Who gives back needs mentions of you" in c for c in texts(at.caption))


def test_the_cost_of_asks_shows_where_a_series_is_stored(app, mine, monkeypatch, unescape):
    weeks = pd.date_range(TODAY - pd.Timedelta(weeks=20), periods=12, freq="7D", tz="UTC")
    series = pd.DataFrame(
        {"date": weeks, "source": "table", "measure": "unsubscribes", "value": range(12)}
    )
    monkeypatch.setattr(Store, "measures", lambda self, name: series)
    at = app()
    said = [unescape(m.value) for m in at.markdown]
    assert any(m.startswith("Spreadsheet: Too few weeks to tell") for m in said), said


def plan_week(store: Store, name: str, gives: int = 3, platform: str = "x") -> None:
    monday = NEXT_MONDAY.to_pydatetime().astimezone(UTC)
    at = [monday + pd.Timedelta(days=d, hours=9) for d in range(gives)]
    posts = [PlannedPost(t, platform, f"Planned tip {t:%A}", label="give") for t in at]
    posts.append(
        PlannedPost(monday + pd.Timedelta(days=3, hours=9), platform, "Buy the course", label="ask")
    )
    store.add_plans(name, posts)


def test_plan_offers_the_best_past_give_and_adding_it_fixes_the_week(app, mine, store, alerts):
    plan_week(store, mine)
    at = app("plan")
    assert "Refill from your own best gives" in texts(at.subheader)
    assert any("is below 4 : 1" in w for w in alerts(at)["warning"])
    assert BEST in texts(at.text)
    [add] = [b for b in at.button if b.key and b.key.startswith("refill_2")]
    add.click().run()
    assert not at.exception, [e.value for e in at.exception]
    added = [p for p in store.plans(mine) if p.text == BEST]
    assert len(added) == 1 and added[0].label == "give"
    assert added[0].url == "https://peer.example/notes"
    assert any("The plan keeps the target and the ledger" in s for s in alerts(at)["success"])
    assert "Refill from your own best gives" not in texts(at.subheader)


def test_a_week_short_of_two_offers_both_and_adds_them_at_once(app, mine, store, alerts):
    plan_week(store, mine, gives=2)
    at = app("plan")
    [add_all] = [b for b in at.button if b.key and b.key.startswith("refill_all_")]
    assert add_all.label == "Add all 2 to plan"
    add_all.click().run()
    assert len(store.plans(mine)) == 5
    assert any("The plan keeps the target and the ledger" in s for s in alerts(at)["success"])


def test_plan_warns_of_platform_rules(app, mine, store, alerts):
    plan_week(store, mine, gives=4, platform="linkedin")
    when = NEXT_MONDAY.to_pydatetime().astimezone(UTC) + pd.Timedelta(days=4)
    store.add_plans(mine, [PlannedPost(when, "linkedin", "Our guide https://acme.example/g")])
    at = app("plan")
    assert "Platform rules" in texts(at.subheader)
    assert any("first comment" in w for w in alerts(at)["warning"])


def test_a_draft_is_checked_against_the_platform_rules(app, mine, alerts):
    at = app("plan")
    at.selectbox(key="draft_platform").select("linkedin")
    at.text_area(key="draft").input("The kettle I use https://amzn.to/3xYz").run()
    assert not at.exception
    warnings = alerts(at)["warning"]
    assert any("first comment" in w for w in warnings)
    assert any("affiliate link (amzn.to)" in w and "#ad" in w for w in warnings)


def test_a_reddit_draft_in_a_subreddit_below_nine_to_one_is_warned(app, store, seed, alerts):
    # Two posts in r/coffee in the last weeks (from a sheet with Reddit permalinks), one of them
    # linking the brand's own site: a second self-promoting link post is far below 9:1.
    rows = ["date,platform,text,url,label"]
    for i, (text, label) in enumerate(
        [("Which grinder for a V60?", "give"), ("Our roast guide https://acme.example/g", "ask")]
    ):
        when = TODAY - pd.Timedelta(days=10 - i)
        rows.append(f"{when:%Y-%m-%d} 09:00,reddit,{text},"
                    f"https://www.reddit.com/r/coffee/comments/{i}/x/,{label}")  # fmt: skip
    name = seed("Reddit", {"reddit.csv": ("\n".join(rows) + "\n").encode()})
    store.save_settings(name, Settings(brand=Brand(name="Acme", domains=("acme.example",))))
    at = app("plan")
    at.selectbox(key="draft_platform").select("reddit")
    at.text_area(key="draft").input("Our new brew guide https://acme.example/brew").run()
    at.text_input(key="draft_subreddit").input("r/coffee").run()
    assert not at.exception, [e.value for e in at.exception]
    warnings = alerts(at)["warning"]
    assert any("In r/coffee" in w and "9:1" in w for w in warnings), warnings
