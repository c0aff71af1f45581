"""core.sources.fetch: the only network code, against a local server on 127.0.0.1, nothing else."""

from __future__ import annotations

import gzip
import socket
import threading
from collections.abc import Iterator

import pytest

from core.errors import UserError
from core.sources import fetch

FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title>'
    b"<item><title>One</title><pubDate>Mon, 04 Mar 2024 09:30:00 GMT</pubDate></item>"
    b"</channel></rss>"
)


@pytest.fixture(autouse=True)
def _loopback_only(only_loopback: None) -> None:
    """Every test here may reach 127.0.0.1 only (tests/conftest.py)."""


def get(url: str, **kw) -> fetch.Fetched:
    kw.setdefault("timeout", 2)
    return fetch.fetch_feed(url, allow_private=True, **kw)


def refused(url: str, **kw) -> str:
    with pytest.raises(UserError) as caught:
        get(url, **kw)
    return str(caught.value)


def test_a_feed_is_fetched(local_server) -> None:
    local_server.add("/feed.xml", FEED, "application/rss+xml; charset=utf-8")
    got = get(local_server.url("/feed.xml"))
    assert got.data == FEED
    assert got.url == local_server.url("/feed.xml")
    assert got.content_type.startswith("application/rss+xml")


def test_a_web_page_leads_to_the_feed_it_advertises(local_server) -> None:
    page = (
        b"<!doctype html><html><head><title>Blog</title>"
        b'<link rel="stylesheet" href="/style.css">'
        b'<link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml">'
        b"</head><body>Hello</body></html>"
    )
    local_server.add("/blog/", page, "text/html; charset=utf-8")
    local_server.add("/feed.xml", FEED, "application/rss+xml")
    got = get(local_server.url("/blog/"))
    assert got.data == FEED
    assert got.url == local_server.url("/feed.xml")


def test_a_web_page_without_a_feed_link_says_where_to_look(local_server) -> None:
    local_server.add("/", b"<html><body>No feed here</body></html>", "text/html")
    message = refused(local_server.url("/"))
    assert "names no feed" in message and "/feed" in message


def test_a_redirect_is_followed(local_server) -> None:
    def moved(handler) -> None:
        handler.send_response(301)
        handler.send_header("Location", "/new/feed.xml")
        handler.end_headers()

    local_server.routes["/old"] = moved
    local_server.add("/new/feed.xml", FEED, "application/xml")
    got = get(local_server.url("/old"))
    assert got.url == local_server.url("/new/feed.xml") and got.data == FEED


def test_a_redirect_loop_is_refused(local_server) -> None:
    def loop(handler) -> None:
        handler.send_response(302)
        handler.send_header("Location", "/loop")
        handler.end_headers()

    local_server.routes["/loop"] = loop
    assert "redirects more than 5 times" in refused(local_server.url("/loop"))
    assert len(local_server.hits) == fetch.MAX_REDIRECTS + 1


def test_a_redirect_to_a_local_file_is_refused(local_server) -> None:
    def to_file(handler) -> None:
        handler.send_response(302)
        handler.send_header("Location", "file:///etc/passwd")
        handler.end_headers()

    local_server.routes["/sneaky"] = to_file
    assert "Only web addresses" in refused(local_server.url("/sneaky"))


def test_a_404_says_so(local_server) -> None:
    message = refused(local_server.url("/missing.xml"))
    assert "answered 404" in message and "Check the address" in message


def test_a_server_that_never_answers_times_out(local_server) -> None:
    local_server.routes["/silent"] = lambda handler: local_server.stopping.wait(3)
    message = refused(local_server.url("/silent"), timeout=0.5)
    assert "did not answer within 0.5 seconds" in message


def test_a_server_that_trickles_bytes_times_out(local_server) -> None:
    """A byte every 0.1 s never trips the socket timeout; the deadline on the whole read must,
    and the client must hang up then rather than wait for the server to finish."""
    outcome: list[str] = []
    done = threading.Event()

    def trickle(handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.end_headers()
        try:
            for _ in range(40):  # 4 s at most, so the test ends either way
                if local_server.stopping.wait(0.1):
                    break
                handler.wfile.write(b" ")
                handler.wfile.flush()
            outcome.append("server finished")
        except (BrokenPipeError, ConnectionResetError):
            outcome.append("client hung up")
        finally:
            done.set()

    local_server.routes["/trickle"] = trickle
    assert "did not answer within 0.5 seconds" in refused(local_server.url("/trickle"), timeout=0.5)
    done.wait(5)
    assert outcome == ["client hung up"]


def test_an_endless_stream_is_cut_at_the_size_cap(local_server) -> None:
    def endless(handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.end_headers()
        handler.wfile.write(b"<rss><channel>")
        chunk = b"<item><title>again</title></item>" * 2000
        for _ in range(2000):  # ~130 MB at most; the client hangs up long before
            if local_server.stopping.is_set():
                return
            handler.wfile.write(chunk)

    local_server.routes["/endless"] = endless
    assert "that is not a feed" in refused(local_server.url("/endless"), max_bytes=200_000)


def test_a_declared_size_over_the_cap_is_refused_before_reading(local_server) -> None:
    local_server.add("/big.xml", FEED * 100, "application/rss+xml")
    assert "a feed may be" in refused(local_server.url("/big.xml"), max_bytes=1000)


def test_gzip_and_chunked_responses_are_decoded(local_server) -> None:
    def gzipped_chunks(handler) -> None:
        body = gzip.compress(FEED)
        half = len(body) // 2
        handler.wfile.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
            b"Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        )
        for part in (body[:half], body[half:]):
            handler.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
        handler.wfile.write(b"0\r\n\r\n")

    local_server.routes["/gz"] = gzipped_chunks
    assert get(local_server.url("/gz")).data == FEED


@pytest.fixture
def closed_port() -> Iterator[int]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))  # bound, never listening: connections are refused
    yield sock.getsockname()[1]
    sock.close()


def test_nothing_listening_is_unreachable(closed_port: int) -> None:
    assert "could not be reached" in refused(f"http://127.0.0.1:{closed_port}/feed")


# --- addresses refused before any network ----------------------------------------------------
@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "/etc/passwd",
        "C:\\x",
        "ftp://example.com/feed.xml",
        "~/feed.xml",
        "./feed.xml",
        "javascript:alert(1)",
    ],
)
def test_local_files_and_other_schemes_are_refused(url: str, monkeypatch) -> None:
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: pytest.fail("looked up a host"))
    with pytest.raises(UserError, match=r"upload it instead|http:// or https://"):
        fetch.check_url(url)
    with pytest.raises(UserError):
        fetch.fetch_feed(url)


def test_empty_and_hostless_addresses_are_refused() -> None:
    with pytest.raises(UserError, match="Type the address"):
        fetch.check_url("  ")
    with pytest.raises(UserError, match="no host name"):
        fetch.check_url("https:///feed")


def test_an_address_without_scheme_gets_https() -> None:
    assert fetch.check_url("blog.example/feed") == "https://blog.example/feed"


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "localhost", "10.0.0.8", "192.168.1.1", "169.254.169.254"]
)
def test_loopback_private_and_link_local_addresses_are_refused_by_default(host: str) -> None:
    with pytest.raises(UserError, match="private or local address"):
        fetch.check_host(f"http://{host}/feed.xml", allow_private=False)


def test_a_loopback_url_is_refused_without_allow_private(local_server) -> None:
    local_server.add("/feed.xml", FEED, "application/rss+xml")
    with pytest.raises(UserError, match="private or local"):
        fetch.fetch_feed(local_server.url("/feed.xml"), timeout=1)
    assert local_server.hits == []
