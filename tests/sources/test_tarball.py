"""SafeTar: tar and tar.gz read in memory with the caps SafeZip has; names checked first."""

from __future__ import annotations

import gzip
import io
import tarfile

import pytest

from core.errors import UserError
from core.sources.archive import Limits, UnsafeArchive
from core.sources.tarball import SafeTar, is_tar


def tar_bytes(
    files: dict[str, bytes], *, gz: bool = True, links: dict[str, str] | None = None
) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz" if gz else "w") as tar:
        for name, content in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            tar.addfile(info, io.BytesIO(content))
        for name, target in (links or {}).items():
            info = tarfile.TarInfo(name)
            info.type = tarfile.SYMTYPE
            info.linkname = target
            tar.addfile(info)
    return buffer.getvalue()


def test_reads_members_of_tar_gz_and_plain_tar() -> None:
    for gz in (True, False):
        data = tar_bytes({"a/outbox.json": b"{}", "a/actor.json": b"[]"}, gz=gz)
        assert is_tar(data)
        archive = SafeTar(data, "t")
        assert archive.names == ["a/outbox.json", "a/actor.json"]
        assert archive.find("outbox.json") == ["a/outbox.json"]
        assert archive.read("a/actor.json") == b"[]"


def test_plain_gzip_and_other_bytes_are_not_tar() -> None:
    assert not is_tar(gzip.compress(b"hello world"))
    assert not is_tar(b"PK\x03\x04 a zip")


@pytest.mark.parametrize("name", ["../evil.txt", "a/../../evil.txt", "/etc/passwd"])
def test_names_outside_the_archive_are_refused(name: str) -> None:
    with pytest.raises(UnsafeArchive, match="outside the archive"):
        SafeTar(tar_bytes({"ok.json": b"{}", name: b"x"}), "t")


def test_symlinks_are_never_offered() -> None:
    archive = SafeTar(tar_bytes({"ok.json": b"{}"}, links={"link.json": "/etc/passwd"}), "t")
    assert archive.names == ["ok.json"]


def test_member_count_and_size_caps() -> None:
    data = tar_bytes({f"f{i}.json": b"{}" for i in range(5)})
    with pytest.raises(UnsafeArchive, match="more than 3 files"):
        SafeTar(data, "t", Limits(max_members=3))
    with pytest.raises(UnsafeArchive, match="larger than"):
        SafeTar(tar_bytes({"big.json": b"x" * 5000}), "t", Limits(max_member_bytes=1000))
    with pytest.raises(UnsafeArchive, match="in total"):
        SafeTar(data, "t", Limits(max_total_bytes=5))


def test_compression_bomb_is_refused_before_reading() -> None:
    data = tar_bytes({"zeros.json": b"\x00" * 2_000_000})
    with pytest.raises(UnsafeArchive, match="compression bomb"):
        SafeTar(data, "t", Limits(max_ratio=100))


def test_a_cut_short_archive_is_a_user_error() -> None:
    data = tar_bytes({"outbox.json": b"{" * 100_000})
    with pytest.raises(UserError):
        archive = SafeTar(data[: len(data) // 2], "t")
        archive.read("outbox.json")
