"""Platform rules on drafts and plans: each warning with its reason and a fix."""

from __future__ import annotations

import pandas as pd
import pytest
from frames import posts_frame

from core.plan import rules
from core.plan.planned import PLAN_COLUMNS, PLAN_VERDICT_COLUMNS
from core.settings import Brand

BRAND = Brand(name="Acme", domains=("acme.example",), handles=("@acme",))
NOW = pd.Timestamp("2026-06-01 12:00", tz="UTC")


def plan(rows: list[tuple[str, str, str, str]]) -> pd.DataFrame:
    """rows: (when, platform, text, label)."""
    table = pd.DataFrame(
        {
            "plan_id": range(1, len(rows) + 1),
            "planned_at": pd.to_datetime([r[0] for r in rows], utc=True),
            "platform": [r[1] for r in rows],
            "text": [r[2] for r in rows],
            "url": None,
            "label": [r[3] for r in rows],
            "label_by": "person",
            "p_ask": 0.5,
            "confidence": 0.9,
            "reasons": [[] for _ in rows],
        }
    )
    return table[PLAN_COLUMNS + PLAN_VERDICT_COLUMNS]


# --- LinkedIn ------------------------------------------------------------------------------
def test_a_linkedin_post_with_an_outside_link_is_told_to_move_it_to_the_first_comment() -> None:
    found = rules.linkedin_link("Our new guide https://acme.example/guide", "linkedin")
    assert found and found.rule == "linkedin-link"
    assert "acme.example" in found.problem and "company pages" in found.problem
    assert "first comment" in found.fix


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("See https://www.linkedin.com/pulse/our-notes", "linkedin"),  # LinkedIn's own
        ("No link at all", "linkedin"),
        ("Our new guide https://acme.example/guide", "x"),  # not LinkedIn
    ],
)
def test_no_linkedin_warning(text: str, platform: str) -> None:
    assert rules.linkedin_link(text, platform) is None


def test_the_plan_field_link_counts_too() -> None:
    assert rules.linkedin_link("Our guide", "linkedin", "https://acme.example/guide")


# --- Disclosure ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The grinder I use every day: https://amzn.to/3xYz",
        "Love this kettle https://www.amazon.com/dp/B01?tag=me-20",
        "Use code DANA15 for 15% off this week's beans",
        "Brewco sent us their new grinder: get yours with my code DANA10",
        "My favourite scale https://rstyle.me/n/abc",
    ],
)
def test_an_undisclosed_affiliate_link_or_sponsorship_is_warned(text: str) -> None:
    found = rules.disclosure(text)
    assert found and found.rule == "disclosure"
    assert "#ad" in found.fix


@pytest.mark.parametrize(
    "text",
    [
        "#ad The grinder I use every day: https://amzn.to/3xYz",
        "Paid partnership with Brewco: use code DANA15",
        "This video is sponsored by Brewco, go check them out",
        "Affiliate link: https://amzn.to/3xYz (I earn a commission)",
        "A great read on grinders https://www.amazon.com/dp/B01",  # no tag: not an affiliate link
        "Buy our course today https://acme.example/course",  # an ask, but nothing paid by others
    ],
)
def test_disclosed_or_unpaid_posts_pass(text: str) -> None:
    assert rules.disclosure(text) is None


# --- Reddit 9:1 ----------------------------------------------------------------------------
def reddit_history(others: int, promo: int, sub: str = "coffee", column: str | None = "channel"):
    rows = [{"at": f"2026-05-{1 + i % 28:02d} 09:00", "label": "give", "source": "x"}
            for i in range(others + promo)]  # fmt: skip
    frame = posts_frame(rows)
    frame["source"] = "reddit"
    frame["label"] = ["give"] * others + ["ask"] * promo
    frame["links"] = [[] for _ in range(len(frame))]
    if column:  # the import's place for a post: "r/coffee"
        frame[column] = f"r/{sub}"
    else:  # no such column: read from the permalink
        frame["url"] = [
            f"https://www.reddit.com/r/{sub}/comments/{i}/x/" for i in range(len(frame))
        ]
    return frame


LINK_POST = "Our roasting guide https://acme.example/guide r/coffee"


@pytest.mark.parametrize("column", ["channel", "subreddit", None])
def test_reddit_counts_the_person_s_recent_posts_per_subreddit(column: str | None) -> None:
    history = reddit_history(8, 1, column=column)
    assert rules.reddit_ratio(history, "coffee", BRAND, NOW) == (8, 1)
    assert rules.reddit_ratio(history, "espresso", BRAND, NOW) == (0, 0)


