"""A heavy account's X archive on disk: tweets files past the in-memory cap are read as streams
(core.sources.x, Parsed.batches) with the same posts, skips and notes as a whole read, and the
zip caps still on."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from archives import zip_of
from x_shapes import LONG, archive, js, note, tweet

from core.errors import UserError
from core.sources import x
from core.sources.archive import Limits, SafeZip, UnsafeArchive
from core.sources.sniff import parse_upload

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


def test_a_loose_tweets_file_too_large_to_read_whole_is_streamed(tmp_path, monkeypatch) -> None:
    # A heavy account's data/tweets.js given on its own, past the cap on a file read whole.
    monkeypatch.setattr(x, "STREAM_BATCH", 7)
    tweets = [tweet(str(1000 + i), "Tue Dec 02 04:52:54 +0000 2025", f"Post {i} on testing")
              for i in range(30)]  # fmt: skip
    tweets.append(tweet("2001", "Tue Dec 02 05:00:00 +0000 2025", "First take",
                        edit_info={"initial": {"editTweetIds": ["2001", "2002"]}}))  # fmt: skip
    tweets.append(tweet("2002", "Tue Dec 02 05:01:00 +0000 2025", "Second take"))
    path = tmp_path / "tweets.js"
    path.write_text(js("tweets", tweets))
    assert path.stat().st_size > 2_000
    [whole] = parse_upload("tweets.js", path.read_bytes())
    monkeypatch.setattr("core.sources.sniff.MAX_FILE_BYTES", 2_000)
    with pytest.raises(UserError, match="command line"):  # uploaded, it is too large: said how
        parse_upload("tweets.js", path.read_bytes())
    [parsed] = parse_upload("tweets.js", path)
    assert parsed.posts == [] and parsed.batches is not None
    posts = [p for b in parsed.batches() for p in b]
    assert posts == whole.posts and len(posts) == 31  # the edit's first take left out
    assert any("read on its own" in n for n in parsed.notes)


def test_a_loose_file_too_large_that_is_not_tweets_is_still_refused(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("core.sources.sniff.MAX_FILE_BYTES", 2_000)
    path = tmp_path / "like.js"
    path.write_text(js("like", [{"like": {"tweetId": str(i)}} for i in range(200)]))
    with pytest.raises(UserError, match="larger than"):
        parse_upload("like.js", path)
