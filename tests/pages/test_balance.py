"""The Balance page through AppTest: headline figures, findings, consistency, the ledger,
the calendar, engagement by label and the reports, on the demo and on a small workspace."""

from __future__ import annotations

import re

from core.demo import DEMO_WORKSPACE


def texts(elements) -> list[str]:
    return [e.value for e in elements]


def test_the_demo_shows_every_section(app, store, db_url):
    assert db_url.startswith("sqlite:///")
    at = app()  # Balance is the default page; the first start seeds the demo
    assert store.workspaces() == [DEMO_WORKSPACE]
    assert texts(at.subheader) == [
        "Findings", "Consistency", "The goodwill ledger", "Posting calendar", "Per source",
        "Engagement by label", "Does giving pay?", "Your gift circle", "Reports",
    ]  # fmt: skip
    labels = [m.label for m in at.metric]
    assert {"Give : ask, all time", "Give share, all time", "Goodwill ledger today",
            "Weeks with a give post", "On-target streak", "Longest run of asks",
            "Posting pace"} <= set(labels)  # fmt: skip
    assert any(label.startswith("Last ") and label.endswith(" posts") for label in labels)
    # the first bulleted list is the findings (the cited studies come later, under giving)
    findings = next(m.value.splitlines() for m in at.markdown if m.value.startswith("- "))
    assert 3 <= len(findings) <= 5 and all(line.startswith("- ") for line in findings)
    advice = texts(at.warning) + texts(at.success)
    assert any(
        re.search(
            r"Balance today -?\d+\.\d\. (You can afford|.+ before your next ask|The ledger is)", a
        )
        for a in advice
    ), advice
    # the three views are named for what they count and explained side by side
    assert any(c.startswith("All time counts every post since") for c in texts(at.caption))
    ledger_today = next(m for m in at.metric if m.label == "Goodwill ledger today").value
    assert any(a.startswith(f"Balance today {ledger_today}.") for a in advice)  # one figure
    captions = texts(at.caption)
    assert any("each ask withdraws 4" in c and "halves every 90 days" in c for c in captions)
    assert any(
        re.search(r"\d+ of \d+ weeks with posts in this stretch were on target", c)
        for c in captions
    )
    # weekly give share, the profile view, the ledger, the calendar, per source, engagement,
    # does giving pay, the gift circle's accounts and its quarters
    assert len(at.get("vega_lite_chart")) == 9
    assert not at.info  # the demo's tweets carry likes: engagement is shown, not excused


def test_each_source_on_its_own(app):
    at = app()
    picker = next(s for s in at.selectbox if s.label == "Sources")
    assert picker.options == ["All sources together", "Blog / feed", "X (Twitter)"]
    everything = at.metric[1].help
    picker.select("feed").run()
    assert not at.exception
    assert at.metric[1].help != everything  # "N of M posts" of the blog alone


def test_a_workspace_without_engagement_says_so(app, seed, make):
    rows = (
        [["date", "text", "label"]]
        + [
            [f"2026-03-{d:02d} 09:00", f"Tip {d} for calmer code reviews", "give"]
            for d in range(2, 20)
        ]
        + [["2026-03-20 09:00", "Buy the course today", "ask"]]
    )
    seed("Plain", {"audit.csv": make.csv(rows)})
    at = app()
    info = texts(at.info)
    assert any("carry no likes, reposts, replies or impressions" in i for i in info), info
    assert any("You can afford" in s or "before your next ask" in s or "The ledger is" in s
               for s in texts(at.success) + texts(at.warning))  # fmt: skip


def test_an_empty_workspace_points_to_import(app, store, seed, make):
    store.create_workspace("Empty")
    at = app()
    assert any("No labelled posts yet" in i for i in texts(at.info))


def test_reddit_posts_show_per_subreddit_the_nine_to_one_and_domain_shares(app, seed, store):
    import csv
    import io

    from archives import zip_of

    header = ["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"]
    rows = [
        [f"p{i}", f"https://www.reddit.com/r/webdev/comments/p{i}/x/", f"2026-03-{i + 2:02d} "
         "09:00:00 UTC", "203.0.113.7", "webdev", "0", f"Our release notes, part {i}",
         "https://acme.example/notes", ""]
        for i in range(5)
    ]  # fmt: skip
    buffer = io.StringIO()
    csv.writer(buffer).writerows([header, *rows])
    seed("Reddit", {"reddit.zip": zip_of({"posts.csv": buffer.getvalue().encode("utf-8-sig")})})
    store.set_labels("Reddit", {f"reddit:t3_p{i}": "ask" if i == 0 else "give" for i in range(5)})
    at = app()
    assert not at.exception, [e.value for e in at.exception]
    heads = texts(at.subheader)
    assert "Per subreddit or channel" in heads and "Reddit's self-promotion guideline" in heads
    assert any("4 give : 1 ask" in w and "5 more would keep it" in w for w in texts(at.warning))
    domains = next(d.value for d in at.dataframe if "domain" in d.value.columns)
    assert domains["domain"].tolist() == ["acme.example"] and domains["flagged"].tolist() == [True]
    channels = next(d.value for d in at.dataframe if "channel" in d.value.columns)
    assert channels["channel"].tolist() == ["r/webdev"]
