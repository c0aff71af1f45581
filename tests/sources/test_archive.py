"""core.sources.archive: zips read in memory with every read capped; hostile zips refused whole."""

from __future__ import annotations

import io
import os
import zipfile

import pytest

from core.errors import UserError
from core.sources.archive import Limits, SafeZip, UnsafeArchive, is_zip
from core.sources.sniff import parse_upload


def test_members_are_listed_found_and_read(make) -> None:
    data = make.zip({"data/tweets.js": b"a", "data/manifest.js": b"bb", "README.txt": b"ccc"})
    archive = SafeZip(data, "archive.zip")
    assert sorted(archive.names) == ["README.txt", "data/manifest.js", "data/tweets.js"]
    assert archive.find("TWEETS.JS", "readme.txt") == ["README.txt", "data/tweets.js"]
    assert archive.read("data/manifest.js") == b"bb"
    assert archive.size("README.txt") == 3


def test_directories_are_not_members(make) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.mkdir("data")
        zf.writestr("data/tweets.js", b"x")
    assert SafeZip(buffer.getvalue(), "a.zip").names == ["data/tweets.js"]


def test_is_zip_looks_at_the_magic_bytes(make) -> None:
    assert is_zip(make.zip({"a": b"b"})[:4])
    assert not is_zip(b"<rss")


def test_a_member_inflating_past_the_cap_is_refused(make) -> None:
    data = make.zip({"big.csv": os.urandom(5000)})  # incompressible: no ratio alarm, just size
    archive = SafeZip(data, "export.zip", Limits(max_member_bytes=1000))
    with pytest.raises(UnsafeArchive, match=r"big\.csv inflates past"):
        archive.read("big.csv")


def test_a_highly_compressed_member_is_refused_as_a_bomb(make) -> None:
    data = make.zip({"bomb.txt": b"\0" * 200_000})
    archive = SafeZip(data, "export.zip", Limits(max_ratio=20))
    with pytest.raises(UnsafeArchive, match="zip bomb"):
        archive.read("bomb.txt")


def test_the_total_inflated_size_is_capped_across_members(make) -> None:
    data = make.zip({f"part{i}.txt": os.urandom(600) for i in range(3)})
    archive = SafeZip(data, "export.zip", Limits(max_member_bytes=1000, max_total_bytes=1500))
    archive.read("part0.txt")
    archive.read("part1.txt")
    with pytest.raises(UnsafeArchive, match="in total"):
        archive.read("part2.txt")


@pytest.mark.parametrize(
    "name",
    ["../evil.csv", "data/../../evil.csv", "/etc/passwd", "\\windows\\evil.csv", "C:/evil.csv"],
)
def test_member_names_pointing_outside_the_archive_are_refused(make, name: str) -> None:
    data = make.zip({"data/tweets.js": b"x", name: b"y"})
    with pytest.raises(UnsafeArchive, match="points outside the archive"):
        SafeZip(data, "export.zip")


def test_a_harmless_dotted_name_is_accepted(make) -> None:
    data = make.zip({"data/./tweets.js": b"x", "notes..txt": b"y"})
    assert len(SafeZip(data, "export.zip").names) == 2


def test_too_many_members_are_refused(make) -> None:
    data = make.zip({f"f{i}.txt": b"x" for i in range(5)})
    with pytest.raises(UnsafeArchive, match="holds 5 files"):
        SafeZip(data, "export.zip", Limits(max_members=4))
    assert len(SafeZip(data, "export.zip", Limits(max_members=5)).names) == 5


def test_a_truncated_zip_is_refused_with_advice_to_download_again(make) -> None:
    data = make.zip({"data/tweets.js": os.urandom(4000)})
    with pytest.raises(UserError, match=r"not a readable zip.*download it again"):
        SafeZip(data[: len(data) // 2], "export.zip")


def test_a_member_with_a_corrupt_body_is_refused_when_read(make) -> None:
    data = bytearray(make.zip({"a.txt": os.urandom(400).hex().encode()}))
    body = data.index(b"a.txt") + len("a.txt")
    data[body + 10 : body + 60] = b"\xff" * 50  # damage the deflate stream, keep the directory
    archive = SafeZip(bytes(data), "export.zip")
    with pytest.raises(UserError, match="could not be read"):
        archive.read("a.txt")


def test_nesting_is_limited(make) -> None:
    inner = make.zip({"feed.xml": b"<rss/>"})
    middle = make.zip({"inner.zip": inner})
    outer = SafeZip(make.zip({"middle.zip": middle}), "outer.zip", Limits(max_depth=2))
    second = outer.nested("middle.zip", outer.read("middle.zip"))
    assert second.names == ["inner.zip"]
    with pytest.raises(UnsafeArchive, match="nested more than 2 deep"):
        second.nested("inner.zip", second.read("inner.zip"))


def test_an_upload_of_zips_nested_too_deep_is_refused(make) -> None:
    level = make.zip({"feed.csv": b"date,text\n2024-01-01,hello\n"})
    for depth in range(3):
        level = make.zip({f"level{depth}.zip": level})
    with pytest.raises(UnsafeArchive, match="nested"):
        parse_upload("bundle.zip", level)


def test_a_zip_inside_a_zip_is_read(make) -> None:
    inner = make.zip({"posts.csv": b"date,text\n2024-01-01,hello there\n"})
    parsed = parse_upload("bundle.zip", make.zip({"exports/inner.zip": inner}))
    assert [p.text for result in parsed for p in result.posts] == ["hello there"]
