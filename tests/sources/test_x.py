"""core.sources.x: X (Twitter) archives, as the zip or tweets.js alone, in every known shape."""

from __future__ import annotations

import gc
import json
from datetime import UTC, datetime

import pytest

from core.errors import UserError
from core.sources.sniff import parse_upload
from core.sources.x import parse_created_at

WHEN = datetime(2025, 11, 26, 11, 51, 24, tzinfo=UTC)


def posts_of(name: str, data: bytes):
    results = parse_upload(name, data)
    assert len(results) == 1
    return results[0]


def by_id(result) -> dict:
    return {p.id: p for p in result.posts}


def test_tweets_js_alone(make) -> None:
    data = make.tweets_js([make.tweet("101", "Five tips for better code reviews")])
    result = posts_of("tweets.js", data)
    assert result.format == "X archive"
    (post,) = result.posts
    assert post.id == "x:101"
    assert post.source == "x" and post.kind == "post"
    assert post.text == "Five tips for better code reviews"
    assert post.published_at == WHEN
    assert post.url == "https://x.com/i/web/status/101"
    assert post.language == "en"


def test_records_with_and_without_the_tweet_wrapper(make) -> None:
    data = make.tweets_js(
        [make.tweet("1", "wrapped", wrap=True), make.tweet("2", "bare, as in 2019", wrap=False)]
    )
    assert [p.text for p in posts_of("tweets.js", data).posts] == ["wrapped", "bare, as in 2019"]


def test_older_tweet_js_naming(make) -> None:
    data = make.tweets_js([make.tweet("7", "from the old archive", wrap=False)], kind="tweet")
    (post,) = posts_of("tweet.js", data).posts
    assert post.id == "x:7"


def test_a_part_file_alone_and_a_byte_order_mark(make) -> None:
    data = b"\xef\xbb\xbf" + make.tweets_js([make.tweet("9", "part one")], part=1)
    (post,) = posts_of("tweets-part1.js", data).posts
    assert post.text == "part one"


def test_kinds_retweet_reply_quote_and_post(make) -> None:
    data = make.tweets_js(
        [
            make.tweet("1", "RT @ann: a great thread on testing"),
            make.tweet("2", "@bob yes, exactly", reply_to="555"),
            make.tweet(
                "3",
                "This is the way https://t.co/q1",
                urls=[("https://t.co/q1", "https://twitter.com/ann/status/1234567890")],
            ),
            make.tweet(
                "4",
                "And this https://t.co/q2",
                urls=[("https://t.co/q2", "https://x.com/ann/status/1234567891")],
            ),
            make.tweet("5", "just a post"),
        ]
    )
    kinds = {p.id: p.kind for p in posts_of("tweets.js", data).posts}
    assert kinds == {"x:1": "repost", "x:2": "reply", "x:3": "quote", "x:4": "quote", "x:5": "post"}


def test_tco_links_are_replaced_by_the_urls_they_stand_for(make) -> None:
    record = make.tweet(
        "1",
        "New post: https://t.co/abc and https://t.co/def https://t.co/media",
        urls=[
            ("https://t.co/abc", "https://blog.example/how-to"),
            ("https://t.co/def", "https://peer.example/talk"),
        ],
    )
    record["tweet"]["entities"]["media"] = [{"url": "https://t.co/media", "type": "photo"}]
    (post,) = posts_of("tweets.js", make.tweets_js([record])).posts
    assert post.text == "New post: https://blog.example/how-to and https://peer.example/talk"
    assert "t.co" not in post.text
    assert post.links == ("https://blog.example/how-to", "https://peer.example/talk")
    assert "https://t.co/abc" in post.text_raw  # the raw text stays as exported