def test_a_self_promoting_link_post_below_nine_to_one_is_warned() -> None:
    # 17 others and 1 self-promoting post; with this one, 2 need 18 others: one short.
    found = rules.reddit_nine_to_one(LINK_POST, "reddit", "give", reddit_history(17, 1), BRAND, NOW)
    assert found and found.rule == "reddit-9-1"
    assert "17 posts and comments that are not about you against 2" in found.problem
    assert "1 more comments" in found.fix


def test_nine_others_per_promotion_pass() -> None:
    ok = rules.reddit_nine_to_one(LINK_POST, "reddit", "give", reddit_history(18, 1), BRAND, NOW)
    assert ok is None


def test_a_link_to_someone_else_is_not_self_promotion() -> None:
    text = "A great read https://peer.example/notes r/coffee"
    assert (
        rules.reddit_nine_to_one(text, "reddit", "give", reddit_history(0, 3), BRAND, NOW) is None
    )


def test_reddit_rule_needs_reddit_and_a_subreddit() -> None:
    history = reddit_history(0, 3)
    assert rules.reddit_nine_to_one(LINK_POST, "x", "ask", history, BRAND, NOW) is None
    text = "Our roasting guide https://acme.example/guide"
    assert rules.reddit_nine_to_one(text, "reddit", "ask", history, BRAND, NOW) is None
    assert rules.reddit_nine_to_one(
        text, "reddit", "ask", history, BRAND, NOW, subreddit="r/coffee"
    )


def test_old_reddit_posts_do_not_count() -> None:
    history = reddit_history(20, 0)
    history["published_at"] = NOW - pd.Timedelta(days=400)
    assert rules.reddit_ratio(history, "coffee", BRAND, NOW) == (0, 0)


# --- Cross-posting -------------------------------------------------------------------------
SALE = "Spring sale: 20% off every course, today only https://acme.example/sale"


def test_the_same_ask_on_two_platforms_on_one_day_is_one_warning() -> None:
    planned = plan(
        [
            ("2026-06-03 09:00", "x", SALE, "ask"),
            ("2026-06-03 12:00", "linkedin", "Our sale is on: https://acme.example/sale", "ask"),
            ("2026-06-03 15:00", "bluesky", "Spring sale: 20% off every course, today!", "ask"),
            ("2026-06-04 09:00", "mastodon", SALE, "ask"),  # another day
            ("2026-06-03 10:00", "threads", "Five tips for calmer code reviews", "ask"),
        ]
    )  # fmt: skip
    found = [w for w in rules.plan_rules(planned, reddit_history(0, 0), BRAND, NOW)
             if w.rule == "cross-post"]  # fmt: skip
    [warning] = found
    assert "X (Twitter), LinkedIn, Bluesky on Wednesday 3 Jun" in warning.problem
    assert "one withdrawal per audience" in warning.problem


def test_the_same_give_or_one_platform_is_not_a_cross_post() -> None:
    planned = plan(
        [("2026-06-03 09:00", "x", SALE, "give"), ("2026-06-03 12:00", "linkedin", SALE, "give"),
         ("2026-06-05 09:00", "x", SALE, "ask"), ("2026-06-05 12:00", "x", SALE, "ask")]
    )  # fmt: skip
    assert (
        rules.cross_posted(
            planned.rename(columns={"planned_at": "when"})[
                ["when", "platform", "text", "url", "label"]
            ]
        )
        == []
    )


def test_plan_rules_name_the_planned_post() -> None:
    planned = plan([("2026-06-03 09:00", "linkedin", "Guide https://acme.example/g", "give")])
    [warning] = rules.plan_rules(planned, reddit_history(0, 0), BRAND, NOW)
    assert warning.plan_id == 1 and warning.platform == "linkedin"
    assert warning.text().startswith("Wed 03 Jun · LinkedIn: The post links outside LinkedIn")
    assert warning.as_dict()["rule"] == "linkedin-link"


def test_a_draft_ask_already_out_today_elsewhere_is_a_cross_post() -> None:
    history = posts_frame([{"at": "2026-06-01 08:00", "label": "ask", "text": SALE}])
    history["links"] = [["https://acme.example/sale"]]
    found = rules.draft_rules("Sale on now! https://acme.example/sale", "linkedin", "ask",
                              history, BRAND, NOW)  # fmt: skip
    assert {w.rule for w in found} == {"linkedin-link", "cross-post"}
    again = rules.draft_rules("Sale on now! https://acme.example/sale", "x", "ask",
                              history, BRAND, NOW)  # fmt: skip
    assert again == []  # the same platform: a repeat, not a cross-post
