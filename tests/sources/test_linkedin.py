"""LinkedIn export: Shares.csv (quote wrapping, reposts, ids), InstantReposts, Articles, Comments.

Synthetic files in the shapes FORMATS.md §2 documents (no real person's data).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from archives import zip_of

from core.errors import UserError
from core.sources import linkedin
from core.sources.sniff import parse_upload

SHARE = "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A"
UGC = "https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A"

# The raw bytes of a multi-paragraph post: each line wrapped in quotes, blank lines as "".
SHARES = (
    "\ufeffDate,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
    f'2025-07-01 14:33:22,{SHARE}7345821826846990338,"I\'m off for a 10-day retreat.""\n'
    '""""\n'
    '""𝗪𝗛𝗔𝗧? No phone, laptop, or speaking. https://retreat.example/""\n'
    '""""\n'
    '""I\'ve scheduled posts, so you\'ll still see stuff.","","",MEMBER_NETWORK\n'
    f'2021-06-23 14:14:05,{SHARE}6813469199395106816,"A bar chart race, made in slides.",'
    '"https://video.example/abc","https://img.example/abc.jpg",PUBLIC\n'
    f'2023-01-20 01:27:47,{UGC}7022011764447825920,"","","",MEMBER_NETWORK\n'
    f'2022-02-02 10:00:00,{SHARE}6900000000000000001,"He said ""hi"" to me",,,PUBLIC\n'
)
COMMENTS = (
    "Date,Link,Message\n"
    f'2024-03-01 08:00:00,{UGC}7100000000000000000,"Great point, telling a friend to '
    '\\"Challenge my assumptions, please\\" works."\n'
    f'2024-03-02 09:00:00,{UGC}7100000000000000001,"Thanks!"\n'
)
REPOSTS = f"Date,Link\n2024-05-05 05:05:05,{UGC}7200000000000000000\n"
ARTICLE = """<html><head><title>The cost of reliability</title><style>p{}</style></head>
<body><h1><a href="https://www.linkedin.com/pulse/the-cost-of-reliability-sam-doe">The cost of
reliability</a></h1>
<p class="created">Created on 2024-09-20 06:04</p>
<p class="published">Published on 2024-09-20 06:12</p>
<div><p>Reliability is a property of the system. More at
<a href="https://notes.example/reliability">my notes</a>.</p></div></body></html>"""
DRAFT = """<html><body><h1>Unfinished</h1><p class="created">Created on 2024-10-01 10:00</p>
<div><p>Draft body</p></div></body></html>"""


def by_id(posts: list[object]) -> dict[str, object]:
    return {p.id: p for p in posts}  # type: ignore[attr-defined]


def test_shares_quote_wrapping_undone_and_bold_normalised() -> None:
    [result] = parse_upload("Shares.csv", SHARES.encode("utf-8"))
    post = by_id(result.posts)["linkedin:share:7345821826846990338"]
    assert post.text == (
        "I'm off for a 10-day retreat.\n\nWHAT? No phone, laptop, or speaking. "
        "https://retreat.example/\n\nI've scheduled posts, so you'll still see stuff."
    )
    assert post.text_raw.startswith("I'm off for a 10-day retreat.\"\n")  # raw stays raw
    assert post.links == ("https://retreat.example/",)
    assert post.published_at == datetime(2025, 7, 1, 14, 33, 22, tzinfo=UTC)
    assert post.url == f"{SHARE}7345821826846990338"


def test_shares_ids_links_reposts_and_typed_quotes() -> None:
    [result] = parse_upload("Shares.csv", SHARES.encode("utf-8"))
    posts = by_id(result.posts)
    chart = posts["linkedin:share:6813469199395106816"]
    assert chart.links == ("https://video.example/abc",)  # SharedUrl; MediaUrl is an image
    repost = posts["linkedin:ugcPost:7022011764447825920"]
    assert (repost.kind, repost.text) == ("repost", "")
    assert posts["linkedin:share:6900000000000000001"].text == 'He said "hi" to me'
    assert all(p.engagement == {} for p in result.posts)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('one line with "quotes"', 'one line with "quotes"'),
        ('first"\n""\n"last', "first\n\nlast"),
        ('not "wrapped\nat all"', 'not "wrapped\nat all"'),
    ],
)
def test_unwrap_lines(raw: str, expected: str) -> None:
    assert linkedin.unwrap_lines(raw) == expected


def test_member_id_suffix_and_bom_are_fine() -> None:
    [result] = parse_upload("Shares_7789716.csv", SHARES.encode("utf-8"))
    assert len(result.posts) == 4


def test_comments_alone_are_refused_with_what_to_upload() -> None:
    with pytest.raises(UserError, match=r"LinkedIn Comments\.csv.*Shares\.csv"):
        parse_upload("Comments.csv", COMMENTS.encode())


def test_comments_as_replies_when_asked_for_with_backslash_escapes() -> None:
    result = linkedin.parse_comments("Comments.csv", COMMENTS.encode(), include=True)
    first, second = result.posts
    assert first.kind == "reply"
    assert (
        first.text == 'Great point, telling a friend to "Challenge my assumptions, please" works.'
    )
    assert second.text == "Thanks!"
    assert first.id != second.id


