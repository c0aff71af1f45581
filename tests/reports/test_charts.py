"""core.reports.charts: each chart tested through its Vega-Lite spec (chart.to_dict())."""

from __future__ import annotations

import pandas as pd
from frames import week_fixture

from core.balance import consistency, engagement, ledger, metrics
from core.plan import checks as plan
from core.reports import charts
from core.settings import Settings

SETTINGS = Settings(half_life_days=0)
NOW = pd.Timestamp("2026-04-05 12:00", tz="UTC")


def live() -> pd.DataFrame:
    return metrics.counted(week_fixture(), SETTINGS)


def data_of(spec: dict) -> list[dict]:
    """The rows of the chart's one (or first) dataset."""
    return next(iter(spec["datasets"].values()))


def layer_marks(spec: dict) -> list[str]:
    return [
        layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"]
        for layer in spec["layer"]
    ]


def test_ledger_chart_splits_above_and_below_zero() -> None:
    rule = ledger.Rule.of(SETTINGS)
    days = ledger.daily(ledger.entries(live(), rule), rule, NOW)
    spec = charts.ledger_over_time(days).to_dict()
    assert layer_marks(spec) == ["area", "area", "line", "rule"]
    line = spec["layer"][2]["encoding"]
    assert line["y"]["field"] == "balance" and line["y"]["title"] == "Goodwill balance"
    assert line["strokeDash"]["legend"] is None  # no plan: nothing to tell apart
    rows = {r["day"][:10]: r for r in data_of(spec)}
    assert rows["2026-03-11"]["balance"] == -12 and rows["2026-03-11"]["below"] == -12
    assert rows["2026-03-05"]["above"] == 4 and rows["2026-03-05"]["below"] == 0
    assert [r["zero"] for r in spec["datasets"][spec["layer"][3]["data"]["name"]]] == [0]


def test_ledger_chart_dashes_the_plan() -> None:
    days = plan.ledger_path(live(), plan_of([("2026-04-10 09:00", "ask")]), SETTINGS, NOW)
    spec = charts.ledger_over_time(days).to_dict()
    dash = spec["layer"][2]["encoding"]["strokeDash"]
    assert dash["scale"] == {"domain": ["history", "plan"], "range": [[1, 0], [6, 4]]}
    assert {r["kind"] for r in data_of(spec)} == {"history", "plan"}


def test_calendar_heatmap() -> None:
    spec = charts.posting_calendar(consistency.calendar(live())).to_dict()
    assert spec["mark"]["type"] == "rect"
    enc = spec["encoding"]
    assert enc["color"]["field"] == "posts" and enc["y"]["field"] == "weekday"
    assert enc["y"]["sort"] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert len(data_of(spec)) == 35
    assert {t["field"] for t in enc["tooltip"]} == {"day", "give", "ask"}


def test_engagement_chart_has_a_panel_per_count_and_the_posts_behind() -> None:
    table = engagement.medians(live())
    spec = charts.engagement_by_label(table[table["source"] == engagement.ALL]).to_dict()
    assert spec["facet"]["column"]["field"] == "metric"
    assert spec["resolve"]["scale"]["y"] == "independent"
    inner = spec["spec"]["encoding"]
    assert inner["y"]["field"] == "median"
    assert "posts" in {t["field"] for t in inner["tooltip"]}
    rows = data_of(spec)
    assert {(r["label"], r["median"], r["posts"]) for r in rows} == {("give", 10, 8), ("ask", 2, 5)}


def test_plan_weeks_draws_the_plan_differently() -> None:
    weeks = plan.weekly(live(), plan_of([("2026-04-07 09:00", "give")]), SETTINGS.ratio)
    spec = charts.plan_weeks(weeks, 0.8).to_dict()
    bars = spec["layer"][0]["encoding"]
    assert bars["opacity"]["scale"]["range"] == [1.0, charts.PLAN_OPACITY]
    assert bars["strokeDash"]["condition"]["value"] == [4, 3]
    assert [r["kind"] for r in data_of(spec)][-1] == "plan"
    rule_data = spec["datasets"][spec["layer"][1]["data"]["name"]]
    assert rule_data == [{"target": 0.8}]


def test_rolling_share_chart() -> None:
    spec = charts.rolling_share(consistency.rolling(live(), 10), 0.8, 10).to_dict()
    line = spec["layer"][0]["encoding"]
    assert line["y"]["title"] == "Give share, last 10 posts"
    assert len(data_of(spec)) == 15


def test_existing_give_share_chart_still_builds() -> None:
    weeks = metrics.by_period(live(), "week", SETTINGS.ratio)
    spec = charts.give_share_over_time(weeks, 0.8).to_dict()
    assert {r["status"] for r in data_of(spec)} == {"on target", "below target", "no posts"}


def plan_of(rows: list[tuple[str, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "planned_at": [pd.Timestamp(at, tz="UTC") for at, _ in rows],
            "label": [lab for _, lab in rows],
            "platform": "x",
        }
    )
