"""The only network code: fetch a feed URL a person typed, with every limit a server can abuse.

http and https only (never file:// or a local path), a timeout on connect and on the whole
read, a size cap, a bounded number of redirects each checked again, and addresses that are not
on the public internet refused. A web page instead of a feed is read for its
<link rel="alternate"> feed address, one hop.

Each host name is resolved once: the addresses checked are the ones connected to (the Host
header and the TLS server name stay the name typed), so a name that answers a public address to
the check and 127.0.0.1 to the connection (DNS rebinding) reaches nothing private. People who
host their blog on their own network may allow private and loopback feeds with the setting
GOODWILL_ALLOW_PRIVATE_FEEDS=1 (off by default; see README).
"""

from __future__ import annotations

import ipaddress
import os
import re
import socket
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter

from core.errors import UserError

TIMEOUT_S = 10.0
MAX_BYTES = 10 * 1024**2
MAX_REDIRECTS = 5
USER_AGENT = "GoodwillLedger/0.1 (+feed reader; local app)"
ALLOW_PRIVATE_ENV = "GOODWILL_ALLOW_PRIVATE_FEEDS"
MAX_ADDRESSES = 4  # of a name's answers, tried in order (an IPv6 one may be unreachable)
# Not on the public internet, though ipaddress calls some of them global: shared address space
# (carrier NAT), deprecated site-local IPv6, and 6to4, whose address embeds any IPv4 one
# (2002:7f00:1:: is 127.0.0.1).
_REFUSED_NETWORKS = tuple(
    ipaddress.ip_network(n) for n in ("100.64.0.0/10", "fec0::/10", "2002::/16")
)
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json",
               "application/json", "application/xml", "text/xml")  # fmt: skip


@dataclass(frozen=True)
class Fetched:
    url: str
    data: bytes
    content_type: str


def private_feeds_allowed() -> bool:
    """The GOODWILL_ALLOW_PRIVATE_FEEDS setting: '1', 'true' or 'yes' allows feeds on this
    machine and its private network. Off unless set."""
    return os.environ.get(ALLOW_PRIVATE_ENV, "").strip().lower() in ("1", "true", "yes")


def fetch_feed(url: str, *, allow_private: bool | None = None, timeout: float = TIMEOUT_S,
               max_bytes: int = MAX_BYTES) -> Fetched:  # fmt: skip
    """The bytes of the feed at url; a web page leads to the feed it advertises.
    allow_private None follows the GOODWILL_ALLOW_PRIVATE_FEEDS setting."""
    if allow_private is None:
        allow_private = private_feeds_allowed()
    fetched = fetch(url, allow_private=allow_private, timeout=timeout, max_bytes=max_bytes)
    if _is_html(fetched):
        feed_url = discover_feed(fetched.data.decode("utf-8", "replace"), fetched.url)
        if not feed_url:
            raise UserError(
                f"{url} is a web page that names no feed. Try its feed address (often /feed, "
                "/rss or /atom.xml) or upload an export of the blog instead."
            )
        fetched = fetch(feed_url, allow_private=allow_private, timeout=timeout, max_bytes=max_bytes)
    return fetched


def fetch(url: str, *, allow_private: bool = False, timeout: float = TIMEOUT_S,
          max_bytes: int = MAX_BYTES) -> Fetched:  # fmt: skip
    url = check_url(url)
    try:
        for _ in range(MAX_REDIRECTS + 1):
            addresses = resolve(url, allow_private)
            deadline = time.monotonic() + timeout
            with (
                _pinned_session(addresses) as session,
                session.get(
                    url,
                    stream=True,
                    timeout=(timeout, timeout),
                    allow_redirects=False,
                    headers={
                        "User-Agent": USER_AGENT,
                        "Accept": ", ".join(_FEED_TYPES) + ", */*;q=0.5",
                    },
                ) as response,
            ):
                if response.is_redirect:
                    location = response.headers.get("location", "")
                    url = check_url(urljoin(url, location))
                    continue
                if response.status_code >= 400:
                    raise UserError(
                        f"{url} answered {response.status_code} {response.reason or ''}".strip()
                        + ". Check the address in a browser."
                    )
                data = _read_capped(response, url, max_bytes, deadline)
                return Fetched(url, data, response.headers.get("content-type", ""))
        raise UserError(f"{url} redirects more than {MAX_REDIRECTS} times; it may loop.")
    except requests.exceptions.Timeout:
        raise UserError(
            f"{url} did not answer within {timeout:g} seconds. Try again later."
        ) from None
    except requests.exceptions.SSLError:
        raise UserError(f"{url} has a broken HTTPS certificate; it was not read.") from None
    except requests.exceptions.ConnectionError:
        raise UserError(
            f"{url} could not be reached. Check the address and your connection."
        ) from None
    except requests.exceptions.RequestException as exc:
        raise UserError(f"{url} could not be fetched ({type(exc).__name__}).") from None


