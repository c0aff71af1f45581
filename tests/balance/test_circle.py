"""The gift circle: whom the posts give to, the sites they curate, and who gives back."""

from __future__ import annotations

import pandas as pd
import pytest

from core.balance import circle
from core.settings import Brand
from tests.frames import posts_frame

BRAND = Brand(name="Acme", domains=("acme.example",), handles=("@acme",))


def with_links(frame: pd.DataFrame, links: dict[int, list[str]]) -> pd.DataFrame:
    frame["links"] = [links.get(i, []) for i in range(len(frame))]
    return frame


@pytest.mark.parametrize(
    ("text", "kind", "links", "expected"),
    [
        ("RT @dana: five tips on testing", "repost", [], {"@dana": "reposted"}),
        ("", "repost", ["https://mastodon.social/@eli/1099"], {"@eli@mastodon.social": "reposted"}),
        ("", "repost", ["https://bsky.app/profile/fay.bsky.social/post/3k"],
         {"@fay.bsky.social": "reposted"}),
        ("So true", "quote", ["https://x.com/Gus/status/12"], {"@gus": "reposted"}),
        ("@sam @amy glad it helped!", "reply", [], {"@sam": "replied", "@amy": "replied"}),
        ("Great thread, via @dana", "post", [], {"@dana": "credited"}),
        ("h/t @dana for this one", "post", [], {"@dana": "credited"}),
        ("Thanks to @Dana and @eli for the notes", "post", [],
         {"@dana": "credited", "@eli": "credited"}),
        ("via @dana, and we met @eli", "post", [], {"@dana": "credited", "@eli": "mentioned"}),
        ("Met @dana at the meetup", "post", [], {"@dana": "mentioned"}),
        ("Write to hello@acme.example", "post", [], {}),
        ("Ask @ana@fosstodon.org about it.", "post", [], {"@ana@fosstodon.org": "mentioned"}),
    ],
)  # fmt: skip
def test_who_a_post_gives_to(text: str, kind: str, links: list[str], expected: dict) -> None:
    assert circle.amplifications(text, kind, links) == expected


def test_the_strongest_way_wins_within_a_post() -> None:
    found = circle.amplifications("RT @dana: thanks @dana, via @dana", "repost", [])
    assert found == {"@dana": "reposted"}


def test_own_handles_asks_and_unlabelled_posts_are_not_gifts() -> None:
    posts = posts_frame(
        [
            {"at": "2026-03-02", "label": "give", "text": "Thanks @acme team and @dana"},
            {"at": "2026-03-03", "label": "ask", "text": "Buy now, with @eli"},
            {"at": "2026-03-04", "label": None, "text": "cc @fay"},
            {"at": "2026-03-05", "label": "ask", "kind": "repost", "text": "RT @gus: our sale"},
        ]
    )
    gifts = circle.amplified(posts, BRAND)
    assert sorted(gifts["who"]) == ["@dana", "@gus"]  # a repost gives whatever its label


def test_concentration_is_worked_out_by_hand() -> None:
    # 10 gifts: dana 5, eli 3, fay 1, gus 1. Top three: 9 of 10. Dana alone is 50%, dana and
    # eli 80%: two accounts get 80%.
    who = ["@dana"] * 5 + ["@eli"] * 3 + ["@fay", "@gus"]
    gifts = pd.DataFrame({"who": who})
    found = circle.concentration(gifts)
    assert (found.accounts, found.gifts, found.accounts_for_80) == (4, 10, 2)
    assert found.top3_share == pytest.approx(0.9)
    assert "the top 3 got 90% of them, and 2 got 80%" in found.text()


def test_a_small_circle_of_many_is_pointed_out() -> None:
    who = ["@a"] * 10 + ["@b"] * 10 + ["@c"] * 10 + ["@d", "@e", "@f"]
    assert "small circle" in circle.concentration(pd.DataFrame({"who": who})).text()


def test_no_gift_is_said_plainly() -> None:
    found = circle.concentration(pd.DataFrame({"who": []}))
    assert found.top3_share is None and found.text().startswith("No give post names")


