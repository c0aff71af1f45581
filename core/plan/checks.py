"""Planning before publishing: a draft's verdict and effect, and a plan checked week by week.

The history is the counted posts (metrics.counted); planned posts count whatever their kind,
since a person plans posts, not replies. Planned and published posts run through one ledger,
so a plan is judged by the same rule as the Balance page.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from core.balance import consistency, ledger, metrics
from core.classify.model import GiveAskModel
from core.classify.verdict import Doc, Verdict, classify
from core.plan import platforms
from core.plan.planned import PLAN_COLUMNS, PLAN_VERDICT_COLUMNS, PlannedPost
from core.plan.readability import Readability, readability
from core.settings import Brand, Settings
from core.sources.text import find_urls, unique

EVENT_COLUMNS = ["id", "published_at", "label", "source", "planned"]


def doc(text: str, platform: str, url: object = None) -> Doc:
    own = [url] if isinstance(url, str) and url else []  # a DataFrame hands missing as NaN
    links = unique(own + find_urls(text))
    return Doc(text=text, links=tuple(links), kind="post", source=platform)


def frame(plans: Sequence[PlannedPost]) -> pd.DataFrame:
    """Planned posts as a DataFrame in PLAN_COLUMNS, soonest first."""
    rows = [
        (p.id, pd.Timestamp(p.planned_at).tz_convert("UTC"), p.platform, p.text, p.url, p.label)
        for p in plans
    ]
    table = pd.DataFrame(rows, columns=[*PLAN_COLUMNS, "own_label"])
    table["planned_at"] = pd.to_datetime(table["planned_at"], utc=True)
    return table.sort_values("planned_at", kind="stable").reset_index(drop=True)


def classify_plans(
    plans: Sequence[PlannedPost], brand: Brand | None = None, model: GiveAskModel | None = None
) -> pd.DataFrame:
    """The plan with each post's label (the person's where given, else the model's) and the
    model's verdict (p_ask, confidence, reasons)."""
    table = frame(plans)
    docs = [doc(t, p, u) for t, p, u in zip(table["text"], table["platform"], table["url"])]
    verdicts = classify(docs, brand, model=model)
    own = [lab if isinstance(lab, str) else None for lab in table["own_label"]]
    table["label"] = [mine or v.label for mine, v in zip(own, verdicts)]
    table["label_by"] = ["person" if mine else "model" for mine in own]
    table["p_ask"] = [v.p_ask for v in verdicts]
    table["confidence"] = [v.confidence for v in verdicts]
    table["reasons"] = [list(v.reasons) for v in verdicts]
    return table[PLAN_COLUMNS + PLAN_VERDICT_COLUMNS]


def events(history: pd.DataFrame, planned: pd.DataFrame) -> pd.DataFrame:
    """Published and planned posts in one time line, in the order the ledger reads them."""
    past = pd.DataFrame(
        {
            "id": history["id"].astype(str),
            "published_at": history["published_at"],
            "label": history["label"],
            "source": history["source"],
            "planned": False,
        }
    )
    future = pd.DataFrame(
        {
            "id": [f"plan:{i}" for i in range(len(planned))],
            "published_at": planned["planned_at"],
            "label": planned["label"],
            "source": planned["platform"],
            "planned": True,
        }
    )
    both = pd.concat([f for f in (past, future) if not f.empty] or [past], ignore_index=True)
    both["published_at"] = pd.to_datetime(both["published_at"], utc=True)
    both["planned"] = both["planned"].astype(bool)
    return both.sort_values(["published_at", "id"], kind="stable").reset_index(drop=True)


def week_of(when: pd.Timestamp) -> pd.Timestamp:
    return (when - pd.Timedelta(days=when.weekday())).normalize()


def day_name(when: pd.Timestamp) -> str:
    return f"{when:%A} {when.day} {when:%b}"


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def choices_text(choices: Sequence[str]) -> str:
    """'a', 'a or b', 'a, b, or c'."""
    if len(choices) < 3:
        return " or ".join(choices)
    return f"{', '.join(choices[:-1])}, or {choices[-1]}"


