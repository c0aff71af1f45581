"""core.reports.charts: each chart tested through its Vega-Lite spec (chart.to_dict())."""

from __future__ import annotations

import pandas as pd
from frames import week_fixture

from core.balance import consistency, engagement, ledger, metrics, window
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
    assert enc["x"]["type"] == "temporal" and enc["x2"]["field"] == "week_end"
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


def layer_data(spec: dict, n: int) -> list[dict]:
    return spec["datasets"][spec["layer"][n]["data"]["name"]]


def test_plan_weeks_draws_the_plan_differently_and_a_week_of_asks_visibly() -> None:
    asks = [(f"2026-04-{d:02d} 09:00", "ask") for d in (7, 8, 9, 10)]  # 0 give : 4 ask
    weeks = plan.weekly(live(), plan_of(asks), SETTINGS.ratio)
    spec = charts.plan_weeks(weeks).to_dict()
    bars = spec["layer"][0]["encoding"]
    assert bars["opacity"]["scale"]["range"] == [1.0, charts.PLAN_OPACITY]
    assert bars["strokeDash"]["condition"]["value"] == [4, 3]
    planned = [r for r in layer_data(spec, 0) if r["kind"] == "plan"]
    # the planned week is a bar four asks high, not a zero-height give share
    assert [(r["label"], r["low"], r["high"]) for r in planned] == [("ask", 0, 4)]
    marked = [r["period"][:10] for r in layer_data(spec, 1)]
    assert "2026-04-06" in marked  # ▼ over the week below target


def test_posts_over_time_stacks_give_under_ask_and_marks_weeks_below_target() -> None:
    weeks = metrics.by_period(live(), "week", SETTINGS.ratio)
    spec = charts.posts_over_time(weeks, "week").to_dict()
    rows = {(r["period"][:10], r["label"]): (r["low"], r["high"]) for r in layer_data(spec, 0)}
    assert rows[("2026-03-02", "give")] == (0, 4) and rows[("2026-03-02", "ask")] == (4, 5)
    assert rows[("2026-03-09", "ask")] == (0, 3)  # 0 give : 3 ask stands three posts high
    assert ("2026-03-09", "give") not in rows and ("2026-03-16", "ask") not in rows
    assert [r["period"][:10] for r in layer_data(spec, 1)] == ["2026-03-09"]
    assert spec["layer"][0]["encoding"]["x"]["axis"]["format"] == "%d %b %Y"  # years shown


def test_a_window_cuts_what_is_drawn_and_sets_the_axis() -> None:
    span = window.window(live()["published_at"], "12 months", NOW)
    spec = charts.posts_over_time(metrics.by_period(live(), "week", 4.0), "week", span).to_dict()
    x = spec["layer"][0]["encoding"]["x"]
    assert x["scale"]["domain"] == ["2025-04-06T00:00:00", "2026-04-06T00:00:00"]
    assert x["axis"]["format"] == "%b %Y"
    short = window.Window(pd.Timestamp("2026-03-16", tz="UTC"), NOW)
    spec = charts.posting_calendar(consistency.calendar(live()), short).to_dict()
    assert min(r["day"] for r in data_of(spec)) >= "2026-03-16"


def test_the_per_source_chart_grows_with_its_sources() -> None:
    groups = metrics.by_group(live(), "source")
    one, many = charts.split_by(groups.head(1), "source", "Source"), None
    many = charts.split_by(pd.concat([groups] * 3, ignore_index=True), "source", "Source")
    assert many.to_dict()["height"] > one.to_dict()["height"] >= 60


def test_rolling_share_chart() -> None:
    spec = charts.rolling_share(consistency.rolling(live(), 10), 0.8, 10).to_dict()
    line = spec["layer"][0]["encoding"]
    assert line["y"]["title"] == "Give share, last 10 posts"
    assert len(data_of(spec)) == 15


def plan_of(rows: list[tuple[str, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "planned_at": [pd.Timestamp(at, tz="UTC") for at, _ in rows],
            "label": [lab for _, lab in rows],
            "platform": "x",
        }
    )