def _pinned_session(addresses: list[str]) -> requests.Session:
    """A session whose every connection goes to one of `addresses` (in order, the next when one
    cannot be reached, as a lookup's answers are tried), whatever host a URL names; urllib3
    still sends that host as the Host header and TLS server name and checks the certificate
    against it (only the address it dials is replaced)."""

    def dial(connection: Any, new_conn: Any) -> Any:
        # _dns_host is what urllib3 dials; `host` (Host header, SNI, certificate) is unchanged
        # everywhere else because it is swapped only while the socket is opened.
        name = connection._dns_host
        try:
            for i, address in enumerate(addresses):
                connection._dns_host = address
                try:
                    return new_conn()
                except urllib3.exceptions.ConnectTimeoutError:  # and NewConnectionError
                    if i == len(addresses) - 1:
                        raise
            raise AssertionError("resolve always gives at least one address")
        finally:
            connection._dns_host = name

    class Pinned(urllib3.connection.HTTPConnection):
        def _new_conn(self) -> Any:
            return dial(self, super()._new_conn)

    class PinnedTLS(urllib3.connection.HTTPSConnection):
        def _new_conn(self) -> Any:
            return dial(self, super()._new_conn)

    class Pool(urllib3.HTTPConnectionPool):
        ConnectionCls = Pinned

    class TLSPool(urllib3.HTTPSConnectionPool):
        ConnectionCls = PinnedTLS

    adapter = HTTPAdapter(max_retries=0)
    adapter.poolmanager.pool_classes_by_scheme = {"http": Pool, "https": TLSPool}
    session = requests.Session()
    session.trust_env = False  # no proxies or .netrc from the environment
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def check_url(url: str) -> str:
    url = (url or "").strip()
    if not url:
        raise UserError("Type the address of a blog or its feed, starting with https://.")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        if parts.scheme or url.startswith(("/", "~", ".")) or re.match(r"^[a-zA-Z]:\\", url):
            raise UserError(
                f"Only web addresses (http:// or https://) can be fetched, not {url!r}. To read a "
                "file on this computer, upload it instead."
            )
        return check_url(f"https://{url}")
    if not parts.hostname:
        raise UserError(
            f"{url} has no host name; type the full address, like https://example.com/feed."
        )
    return url


def resolve(url: str, allow_private: bool) -> list[str]:
    """The addresses the URL's host is fetched from, its name looked up once. Unless private
    feeds are allowed, every address the name has must be public (one private answer among
    public ones is refused too: which one a later lookup picks is the server's choice)."""
    host = urlsplit(url).hostname or ""
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise UserError(f"{host} could not be found. Check the address.") from None
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    if not addresses:
        raise UserError(f"{host} could not be found. Check the address.")
    if not allow_private:
        for address in addresses:
            if not is_public(address):
                raise UserError(
                    f"{host} points at a private or local address ({address}); only public "
                    "feeds are fetched. Upload the file instead, or allow private feeds with "
                    f"{ALLOW_PRIVATE_ENV}=1 if your blog runs on your own network."
                )
    return list(dict.fromkeys(str(a) for a in addresses))[:MAX_ADDRESSES]


def is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """An address on the public internet: not private, loopback, link-local, reserved,
    multicast, shared (100.64/10), site-local (fec0::/10), 6to4 (2002::/16), or an IPv6 form
    of an IPv4 address that is not public itself."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is not None and not is_public(embedded):
            return False
    if address.is_multicast or any(address in net for net in _REFUSED_NETWORKS):
        return False
    return address.is_global


def check_host(url: str, allow_private: bool) -> None:
    """Refuse addresses on this machine or its private network (a feed is on the public web)."""
    resolve(url, allow_private)


def _read_capped(response: requests.Response, url: str, max_bytes: int, deadline: float) -> bytes:
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise UserError(
            f"{url} is {int(declared) // 1024**2} MB, over the {max_bytes // 1024**2} MB a feed "
            "may be."
        )
    chunks, size = [], 0
    # read1 returns what one receive brings, so the deadline holds against a server that trickles
    # bytes; iter_content blocks until a whole chunk has arrived, however long that takes.
    try:
        while chunk := response.raw.read1(64 * 1024, decode_content=True):
            size += len(chunk)
            if size > max_bytes:
                raise UserError(
                    f"{url} sends more than {max_bytes // 1024**2} MB; that is not a feed."
                )
            if time.monotonic() > deadline:
                raise requests.exceptions.Timeout()
            chunks.append(chunk)
    except urllib3.exceptions.ReadTimeoutError:
        raise requests.exceptions.Timeout() from None
    except urllib3.exceptions.DecodeError as exc:
        raise requests.exceptions.ContentDecodingError(exc) from None
    except urllib3.exceptions.HTTPError as exc:
        raise requests.exceptions.ConnectionError(exc) from None
    return b"".join(chunks)


def _is_html(fetched: Fetched) -> bool:
    if "html" in fetched.content_type.lower():
        return True
    return bool(re.match(rb"\s*(<!doctype html|<html)", fetched.data[:512], re.IGNORECASE))


class _FeedLinks(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if (
            tag == "link"
            and "alternate" in a.get("rel", "").lower().split()
            and a.get("type", "").lower() in _FEED_TYPES[:3]
            and a.get("href")
        ):
            self.found.append(a["href"])


def discover_feed(page: str, base: str) -> str | None:
    parser = _FeedLinks()
    try:
        parser.feed(page[:500_000])
    except Exception:  # noqa: BLE001 - a broken page just has no feed link
        return None
    return urljoin(base, parser.found[0]) if parser.found else None