def test_own_link_share_and_curated_domains() -> None:
    posts = posts_frame(
        [
            {"at": "2026-03-02", "label": "give", "text": "Read this"},
            {"at": "2026-03-03", "label": "give", "text": "And this"},
            {"at": "2026-03-04", "label": "ask", "text": "Our pricing"},
            {"at": "2026-03-05", "label": "give", "text": "Our guide"},
            {"at": "2026-03-06", "label": "give", "text": "A thread"},
        ]
    )
    posts = with_links(
        posts,
        {
            0: ["https://peer.example/a", "https://www.peer.example/b"],  # one domain, once
            1: ["https://other.example/x"],
            2: ["https://acme.example/pricing"],
            3: ["https://blog.acme.example/guide"],
            4: ["https://x.com/dana/status/1"],  # a post: an amplification, not a site
        },
    )
    found = circle.circle(posts, BRAND)
    # links: peer, other, acme (ask), blog.acme: 2 of 4 are the brand's own
    assert found.own_link_share == 0.5
    assert found.linking_posts == 4
    assert list(found.curated["domain"]) == ["other.example", "peer.example"]
    assert list(found.curated["posts"]) == [1, 1]


def test_no_own_domain_set_leaves_the_share_unknown() -> None:
    posts = with_links(posts_frame([{"at": "2026-03-02", "label": "give"}]), {0: ["https://a.b/"]})
    assert circle.circle(posts, Brand()).own_link_share is None


def test_ranked_accounts_count_each_way_and_their_dates() -> None:
    posts = posts_frame(
        [
            {"at": "2026-03-02", "label": "give", "text": "via @dana"},
            {"at": "2026-04-02", "label": "give", "kind": "reply", "text": "@dana yes!"},
            {"at": "2026-05-02", "label": "give", "kind": "repost", "text": "RT @dana: hi"},
            {"at": "2026-05-03", "label": "give", "text": "Met @eli"},
        ]
    )
    found = circle.circle(posts, BRAND)
    top = found.accounts.iloc[0]
    assert (top["who"], top["posts"], top["credited"], top["replied"], top["reposted"]) == (
        "@dana", 3, 1, 1, 1,
    )  # fmt: skip
    assert top["first"] == pd.Timestamp("2026-03-02", tz="UTC")
    assert top["last"] == pd.Timestamp("2026-05-02", tz="UTC")
    over = circle.over_time(found.gifts, top=1)
    assert set(over["who"]) == {"@dana", "others"}
    assert over.groupby("who")["posts"].sum().to_dict() == {"@dana": 3, "others": 1}


def test_reciprocity_needs_mentions_of_the_person() -> None:
    posts = posts_frame(
        [
            {"at": "2026-03-02", "label": "give", "text": "via @dana"},
            {"at": "2026-03-03", "label": "give", "text": "via @dana and @eli"},
        ]
    )
    assert circle.circle(posts, BRAND).reciprocity.empty
    received = pd.DataFrame(
        {"date": ["2026-03-04"] * 3, "source": "x", "who": ["Dana", "@dana", "@zed"]}
    )
    found = circle.circle(posts, BRAND, received)
    assert found.received_known
    rows = found.reciprocity.to_dict("records")
    assert rows[0] == {"who": "@dana", "gave": 2, "received": 2}
    assert {"who": "@zed", "gave": 0, "received": 1} in rows
    assert {"who": "@eli", "gave": 1, "received": 0} in rows


def test_as_dict_has_the_report_fields() -> None:
    posts = posts_frame([{"at": "2026-03-02", "label": "give", "text": "via @dana"}])
    data = circle.circle(posts, BRAND).as_dict()
    assert {"own_link_share", "amplified", "concentration", "reciprocity"} <= set(data)
    assert data["amplified"] == [{"who": "@dana", "kind": "credited", "posts": 1}]
    assert data["concentration"]["top3_share"] == 1.0


def test_read_a_batch_at_a_time_the_circle_is_the_same() -> None:
    posts = posts_frame(
        [
            {"at": "2026-03-02", "label": "give", "text": "via @dana"},
            {"at": "2026-03-03", "label": "ask", "text": "Our pricing"},
            {"at": "2026-04-02", "label": "give", "kind": "reply", "text": "@dana yes!"},
            {"at": "2026-05-02", "label": "give", "kind": "repost", "text": "RT @eli: hi"},
            {"at": "2026-05-03", "label": "give", "text": "Met @eli, read this"},
        ]
    )
    posts = with_links(posts, {1: ["https://acme.example/pricing"], 4: ["https://peer.example"]})
    whole = circle.circle(posts, BRAND)
    batched = circle.circle_of([posts.iloc[i : i + 2] for i in range(0, 5, 2)], BRAND)
    pd.testing.assert_frame_equal(batched.accounts, whole.accounts)
    pd.testing.assert_frame_equal(batched.curated, whole.curated)
    assert (batched.concentration, batched.own_link_share, batched.linking_posts) == (
        whole.concentration, 0.5, 2,
    )  # fmt: skip
    assert (
        circle.circle_of([], BRAND).concentration
        == circle.circle(posts.iloc[0:0], BRAND).concentration
    )
