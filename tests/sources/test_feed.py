"""core.sources.feed: RSS 0.9x/1.0/2.0, Atom, JSON Feed and WordPress WXR into posts."""

from __future__ import annotations

import json
import socket
from datetime import UTC, datetime

import pytest
from paths import FIXTURES, SHARED

from core.errors import UserError
from core.sources.feed import parse_json_feed, parse_xml_feed
from core.sources.sniff import parse_upload

WXR_DIR = FIXTURES / "wordpress_wxr"


def one(name: str, data: bytes):
    results = parse_upload(name, data)
    assert len(results) == 1
    return results[0]


RSS_091 = b"""<?xml version="1.0"?>
<rss version="0.91"><channel><title>Old blog</title><link>https://blog.example</link>
<description>d</description><language>en</language>
<item><title>First &amp; foremost</title><link>https://blog.example/1</link>
<description>Hello &lt;b&gt;there&lt;/b&gt;</description>
<pubDate>Mon, 04 Mar 2024 09:30:00 GMT</pubDate></item>
</channel></rss>"""

RSS_10 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://blog.example/"><title>T</title><link>https://blog.example/</link>
<description>d</description></channel>
<item rdf:about="https://blog.example/2"><title>Second</title><link>https://blog.example/2</link>
<description>Body two</description><dc:date>2024-03-05T10:00:00+01:00</dc:date></item>
</rdf:RDF>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:blog</id>
<updated>2024-03-07T00:00:00Z</updated>
<entry><title>Third</title><id>tag:blog.example,2024:3</id>
<link href="https://blog.example/3"/>
<published>2024-03-06T08:00:00-05:00</published><updated>2024-03-07T00:00:00Z</updated>
<content type="html">&lt;p&gt;See &lt;a href="https://peer.example/x"&gt;this&lt;/a&gt;
&lt;script&gt;alert(1)&lt;/script&gt;&lt;/p&gt;</content></entry>
<entry><title>Only updated</title><id>tag:blog.example,2024:4</id>
<updated>2024-03-08T12:00:00Z</updated><summary>Short</summary></entry>
<entry><title>Undated</title><id>tag:blog.example,2024:5</id></entry>
</feed>"""


@pytest.mark.parametrize("version", ["0.91", "0.92", "2.0"])
def test_rss_0_9x_and_2_0(make, version: str) -> None:
    data = make.rss([make.rss_item(1, "Hello <b>there</b>"), make.rss_item(2)], version)
    result = one("feed.xml", data)
    assert result.format == "RSS feed"
    assert [p.text for p in result.posts] == [
        "Post 1\n\nHello there",
        "Post 2\n\nNotes on topic 2.",
    ]
    first = result.posts[0]
    assert first.id == "feed:https://blog.example/1"
    assert first.source == "feed" and first.kind == "article"
    assert first.url == "https://blog.example/1"
    assert first.published_at == datetime(2024, 3, 1, 9, 30, tzinfo=UTC)


def test_rss_0_91_handwritten_with_entities() -> None:
    result = one("old.rss", RSS_091)
    assert result.format == "RSS feed"
    (post,) = result.posts
    assert post.text == "First & foremost\n\nHello there"
    assert post.published_at == datetime(2024, 3, 4, 9, 30, tzinfo=UTC)


def test_rss_1_0_rdf_with_dublin_core_date_in_utc() -> None:
    (post,) = one("index.rdf", RSS_10).posts
    assert post.text == "Second\n\nBody two"
    assert post.url == "https://blog.example/2"
    assert post.published_at == datetime(2024, 3, 5, 9, 0, tzinfo=UTC)


def test_atom_dates_links_sanitising_and_undated_entries() -> None:
    result = one("atom.xml", ATOM)
    assert result.format == "Atom feed"
    third, fourth = result.posts
    assert third.id == "feed:tag:blog.example,2024:3"
    assert third.published_at == datetime(2024, 3, 6, 13, 0, tzinfo=UTC)  # -05:00 into UTC
    assert third.text == "Third\n\nSee this"
    assert "alert" not in third.text and "script" not in third.text_raw
    assert third.links == ("https://peer.example/x",)
    assert fourth.published_at == datetime(
        2024, 3, 8, 12, 0, tzinfo=UTC
    )  # updated when no published
    assert fourth.text == "Only updated\n\nShort"
    assert result.skipped == {"no publication date": 1}


def test_json_feed() -> None:
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Blog",
        "items": [
            {
                "id": "j1",
                "url": "https://blog.example/j1",
                "title": "Fourth",
                "content_html": '<p>Hi <a href="https://peer.example">peer</a></p>',
                "date_published": "2024-03-07T12:00:00+02:00",
            },
            {
                "id": "j2",
                "content_text": "Plain &amp; simple",
                "date_modified": "2024-03-08T00:00:00Z",
            },
            {"id": "j3", "content_text": "no date"},
            "not an item",
        ],
    }
    result = one("feed.json", json.dumps(doc).encode())
    assert result.format == "JSON Feed"
    first, second = result.posts
    assert first.text == "Fourth\n\nHi peer"
    assert first.published_at == datetime(2024, 3, 7, 10, 0, tzinfo=UTC)
    assert first.links == ("https://peer.example",)
    assert first.id == "feed:title:blog|j1"  # "j1" means something only within its feed
    assert second.text == "Plain & simple"
    assert result.skipped == {"no publication date": 1, "not a feed item": 1}


def test_json_feed_version_1_is_recognised() -> None:
    doc = {
        "version": "https://jsonfeed.org/version/1",
        "items": [{"id": "1", "content_text": "hi", "date_published": "2020-01-01T00:00:00Z"}],
    }
    assert one("feed.json", json.dumps(doc).encode()).format == "JSON Feed"


def test_json_feed_without_items_is_refused() -> None:
    doc = b'{"version": "https://jsonfeed.org/version/1.1", "title": "x"}'
    with pytest.raises(UserError, match="without an items list"):
        parse_json_feed("feed.json", doc)


def test_feed_with_no_entries_says_there_is_nothing_to_import(make) -> None:
    with pytest.raises(UserError, match="no posts"):
        parse_upload("empty.xml", make.rss([]))


def test_xml_that_is_not_a_feed_is_refused() -> None:
    data = b'<?xml version="1.0"?><note><to>Ann</to><body>hi</body></note>'
    with pytest.raises(UserError, match="not a feed"):
        parse_upload("note.xml", data)


def test_utf16_feed_with_bom(make) -> None:
    data = make.rss([make.rss_item(1, "Grüße aus Köln")]).decode().replace("utf-8", "utf-16")
    (post,) = one("feed.xml", data.encode("utf-16")).posts
    assert post.text == "Post 1\n\nGrüße aus Köln"


def test_feedparser_is_never_handed_a_path_or_url(monkeypatch: pytest.MonkeyPatch) -> None:
    """feedparser.parse(str) reads local files and fetches URLs; ours must do neither."""
    connects: list[object] = []
    monkeypatch.setattr(socket.socket, "connect", lambda self, addr: connects.append(addr))
    for data in (b"/etc/passwd", b"http://127.0.0.1:9/feed.xml", str(WXR_DIR / "small-export.xml")):
        data = data if isinstance(data, bytes) else data.encode()
        with pytest.raises(UserError):
            parse_xml_feed("feed.xml", data)
    assert connects == []


def test_dates_are_utc_whatever_the_machine_timezone(make, new_york_tz) -> None:
    data = make.rss([make.rss_item(1)])
    (post,) = one("feed.xml", data).posts
    assert post.published_at == datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
    assert post.published_at.utcoffset().total_seconds() == 0


# --- WordPress WXR ---------------------------------------------------------------------------
def test_wordpress_small_export_keeps_only_the_five_published_posts() -> None:
    result = one("small-export.xml", (WXR_DIR / "small-export.xml").read_bytes())
    assert result.format == "WordPress export (WXR)"
    assert len(result.posts) == 5
    assert result.skipped == {"page (not a post)": 5, "private post (not published)": 1}
    assert sum(result.skipped.values()) + len(result.posts) == 11
    titles = [p.text.split("\n")[0] for p in result.posts]
    assert "Hello world!" in titles and "Private Post" not in titles
    assert all(p.published_at.tzinfo is not None for p in result.posts)


WXR = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Site</title><link>https://site.example</link><wp:wxr_version>1.2</wp:wxr_version>
{items}
</channel></rss>"""

