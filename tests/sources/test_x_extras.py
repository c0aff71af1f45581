"""X archive completions: long posts from note-tweet.js, deleted posts, the pre-2019 tweets.csv,
the analytics CSV, help for the wrong file, and a zip holding two exports.

Every fixture is synthetic, built here in the shapes FORMATS.md §1 documents.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from archives import zip_of
from x_shapes import LONG, archive, js, note, tweet

from core.errors import UserError
from core.sources import x, x_csv
from core.sources.sniff import parse_upload


def only(results: list[object]) -> object:
    assert len(results) == 1
    return results[0]


# --- note-tweet.js ---------------------------------------------------------------------------
def test_long_post_gets_the_full_text_and_links_of_its_note() -> None:
    shortened = LONG[:260] + "…"
    data = archive(
        tweets=[tweet("1995717789903192574", "Tue Dec 02 04:52:54 +0000 2025", shortened)],
        notes=[
            note(
                "2025-12-02T04:52:54.000Z",
                LONG,
                [{"shortUrl": "https://t.co/Guide123", "expandedUrl": "https://example.org/walk"}],
            )
        ],
    )
    post = only(parse_upload("x.zip", data)).posts[0]
    assert post.id == "x:1995717789903192574"
    assert post.text.endswith("closes every day.")
    assert "https://example.org/walk" in post.text and "t.co" not in post.text
    assert post.text_raw == LONG
    assert "https://example.org/walk" in post.links
    assert post.engagement["likes"] == 3  # the tweet's own fields stay


def test_reply_note_joins_without_the_leading_handle_within_five_seconds() -> None:
    shortened = "@alice @bob " + LONG[:200] + "…"
    data = archive(
        tweets=[
            tweet(
                "1995717789903192575",
                "Tue Dec 02 04:52:57 +0000 2025",
                shortened,
                in_reply_to_status_id_str="1995717789903190000",
            )
        ],
        notes=[note("2025-12-02T04:52:54.000Z", LONG)],
    )
    post = only(parse_upload("x.zip", data)).posts[0]
    assert post.kind == "reply"
    assert post.text.startswith("Banaras") and post.text.endswith("closes every day.")


def test_notes_written_in_the_same_second_go_to_the_tweets_they_continue() -> None:
    first = "Thread part one. " + "A" * 300
    second = "Thread part two. " + "B" * 300
    data = archive(
        tweets=[
            tweet("101", "Sun Apr 21 14:48:03 +0000 2024", first[:150] + "…"),
            tweet("102", "Sun Apr 21 14:48:03 +0000 2024", second[:150] + "…"),
        ],
        notes=[note("2024-04-21T14:48:03.000Z", second), note("2024-04-21T14:48:03.000Z", first)],
    )
    posts = {p.id: p for p in only(parse_upload("x.zip", data)).posts}
    assert posts["x:101"].text == first
    assert posts["x:102"].text == second


def test_a_note_far_from_any_tweet_is_left_out_with_a_note() -> None:
    data = archive(
        tweets=[tweet("103", "Tue Dec 02 04:52:54 +0000 2025", LONG[:100] + "…")],
        notes=[note("2025-12-02T04:53:30.000Z", LONG)],  # 36 s later
    )
    result = only(parse_upload("x.zip", data))
    assert result.posts[0].text_raw.endswith("…")
    assert "closes every day" not in result.posts[0].text
    assert any("matched no post" in n for n in result.notes)


def test_deleted_tweets_are_counted_not_imported() -> None:
    gone = tweet("900", "Mon Nov 24 06:05:11 +0000 2025", "Oops")
    gone["tweet"]["deleted_at"] = "Mon Nov 24 06:05:11 +0000 2025"  # type: ignore[index]
    data = archive(tweets=[tweet("1", "Mon Nov 24 06:00:00 +0000 2025", "Kept")], deleted=[gone])
    result = only(parse_upload("x.zip", data))
    assert [p.id for p in result.posts] == ["x:1"]
    assert result.skipped["recently deleted post (not imported)"] == 1


def test_tweets_js_outside_data_folder_is_read_once() -> None:
    data = zip_of({"tweets.js": js("tweets", [tweet("7", "Mon Nov 24 06:00:00 +0000 2025", "Hi")])})
    result = only(parse_upload("x.zip", data))
    assert [p.id for p in result.posts] == ["x:7"]


def test_likes_file_alone_says_what_to_upload() -> None:
    data = js("like", [{"like": {"tweetId": "1", "fullText": "Nice"}}]).encode()
    with pytest.raises(UserError, match=r"your likes.*tweets\.js"):
        parse_upload("like.js", data)


# --- pre-2019 tweets.csv -------------------------------------------------------------------
LEGACY = (
    '"tweet_id","in_reply_to_status_id","in_reply_to_user_id","timestamp","source","text",'
    '"retweeted_status_id","retweeted_status_user_id","retweeted_status_timestamp",'
    '"expanded_urls"\n'
    '"376144696835575808","","","2013-09-07 00:47:38 +0000","<a href=""http://example.com"" '
    'rel=""nofollow"">Client</a>","RT @someone: I just published ""Terms"" -- http://t.co/g1",'
    '"376135314705633280","15982239","2013-09-07 00:10:21 +0000",'
    '"http://wp.example/p2,http://wp.example/p2"\n'
    '"375637198487699457","375637000000000000","15982239","2013-09-05 15:11:11 +0000","web",'
    '"@someone thanks &amp; welcome","","","",""\n'
    '"375637198487699458","","","2013-09-05 15:12:00 +0000","web","New essay on gardens '
    'http://t.co/x1","","","","http://garden.example/essay"\n'
)


def test_legacy_csv_kinds_ids_dates_and_links() -> None:
    result = parse_upload("tweets.csv", LEGACY.encode())[0]
    assert result.format.startswith("X archive (tweets.csv")
    posts = {p.id: p for p in result.posts}
    rt, reply, own = (
        posts["x:376144696835575808"],
        posts["x:375637198487699457"],
        posts["x:375637198487699458"],
    )
    assert (rt.kind, reply.kind, own.kind) == ("repost", "reply", "post")
    assert rt.links == ("http://wp.example/p2",)  # the CSV's doubled URL list, once
    assert reply.text == "@someone thanks & welcome"
    assert own.published_at == datetime(2013, 9, 5, 15, 12, tzinfo=UTC)
    assert own.links == ("http://garden.example/essay",)
    assert all(p.engagement == {} for p in result.posts)  # no counts in this file: missing


def test_legacy_zip_reads_tweets_csv_and_claims_its_js_copy() -> None:
    data = zip_of(
        {
            "tweets.csv": LEGACY,
            "data/js/tweets/2013_09.js": "Grailbird.data.tweets_2013_09 = []",
            "data/js/tweet_index.js": "var tweet_index = []",
        }
    )
    result = only(parse_upload("old-archive.zip", data))
    assert len(result.posts) == 3
    assert any("data/js/" in n for n in result.notes)


# --- analytics ----------------------------------------------------------------------------
ANALYTICS = (
    "Post id,Date,Post text,Post Link,Impressions,Likes,Engagements,Bookmarks,Shares,"
    "New follows,Replies,Reposts,Profile visits,Detail Expands,URL Clicks,Hashtag Clicks,"
    "Permalink Clicks\n"
    '1993648780332404906,"Tue, Jul 14, 2026","Our guide to compost, free",'
    'https://x.com/someone/status/1993648780332404906,"1,234",56,80,2,1,0,3,4,5,6,"1,001",0,2\n'
    '1993648780332404907,"Wed, Jul 15, 2026","@friend agreed",'
    "https://x.com/someone/status/1993648780332404907,10,1,2,0,0,0,,0,0,0,0,0,0\n"
)


def test_analytics_rows_become_engagement_keyed_by_post_id() -> None:
    result = parse_upload("export.csv", ANALYTICS.encode())[0]  # sniffed by header, not name
    assert result.format == "X analytics" and result.merge
    first, second = result.posts
    assert first.id == "x:1993648780332404906"
    assert first.published_at == datetime(2026, 7, 14, tzinfo=UTC)
    assert first.engagement == {
        "impressions": 1234,
        "likes": 56,
        "replies": 3,
        "reposts": 4,
        "clicks": 1001,
    }
    assert second.engagement["replies"] is None  # an empty cell is missing, not 0
    assert second.kind == "reply"


def test_analytics_overview_is_refused_with_what_to_download() -> None:
    overview = (
        "Date,Impressions,Engagements,Likes,Replies,Reposts,New follows,Unfollows,Bookmarks,"
        'Shares,Profile visits,Create Post,Video views,Media views\n"Tue, Jul 14, 2026",1,1,1,1,'
        "1,1,1,1,1,1,1,1,1\n"
    )
    with pytest.raises(UserError, match=r"overview.*account_analytics_content"):
        parse_upload("account_overview_analytics.csv", overview.encode())


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Tue, Jul 14, 2026", datetime(2026, 7, 14, tzinfo=UTC)),
        ("Jul 4, 2026", datetime(2026, 7, 4, tzinfo=UTC)),
        ("2026-07-14", datetime(2026, 7, 14, tzinfo=UTC)),
        ("Feb 30, 2026", None),
        ("", None),
    ],
)
def test_analytics_dates(value: str, expected: datetime | None) -> None:
    assert x_csv.analytics_date(value) == expected


# --- several exports in one zip ------------------------------------------------------------
def test_zip_with_x_archive_and_linkedin_export_reports_two_results() -> None:
    shares = (
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
        "2025-07-01 14:33:22,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7345821826"
        '846990338,"A post about soil",,,MEMBER_NETWORK\n'
    )
    data = zip_of(
        {
            "twitter/data/manifest.js": "window.__THAR_CONFIG = {}",
            "twitter/data/tweets.js": js(
                "tweets", [tweet("1", "Mon Nov 24 06:00:00 +0000 2025", "Hello")]
            ),
            "linkedin/Shares.csv": shares,
        }
    )
    results = parse_upload("everything.zip", data)
    assert sorted(r.format for r in results) == ["LinkedIn", "X archive"]
    assert all(len(r.posts) == 1 for r in results)


def test_parse_created_at_months_table_is_complete() -> None:
    assert len(x.MONTHS) == 12 and x.MONTHS["Dec"] == 12
