"""core.balance.reddit: the balance per subreddit, Reddit's 9:1 with comments counted, and each
domain's share of the link submissions (moderators flag 10% or more past four submissions)."""

from __future__ import annotations

from frames import posts_frame

from core.balance import reddit
from core.settings import Brand, Settings


def frame():
    rows = []
    for i in range(6):  # six link submissions: three to the brand's site, three elsewhere
        own = i < 3
        link = "https://blog.acme.example/p" if own else f"https://peer{i}.example/a"
        rows.append({"at": f"2026-03-0{i + 1} 09:00", "label": "ask" if own else "give",
                     "source": "reddit", "kind": "post", "channel": "r/webdev",
                     "text": f"Post {i}", "links": [link]})  # fmt: skip
    rows.append(
        {
            "at": "2026-03-08",
            "label": "give",
            "source": "reddit",
            "kind": "post",
            "channel": "r/python",
            "text": "Read https://docs.example/x",
            "links": ["https://docs.example/x"],
        }
    )  # a self post: its link is in its text
    rows += [
        {
            "at": f"2026-03-1{i}",
            "label": "give",
            "source": "reddit",
            "kind": "reply",
            "channel": "r/python",
        }
        for i in range(5)
    ]
    rows.append({"at": "2026-03-20", "label": "ask", "source": "x", "kind": "post"})
    return posts_frame(rows)  # fmt: skip


def test_balance_per_subreddit_against_the_target() -> None:
    table = reddit.by_subreddit(frame(), Settings(target="reddit 9:1"))
    got = {r.subreddit: (r.give, r.ask, r.on_target) for r in table.itertuples()}
    assert got == {"r/python": (6, 0, True), "r/webdev": (3, 3, False)}


def test_nine_to_one_counts_comments_even_when_replies_do_not_count() -> None:
    total = reddit.nine_to_one(frame(), Settings(count_replies=False))
    assert (total.give, total.ask) == (9, 3)
    assert not total.meets(9.0)


def test_domain_shares_flag_ten_percent_and_mark_the_brands_own() -> None:
    table = reddit.domain_shares(frame(), Brand(domains=("acme.example",)))
    first = table.iloc[0]
    assert (first["domain"], first["submissions"], first["own"], first["flagged"]) == (
        "blog.acme.example", 3, True, True)  # fmt: skip
    assert first["share"] == 0.5
    assert "docs.example" not in set(table["domain"])  # a self post submits no link
    assert table["submissions"].sum() == 6
    assert not table.iloc[1:]["own"].any()


def test_no_flag_before_five_submissions() -> None:
    few = frame().iloc[:3]
    assert not reddit.domain_shares(few, Brand()).empty
    assert not reddit.domain_shares(few, Brand())["flagged"].any()


def test_the_json_report_carries_the_subreddits_and_the_domains() -> None:
    import pandas as pd

    from core.reports.export import workspace_data

    data = workspace_data(frame(), Settings(brand=Brand(domains=("acme.example",))),
                          pd.Timestamp("2026-04-01", tz="UTC"))  # fmt: skip
    assert data["by_channel"]["r/webdev"] == {"posts": 6, "give": 3, "ask": 3}
    assert data["reddit"]["give"] == 9 and data["reddit"]["meets_nine_to_one"] is False
    assert data["reddit"]["domains"][0] == {"domain": "blog.acme.example", "submissions": 3,
                                            "share": 0.5, "own": True, "flagged": True}  # fmt: skip