@dataclass(frozen=True)
class Warning:
    week: pd.Timestamp
    kind: str  # "target" or "ledger"
    problem: str
    choices: tuple[str, ...]  # what the person can do, each with its date: move, add, drop
    note: str = ""  # what the person's usual pace does, when no choice is small enough

    @property
    def fix(self) -> str:
        fix = f"Fix: {choices_text(self.choices)}." if self.choices else ""
        return f"{fix} {self.note}".strip()

    def text(self) -> str:
        return f"Week of {self.week.day} {self.week:%b %Y}: {self.problem} {self.fix}".strip()


@dataclass(frozen=True)
class PlanCheck:
    weeks: pd.DataFrame  # one row per planned week: give, ask, planned, on_target, ledger_low
    warnings: list[Warning]
    timeline: pd.DataFrame  # events with the ledger balance after each

    @property
    def ok(self) -> bool:
        return not self.warnings

    def lines(self) -> list[str]:
        if self.weeks.empty:
            return ["The plan is empty: nothing to check."]
        if self.ok:
            n = int(self.weeks["planned"].sum())
            return [
                f"The plan keeps the target and the ledger: {plural(n, 'planned post')} "
                f"over {plural(len(self.weeks), 'week')}."
            ]
        return [w.text() for w in self.warnings]


def _timeline(history: pd.DataFrame, planned: pd.DataFrame, rule: ledger.Rule) -> pd.DataFrame:
    line = events(history, planned)
    book = ledger.entries(line, rule)  # sorts by the same keys, so rows line up
    line["balance"] = book["balance"].to_numpy()
    when = line["published_at"]  # week_of for every row at once (a map costs seconds at 100k)
    line["week"] = (when - pd.to_timedelta(when.dt.day_of_week, unit="D")).dt.normalize()
    return line


MOVE_WEEKS = 26  # how far a move is looked for, either way


def _ask_name(when: pd.Timestamp) -> str:
    return f"{when:%A}'s ask ({when.day} {when:%b})"


def _week_name(week: pd.Timestamp) -> str:
    return f"the week of {week.day} {week:%b}" + (f" {week:%Y}" if week.month == 1 else "")


def _counts(line: pd.DataFrame) -> dict[pd.Timestamp, list[int]]:
    """[give, ask] per week of the timeline."""
    counts: dict[pd.Timestamp, list[int]] = {}
    for week, label in zip(line["week"], line["label"]):
        pair = counts.setdefault(week, [0, 0])
        pair[0 if label == "give" else 1] += label in ("give", "ask")
    return counts


def _nearest_weeks(week: pd.Timestamp, earliest: pd.Timestamp) -> list[pd.Timestamp]:
    """Weeks around `week`, nearest first (later before earlier at the same distance), none
    before `earliest`."""
    found = []
    for d in range(1, MOVE_WEEKS + 1):
        for step in (d, -d):
            other = week + pd.Timedelta(weeks=step)
            if other >= earliest:
                found.append(other)
    return found


def _moves(
    week: pd.Timestamp,
    asks: pd.DataFrame,
    excess: int,
    counts: dict[pd.Timestamp, list[int]],
    ratio: float,
    earliest: pd.Timestamp,
) -> str | None:
    """'move Friday's ask (13 Mar) to the week of 16 Mar', for each ask too many (the latest
    first), each to the nearest week that stays on target with it; None when any cannot move."""
    if excess > len(asks):
        return None
    taken = {w: list(pair) for w, pair in counts.items()}
    moves = []
    for when in reversed(list(asks["published_at"])[-excess:]):
        for other in _nearest_weeks(week, earliest):
            give, ask = taken.get(other, [0, 0])
            if metrics.Balance(give, ask + 1).meets(ratio):
                taken[other] = [give, ask + 1]
                moves.append(f"{_ask_name(when)} to {_week_name(other)}")
                break
        else:
            return None
    return "move " + " and ".join(reversed(moves))


