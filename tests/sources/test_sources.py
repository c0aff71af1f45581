"""core.sources: what a file is, told from its content, and what is refused with which words."""

from __future__ import annotations

import gzip
import json

import pytest

from core.errors import UserError
from core.sources.archive import UnsafeArchive
from core.sources.sniff import parse_upload


def refusal(name: str, data: bytes) -> str:
    with pytest.raises(UserError) as caught:
        parse_upload(name, data)
    message = str(caught.value)
    assert name.rsplit("/", 1)[-1] in message  # every refusal names the file it is about
    return message


# --- dispatch by content ---------------------------------------------------------------------
def test_content_decides_not_the_file_name(make) -> None:
    feed = make.rss([make.rss_item(1)])
    tweets = make.tweets_js([make.tweet("1", "hi")])
    json_feed = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "items": [{"id": "1", "content_text": "hi", "date_published": "2024-01-01T00:00:00Z"}],
        }
    ).encode()
    assert parse_upload("posts.csv", feed)[0].format == "RSS feed"
    assert parse_upload("export.txt", tweets)[0].format == "X archive"
    assert parse_upload("feed.txt", json_feed)[0].format == "JSON Feed"
    assert parse_upload("untitled", b"date,text\n2024-01-01,hello\n")[0].format == "CSV"


def test_a_zip_holding_several_exports_yields_each(make) -> None:
    bundle = make.zip(
        {
            "blog/feed.xml": make.rss([make.rss_item(1)]),
            "sheets/audit.csv": b"date,text\n2024-01-01,hello\n",
            "__MACOSX/._feed.xml": b"\x00\x05\x16\x07junk",
            ".DS_Store": b"\x00\x00\x00\x01Bud1",
            "blog/header.png": b"\x89PNG\r\n",
        }
    )
    results = parse_upload("bundle.zip", bundle)
    assert sorted(r.format for r in results) == ["CSV", "RSS feed"]
    assert all(not r.notes for r in results)  # system junk and images are not "left out" files


def test_a_zip_with_one_good_and_one_bad_export_keeps_the_good_and_says_so(make) -> None:
    bundle = make.zip(
        {
            "feed.xml": make.rss([make.rss_item(1), make.rss_item(2)]),
            "people.csv": b"name,email\nann,ann@example.com\n",
        }
    )
    (result,) = parse_upload("bundle.zip", bundle)
    assert len(result.posts) == 2
    assert result.notes == ["1 other file(s) in the zip were not posts and were left out"]


def test_a_zip_with_no_readable_export_lists_what_it_holds(make) -> None:
    bundle = make.zip({"notes.pdf": b"%PDF-1.7 ...", "people.csv": b"name,email\nann,a@b.c\n"})
    message = refusal("bundle.zip", bundle)
    assert "holds no export" in message
    assert "notes.pdf" in message and "people.csv" in message


def test_an_empty_zip_is_refused(make) -> None:
    assert "it is empty" in refusal("empty.zip", make.zip({}))


def test_one_unsafe_member_refuses_the_whole_zip(make) -> None:
    bundle = make.zip({"feed.xml": make.rss([make.rss_item(1)]), "../../etc/cron.d/x": b"x"})
    with pytest.raises(UnsafeArchive):
        parse_upload("bundle.zip", bundle)


def test_a_damaged_member_is_left_out_not_a_crash(make) -> None:
    damaged = bytearray(make.zip({"other.csv": bytes(range(256)).hex().encode() * 4}))
    start = damaged.index(b"other.csv") + len("other.csv")
    damaged[start + 10 : start + 60] = b"\xff" * 50
    message = refusal("damaged.zip", bytes(damaged))
    assert "holds no export" in message


# --- refusals --------------------------------------------------------------------------------
@pytest.mark.parametrize("data", [b"", b"   \n\t  "])
def test_an_empty_file(data: bytes) -> None:
    assert "is empty" in refusal("posts.csv", data)


def test_an_html_page_suggests_adding_the_feed_url() -> None:
    message = refusal(
        "blog.html", b"<!DOCTYPE html><html><head><title>My blog</title></head></html>"
    )
    assert "web page" in message and "feed URL" in message


def test_pdf_bytes() -> None:
    assert "PDF" in refusal("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")


def test_an_image() -> None:
    assert "an image" in refusal("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")


def test_a_gzip_file() -> None:
    assert "gzip" in refusal("feed.xml.gz", gzip.compress(b"<rss></rss>"))


def test_binary_garbage_named_json() -> None:
    assert "binary data" in refusal("tweets.json", bytes(range(256)) * 4)


def test_binary_garbage_named_csv() -> None:
    assert "binary data" in refusal("posts.csv", bytes(range(256)) * 4)


def test_json_that_is_no_known_export_says_what_is_read() -> None:
    message = refusal("data.json", b'{"anything": [1, 2, 3]}')
    assert "not a format Goodwill Ledger recognises" in message
    assert "RSS" in message and "X" in message and "CSV" in message


def test_malformed_xml_with_nothing_to_recover() -> None:
    broken = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</tite></channel></rss>'
    message = refusal("feed.xml", broken)
    assert "not a well-formed feed" in message and "mismatched tag" in message


def test_malformed_xml_keeps_what_can_be_read_and_says_so() -> None:
    broken = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title><item>'
        b"<title>One</title><pubDate>Mon, 04 Mar 2024 09:30:00 GMT</pubDate>"
        b"<description>x &amp y < z</description></item>"
    )
    (result,) = parse_upload("feed.xml", broken)
    assert [p.text for p in result.posts] == ["One\n\nx & y < z"]
    assert "the feed has errors" in result.notes[0]


def test_a_file_over_the_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("core.sources.sniff.MAX_FILE_BYTES", 1000)
    assert "split it" in refusal("big.csv", b"date,text\n" + b"2024-01-01,x\n" * 200)
