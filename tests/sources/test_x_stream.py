"""A heavy account's X archive on disk: tweets files past the in-memory cap are read as streams
(core.sources.x, Parsed.batches) with the same posts, skips and notes as a whole read, and the
zip caps still on."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from archives import zip_of

from core.errors import UserError
from core.sources import x
from core.sources.archive import Limits, SafeZip, UnsafeArchive
from core.sources.sniff import parse_upload

# The shapes of tests/sources/test_x_extras.py (FORMATS.md §1).
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


SMALL = Limits(max_member_bytes=2_000)  # every tweets file here is "too large" to read whole


def heavy_archive() -> bytes:
    """Posts over two tweets parts, with an edit, a duplicate, a non-record, a long post with its
    note, an unmatched note and a deleted post."""
    tweets = [tweet(str(1000 + i), "Tue Dec 02 04:52:54 +0000 2025", f"Post {i} on testing")
              for i in range(30)]  # fmt: skip
    tweets.append(
        tweet(
            "2001",
            "Tue Dec 02 05:00:00 +0000 2025",
            "First take",
            edit_info={"initial": {"editTweetIds": ["2001", "2002"]}},
        )  # fmt: skip
    )
    tweets.append(tweet("2002", "Tue Dec 02 05:01:00 +0000 2025", "Second take"))
    tweets.append(tweet("1000", "Tue Dec 02 04:52:54 +0000 2025", "Post 0 again"))  # duplicate
    tweets.append("not a record")
    # Edit ids quoted in a post's text are not edits (the streamed read looks for them as bytes).
    tweets.append(tweet("4000", "Tue Dec 02 06:00:00 +0000 2025",
                        'Every archive has "editTweetIds": ["1001", "1002"] in it'))  # fmt: skip
    tweets.append(tweet("3000", "Wed Dec 03 10:00:00 +0000 2025", LONG[:260] + "…"))
    notes = [note("2025-12-03T10:00:00.000Z", LONG), note("2025-01-01T00:00:00.000Z", "Gone")]
    data = archive(tweets=tweets[:20], notes=notes, deleted=[{"tweet": {"id": "9"}}])
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    files["data/tweets-part1.js"] = js("tweets", tweets[20:], part=1)
    return zip_of(files)


def streamed(path: Path, limits: Limits = SMALL):
    [parsed], _ = x.read_zip(SafeZip(path, path.name, limits))
    assert parsed.batches is not None and parsed.posts == []
    return parsed


def test_a_streamed_archive_gives_what_a_whole_read_gives(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(x, "STREAM_BATCH", 7)
    path = tmp_path / "archive.zip"
    path.write_bytes(heavy_archive())
    [whole] = parse_upload("archive.zip", path.read_bytes())
    parsed = streamed(path)
    batches = list(parsed.batches())
    assert max(len(b) for b in batches) == 7 and len(batches) > 3
    posts = [p for b in batches for p in b]
    assert [p.id for p in posts] == [p.id for p in whole.posts]
    assert posts == whole.posts  # the long post has its note's full text in both
    assert any(p.text.startswith(LONG[:40]) and len(p.text) > 270 for p in posts)
    assert parsed.skipped == whole.skipped
    assert parsed.notes == whole.notes
    assert {"x:1001", "x:4000"} <= {p.id for p in posts}


def test_the_ratio_cap_holds_while_streaming(tmp_path) -> None:
    path = tmp_path / "archive.zip"
    path.write_bytes(heavy_archive())
    parsed = streamed(path, Limits(max_member_bytes=2_000, max_ratio=2))
    with pytest.raises(UnsafeArchive, match="zip bomb"):
        list(parsed.batches())


def test_an_upload_too_large_says_to_use_the_command_line() -> None:
    data = heavy_archive()
    archive_ = SafeZip(data, "archive.zip", SMALL)
    with pytest.raises(UserError, match=r"command line.*python -m core import archive\.zip"):
        x.read_zip(archive_)