def _target_warning(
    week: pd.Timestamp,
    rows: pd.DataFrame,
    counts: dict[pd.Timestamp, list[int]],
    ratio: float,
    fortnight: int,
    earliest: pd.Timestamp,
) -> Warning | None:
    total = metrics.Balance(
        int((rows["label"] == "give").sum()), int((rows["label"] == "ask").sum())
    )
    if total.meets(ratio):
        return None
    paid = math.floor(total.give / ratio + 1e-9) if ratio > 0 else 0
    excess = total.ask - paid
    needed = metrics.gives_needed(total, ratio)
    problem = (
        f"{total.give} give : {total.ask} ask is below {ratio:g} : 1, "
        f"{plural(excess, 'ask')} too many."
    )
    asks = rows[rows["planned"] & (rows["label"] == "ask")]
    choices = []
    moved = _moves(week, asks, excess, counts, ratio, earliest)
    if moved:
        choices.append(moved)
    gives = plural(needed, "give post")
    if needed <= fortnight:
        if asks.empty:
            choices.append(f"add {gives} this week")
        else:
            choices.append(f"add {gives} before {_ask_name(asks['published_at'].iloc[0])}")
    if len(asks) >= excess:
        last = list(asks["published_at"])[-excess:]
        dropped = " and ".join(_ask_name(w) for w in last)
        choices.append(f"drop {dropped}")
    note = ""
    if needed > fortnight and not moved:
        note = (
            f"It would take {gives} to keep this week on target, more than two usual weeks of "
            "giving."
        )
    return Warning(week, "target", problem, tuple(choices), note)


def _ledger_warning(
    week: pd.Timestamp,
    rows: pd.DataFrame,
    line: pd.DataFrame,
    rule: ledger.Rule,
    pace: float,
) -> Warning | None:
    asks = rows[rows["planned"] & (rows["label"] == "ask")]
    short = asks[asks["balance"] < -ledger.EPSILON]
    if short.empty:
        return None
    first = short.iloc[0]
    lowest = float(short["balance"].min())
    needed = max(1, math.ceil(-lowest - ledger.EPSILON))
    when = first["published_at"]
    before = float(first["balance"]) + rule.ratio  # the ask and its balance share one moment
    already = f", already at {before:.1f}," if before < -ledger.EPSILON else ""
    problem = f"{_ask_name(when)} would take the ledger{already} to {lowest:.1f}."
    choices = []
    later = _affordable_after(line, str(first["id"]), rule)
    if later is not None and later - when <= pd.Timedelta(weeks=MOVE_WEEKS):
        choices.append(f"move it after {day_name(later)}'s give post")
    if needed <= fortnight(pace, rule.ratio):
        choices.append(f"add {plural(needed, 'give post')} before it")
    choices.append("drop it")
    note = ""
    if len(choices) == 1:  # neither a move nor a fortnight of giving: say when the pace does
        note = ledger.recovery(before, needed, pace, rule, when) or (
            f"It needs {plural(needed, 'give post')} before it, and there are no recent give "
            "posts to set a pace by."
        )
    return Warning(week, "ledger", problem, tuple(choices), note)


def _affordable_after(line: pd.DataFrame, ask_id: str, rule: ledger.Rule) -> pd.Timestamp | None:
    """The first later give after which the ledger, without this ask, could pay for it."""
    at = line.loc[line["id"] == ask_id, "published_at"].iloc[0]
    rest = line[line["id"] != ask_id].reset_index(drop=True)
    book = ledger.entries(rest, rule)
    later = (rest["published_at"] > at) & (rest["label"] == "give")
    fits = later & (book["balance"] - rule.ratio >= -ledger.EPSILON)
    return rest.loc[fits, "published_at"].iloc[0] if fits.any() else None


def fortnight(pace: float, ratio: float) -> int:
    """The most give posts a choice may ask for: two usual weeks of giving, or, with no give
    to go on, what one ask costs (the least any ask needs)."""
    return ledger.usual_fortnight(pace) if pace > 0 else math.ceil(ratio)