def test_reactions_file_is_refused_with_a_hint() -> None:
    reactions = f"Date,Type,Link\n2024-01-01 00:00:00,LIKE,{UGC}7000000000000000000\n"
    with pytest.raises(UserError, match=r"Reactions\.csv.*Shares\.csv"):
        parse_upload("Reactions.csv", reactions.encode())


def test_instant_reposts_alone() -> None:
    [result] = parse_upload("InstantReposts.csv", REPOSTS.encode())
    [post] = result.posts
    assert (post.id, post.kind, post.text) == (
        "linkedin:repost:ugcPost:7200000000000000000",
        "repost",
        "",
    )
    assert post.links == (f"{UGC}7200000000000000000",)


def test_zip_reads_shares_reposts_articles_and_leaves_comments_out() -> None:
    data = zip_of(
        {
            "Basic_LinkedInDataExport/Shares_7789716.csv": SHARES,
            "Basic_LinkedInDataExport/Comments_7789716.csv": COMMENTS,
            "Basic_LinkedInDataExport/InstantReposts.csv": REPOSTS,
            "Basic_LinkedInDataExport/Articles/Articles/The cost of reliability.html": ARTICLE,
            "Basic_LinkedInDataExport/Articles/Articles/Unfinished.html": DRAFT,
            "Basic_LinkedInDataExport/messages.csv": "FROM,TO,DATE,CONTENT\na,b,2024-01-01,hi\n",
            "Basic_LinkedInDataExport/Connections.csv": "First Name,Last Name\nA,B\n",
        }
    )
    [result] = parse_upload("linkedin.zip", data)  # messages.csv is claimed, never a table
    kinds = sorted(p.kind for p in result.posts)
    assert kinds == ["article", "post", "post", "post", "repost", "repost"]
    article = by_id(result.posts)["linkedin:article:the-cost-of-reliability-sam-doe"]
    assert article.text.startswith("The cost of reliability\n\nReliability is a property")
    assert "Created on" not in article.text
    assert article.links == ("https://notes.example/reliability",)
    assert article.published_at == datetime(2024, 9, 20, 6, 12, tzinfo=UTC)
    assert result.skipped["unpublished article (draft)"] == 1
    assert any("Comments.csv (2 comments" in n for n in result.notes)


def test_zip_imports_comments_when_the_option_is_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linkedin, "IMPORT_COMMENTS", True)
    [result] = parse_upload(
        "linkedin.zip", zip_of({"Shares.csv": SHARES, "Comments.csv": COMMENTS})
    )
    assert sum(p.kind == "reply" for p in result.posts) == 2


def test_post_id_from_share_link() -> None:
    assert linkedin.post_id(f"{SHARE}6813469199395106816") == "linkedin:share:6813469199395106816"
    assert linkedin.post_id("https://example.com/") is None
    # Escaped colons in either case, other escapes, and none at all.
    assert linkedin.post_id("…/urn%3ali%3AugcPost%3a7") == "linkedin:ugcPost:7"
    assert linkedin.post_id("…/urn%3Ali%3Ashare%3A7?x=%C3%A9%25") == "linkedin:share:7"
    assert linkedin.post_id("…/urn%253Ali%253Ashare%253A7") is None  # escaped twice: not a urn
    assert linkedin.post_id("…/feed/update/urn:li:activity:7/") == "linkedin:activity:7"


def old_shares_csv(rows: list[list[str]]) -> bytes:
    """A 2017-2019 Shares.csv as LinkedIn wrote it: UTF-16 LE with a BOM, tab-separated, every
    field quoted, spaced headers, dates like 2017/06/08 08:15:44 UTC (FORMATS.md §12)."""
    header = ["Date", "Share Title", "Share Description", "Share Link", "Share Commentary",
              "Shared URL", "Media URL", "Type", "Visibility"]  # fmt: skip
    lines = ["\t".join(f'"{v}"' for v in row) for row in [header, *rows]]
    return "\r\n".join(lines).encode("utf-16")  # Python writes the LE BOM first


def test_a_2017_shares_csv_in_utf16_with_tabs_is_linkedin_and_keeps_link_shares() -> None:
    data = old_shares_csv(
        [
            ["2017/06/08 08:15:44 UTC", "", "", f"{SHARE}6278912345678901234",
             "Five things I learned running a remote team", "", "", "", "PUBLIC"],
            ["2018/01/02 10:00:00 UTC", "Why reviews matter", "An essay on review",
             f"{SHARE}6352000000000000000", "", "https://peer.example/reviews", "", "ARTICLE",
             "PUBLIC"],
            ["2019/03/04 11:00:00 UTC", "", "", f"{SHARE}6500000000000000000", "", "", "", "",
             "PUBLIC"],
        ]
    )  # fmt: skip
    assert data.startswith(b"\xff\xfe")
    [result] = parse_upload("Shares.csv", data)
    assert result.format == "LinkedIn"
    post, share, repost = result.posts
    assert post.text == "Five things I learned running a remote team"
    assert post.published_at == datetime(2017, 6, 8, 8, 15, 44, tzinfo=UTC)
    assert post.id == "linkedin:share:6278912345678901234"
    assert (share.kind, share.text) == ("post", "Why reviews matter")
    assert share.links == ("https://peer.example/reviews",)
    assert repost.kind == "repost" and repost.text == ""
    # Inside a zip too.
    [zipped] = parse_upload("linkedin.zip", zip_of({"Shares.csv": data}))
    assert len(zipped.posts) == 3
