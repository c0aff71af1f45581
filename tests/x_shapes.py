"""Synthetic X archive records in the shapes FORMATS.md §1 documents, for the X tests."""

from __future__ import annotations

import json

from archives import zip_of

LONG = (
    "Banaras, a holy city on the Ganga, is older than most history books can say. I spent a "
    "week walking its ghats at dawn, watching boats, pilgrims and students share the river. "
    "Here is what I learned about the city, its music and its food, with a guide to the walk "
    "I took: https://t.co/Guide123 and a note on the evening Ganga Aarti that closes every day."
)


def js(kind: str, records: list[object], part: int = 0) -> str:
    return f"window.YTD.{kind}.part{part} = " + json.dumps(records, ensure_ascii=False, indent=1)


def tweet(tid: str, created: str, text: str, **extra: object) -> dict[str, object]:
    record = {
        "edit_info": {"initial": {"editTweetIds": [tid], "editsRemaining": "5"}},
        "retweeted": False,
        "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
        "favorite_count": "3",
        "id_str": tid,
        "truncated": False,
        "retweet_count": "0",
        "id": tid,
        "created_at": created,
        "full_text": text,
        "lang": "en",
    }
    record.update(extra)
    return {"tweet": record}


def note(created: str, text: str, urls: list[dict[str, str]] | None = None) -> dict[str, object]:
    return {
        "noteTweet": {
            "noteTweetId": "1995717789827600384",
            "updatedAt": created,
            "lifecycle": {"value": "1", "name": "Active", "originalName": "Active"},
            "createdAt": created,
            "core": {
                "styletags": [],
                "urls": urls or [],
                "text": text,
                "mentions": [],
                "cashtags": [],
                "hashtags": [],
            },
        }
    }


def archive(
    *, tweets: list[object], notes: list[object] | None = None, deleted: list[object] | None = None
) -> bytes:
    files: dict[str, str | bytes] = {
        "data/manifest.js": "window.__THAR_CONFIG = {}",
        "data/tweets.js": js("tweets", tweets),
    }
    if notes:
        files["data/note-tweet.js"] = js("note_tweet", notes)
    if deleted:
        files["data/deleted-tweets.js"] = js("deleted_tweets", deleted)
    return zip_of(files)
