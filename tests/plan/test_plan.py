"""Planning: core.plan.checks (draft check, plan check), core.plan.schedulers (plan CSVs),
core.plan.ical, core.plan.platforms, the plans in the store, and `python -m core check`."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from frames import posts_frame

from core import ingest
from core.__main__ import cli
from core.balance import metrics
from core.errors import UserError
from core.plan import checks as plan
from core.plan import ical, platforms, schedulers
from core.plan.planned import PLAN_COLUMNS, PLAN_VERDICT_COLUMNS, PlannedPost
from core.settings import Settings
from core.store import Store

FLAT = Settings(half_life_days=0)  # 4:1, no decay: every figure below is whole numbers
NOW = pd.Timestamp("2026-03-08 12:00", tz="UTC")


def ts(day: str) -> pd.Timestamp:
    return pd.Timestamp(day, tz="UTC")


def history() -> pd.DataFrame:
    """Eight gives, two a day from Monday 2 to Thursday 5 March 2026: the ledger stands at 8."""
    rows = [{"at": f"2026-03-0{d} {h}:00", "label": "give"} for d in (2, 3, 4, 5) for h in (9, 15)]
    return posts_frame(rows)


def planned(rows: list[tuple[str, str]], platform: str = "x") -> pd.DataFrame:
    """A classified plan with the labels given (no model involved)."""
    table = pd.DataFrame(
        {
            "plan_id": range(1, len(rows) + 1),
            "planned_at": [ts(at) for at, _ in rows],
            "platform": platform,
            "text": [f"planned {i}" for i in range(len(rows))],
            "url": None,
            "label": [lab for _, lab in rows],
            "label_by": "person",
            "p_ask": 0.5,
            "confidence": 0.9,
            "reasons": [[] for _ in rows],
        }
    )
    return table[PLAN_COLUMNS + PLAN_VERDICT_COLUMNS]


# --- the plan check --------------------------------------------------------------------------
BROKEN = [
    ("2026-03-10 09:00", "give"),  # week of 9 March: 1 give : 2 ask
    ("2026-03-12 09:00", "ask"),
    ("2026-03-13 09:00", "ask"),
    ("2026-03-16 09:00", "ask"),  # week of 16 March: the ledger, at 1, cannot pay for this ask
    ("2026-03-18 09:00", "give"),
    ("2026-03-19 09:00", "give"),
    ("2026-03-20 09:00", "give"),
]


def test_a_plan_that_keeps_target_and_ledger() -> None:
    good = planned([(f"2026-03-{d} 09:00", "give") for d in (9, 10, 11, 12)]
                   + [("2026-03-13 09:00", "ask")])  # fmt: skip
    result = plan.check(history(), good, FLAT)
    assert result.ok and result.warnings == []
    row = result.weeks.iloc[0]
    assert (row["give"], row["ask"], row["planned"], row["on_target"]) == (4, 1, 5, True)
    assert (row["ledger_low"], row["ledger_end"]) == (8.0, 8.0)
    assert result.lines() == [
        "The plan keeps the target and the ledger: 5 planned posts over 1 week."
    ]


def test_each_broken_week_gets_a_warning_with_a_fix() -> None:
    result = plan.check(history(), planned(BROKEN), FLAT)
    assert not result.ok
    weeks = result.weeks
    assert [w.date().isoformat() for w in weeks["week"]] == ["2026-03-09", "2026-03-16"]
    assert list(weeks["give"]) == [1, 3] and list(weeks["ask"]) == [2, 1]
    assert list(weeks["ledger_low"]) == [1.0, -3.0]  # 8 +1 -4 -4 = 1; then 1 -4 = -3
    # Eight gives the week before: a usual fortnight is sixteen, so adding seven is a choice.
    assert [w.text() for w in result.warnings] == [
        "Week of 9 Mar 2026: 1 give : 2 ask is below 4 : 1, 2 asks too many. "
        "Fix: add 7 give posts before Thursday's ask (12 Mar) "
        "or drop Thursday's ask (12 Mar) and Friday's ask (13 Mar).",
        "Week of 16 Mar 2026: 3 give : 1 ask is below 4 : 1, 1 ask too many. "
        "Fix: add 1 give post before Monday's ask (16 Mar) or drop Monday's ask (16 Mar).",
        "Week of 16 Mar 2026: Monday's ask (16 Mar) would take the ledger to -3.0. "
        "Fix: move it after Friday 20 Mar's give post, add 3 give posts before it, or drop it.",
    ]
    assert [w.kind for w in result.warnings] == ["target", "target", "ledger"]


def test_an_ask_too_many_moves_to_the_nearest_week_with_room_for_it() -> None:
    rows = [(f"2026-03-{d} 09:00", "give") for d in (9, 10, 11, 12)]
    rows += [("2026-03-13 09:00", "ask"), ("2026-03-14 09:00", "ask")]  # 4 : 2
    rows += [(f"2026-03-{d} 09:00", "give") for d in (24, 25, 26, 27)]  # 23 Mar: room for one
    result = plan.check(history(), planned(rows), FLAT)
    (warning,) = result.warnings
    assert warning.problem == "4 give : 2 ask is below 4 : 1, 1 ask too many."
    assert warning.choices == (
        "move Saturday's ask (14 Mar) to the week of 23 Mar",  # 16 Mar has nothing to pay for it
        "add 4 give posts before Friday's ask (13 Mar)",
        "drop Saturday's ask (14 Mar)",
    )


def test_a_move_may_go_back_to_an_earlier_week_from_today_on() -> None:
    rows = [(f"2026-03-{d} 09:00", "give") for d in (9, 10, 11, 12)]  # 9 Mar: room for one
    rows += [("2026-03-24 09:00", "ask")]  # 23 Mar: 0 : 1
    early = plan.check(history(), planned(rows), FLAT, now=ts("2026-03-08 12:00"))
    assert early.warnings[0].choices[0] == "move Tuesday's ask (24 Mar) to the week of 9 Mar"
    late = plan.check(history(), planned(rows), FLAT, now=ts("2026-03-17 12:00"))
    assert not late.warnings[0].choices[0].startswith("move")  # 9 Mar is past by then


def test_no_choice_asks_for_more_than_a_usual_fortnight_of_giving() -> None:
    # One give a week for twelve weeks: two gives is a usual fortnight; the week needs four.
    mondays = pd.date_range("2025-12-15 09:00", periods=12, freq="7D", tz="UTC")
    gives = posts_frame([{"at": str(day), "label": "give"} for day in mondays])
    result = plan.check(gives, planned([("2026-03-10 09:00", "ask")]), FLAT)
    (target,) = [w for w in result.warnings if w.kind == "target"]
    assert target.choices == ("drop Tuesday's ask (10 Mar)",)
    assert target.note == (
        "It would take 4 give posts to keep this week on target, more than two usual weeks "
        "of giving."
    )
    assert not any("add" in c for w in result.warnings for c in w.choices)


def test_history_in_a_planned_week_counts() -> None:
    # Thursday's history gives (2 of them) sit in the same week as a planned ask on Friday.
    rows = [("2026-03-06 09:00", "ask")]
    result = plan.check(history(), planned(rows), FLAT)
    assert result.ok and result.weeks.iloc[0]["give"] == 8


def test_an_ask_on_a_ledger_already_below_zero_says_so() -> None:
    asks = posts_frame([{"at": "2026-03-02 09:00", "label": "ask"}])  # the ledger stands at -4
    result = plan.check(asks, planned([("2026-03-10 09:00", "ask")]), FLAT)
    ledger_warning = next(w for w in result.warnings if w.kind == "ledger")
    assert ledger_warning.problem == (
        "Tuesday's ask (10 Mar) would take the ledger, already at -4.0, to -8.0."
    )
    assert ledger_warning.fix == (
        "Fix: drop it. It needs 8 give posts before it, and there are no recent give posts to "
        "set a pace by."
    )


def test_a_deep_overdraft_says_when_the_usual_pace_pays_it_back() -> None:
    # One give every Monday for 12 weeks, then six asks: the ledger stands at 12 - 24 = -12.
    mondays = pd.date_range("2025-12-15 09:00", periods=12, freq="7D", tz="UTC")
    rows = [{"at": str(day), "label": "give"} for day in mondays]
    rows += [{"at": f"2026-03-03 1{h}:00", "label": "ask"} for h in range(6)]
    result = plan.check(posts_frame(rows), planned([("2026-03-10 09:00", "ask")]), FLAT)
    (warning,) = [w for w in result.warnings if w.kind == "ledger"]
    assert warning.problem == (
        "Tuesday's ask (10 Mar) would take the ledger, already at -12.0, to -16.0."
    )
    # At one give a week, -12 reaches 4 (the price of an ask) after 16 weeks: 30 June.
    assert warning.fix == (
        "Fix: drop it. At your recent pace of 1.0 give posts a week it can pay for an ask again "
        "in about 16 weeks (week of 29 Jun 2026)."
    )


def test_with_decay_a_debt_fades_so_the_pace_needs_fewer_weeks() -> None:
    mondays = pd.date_range("2025-12-15 09:00", periods=12, freq="7D", tz="UTC")
    rows = [{"at": str(day), "label": "give"} for day in mondays]
    rows += [{"at": f"2026-03-03 1{h}:00", "label": "ask"} for h in range(6)]
    history_ = posts_frame(rows)
    flat = plan.check(history_, planned([("2026-03-10 09:00", "ask")]), FLAT)
    fading = plan.check(history_, planned([("2026-03-10 09:00", "ask")]), Settings())
    weeks = [
        int(w.fix.split("in about ")[1].split(" weeks")[0])
        for w in (*flat.warnings, *fading.warnings)
        if w.kind == "ledger"
    ]
    assert weeks[1] < weeks[0] == 16


def test_an_empty_plan() -> None:
    result = plan.check(history(), planned([]), FLAT)
    assert result.ok and result.lines() == ["The plan is empty: nothing to check."]


def test_weekly_marks_plan_weeks_and_keeps_recent_history() -> None:
    weeks = plan.weekly(history(), planned(BROKEN), FLAT.ratio, history_weeks=1)
    assert list(weeks["kind"]) == ["history", "plan", "plan"]
    assert list(weeks["give"]) == [8, 1, 3]


def test_ledger_path_marks_days_after_now_as_plan() -> None:
    days = plan.ledger_path(history(), planned(BROKEN), FLAT, NOW)
    assert days["kind"].iloc[0] == "history" and days["kind"].iloc[-1] == "plan"
    assert days.loc[days["day"] == ts("2026-03-16"), "balance"].item() == -3.0


def test_draft_check(monkeypatch) -> None:
    text = "Book a demo today: our pricing is at https://acme.example/pricing. Sign up now!"
    result = plan.draft_check(text, "x", history(), FLAT, NOW)
    assert result.verdict.label in ("give", "ask") and result.verdict.reasons
    assert result.limit == 280
    assert result.length == len(text) - len("https://acme.example/pricing") + 23
    assert not result.readability.measured  # fifteen words: too few for a grade
    assert (result.recent_before.give, result.recent_before.ask) == (8, 0)
    assert result.ledger_before == 8.0
    change = -4.0 if result.verdict.label == "ask" else 1.0
    assert result.ledger_after == 8.0 + change
    assert result.recent_after.posts == 9


def test_a_long_draft_gets_a_reading_grade() -> None:
    text = " ".join(
        ["We wrote a short guide to brewing good coffee at home with simple tools."] * 4
    )
    result = plan.draft_check(text, "linkedin", history(), FLAT, NOW)
    assert result.readability.measured and result.readability.grade is not None
    assert result.over_limit == 0


def test_classify_plans_keeps_a_persons_label() -> None:
    when = datetime(2026, 3, 10, 9, tzinfo=UTC)
    plans = [
        PlannedPost(when, "x", "Five tips for calmer code reviews.", label="ask"),
        PlannedPost(when, "x", "Five tips for calmer code reviews."),
    ]
    table = plan.classify_plans(plans)
    assert list(table.columns) == PLAN_COLUMNS + PLAN_VERDICT_COLUMNS
    assert table["label"].iloc[0] == "ask" and table["label_by"].iloc[0] == "person"
    assert table["label_by"].iloc[1] == "model"


# --- platforms -------------------------------------------------------------------------------
def test_platform_limits_are_data() -> None:
    assert {k: p.limit for k, p in platforms.PLATFORMS.items() if p.limit} == {
        "x": 280, "bluesky": 300, "threads": 500, "mastodon": 500, "linkedin": 3000,
        "instagram": 2200, "facebook": 63206, "reddit": 40000,
    }  # fmt: skip
    assert platforms.over_by("a" * 301, "bluesky") == 1
    assert platforms.over_by("a" * 10_000, "feed") == 0
    long_link = "https://example.com/" + "x" * 100
    assert platforms.length(f"see {long_link}", "x") == 4 + 23
    assert platforms.length(f"see {long_link}", "mastodon") == 4 + len(long_link)


# --- scheduler CSVs --------------------------------------------------------------------------
def test_hootsuite_bulk_has_no_header() -> None:
    data = (
        b'03/10/2026 09:00,"Five tips, for calmer reviews",https://blog.example/tips\n'
        b"03/12/2026 14:30,Our sale starts now,\n"
    )
    found = schedulers.read_plan("hoot.csv", data, "linkedin")
    assert found.format == "Hootsuite bulk CSV"
    first, second = found.plans
    assert first.planned_at == datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    assert (
        first.text == "Five tips, for calmer reviews" and first.url == "https://blog.example/tips"
    )
    assert first.platform == "linkedin" and second.url is None
    assert second.planned_at == datetime(2026, 3, 12, 14, 30, tzinfo=UTC)


def test_hootsuite_day_first_dates_are_recognised() -> None:
    found = schedulers.read_plan("hoot.csv", b"25/03/2026 09:00,Hello\n04/03/2026 09:00,Hi\n")
    assert [p.planned_at.date().isoformat() for p in found.plans] == ["2026-03-25", "2026-03-04"]


def test_the_date_order_taken_is_said_when_dates_read_two_ways() -> None:
    found = schedulers.read_plan("hoot.csv", b"05/11/2026 09:00,Hello\n")
    assert "Dates were read month first: 05/11/2026 is 11 May 2026" in found.describe()
    day = schedulers.read_plan("hoot.csv", b"05/11/2026 09:00,Hello\n25/03/2026 09:00,Hi\n")
    assert "read day first: 05/11/2026 is 5 November 2026" in day.describe()
    iso = schedulers.read_plan("plan.csv", b"Date,Text\n2026-03-10,Hello\n")
    assert "read" not in iso.describe()


def test_a_plan_with_date_and_time_columns() -> None:
    found = schedulers.read_plan("plan.csv", b"Date,Time,Text\n2026-03-10,09:30,Hello\n")
    assert found.plans[0].planned_at == datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


def test_a_day_first_column_leaves_iso_dates_year_month_day() -> None:
    data = b"date,text\n25/03/2026 09:00,Hello\n2026-03-05 09:00,Hi\n"
    found = schedulers.read_plan("plan.csv", data)
    assert [p.planned_at.date().isoformat() for p in found.plans] == ["2026-03-25", "2026-03-05"]


def test_buffer_bulk() -> None:
    data = b"Text,Image URL,Tags,Posting Time\nA tip for you,,tips,2026-03-10 09:00\n"
    found = schedulers.read_plan("buffer.csv", data, "bluesky")
    assert found.format == "Buffer bulk CSV"
    assert found.plans[0].text == "A tip for you" and found.plans[0].platform == "bluesky"


def test_generic_csv_with_platform_label_and_skips() -> None:
    data = (
        b"date,text,platform,link,label\n"
        b"2026-03-10 09:00,Hello,LinkedIn,https://x.example,ask\n"
        b"not a date,Skipped,x,,\n"
        b"2026-03-11 09:00,,x,,\n"
        b"2026-03-12 09:00,Twitter post,twitter,,\n"
    )
    found = schedulers.read_plan("plan.csv", data)
    assert [(p.platform, p.label) for p in found.plans] == [("linkedin", "ask"), ("x", None)]
    assert found.skipped == {"no readable date": 1, "no text": 1}
    assert "2 planned posts, 2 rows skipped" in found.describe()


def test_a_file_that_is_no_plan_says_what_it_needs() -> None:
    with pytest.raises(UserError, match="needs a date and a text column"):
        schedulers.read_plan("notes.csv", b"name,city\nAnn,Oslo\n")
    with pytest.raises(UserError, match="no planned post"):
        schedulers.read_plan("plan.csv", b"date,text\nsoon,Hello\n")


def test_plan_csv_reads_back_and_is_spreadsheet_safe() -> None:
    table = planned([("2026-03-10 09:00", "give"), ("2026-03-12 09:00", "ask")])
    table.loc[0, "text"] = '=HYPERLINK("https://evil.example")'
    table["label_by"] = ["model", "person"]
    data = schedulers.plan_csv(table)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert list(rows[0]) == schedulers.PLAN_CSV_COLUMNS
    assert rows[0]["text"].startswith("'=")
    again = schedulers.read_plan("plan.csv", data)
    assert [p.planned_at for p in again.plans] == list(table["planned_at"])
    # the model's label is not frozen into a person's on the way back; the person's is kept
    assert [p.label for p in again.plans] == [None, "ask"]


# --- iCalendar -------------------------------------------------------------------------------
def test_ics_escapes_folds_and_ends_lines_with_crlf() -> None:
    table = planned([("2026-03-10 09:00", "ask")])
    table.loc[0, "text"] = "Launch; day, finally\\ here\nBook now: " + "ü" * 80
    text = ical.calendar(table, "Ann's; workspace", ts("2026-03-08 12:00"))
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")  # no bare line feeds
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    unfolded = text.replace("\r\n ", "")
    assert "DTSTART:20260310T090000Z" in unfolded and "DTEND:20260310T091500Z" in unfolded
    assert "DTSTAMP:20260308T120000Z" in unfolded
    assert "DESCRIPTION:Launch\\; day\\, finally\\\\ here\\nBook now: " + "ü" * 80 in unfolded
    assert "X-WR-CALNAME:Goodwill Ledger plan: Ann's\\; workspace" in unfolded
    assert unfolded.count("BEGIN:VEVENT") == 1


def test_fold_never_splits_a_character() -> None:
    line = "SUMMARY:" + "€" * 60
    folded = ical.fold(line)
    assert folded.replace("\r\n ", "") == line
    for part in folded.split("\r\n"):
        part.encode("utf-8").decode("utf-8")
        assert len(part.encode("utf-8")) <= 75


# --- the store (on SQLite and on PostgreSQL: tests/conftest.py backend) ------------------------
@pytest.mark.usefixtures("backend")
def test_plans_are_stored_edited_and_deleted(store: Store, workspace: str) -> None:
    when = datetime(2026, 3, 10, 9, tzinfo=UTC)
    first, second = store.add_plans(
        workspace,
        [PlannedPost(when, "x", "First"), PlannedPost(when.replace(day=9), "mastodon", "Second")],
    )
    assert [p.text for p in store.plans(workspace)] == ["Second", "First"]  # soonest first
    store.update_plan(
        workspace, PlannedPost(when, "bluesky", "First, edited", id=first, label="ask")
    )
    edited = {p.id: p for p in store.plans(workspace)}[first]
    assert (edited.platform, edited.text, edited.label) == ("bluesky", "First, edited", "ask")
    store.delete_plans(workspace, [second])
    assert [p.id for p in store.plans(workspace)] == [first]
    with pytest.raises(UserError):
        store.update_plan(workspace, PlannedPost(when, "x", "Gone", id=second))
    store.delete_workspace(workspace)
    other = store.create_workspace("Other")
    assert store.plans(other) == []


@pytest.mark.usefixtures("backend")
def test_a_plan_records_who_made_it_and_who_changed_it(store: Store, workspace: str) -> None:
    when = datetime(2026, 3, 10, 9, tzinfo=UTC)
    [pid] = store.add_plans(workspace, [PlannedPost(when, "x", "Launch")], by="Ana")
    assert store.plans(workspace)[0].by == "Ana"
    store.update_plan(workspace, PlannedPost(when, "x", "Launch, reworded", id=pid), by="Bo")
    assert store.plans(workspace)[0].by == "Bo"


def test_a_planned_post_refuses_bad_input() -> None:
    when = datetime(2026, 3, 10, 9, tzinfo=UTC)
    with pytest.raises(UserError, match="needs some text"):
        PlannedPost(when, "x", "   ")
    with pytest.raises(UserError, match="not a platform"):
        PlannedPost(when, "myspace", "Hi")
    with pytest.raises(UserError, match="'give' or 'ask'"):
        PlannedPost(when, "x", "Hi", label="maybe")


# --- python -m core check --------------------------------------------------------------------
HISTORY_CSV = "date,text,label\n" + "".join(
    f"2026-03-0{d} {h}:00,Tip number {d}{h} for calmer code reviews,give\n"
    for d in (2, 3, 4, 5)
    for h in (10, 16)
)


@pytest.fixture
def history_workspace(store: Store, tmp_path: Path) -> str:
    name = store.create_workspace("History")
    path = tmp_path / "history.csv"
    path.write_text(HISTORY_CSV)
    assert ingest.import_path(store, name, path).ok
    assert len(metrics.counted(store.posts(name), store.settings(name))) == 8
    return name


def run_check(tmp_path: Path, body: str, workspace: str):
    path = tmp_path / "plan.csv"
    path.write_text("date,text,label\n" + body)
    return CliRunner().invoke(cli, ["check", str(path), "--workspace", workspace])


@pytest.mark.usefixtures("backend")
def test_check_exits_0_when_the_plan_keeps_the_target(tmp_path, history_workspace) -> None:
    body = "".join(f"2026-03-{d} 09:00,Another tip {d},give\n" for d in (9, 10, 11, 12))
    result = run_check(tmp_path, body + "2026-03-13 09:00,Our launch,ask\n", history_workspace)
    assert result.exit_code == 0, result.output
    assert "The plan keeps the target and the ledger: 5 planned posts over 1 week." in result.output


@pytest.mark.usefixtures("backend")
def test_check_exits_1_and_prints_the_warnings(tmp_path, history_workspace) -> None:
    body = "2026-03-12 09:00,Our launch,ask\n2026-03-13 09:00,Buy now,ask\n"
    result = run_check(tmp_path, body, history_workspace)
    assert result.exit_code == 1, result.output
    assert "Week of 9 Mar 2026: 0 give : 2 ask is below 4 : 1, 2 asks too many." in result.output
    assert "Fix: add 8 give posts before Thursday's ask (12 Mar)" in result.output
    assert (
        "Friday's ask (13 Mar) would take the ledger to -0.5. Fix: add 1 give post before it or "
        "drop it." in result.output
    )


@pytest.mark.usefixtures("backend")
def test_check_of_an_unreadable_plan_exits_2(tmp_path, history_workspace) -> None:
    path = tmp_path / "plan.csv"
    path.write_text("name,city\nAnn,Oslo\n")
    result = CliRunner().invoke(cli, ["check", str(path), "-w", history_workspace])
    assert result.exit_code == 2 and "needs a date and a text column" in result.output


def test_the_same_post_planned_twice_is_found() -> None:
    from core.plan.planned import duplicate_groups, duplicates_of

    when = datetime(2026, 3, 10, 9, tzinfo=UTC)
    first = PlannedPost(when, "x", "Our spring sale is on", id=1)
    again = PlannedPost(when.replace(day=12), "x", "our spring  sale is ON", id=2)
    elsewhere = PlannedPost(when, "linkedin", "Our spring sale is on", id=3)
    other = PlannedPost(when, "x", "Five tips for calmer reviews", id=4)
    plans = [first, again, elsewhere, other]
    assert duplicates_of(PlannedPost(when, "x", "Our spring sale is on"), plans) == [first, again]
    assert duplicates_of(first, plans) == [again]  # itself left out
    assert duplicates_of(other, plans) == []
    assert duplicate_groups(plans) == [[first, again]]


def test_a_planned_post_describes_itself_by_when_where_and_its_opening_words() -> None:
    when = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
    long = PlannedPost(when, "linkedin", "Five   ways to brew " + "better coffee " * 10)
    assert long.describe().startswith("Sat 14 Mar 2026 09:30 on LinkedIn: “Five ways to brew")
    assert long.describe().endswith("…”") and len(long.describe().split("“")[1]) == 61
