"""core.sources.reddit: Reddit's data request, as the zip or posts.csv / comments.csv alone.

Synthetic files in the shape FORMATS.md §12 reports (a UTF-8 BOM, the ip column, big files
split _1/_2); the ip is never stored."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import pytest
from archives import zip_of

from core.errors import UserError
from core.sources.sniff import parse_upload
from core.store import post_row

POSTS = ["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"]
COMMENTS = ["id", "permalink", "date", "ip", "subreddit", "gildings", "link", "parent", "body",
            "media"]  # fmt: skip
R = "https://www.reddit.com/r"


def reddit_csv(header: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows([header, *rows])
    return buffer.getvalue().encode("utf-8-sig")


SELF = ["abc1", f"{R}/python/comments/abc1/how_we_test/", "2025-05-18 04:35:32 UTC",
        "203.0.113.7", "python", "0", "How we test async code",
        f"{R}/python/comments/abc1/how_we_test/",
        "Three things that helped: see https://docs.example/async"]  # fmt: skip
LINK = ["abc2", f"{R}/webdev/comments/abc2/our_launch/", "2025-05-19 10:00:00 UTC",
        "203.0.113.7", "webdev", "0", "We launched our new pricing", "https://acme.example/pricing",
        ""]  # fmt: skip
COMMENT = ["c1", f"{R}/python/comments/zz/x/c1/", "2025-05-20 08:00:00 UTC", "203.0.113.7",
           "python", "0", f"{R}/python/comments/zz/x/", "t3_zz", "Thanks, this fixed my CI",
           ""]  # fmt: skip


def test_posts_and_comments_in_the_zip_with_split_parts_and_no_ip_kept() -> None:
    data = zip_of(
        {
            "posts.csv": reddit_csv(POSTS, [SELF]),
            "posts_1.csv": reddit_csv(POSTS, [LINK]),
            "comments.csv": reddit_csv(COMMENTS, [COMMENT]),
            "post_headers.csv": reddit_csv(POSTS[:6], [SELF[:6]]),
            "messages.csv": reddit_csv(["id", "permalink", "thread_id", "date", "from", "to",
                                        "subject", "body"], [["m", "", "", "", "", "", "", "hi"]]),
        }
    )  # fmt: skip
    [result] = parse_upload("export_sam_20250601.zip", data)
    assert result.format == "Reddit" and not result.notes  # messages claimed, not posts
    posts = {p.id: p for p in result.posts}
    assert set(posts) == {"reddit:t3_abc1", "reddit:t3_abc2", "reddit:t1_c1"}
    self_post, link, comment = (
        posts["reddit:t3_abc1"],
        posts["reddit:t3_abc2"],
        posts["reddit:t1_c1"],
    )
    assert (
        self_post.text
        == "How we test async code\n\nThree things that helped: see https://docs.example/async"
    )
    assert self_post.links == ("https://docs.example/async",)  # its own permalink is no link
    assert self_post.published_at == datetime(2025, 5, 18, 4, 35, 32, tzinfo=UTC)
    assert self_post.channel == "r/python" and self_post.url == SELF[1]
    assert (link.kind, link.text, link.links) == (
        "post",
        "We launched our new pricing",
        ("https://acme.example/pricing",),
    )
    assert (comment.kind, comment.channel, comment.text) == (
        "reply",
        "r/python",
        "Thanks, this fixed my CI",
    )
    for post in result.posts:
        assert "203.0.113.7" not in repr(post_row(post))


def test_comments_csv_alone_and_a_headers_file_refused_with_a_hint() -> None:
    [result] = parse_upload("comments.csv", reddit_csv(COMMENTS, [COMMENT]))
    assert [p.id for p in result.posts] == ["reddit:t1_c1"]
    with pytest.raises(UserError, match="without their text"):
        parse_upload("post_headers.csv", reddit_csv(POSTS[:6], [SELF[:6]]))


def test_rows_without_a_readable_date_are_skipped_and_counted() -> None:
    bad = [*SELF[:2], "yesterday", *SELF[3:]]
    [result] = parse_upload("posts.csv", reddit_csv(POSTS, [bad, LINK]))
    assert len(result.posts) == 1 and result.skipped == {"no id or readable date": 1}


def test_columns_are_read_by_header_text_not_position() -> None:
    moved = [POSTS[i] for i in (8, 6, 0, 2, 4, 1, 7)]
    row = [SELF[POSTS.index(h)] for h in moved]
    [result] = parse_upload("posts.csv", reddit_csv(moved, [row]))
    assert result.posts[0].text.startswith("How we test async code")