def test_a_post_that_is_only_a_picture_is_media_like_on_other_platforms(make) -> None:
    picture = make.tweet("7", "https://t.co/pic")
    picture["tweet"]["entities"]["media"] = [{"url": "https://t.co/pic", "type": "photo"}]
    picture["tweet"]["extended_entities"] = {"media": picture["tweet"]["entities"]["media"]}
    words = make.tweet("8", "Our new mugs https://t.co/pic2")
    words["tweet"]["entities"]["media"] = [{"url": "https://t.co/pic2", "type": "photo"}]
    empty = make.tweet("9", "")  # no words and no picture: a post with nothing, not media
    posts = by_id(posts_of("tweets.js", make.tweets_js([picture, words, empty])))
    assert (posts["x:7"].kind, posts["x:7"].text) == ("media", "")
    assert (posts["x:8"].kind, posts["x:8"].text) == ("post", "Our new mugs")
    assert posts["x:9"].kind == "post"


def test_html_escapes_from_the_api_are_undone(make) -> None:
    (post,) = posts_of(
        "tweets.js", make.tweets_js([make.tweet("1", "Q&amp;A &lt;today&gt;")])
    ).posts
    assert post.text == "Q&A <today>"


def test_engagement_counts_are_ints_and_missing_stays_missing(make) -> None:
    data = make.tweets_js(
        [
            make.tweet("1", "counted", likes="1234", reposts="0"),
            make.tweet("2", "no counts in the export", likes=None, reposts=None),
        ]
    )
    posts = by_id(posts_of("tweets.js", data))
    assert posts["x:1"].engagement == {"likes": 1234, "reposts": 0}
    assert posts["x:2"].engagement == {"likes": None, "reposts": None}


def test_an_edited_tweet_keeps_only_its_last_version(make) -> None:
    data = make.tweets_js(
        [
            make.tweet(
                "2000000000000000005",
                "fixed typo",
                edit_ids=["1999999999999999999", "2000000000000000005"],
            ),
            make.tweet(
                "1999999999999999999",
                "fixd typo",
                edit_ids=["1999999999999999999", "2000000000000000005"],
            ),
            make.tweet("3", "never edited"),
        ]
    )
    result = posts_of("tweets.js", data)
    assert sorted(p.text for p in result.posts) == ["fixed typo", "never edited"]
    assert result.skipped == {"earlier version of an edited post": 1}


def test_edit_info_in_the_later_edit_shape_is_understood(make) -> None:
    later = make.tweet("20", "v2")
    later["tweet"]["edit_info"] = {
        "edit": {"initialTweetId": "10", "editControlInitial": {"editTweetIds": ["10", "20"]}}
    }
    result = posts_of("tweets.js", make.tweets_js([make.tweet("10", "v1"), later]))
    assert [p.text for p in result.posts] == ["v2"]


def test_the_same_tweet_twice_is_one_post(make) -> None:
    data = make.tweets_js([make.tweet("1", "once"), make.tweet("1", "once")])
    result = posts_of("tweets.js", data)
    assert len(result.posts) == 1


def test_dates_with_an_offset_are_converted_to_utc() -> None:
    assert parse_created_at("Wed Nov 26 11:51:24 +0000 2025") == WHEN
    assert parse_created_at("Wed Nov 26 13:51:24 +0200 2025") == WHEN


def test_damaged_records_are_skipped_and_counted(make) -> None:
    no_date = make.tweet("2", "no date")
    del no_date["tweet"]["created_at"]
    data = make.tweets_js([make.tweet("1", "fine"), no_date, "a string", 42])
    result = posts_of("tweets.js", data)
    assert [p.id for p in result.posts] == ["x:1"]
    assert result.skipped == {"unreadable record": 1, "not a post record": 2}


def test_undetermined_language_is_none(make) -> None:
    record = make.tweet("1", "🎉🎉")
    record["tweet"]["lang"] = "und"
    (post,) = posts_of("tweets.js", make.tweets_js([record])).posts
    assert post.language is None


