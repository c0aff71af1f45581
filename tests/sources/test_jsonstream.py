"""core.sources.jsonstream: a JSON array read item by item, whatever the read size."""

from __future__ import annotations

import io
import json
import re

import pytest

from core.errors import UserError
from core.sources import jsonstream

PREFIX = re.compile(r"^\s*window\.YTD\.(\w+)\.part(\d+)\s*=\s*")
RECORDS = [{"tweet": {"id": str(i), "full_text": "héllo, [world] ✓ \"q\" " * (i % 4)}}
           for i in range(40)] + [[], {}, "text", 3.5, None]  # fmt: skip


def items(data: bytes, prefix: re.Pattern[str] | None = PREFIX) -> list[object]:
    return list(jsonstream.array_items(io.BytesIO(data), "tweets.js", prefix))


@pytest.mark.parametrize("read_bytes", [1, 7, 4096])
def test_items_come_out_as_json_loads_reads_them(monkeypatch, read_bytes: int) -> None:
    monkeypatch.setattr(jsonstream, "READ_BYTES", read_bytes)  # records split at every byte
    body = json.dumps(RECORDS, indent=2, ensure_ascii=False)
    data = ("\ufeffwindow.YTD.tweets.part0 = " + body + ";\n").encode()
    assert items(data) == RECORDS


def test_an_empty_list_and_a_plain_array() -> None:
    assert items(b"window.YTD.tweets.part0 = [ ]") == []
    assert items(b' [1, {"a": [2]}] ', prefix=None) == [1, {"a": [2]}]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b'window.YTD.tweets.part0 = [{"a": 1}, {"b": ', "breaks off"),
        (b'window.YTD.tweets.part0 = [{"a": 1} {"b": 2}]', "a comma between records"),
        (b'window.YTD.tweets.part0 = [{"a": 1},', "breaks off"),
        (b'window.YTD.tweets.part0 = {"a": 1}', "holds no list of records"),
        (b'var x = [{"a": 1}]', "does not start like an X archive file"),
        (b'window.YTD.tweets.part0 = ["\xff\xfe"]', "is not UTF-8"),
    ],
)
def test_a_broken_file_is_refused_with_what_to_do(monkeypatch, data: bytes, words: str) -> None:
    monkeypatch.setattr(jsonstream, "READ_BYTES", 5)
    with pytest.raises(UserError, match=words):
        items(data)


def test_one_record_too_long_for_any_export_is_refused(monkeypatch) -> None:
    monkeypatch.setattr(jsonstream, "MAX_ITEM_CHARS", 1000)
    monkeypatch.setattr(jsonstream, "READ_BYTES", 100)
    data = b'window.YTD.tweets.part0 = [{"a": "' + b"x" * 5000 + b'"}]'
    with pytest.raises(UserError, match="damaged"):
        items(data)
