"""The refill: past give posts offered where a planned week breaks, and that they fix it."""

from __future__ import annotations

import pandas as pd
import pytest
from frames import posts_frame

from core.plan import checks, refill
from core.plan.planned import PLAN_COLUMNS, PLAN_VERDICT_COLUMNS
from core.settings import Settings

FLAT = Settings(half_life_days=0)  # 4:1, no decay
NOW = pd.Timestamp("2026-06-01 12:00", tz="UTC")  # a Monday


def history() -> pd.DataFrame:
    """Gives written to be kept or left out for one reason each; the ledger stands at 5."""
    rows = [
        (
            "best",
            "2026-01-05",
            "give",
            "post",
            "x",
            50,
            "How to brew a calmer cup: three steps anyone can follow",
        ),
        (
            "mid",
            "2026-01-12",
            "give",
            "post",
            "x",
            20,
            "Five questions to ask before you buy a grinder for home",
        ),
        (
            "dated",
            "2026-01-19",
            "give",
            "post",
            "x",
            90,
            "Join us this Friday for a free tasting at the roastery",
        ),
        (
            "recent",
            "2026-05-20",
            "give",
            "post",
            "x",
            99,
            "Why fresh beans taste better, and how to keep them fresh",
        ),
        (
            "again",
            "2026-01-26",
            "give",
            "post",
            "x",
            80,
            "Our guide to water hardness and why it matters for taste",
        ),
        (
            "again2",
            "2026-05-25",
            "give",
            "post",
            "x",
            5,
            "Our guide to water hardness and why it matters for taste",
        ),
        (
            "reply",
            "2026-02-02",
            "give",
            "reply",
            "x",
            100,
            "@dana yes, grind finer and pour slower next time",
        ),
        ("short", "2026-02-09", "give", "post", "x", 70, "Good morning, everyone!"),
        (
            "bsky",
            "2026-02-16",
            "give",
            "post",
            "bluesky",
            95,
            "A slow pour-over is a small daily ritual worth keeping",
        ),
        (
            "ask",
            "2026-02-23",
            "ask",
            "post",
            "x",
            60,
            "Buy our grinder bundle now, 20% off for subscribers",
        ),
    ]
    return posts_frame(
        [
            {"id": i, "at": f"{d} 09:00", "label": lab, "kind": k, "source": s, "likes": n,
             "text": t}
            for i, d, lab, k, s, n, t in rows
        ]
    )  # fmt: skip


def plan(rows: list[tuple[str, str]], platform: str = "x", texts: list[str] | None = None):
    table = pd.DataFrame(
        {
            "plan_id": range(1, len(rows) + 1),
            "planned_at": pd.to_datetime([at for at, _ in rows], utc=True),
            "platform": platform,
            "text": texts or [f"planned post number {i}" for i in range(len(rows))],
            "url": None,
            "label": [lab for _, lab in rows],
            "label_by": "person",
            "p_ask": 0.5,
            "confidence": 0.9,
            "reasons": [[] for _ in rows],
        }
    )
    return table[PLAN_COLUMNS + PLAN_VERDICT_COLUMNS]


# Week of 8 June: three gives and an ask on Thursday: 3 : 1, one give short of 4 : 1.
ONE_SHORT = [("2026-06-08 09:00", "give"), ("2026-06-09 09:00", "give"),
             ("2026-06-10 09:00", "give"), ("2026-06-11 09:00", "ask")]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "ever"),
    [
        ("How to dial in a grinder, step by step", True),
        ("Our sale ends Sunday", False),
        ("See you today at the market", False),
        ("Notes from March 12 at the meetup", False),
        ("Our favourite tools of 2025", False),
        ("Open on 24/12 as usual", False),
        ("This week: three recipes", False),
        ("Sendtogether: 5 ways to brew", True),
        ("Stir until smooth, then rest it for a minute", True),
    ],
)
def test_evergreen(text: str, ever: bool) -> None:
    assert refill.evergreen(text) is ever