# --- the archive zip -------------------------------------------------------------------------
def test_archive_zip_reads_every_tweets_part_and_ignores_other_data(make) -> None:
    archive = make.zip(
        {
            "data/manifest.js": b"window.__THAR_CONFIG = {}",
            "data/tweets.js": make.tweets_js([make.tweet("1", "part zero")]),
            "data/tweets-part1.js": make.tweets_js([make.tweet("2", "part one")], part=1),
            "data/tweets-part2.js": make.tweets_js([make.tweet("3", "part two")], part=2),
            "data/like.js": make.tweets_js([{"like": {"tweetId": "9"}}], kind="like"),
            "data/account.js": make.tweets_js([{"account": {"username": "me"}}], kind="account"),
            "data/tweets_media/1-abc.jpg": b"\xff\xd8\xff",
            "Your archive.html": b"<!doctype html><html></html>",
        }
    )
    results = parse_upload("twitter-2025.zip", archive)
    assert len(results) == 1
    assert results[0].format == "X archive"
    assert sorted(p.text for p in results[0].posts) == ["part one", "part two", "part zero"]


def test_archive_zip_with_a_top_folder_and_old_tweet_js(make) -> None:
    archive = make.zip(
        {
            "twitter-2019-05-01/data/tweet.js": make.tweets_js(
                [make.tweet("5", "old shape", wrap=False)], kind="tweet"
            ),
        }
    )
    (result,) = parse_upload("twitter-2019.zip", archive)
    assert [p.id for p in result.posts] == ["x:5"]


def test_archive_zip_without_tweets_js_says_to_request_the_full_archive(make) -> None:
    archive = make.zip(
        {
            "data/manifest.js": b"window.__THAR_CONFIG = {}",
            "data/like.js": make.tweets_js([], kind="like"),
        }
    )
    with pytest.raises(UserError, match=r"without tweets\.js.*full archive"):
        parse_upload("twitter.zip", archive)


# --- refusals --------------------------------------------------------------------------------
def test_likes_uploaded_alone_point_to_tweets_js(make) -> None:
    data = make.tweets_js([{"like": {"tweetId": "1", "fullText": "someone else's"}}], kind="like")
    with pytest.raises(UserError) as caught:
        parse_upload("like.js", data)
    message = str(caught.value)
    assert "your likes" in message and "not your posts" in message
    assert "tweets.js" in message


def test_malformed_json_in_tweets_js_is_refused() -> None:
    data = b'window.YTD.tweets.part0 = [{"tweet": {"id_str": "1", "full_text": "cut sho'
    with pytest.raises(UserError, match=r"not valid JSON \(line 1.*download the export again"):
        parse_upload("tweets.js", data)


def test_json_nested_100000_deep_is_refused_not_a_crash() -> None:
    data = b"window.YTD.tweets.part0 = " + b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(UserError, match="nested too deeply"):
        parse_upload("tweets.js", data)


def test_reading_pauses_garbage_collection_only_while_it_reads(make) -> None:
    # Paused while records are read (it is their cost), never left off for the app afterwards.
    good = make.tweets_js([make.tweet("101", "Five tips")])
    deep = b"window.YTD.tweets.part0 = " + b"[" * 100_000 + b"]" * 100_000
    assert gc.isenabled()
    parse_upload("tweets.js", good)
    with pytest.raises(UserError):
        parse_upload("tweets.js", deep)
    assert gc.isenabled()
    gc.disable()
    try:
        parse_upload("tweets.js", good)
        assert not gc.isenabled()  # whoever turned it off decides when it comes back
    finally:
        gc.enable()


def test_a_part_that_is_not_a_list_is_refused() -> None:
    data = b"window.YTD.tweets.part0 = " + json.dumps({"tweet": {}}).encode()
    with pytest.raises(UserError, match="no list of records"):
        parse_upload("tweets.js", data)


def test_a_damaged_part_inside_the_zip_refuses_the_whole_archive(make) -> None:
    archive = make.zip(
        {
            "data/tweets.js": make.tweets_js([make.tweet("1", "fine")]),
            "data/tweets-part1.js": b"window.YTD.tweets.part1 = [{",
        }
    )
    with pytest.raises(UserError, match=r"tweets-part1\.js is not valid JSON"):
        parse_upload("twitter.zip", archive)
