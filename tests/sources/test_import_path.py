"""Importing from disk (the command line): an archive of any size is read member by member from
the file, never whole; any other file is refused by its size before it is read."""

from __future__ import annotations

import io
import os
import tarfile
import tracemalloc
import zipfile
from functools import partial
from pathlib import Path

import pytest

from core import ingest
from core.errors import UserError
from core.sources.archive import Limits, SafeZip, UnsafeArchive
from core.sources.base import MAX_FILE_BYTES
from core.sources.sniff import parse_upload

MEDIA_BYTES = 24 * 1024**2


@pytest.fixture
def never_read_whole(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Path.read_bytes (the old way: the whole file in memory) fails the test if called on a
    file the test wrote (the model may still read its own training data)."""
    original = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self.resolve().is_relative_to(tmp_path.resolve()):
            raise AssertionError(f"{self} was read whole")
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)


@pytest.fixture
def members_read(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Every member SafeZip reads, with its size, in order."""
    seen: list[tuple[str, int]] = []
    original = SafeZip.read

    def read(self: SafeZip, member: str) -> bytes:
        data = original(self, member)
        seen.append((member, len(data)))
        return data

    monkeypatch.setattr(SafeZip, "read", read)
    return seen


@pytest.fixture
def large_x_archive(tmp_path: Path, make) -> Path:
    """An X archive on disk that is mostly media: a few KB of posts, 24 MB of video."""
    path = tmp_path / "twitter-archive.zip"
    tweets = make.tweets_js([make.tweet("1", "Notes from a year of code review")])
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("data/manifest.js", "window.__THAR_CONFIG = {}")
        zf.writestr("data/tweets.js", tweets, zipfile.ZIP_DEFLATED)
        # Stored, not deflated: random bytes do not compress, and the file stays this large.
        zf.writestr("data/tweets_media/1-video.mp4", os.urandom(MEDIA_BYTES), zipfile.ZIP_STORED)
    assert path.stat().st_size > MEDIA_BYTES
    return path


def test_a_zip_on_disk_is_read_member_by_member(
    large_x_archive: Path, never_read_whole, members_read
) -> None:
    tracemalloc.start()
    try:
        (result,) = parse_upload(large_x_archive.name, large_x_archive)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [p.id for p in result.posts] == ["x:1"]
    assert [m for m, _ in members_read] == ["data/tweets.js"]  # the video is never read
    assert all(size < 64 * 1024 for _, size in members_read)
    assert peak < MEDIA_BYTES / 4  # nothing the size of the archive was ever held


def test_the_cli_path_imports_a_large_zip_without_reading_it_whole(
    store, workspace, large_x_archive: Path, never_read_whole
) -> None:
    report = ingest.import_path(store, workspace, large_x_archive)
    assert report.ok, report.describe()
    assert report.summaries[0].imported == 1
    assert list(store.posts(workspace)["id"]) == ["x:1"]


def test_each_member_read_from_disk_is_still_capped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, never_read_whole
) -> None:
    monkeypatch.setattr(
        "core.sources.sniff.SafeZip", partial(SafeZip, limits=Limits(max_member_bytes=1024))
    )
    path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("posts.csv", b"date,text\n" + b"2024-01-01,hello there\n" * 200)
    with pytest.raises(UnsafeArchive, match="inflates past"):
        parse_upload(path.name, path)


def test_a_large_file_that_is_not_an_archive_is_refused_before_it_is_read(
    tmp_path: Path, never_read_whole, store, workspace
) -> None:
    path = tmp_path / "posts.csv"
    with path.open("wb") as fh:
        fh.write(b"date,text\n2024-01-01,")
        fh.truncate(1024**3)  # a 1 GB file on one line, sparse: it takes no disk space
    tracemalloc.start()
    try:
        report = ingest.import_path(store, workspace, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert not report.ok
    assert f"larger than {MAX_FILE_BYTES // 1024**2} MB" in report.error
    assert peak < 16 * 1024**2
    assert store.posts(workspace).empty


def test_a_small_file_on_disk_is_parsed_as_an_upload(tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    path.write_bytes(b"date,text\n2024-01-01,from disk\n")
    (result,) = parse_upload(path.name, path)
    assert [p.text for p in result.posts] == ["from disk"]


def test_an_old_mastodon_tar_gz_on_disk(tmp_path: Path, never_read_whole) -> None:
    outbox = (
        b'{"@context": "https://www.w3.org/ns/activitystreams", "type": "OrderedCollection", '
        b'"orderedItems": [{"type": "Create", "published": "2024-01-02T03:04:05Z", '
        b'"to": ["https://www.w3.org/ns/activitystreams#Public"], "object": {"type": "Note", '
        b'"id": "https://m.example/users/a/statuses/1", "published": "2024-01-02T03:04:05Z", '
        b'"content": "<p>Hello from an old archive</p>", '
        b'"to": ["https://www.w3.org/ns/activitystreams#Public"]}}]}'
    )
    path = tmp_path / "archive.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        info = tarfile.TarInfo("outbox.json")
        info.size = len(outbox)
        tar.addfile(info, io.BytesIO(outbox))
    (result,) = parse_upload(path.name, path)
    assert [p.text for p in result.posts] == ["Hello from an old archive"]


@pytest.mark.parametrize(("content", "says"), [(None, "cannot be opened"), (b"", "is empty")])
def test_a_missing_or_empty_file(tmp_path: Path, content: bytes | None, says: str) -> None:
    path = tmp_path / "posts.csv"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(UserError, match=says):
        parse_upload(path.name, path)
