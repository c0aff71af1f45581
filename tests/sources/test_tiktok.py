"""core.sources.tiktok: user_data_tiktok.json (and the older user_data.json), alone or zipped;
the person's own videos from Post.Posts.VideoList (older Video.Videos.VideoList)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from archives import zip_of

from core.errors import UserError
from core.sources.sniff import parse_upload

VIDEOS = [
    {"Date": "2024-03-01 10:00:00", "Link": "https://www.tiktokv.com/share/video/7341234567890123456/",
     "Likes": "1.2K", "WhoCanView": "Everyone", "Title": "How we roast a light batch ☕",
     "Sound": "original sound", "Location": ""},
    {"Date": "2024-03-02 18:30:00", "Link": "https://www.tiktokv.com/share/video/7341234567890123457/",
     "Likes": "37", "WhoCanView": "Everyone", "Title": "", "Sound": "", "Location": ""},
    {"Date": "someday", "Link": "", "Likes": "0", "Title": "broken"},
]  # fmt: skip


def download(new: bool = True) -> bytes:
    posts = {"Post": {"Posts": {"VideoList": VIDEOS}}} if new else {
        "Video": {"Videos": {"VideoList": VIDEOS}}}  # fmt: skip
    watched = [{"Date": "2024-03-03", "Link": "https://www.tiktokv.com/share/video/1/"}]
    doc = {
        "Activity": {"Video Browsing History": {"VideoList": watched}},
        "Profile": {"Profile Information": {"ProfileMap": {"userName": "sam"}}},
        **posts,
    }
    return json.dumps(doc, ensure_ascii=False).encode()


@pytest.mark.parametrize("new", [True, False], ids=["Post.Posts", "Video.Videos"])
def test_own_videos_with_caption_date_link_and_likes(new: bool) -> None:
    [result] = parse_upload("user_data_tiktok.json" if new else "user_data.json", download(new))
    assert result.format == "TikTok"
    roast, silent = result.posts  # the watch history is not the person's posts
    assert roast.id == "tiktok:7341234567890123456" and roast.source == "tiktok"
    assert (roast.kind, roast.text) == ("post", "How we roast a light batch ☕")
    assert roast.published_at == datetime(2024, 3, 1, 10, tzinfo=UTC)
    assert roast.engagement == {"likes": 1200}
    assert roast.url == VIDEOS[0]["Link"]
    assert (silent.kind, silent.text) == ("media", "")
    assert result.skipped == {"no readable date": 1}


def test_the_zip_and_a_download_without_posts() -> None:
    [result] = parse_upload("tiktok.zip", zip_of({"user_data_tiktok.json": download()}))
    assert result.name == "tiktok.zip" and len(result.posts) == 2
    no_posts = {"Activity": {}, "Profile": {}, "App Settings": {}}
    with pytest.raises(UserError, match="without the list of videos you posted"):
        parse_upload("user_data_tiktok.json", json.dumps(no_posts).encode())