def check(
    history: pd.DataFrame,
    planned: pd.DataFrame,
    settings: Settings,
    now: pd.Timestamp | None = None,
) -> PlanCheck:
    """Every planned week against the target and the ledger, with choices for each problem.
    Asks are moved to weeks from `now`'s on (without it, only to later weeks)."""
    rule = ledger.Rule.of(settings)
    line = _timeline(history, planned, rule)
    counts = _counts(line)
    rows, warnings = [], []
    for week in sorted(line.loc[line["planned"], "week"].unique()):
        earliest = week + pd.Timedelta(weeks=1) if now is None else week_of(now)
        pace = ledger.give_pace(line, week)  # published and planned gives before the week
        mine = line[line["week"] == week]
        total = metrics.Balance(
            int((mine["label"] == "give").sum()), int((mine["label"] == "ask").sum())
        )
        rows.append(
            {
                "week": week,
                "give": total.give,
                "ask": total.ask,
                "planned": int(mine["planned"].sum()),
                "on_target": total.meets(settings.ratio),
                "ledger_low": float(mine["balance"].min()),
                "ledger_end": float(mine["balance"].iloc[-1]),
            }
        )
        for found in (
            _target_warning(
                week, mine, counts, settings.ratio, fortnight(pace, settings.ratio), earliest
            ),
            _ledger_warning(week, mine, line, rule, pace),
        ):
            if found:
                warnings.append(found)
    columns = ["week", "give", "ask", "planned", "on_target", "ledger_low", "ledger_end"]
    return PlanCheck(pd.DataFrame(rows, columns=columns), warnings, line)


def weekly(
    history: pd.DataFrame, planned: pd.DataFrame, ratio: float, history_weeks: int = 12
) -> pd.DataFrame:
    """Give share per week over the last weeks of history and every planned week, each marked
    'history' or 'plan' (a week holding any planned post is a plan week)."""
    line = events(history, planned)
    if line.empty:
        return pd.DataFrame(
            columns=["period", "give", "ask", "posts", "give_share", "ratio", "on_target", "kind"]
        )
    periods = metrics.by_period(line, "week", ratio)
    plan_weeks = set(line.loc[line["planned"], "published_at"].map(week_of))
    periods["kind"] = ["plan" if p in plan_weeks else "history" for p in periods["period"]]
    first_plan = min(plan_weeks) if plan_weeks else periods["period"].max() + pd.Timedelta(days=7)
    start = first_plan - pd.Timedelta(weeks=history_weeks)
    return periods[periods["period"] >= start].reset_index(drop=True)


def ledger_path(
    history: pd.DataFrame,
    planned: pd.DataFrame,
    settings: Settings,
    now: pd.Timestamp,
    history_weeks: int | None = None,
) -> pd.DataFrame:
    """The ledger day by day through history and plan; days after `now` are marked 'plan'.
    history_weeks keeps only that many weeks before today, so the plan is not a sliver."""
    rule = ledger.Rule.of(settings)
    line = events(history, planned)
    until = max(now, line["published_at"].max()) if not line.empty else now
    days = ledger.daily(ledger.entries(line, rule), rule, until)
    days["kind"] = ["plan" if d > now.normalize() else "history" for d in days["day"]]
    if history_weeks is not None:
        days = days[days["day"] >= now.normalize() - pd.Timedelta(weeks=history_weeks)]
    return days.reset_index(drop=True)


@dataclass(frozen=True)
class DraftCheck:
    verdict: Verdict
    readability: Readability
    length: int
    limit: int | None
    recent_before: metrics.Balance
    recent_after: metrics.Balance
    ledger_before: float
    ledger_after: float

    @property
    def over_limit(self) -> int:
        return 0 if self.limit is None else max(0, self.length - self.limit)


def draft_check(
    text: str,
    platform: str,
    history: pd.DataFrame,
    settings: Settings,
    now: pd.Timestamp,
    model: GiveAskModel | None = None,
) -> DraftCheck:
    """What a draft is, and what publishing it now would do to the profile view and the ledger."""
    verdict = classify([doc(text, platform)], settings.brand, model=model)[0]
    rule = ledger.Rule.of(settings)
    before = ledger.balance_at(ledger.entries(history, rule), now, rule)
    published = pd.DataFrame({"id": ["draft"], "published_at": [now], "label": [verdict.label]})
    window = settings.rolling_window
    after_posts = pd.concat([history[["id", "published_at", "label"]], published])
    return DraftCheck(
        verdict=verdict,
        readability=readability(text),
        length=platforms.length(text, platform),
        limit=platforms.limit(platform),
        recent_before=consistency.recent(history, window),
        recent_after=consistency.recent(after_posts, window),
        ledger_before=before,
        ledger_after=before + rule.change(verdict.label),
    )
