"""Bluesky repo.car: the licensed synthetic repo, hand-built CARs for the edge cases, and the
atproto datetime interop cases (CC0) for createdAt."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from paths import FIXTURES

from core.errors import UserError
from core.sources import bluesky
from core.sources.dates import parse_iso
from core.sources.sniff import parse_upload

FIXTURES = FIXTURES / "bluesky"
DID = "did:plc:testtesttesttesttesttest"


# --- a minimal DAG-CBOR and CAR v1 writer, enough for a repo -----------------------------------
class Link(bytes):
    """A CID link (CBOR tag 42)."""


def _head(major: int, n: int) -> bytes:
    if n < 24:
        return bytes([major << 5 | n])
    for extra, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if n < 1 << (8 * size):
            return bytes([major << 5 | extra]) + n.to_bytes(size, "big")
    raise ValueError(n)


def cbor(value: object) -> bytes:
    if value is None:
        return b"\xf6"
    if isinstance(value, bool):
        return b"\xf5" if value else b"\xf4"
    if isinstance(value, int):
        return _head(0, value) if value >= 0 else _head(1, -1 - value)
    if isinstance(value, Link):
        return b"\xd8\x2a" + cbor(b"\x00" + bytes(value))
    if isinstance(value, bytes):
        return _head(2, len(value)) + value
    if isinstance(value, str):
        return _head(3, len(value.encode())) + value.encode()
    if isinstance(value, list):
        return _head(4, len(value)) + b"".join(cbor(v) for v in value)
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: (len(k.encode()), k.encode()))  # DAG-CBOR key order
        return _head(5, len(keys)) + b"".join(cbor(k) + cbor(value[k]) for k in keys)
    raise TypeError(type(value))


def cid_of(block: bytes) -> Link:
    return Link(b"\x01\x71\x12\x20" + hashlib.sha256(block).digest())  # CIDv1 dag-cbor sha-256


def varint(n: int) -> bytes:
    out = bytearray()
    while True:
        out.append((n & 0x7F) | (0x80 if n > 0x7F else 0))
        n >>= 7
        if not n:
            return bytes(out)


def build_car(records: dict[str, dict[str, object]], *, split: bool = False) -> bytes:
    """A repo whose MST holds the records; split=True puts the first one in a left subtree."""
    blocks: list[bytes] = []

    def put(value: object) -> Link:
        block = cbor(value)
        blocks.append(block)
        return cid_of(block)

    entries, prev = [], b""
    keys = sorted(records)
    left = None
    if split:
        first = keys.pop(0).encode()
        left = put(
            {"l": None, "e": [{"p": 0, "k": first, "v": put(records[first.decode()]), "t": None}]}
        )
    for key in keys:
        k = key.encode()
        shared = next(
            (i for i, (a, b) in enumerate(zip(prev, k)) if a != b), min(len(prev), len(k))
        )
        entries.append({"p": shared, "k": k[shared:], "v": put(records[key]), "t": None})
        prev = k
    mst = put({"l": left, "e": entries})
    commit = put(
        {
            "did": DID,
            "version": 3,
            "data": mst,
            "rev": "3ke6kg3wk222j",
            "prev": None,
            "sig": b"\x00" * 64,
        }
    )
    header = cbor({"version": 1, "roots": [commit]})
    body = b"".join(varint(len(cid_of(b)) + len(b)) + cid_of(b) + b for b in blocks)
    return varint(len(header)) + header + body


def post(
    text: str, created: str = "2024-11-20T09:15:00.000Z", **extra: object
) -> dict[str, object]:
    return {"$type": "app.bsky.feed.post", "text": text, "createdAt": created, **extra}


# --- the licensed synthetic repo ---------------------------------------------------------------
def fixture(name: str) -> Path:
    path = FIXTURES / name
    if not path.exists():
        pytest.skip(f"{path} is not present (shared fixtures not checked out)")
    return path


def test_synthetic_repo_car() -> None:
    [result] = parse_upload("repo.car", fixture("synthetic_repo.car").read_bytes())
    assert result.format == "Bluesky"
    posts = {p.id.rsplit("/", 1)[1]: p for p in result.posts}
    rkeys = ("3ke6kg3wk2222", "3ke6kg3wk2223", "3ke6kg3wk2224", "3ke6kg3wk2225")
    link, reply, quote, repost = (posts[k] for k in rkeys)
    assert (
        link.id == "bluesky:at://did:plc:synthetic0000000000000000/app.bsky.feed.post/3ke6kg3wk2222"
    )
    assert (link.kind, link.links, link.language) == ("post", ("https://example.com/ci",), "en")
    assert link.published_at == datetime(2024, 11, 20, 9, 15, tzinfo=UTC)
    assert reply.kind == "reply"
    assert reply.published_at == datetime(2024, 11, 20, 9, 16, 10, 500000, tzinfo=UTC)
    assert quote.kind == "quote"
    assert (repost.kind, repost.text) == ("repost", "")
    assert repost.links == (
        "https://bsky.app/profile/did:plc:someoneelse000000000000/post/3kabcdefghij2",
    )
    assert result.skipped == {"like, follow or other record (not a post)": 1}
    assert all(p.engagement == {} for p in result.posts)


# --- built here ----------------------------------------------------------------------------------
def test_facets_with_multibyte_text_embeds_and_media() -> None:
    text = "Café ☕ notes → read them"
    records = {
        "app.bsky.feed.post/3aaa": post(
            text,
            facets=[
                {
                    "index": {"byteStart": 20, "byteEnd": 29},
                    "features": [
                        {
                            "$type": "app.bsky.richtext.facet#link",
                            "uri": "https://notes.example/cafe",
                        }
                    ],
                }
            ],
        ),
        "app.bsky.feed.post/3aab": post(
            "Look at this",
            embed={
                "$type": "app.bsky.embed.recordWithMedia",
                "record": {"record": {"uri": "at://did:plc:x/app.bsky.feed.post/1", "cid": "b"}},
                "media": {
                    "$type": "app.bsky.embed.external",
                    "external": {"uri": "https://card.example/", "title": "t"},
                },
            },
        ),
        "app.bsky.feed.post/3aac": post("", embed={"$type": "app.bsky.embed.images", "images": []}),
        "app.bsky.graph.follow/3aad": {"$type": "app.bsky.graph.follow", "subject": "did:plc:y"},
    }
    [result] = parse_upload("repo.car", build_car(records, split=True))
    posts = {p.id.rsplit("/", 1)[1]: p for p in result.posts}
    assert posts["3aaa"].text == text and posts["3aaa"].links == ("https://notes.example/cafe",)
    assert posts["3aab"].kind == "quote" and posts["3aab"].links == ("https://card.example/",)
    assert posts["3aac"].kind == "media"
    assert result.skipped["like, follow or other record (not a post)"] == 1


def test_invalid_created_at_is_counted_not_guessed() -> None:
    records = {
        "app.bsky.feed.post/3aaa": post("ok", "1985-04-12T23:20:50.1234567Z"),
        "app.bsky.feed.post/3aab": post("no zone", "1985-04-12T23:20:50"),
        "app.bsky.feed.post/3aac": post("month 13", "1985-13-12T23:20:50.123Z"),
        "app.bsky.feed.repost/3aad": {
            "$type": "app.bsky.feed.repost",
            "createdAt": "soon",
            "subject": {"uri": "at://a/app.bsky.feed.post/1"},
        },
    }
    [result] = parse_upload("repo.car", build_car(records))
    assert [p.text for p in result.posts] == ["ok"]
    assert result.posts[0].published_at == datetime(1985, 4, 12, 23, 20, 50, 123456, tzinfo=UTC)
    assert result.skipped["invalid createdAt date"] == 2
    assert result.skipped["repost without a valid date or subject"] == 1


def test_sniffed_by_content_not_name() -> None:
    car = build_car({"app.bsky.feed.post/3aaa": post("hello")})
    assert bluesky.sniff("anything.bin", car[:64])
    assert parse_upload("export.bin", car)[0].format == "Bluesky"
    assert not bluesky.sniff("repo.car", b'{"roots": [], "version": 1}')


@pytest.mark.parametrize(
    "data",
    [
        b":\xa2eroots\x80gversion\x01",  # roots empty
        b"\x0a\xa2eroots\x80gversion\x01" + b"\x05garbage",  # header length lies
        b"\x11\xa2eroots\x81\xd8\x2a\x42\x00\x01gversion\x01\xff\xff",
    ],
)
def test_decoding_errors_become_user_errors(data: bytes) -> None:
    with pytest.raises(UserError, match=r"not a (readable )?Bluesky"):
        bluesky.parse_file("repo.car", data)


# --- createdAt: the atproto interop cases ----------------------------------------------------
def cases(name: str) -> list[str]:
    lines = fixture(name).read_text(encoding="utf-8").split("\n")
    return [line for line in lines if line and not line.startswith("#")]


def test_every_valid_interop_datetime_parses_except_year_zero() -> None:
    for value in cases("atproto-interop_datetime_syntax_valid.txt"):
        parsed = parse_iso(value, strict=True)
        if value.startswith("0000"):
            assert parsed is None, value  # valid syntax, but no year 0 in Python: refused
        else:
            assert parsed is not None and parsed.tzinfo is UTC, value


@pytest.mark.parametrize(
    "name",
    ["atproto-interop_datetime_syntax_invalid.txt", "atproto-interop_datetime_parse_invalid.txt"],
)
def test_every_invalid_interop_datetime_is_refused(name: str) -> None:
    for value in cases(name):
        assert parse_iso(value, strict=True) is None, value


def test_offsets_are_converted_to_utc() -> None:
    assert parse_iso("1985-04-12T23:20:50.123-07:00", strict=True) == datetime(
        1985, 4, 13, 6, 20, 50, 123000, tzinfo=UTC
    )
