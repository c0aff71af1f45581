"""The only network code: fetch a feed URL a person typed, with every limit a server can abuse.

http and https only (never file:// or a local path), a timeout on connect and on the whole
read, a size cap, a bounded number of redirects each checked again, and private or loopback
addresses refused unless a caller (a test) allows them. A web page instead of a feed is read
for its <link rel="alternate"> feed address, one hop.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import requests
import urllib3

from core.errors import UserError

TIMEOUT_S = 10.0
MAX_BYTES = 10 * 1024**2
MAX_REDIRECTS = 5
USER_AGENT = "GoodwillLedger/0.1 (+feed reader; local app)"
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json",
               "application/json", "application/xml", "text/xml")  # fmt: skip


@dataclass(frozen=True)
class Fetched:
    url: str
    data: bytes
    content_type: str


def fetch_feed(url: str, *, allow_private: bool = False, timeout: float = TIMEOUT_S,
               max_bytes: int = MAX_BYTES) -> Fetched:  # fmt: skip
    """The bytes of the feed at url; a web page leads to the feed it advertises."""
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
    session = requests.Session()
    session.trust_env = False  # no proxies or .netrc from the environment
    try:
        for _ in range(MAX_REDIRECTS + 1):
            check_host(url, allow_private)
            deadline = time.monotonic() + timeout
            with session.get(
                url,
                stream=True,
                timeout=(timeout, timeout),
                allow_redirects=False,
                headers={
                    "User-Agent": USER_AGENT,
                    "Accept": ", ".join(_FEED_TYPES) + ", */*;q=0.5",
                },
            ) as response:
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


def check_host(url: str, allow_private: bool) -> None:
    """Refuse addresses on this machine or its private network (a feed is on the public web)."""
    if allow_private:
        return
    host = urlsplit(url).hostname or ""
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        raise UserError(f"{host} could not be found. Check the address.") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if (
            address.is_private
            or address.is_loopback
            or address.is_link_local
            or address.is_reserved
        ):
            raise UserError(
                f"{host} points at a private or local address ({address}); only public feeds "
                "are fetched. Upload the file instead."
            )


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