WXR_ITEM = """<item><title>{title}</title><link>https://site.example/?p={n}</link>
<pubDate>{date}</pubDate><guid isPermaLink="false">https://site.example/?p={n}</guid>
<content:encoded><![CDATA[{body}]]></content:encoded>
<wp:post_id>{n}</wp:post_id><wp:post_date_gmt>2024-02-0{n} 10:00:00</wp:post_date_gmt>
<wp:status>{status}</wp:status><wp:post_type>{kind}</wp:post_type></item>"""


def wxr(*items: tuple[str, str, str]) -> bytes:
    body = "".join(
        WXR_ITEM.format(
            n=n,
            title=f"Item {n}",
            kind=kind,
            status=status,
            body=body,
            date="Wed, 30 Nov -0001 00:00:00 +0000"
            if status == "draft"
            else f"Thu, 0{n} Feb 2024 10:00:00 +0000",
        )
        for n, (kind, status, body) in enumerate(items, 1)
    )
    return WXR.format(items=body).encode()


def test_wordpress_pages_attachments_menus_and_drafts_are_skipped_and_counted() -> None:
    data = wxr(
        ("post", "publish", "<!-- wp:paragraph --><p>Real post one</p><!-- /wp:paragraph -->"),
        ("page", "publish", "About us"),
        ("attachment", "inherit", ""),
        ("nav_menu_item", "publish", ""),
        ("post", "draft", "Not yet"),
        ("post", "publish", '[caption id="a"]<img alt="chart">A caption[/caption] Real two'),
    )
    result = one("site.wordpress.xml", data)
    assert [p.text for p in result.posts] == [
        "Item 1\n\nReal post one",
        "Item 6\n\nchart A caption Real two",
    ]
    assert result.skipped == {
        "page (not a post)": 1,
        "attachment (not a post)": 1,
        "nav menu item (not a post)": 1,
        "draft post (not published)": 1,
    }


