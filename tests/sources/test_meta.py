"""Facebook, Instagram and Threads downloads, and Meta Business Suite CSVs.

The JSON is written the way Meta writes it: UTF-8 bytes escaped as \\u00XX code points. All
synthetic, in the shapes FORMATS.md §3-5 document.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from archives import zip_of

from core.errors import UserError
from core.sources import meta
from core.sources.sniff import parse_upload


def mojibake(text: str) -> str:
    """Text as Meta exports it: its UTF-8 bytes read as Latin-1."""
    return text.encode("utf-8").decode("latin-1")


def meta_json(doc: object) -> bytes:
    # ensure_ascii writes the Latin-1 code points as \u00XX escapes, exactly like Meta.
    return json.dumps(doc, ensure_ascii=True).encode("ascii")


FB_POSTS = [
    {
        "timestamp": 1325790129,
        "attachments": [{"data": [{"external_context": {"url": "http://club.example.dk/"}}]}],
        "data": [
            {"post": mojibake("Hvis I ikke har planer på søndag, er næsten alle velkomne")},
            {"update_timestamp": 1325790129},
        ],
        "title": "Sam Doe shared a link.",
    },
    {
        "timestamp": 1325800000,
        "attachments": [
            {"data": [{"media": {"uri": "photos/1.jpg", "creation_timestamp": 1325800000}}]}
        ],
        "title": "Sam Doe added a new photo.",
    },
    {
        "timestamp": 1325900000,
        "attachments": [
            {
                "data": [
                    {
                        "media": {
                            "uri": "photos/2.jpg",
                            "description": mojibake("Our garden 🌻"),
                        }
                    }
                ]
            }
        ],
    },
]
IG_POSTS = [
    {  # single photo: the caption is on media[0]
        "media": [
            {
                "uri": "media/posts/202403/1.jpg",
                "creation_timestamp": 1710165470,
                "title": mojibake("New workshop dates, link in bio 🌱"),
            }
        ]
    },
    {  # carousel: caption and time at the top, media titles empty
        "media": [
            {"uri": "media/posts/202403/2.jpg", "creation_timestamp": 1710165471, "title": ""},
            {"uri": "media/posts/202403/3.jpg", "creation_timestamp": 1710165471, "title": ""},
        ],
        "title": mojibake("Un Taxi 🇨🇴"),
        "creation_timestamp": 1710165471,
    },
    {"media": [{"uri": "media/posts/4.jpg", "creation_timestamp": 1710165480, "title": ""}]},
]
THREADS = {
    "text_post_app_text_posts": [
        {
            "media": [
                {
                    "uri": "",
                    "creation_timestamp": 1720000000,
                    "title": "Three things I learned shipping a CLI",
                    "text_app_post": {"reply_control": "everyone", "is_reply": False},
                }
            ]
        },
        {
            "media": [
                {
                    "uri": "",
                    "creation_timestamp": 1720000100,
                    "title": mojibake("Så enig!"),
                    "text_app_post": {"reply_control": "everyone", "is_reply": True},
                }
            ]
        },
    ]
}


# --- Facebook ----------------------------------------------------------------------------------
def test_facebook_posts_mojibake_repaired_links_and_media_kept() -> None:
    [result] = parse_upload("your_posts_1.json", meta_json(FB_POSTS))
    link, photo, captioned = result.posts
    assert link.text == "Hvis I ikke har planer på søndag, er næsten alle velkomne"
    assert link.kind == "post" and link.source == "facebook"
    assert link.links == ("http://club.example.dk/",)
    assert link.published_at == datetime(2012, 1, 5, 19, 2, 9, tzinfo=UTC)
    assert (photo.kind, photo.text) == ("media", "")
    assert captioned.text == "Our garden 🌻"  # the caption lives on the photo
    assert any("1 posts without text" in n for n in result.notes)
    assert link.id.startswith("facebook:h")


def test_a_facebook_link_share_is_a_post_of_its_link_and_title_and_empty_records_are_skipped() -> (
    None
):
    """The real shapes (FORMATS.md §12): "X shared a link." with no text of its own came in as
    media with no url; records with nothing in them came in as media too."""
    share = {
        "timestamp": 1372444612,
        "attachments": [{"data": [{"external_context": {
            "url": "http://peer.example/essay", "name": mojibake("Why slow code reviews pay")}}]}],
        "data": [{"update_timestamp": 1372444612}],
        "title": "Sam Doe shared a link.",
    }  # fmt: skip
    bare = {
        "timestamp": 1372444700,
        "attachments": [{"data": [{"external_context": {"url": "http://peer.example/x"}}]}],
        "title": "Sam Doe shared a link.",
    }
    empty = {"timestamp": 1372444800, "data": [{"update_timestamp": 1372444800}], "title": ""}
    [result] = parse_upload("your_posts_1.json", meta_json([share, bare, empty]))
    titled, untitled = result.posts
    assert (titled.kind, titled.text) == ("post", "Why slow code reviews pay")
    assert titled.url == "http://peer.example/essay"
    assert titled.links == ("http://peer.example/essay",)
    assert (untitled.kind, untitled.text) == ("post", "http://peer.example/x")
    assert untitled.url == "http://peer.example/x"
    assert result.skipped == {"empty record (no text, link or media)": 1}


def test_facebook_ids_are_stable_across_reimports() -> None:
    first = parse_upload("a.json", meta_json(FB_POSTS))[0].posts
    again = parse_upload("b.json", meta_json(FB_POSTS))[0].posts
    assert [p.id for p in first] == [p.id for p in again]
    assert len({p.id for p in first}) == 3


@pytest.mark.parametrize(
    "path",
    [
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
        "your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json",
        "posts/your_posts_1.json",
    ],
)
def test_facebook_zip_under_every_path(path: str) -> None:
    data = zip_of(
        {
            f"facebook-samdoe/{path}": meta_json(FB_POSTS),
            "facebook-samdoe/your_facebook_activity/messages/inbox/a/message_1.json": meta_json(
                {"participants": [], "messages": [{"content": "private"}]}
            ),
        }
    )
    [result] = parse_upload("facebook.zip", data)  # messages are claimed, never offered as posts
    assert result.format == "Facebook" and len(result.posts) == 3


def test_facebook_parts_are_read_together() -> None:
    data = zip_of(
        {
            "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json": (
                meta_json(FB_POSTS[:1])
            ),
            "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_2.json": (
                meta_json(FB_POSTS[1:])
            ),
        }
    )
    [result] = parse_upload("facebook.zip", data)
    assert len(result.posts) == 3


def test_facebook_html_download_is_refused_with_a_hint() -> None:
    data = zip_of({"your_facebook_activity/posts/your_posts_1.html": "<html></html>"})
    with pytest.raises(UserError, match="JSON"):
        parse_upload("facebook.zip", data)


def test_facebook_comments_file_says_what_to_upload() -> None:
    comments = {"comments_v2": [{"timestamp": 1, "title": "Sam commented on a post."}]}
    with pytest.raises(UserError, match=r"comments\.json.*your_posts"):
        parse_upload("comments.json", meta_json(comments))


# --- Instagram and Threads -------------------------------------------------------------------
def test_instagram_captions_in_both_places_and_flag_emoji_repaired() -> None:
    [result] = parse_upload("posts_1.json", meta_json(IG_POSTS))
    single, carousel, bare = result.posts
    assert single.text == "New workshop dates, link in bio 🌱"  # "link in bio" kept
    assert carousel.text == "Un Taxi 🇨🇴"
    assert carousel.published_at == datetime.fromtimestamp(1710165471, tz=UTC)
    assert (bare.kind, bare.source) == ("media", "instagram")
    assert single.id != carousel.id


def test_instagram_zip_new_and_old_paths_reels_and_threads() -> None:
    reels = {
        "ig_reels_media": [{"media": [{"uri": "r.mp4", "creation_timestamp": 1, "title": "Reel"}]}]
    }
    data = zip_of(
        {
            "instagram-samdoe/your_instagram_activity/content/posts_1.json": meta_json(IG_POSTS),
            "instagram-samdoe/your_instagram_activity/content/reels.json": meta_json(reels),
            "instagram-samdoe/your_instagram_activity/threads/threads_and_replies.json": (
                meta_json(THREADS)
            ),
            "instagram-samdoe/connections/followers_and_following/followers_1.json": meta_json(
                [{"title": "", "media_list_data": [], "string_list_data": [{"value": "x"}]}]
            ),
        }
    )
    results = {r.format: r for r in parse_upload("instagram.zip", data)}
    assert set(results) == {"Instagram", "Threads"}
    assert len(results["Instagram"].posts) == 4
    post, reply = results["Threads"].posts
    assert (post.kind, reply.kind, reply.text) == ("post", "reply", "Så enig!")
    assert reply.source == "threads"

    old = zip_of({"content/posts_1.json": meta_json(IG_POSTS)})
    assert len(parse_upload("old.zip", old)[0].posts) == 3


def test_instagram_followers_file_says_what_to_upload() -> None:
    followers = [{"title": "", "media_list_data": [], "string_list_data": [{"value": "x"}]}]
    with pytest.raises(UserError, match=r"followers.*posts_1\.json"):
        parse_upload("followers_1.json", meta_json(followers))
    with pytest.raises(UserError, match="followers or following"):
        parse_upload("following.json", meta_json({"relationships_following": []}))


def test_repair_reaches_every_string_and_key() -> None:
    doc = meta.repair({mojibake("clé"): [mojibake("næsten"), {"x": mojibake("🇨🇴")}, 5]})
    assert doc == {"clé": ["næsten", {"x": "🇨🇴"}, 5]}


def test_deeply_nested_json_is_refused_as_a_user_error() -> None:
    deep = b'{"timestamp": 1, "data": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    with pytest.raises(UserError, match="nested too deeply"):
        parse_upload("deep.json", b"[" + deep + b"]")


# --- Meta Business Suite ---------------------------------------------------------------------
BUSINESS = (
    "\ufeffPost ID,Page ID,Page name,Title,Description,Duration (sec),Publish time,Caption type,"
    "Permalink,Post type,Languages,Custom labels,Funded content status,Data comment,Date,Views,"
    'Reach,"Reactions, Comments and Shares",Reactions,Comments,Shares,Total clicks,'
    "Negative feedback from users: Hide all,Seconds viewed\n"
    '1039829308656930_122158000000000001,1039829308656930,Garden Club,"Spring fair, all '
    'welcome","Spring",,08/02/2025 18:30,,https://www.facebook.com/1039829308656930/posts/1,'
    'Photos,,,,,Lifetime,"1,200",900,50,40,6,4,33,0,\n'
    '1.22158E+17,1039829308656930,Garden Club,,"Our new seed catalogue is out, order now",,'
    "08/03/2025 09:05,,https://www.facebook.com/reel/2,Reels,,,,,Lifetime,300,200,5,3,,2,,0,\n"
    '1.22158E+17,1039829308656930,Garden Club,"",,,08/04/2025 10:00,,'
    "https://www.facebook.com/reel/3,Reels,,,,,Lifetime,,,,,,,,0,\n"
)


def test_business_suite_csv_caption_engagement_and_notes() -> None:
    [result] = parse_upload("Aug-01-2025_Aug-31-2025_1039829308656930.csv", BUSINESS.encode())
    assert result.format == "Meta Business Suite"
    fair, catalogue, reel = result.posts
    assert fair.id == "facebook:1039829308656930_122158000000000001"
    assert fair.text == "Spring fair, all welcome"  # the longer of Title and Description
    assert catalogue.text == "Our new seed catalogue is out, order now"
    assert fair.published_at == datetime(2025, 8, 2, 18, 30, tzinfo=UTC)
    assert fair.engagement == {
        "impressions": 1200,
        "likes": 40,
        "replies": 6,
        "reposts": 4,
        "clicks": 33,
    }
    assert catalogue.engagement["replies"] is None  # an empty cell is missing, not 0
    assert reel.kind == "media"
    assert catalogue.id != reel.id  # rounded IDs fall back to the permalink
    assert any("UTC" in n for n in result.notes)
    assert any("1.22158E+17" in n and "2 post IDs" in n for n in result.notes)


def test_business_suite_instagram_rows_are_instagram() -> None:
    csv = (
        "Post ID,Account ID,Account username,Description,Publish time,Permalink,Post type,"
        "Views,Likes,Comments,Shares\n"
        "1799,42,garden,Hello,08/02/2025 18:30,https://www.instagram.com/p/abc/,IG image,"
        "10,2,1,0\n"
    )
    [result] = parse_upload("ig.csv", csv.encode())
    [post] = result.posts
    assert (post.source, post.id, post.engagement["likes"]) == ("instagram", "instagram:1799", 2)


def test_a_json_feed_with_a_timestamp_key_stays_a_json_feed() -> None:
    item = {"id": "1", "content_text": "hi", "date_published": "2024-01-01T00:00:00Z"}
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "items": [{**item, "_x": {"timestamp": 5}}],
    }
    assert parse_upload("feed.json", json.dumps(doc).encode())[0].format == "JSON Feed"