def test_candidates_are_evergreen_old_unshared_posts_best_first() -> None:
    found = refill.candidates(history(), plan([]), NOW, "x")
    # dated: "this Friday"; recent: within 90 days; again: shared again on 25 May; reply; short;
    # bsky: another platform; ask: not a give.
    assert list(found["id"]) == ["best", "mid"]
    assert found["score"].iloc[0] > found["score"].iloc[1]


def test_a_post_already_in_the_plan_is_not_offered() -> None:
    planned = plan([("2026-06-08 09:00", "give")], texts=[history()["text"].iloc[0]])
    assert list(refill.candidates(history(), planned, NOW, "x")["id"]) == ["mid"]


def test_posts_without_counts_come_after_those_with() -> None:
    posts = history()
    posts.loc[posts["id"] == "best", "likes"] = pd.NA
    assert list(refill.candidates(posts, plan([]), NOW, "x")["id"]) == ["mid", "best"]


def test_one_give_short_gets_the_best_past_give_before_the_ask_and_it_fixes_the_week() -> None:
    planned = plan(ONE_SHORT)
    result = checks.check(history(), planned, FLAT)
    assert [w.kind for w in result.warnings] == ["target"]
    [offer] = refill.refill(history(), history(), planned, FLAT, NOW, result)
    assert offer.week == pd.Timestamp("2026-06-08", tz="UTC")
    assert offer.ids == ["best"] and offer.fixes and offer.kinds == ("target",)
    [s] = offer.suggestions
    assert s.slot == pd.Timestamp("2026-06-11 08:00", tz="UTC")  # an hour before the ask
    assert s.text == "How to brew a calmer cup: three steps anyone can follow"
    assert s.engagement == {"likes": 50}
    # adding it fixes the week
    post = s.planned()
    assert (post.label, post.platform, post.text) == ("give", "x", s.text)
    fixed = plan([*ONE_SHORT, (f"{s.slot:%Y-%m-%d %H:%M}", "give")])
    assert checks.check(history(), fixed, FLAT).ok


def test_a_week_two_short_gets_two_and_they_do_not_repeat_across_weeks() -> None:
    rows = [("2026-06-08 09:00", "give"), ("2026-06-09 09:00", "give"),
            ("2026-06-10 09:00", "ask"), ("2026-06-15 09:00", "give"),
            ("2026-06-16 09:00", "give"), ("2026-06-17 09:00", "give"),
            ("2026-06-18 09:00", "ask")]  # fmt: skip
    offers = refill.refill(history(), history(), plan(rows), FLAT, NOW)
    first, second = offers
    assert first.ids == ["best", "mid"] and first.fixes
    assert [s.slot.hour for s in first.suggestions] == [8, 7]
    assert second.ids == [] and not second.fixes  # the pool is used up


def test_a_platform_without_past_gives_borrows_from_the_others() -> None:
    [offer] = refill.refill(history(), history(), plan(ONE_SHORT, "linkedin"), FLAT, NOW)
    assert offer.platform == "linkedin" and offer.ids == ["bsky"]  # the best, from anywhere
    assert offer.suggestions[0].planned().platform == "linkedin"


def test_a_plan_that_keeps_the_target_gets_no_refill() -> None:
    rows = [*ONE_SHORT[:3], ("2026-06-10 12:00", "give"), ONE_SHORT[3]]
    assert refill.refill(history(), history(), plan(rows), FLAT, NOW) == []


def test_an_article_is_reshared_as_its_title_and_address() -> None:
    row = pd.Series(
        {"kind": "article", "text": "A V60 guide\n\nLong body…", "url": "https://me.example/v60",
         "links": []}
    )  # fmt: skip
    assert refill.reshare_text(row, "x") == (
        "A V60 guide https://me.example/v60",
        "https://me.example/v60",
    )


def test_a_long_post_is_cut_at_a_word_to_fit_the_platform() -> None:
    row = pd.Series({"kind": "post", "text": "word " * 100, "url": None, "links": []})
    text, _ = refill.reshare_text(row, "x")
    assert len(text) <= 280 and text.endswith("word…")