def test_wordpress_malformed_export_is_refused_as_damaged() -> None:
    with pytest.raises(UserError) as caught:
        parse_upload("malformed.xml", (WXR_DIR / "malformed.xml").read_bytes())
    message = str(caught.value)
    assert "malformed.xml" in message
    assert "not a well-formed feed" in message and "download it again" in message


def test_wordpress_crazy_cdata_is_recovered_with_a_note() -> None:
    result = one("crazy-cdata.xml", (WXR_DIR / "crazy-cdata.xml").read_bytes())
    (post,) = result.posts
    assert post.text.startswith("Hello world!")
    assert post.published_at == datetime(2012, 1, 5, 14, 30, 46, tzinfo=UTC)
    assert any("errors" in note and "kept" in note for note in result.notes)


@pytest.mark.parametrize(
    "name", ["valid-wxr-1.0.xml", "valid-wxr-1.1.xml", "wxr-comprehensive.xml"]
)
def test_other_wordpress_fixtures_import_posts(name: str) -> None:
    result = one(name, (WXR_DIR / name).read_bytes())
    assert result.format == "WordPress export (WXR)"
    assert result.posts
    assert all(isinstance(p.text, str) and p.text for p in result.posts)


def test_wordpress_utf8_challenges_keep_their_characters() -> None:
    (post,) = one("u.xml", (WXR_DIR / "wxr-utf-8-challenges.xml").read_bytes()).posts
    assert "Taken" in post.text and "Frost" in post.text


# --- feedparser's own test feeds as a robustness corpus --------------------------------------
CORPUS = SHARED / "corpora" / "feedparser-tests"


def test_every_feedparser_test_feed_imports_or_is_refused_cleanly() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"the feedparser corpus is not at {CORPUS} (shared/corpora/feedparser-tests)")
    problems: list[str] = []
    imported = refused = 0
    for path in sorted(p for p in CORPUS.rglob("*") if p.is_file()):
        where = path.relative_to(CORPUS)
        try:
            results = parse_upload(path.name, path.read_bytes())
        except UserError as exc:
            refused += 1
            if not str(exc).strip():
                problems.append(f"{where}: refused without a message")
            continue
        except Exception as exc:  # noqa: BLE001 - any other exception is the bug being looked for
            problems.append(f"{where}: {type(exc).__name__}: {exc}"[:300])
            continue
        imported += 1
        for post in (p for result in results for p in result.posts):
            if not isinstance(post.text, str) or not isinstance(post.text_raw, str):
                problems.append(f"{where}: text is not str")
            if post.published_at.tzinfo is None or post.published_at.utcoffset():
                problems.append(f"{where}: published_at {post.published_at!r} is not aware UTC")
    assert not problems, "\n".join(problems[:30])
    assert imported > 1000 and refused > 500  # the corpus really was read, both ways
