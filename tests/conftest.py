"""Shared fixtures: a throwaway database for every test, builders for synthetic exports, and a
local HTTP server bound to 127.0.0.1.

Every export here is made up at test time (no real person's data). Builders live on one
fixture, `make`, so a test reads as `make.tweet("1", "hello")` or `make.zip({...})`.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
import sqlalchemy as sa
from archives import zip_of
from sqlalchemy.pool import NullPool
from streamlit.runtime.pages_manager import PagesManager

from core.store import DEFAULT_PATH, Store, normalise_url

POSTGRES_ENV = "GOODWILL_TEST_POSTGRES"


# --- the database ----------------------------------------------------------------------------
def _default_db_state() -> tuple[bool, float]:
    return DEFAULT_PATH.exists(), DEFAULT_PATH.stat().st_mtime if DEFAULT_PATH.exists() else 0.0


@pytest.fixture(autouse=True, scope="session")
def default_database_untouched() -> Iterator[None]:
    """A safety net: the app's own data/goodwill.sqlite3 is never created or written by tests."""
    before = _default_db_state()
    yield
    assert _default_db_state() == before, f"a test wrote to {DEFAULT_PATH}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def backend(request: pytest.FixtureRequest) -> str:
    """The database a test runs on. A test or module that uses this fixture (usually through
    `pytest.mark.usefixtures("backend")`) runs twice: on a SQLite file and on PostgreSQL."""
    return request.param


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The PostgreSQL server named by GOODWILL_TEST_POSTGRES (.ci/run starts a throwaway one);
    without one the PostgreSQL half of the suite is skipped, and says why."""
    url = os.environ.get(POSTGRES_ENV, "")
    if not url:
        pytest.skip(
            f"no PostgreSQL server: set {POSTGRES_ENV} to a SQLAlchemy URL of a throwaway "
            "database (bash .ci/postgres DIR starts one and prints it)"
        )
    try:
        engine = sa.create_engine(normalise_url(url), poolclass=NullPool)
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 (any driver or network error means: no server)
        pytest.skip(f"the PostgreSQL server at {url} cannot be reached: {exc}")
    return normalise_url(url)


@pytest.fixture(autouse=True)
def temp_database(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """Every test (and every Store() or CLI run inside it) uses its own SQLite file, or, for
    the PostgreSQL half of a `backend` test, its own schema on the test server."""
    kind = request.getfixturevalue("backend") if "backend" in request.fixturenames else "sqlite"
    if kind == "sqlite":
        url = f"sqlite:///{tmp_path / 'goodwill.sqlite3'}"
        monkeypatch.setenv("GOODWILL_DB", url)
        yield url
        return
    with postgres_schema(request.getfixturevalue("postgres_server")) as url:
        monkeypatch.setenv("GOODWILL_DB", url)
        yield url


@contextlib.contextmanager
def postgres_schema(server: str) -> Iterator[str]:
    """A schema of its own on the test server: every connection the test opens finds its tables
    there first (search_path), and tags itself (application_name), so the end of the test can
    close those connections, wherever their pools are, before it drops the schema."""
    name = f"t_{uuid.uuid4().hex[:16]}"
    admin = sa.create_engine(server, poolclass=NullPool)
    with admin.begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {name}"))
    url = sa.make_url(server).update_query_dict(
        {"options": f"-csearch_path={name}", "application_name": name}
    )
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(
                sa.text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE application_name = :name"
                ),
                {"name": name},
            )
            conn.execute(sa.text(f"DROP SCHEMA {name} CASCADE"))
        admin.dispose()


@pytest.fixture(autouse=True)
def nameless_person(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real profile (the person's name, core.people) or inherits a
    GOODWILL_USER from the shell that runs the suite."""
    monkeypatch.setenv("GOODWILL_PROFILE", str(tmp_path / "profile.json"))
    monkeypatch.delenv("GOODWILL_USER", raising=False)


@pytest.fixture
def store(temp_database: str) -> Store:
    return Store(temp_database)


@pytest.fixture
def workspace(store: Store) -> str:
    return store.create_workspace("Test workspace")


@pytest.fixture
def new_york_tz(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The process runs in America/New_York, as on a laptop there; restored afterwards."""
    with monkeypatch.context() as patch:
        patch.setenv("TZ", "America/New_York")
        time.tzset()
        assert time.localtime(1704110400).tm_gmtoff == -5 * 3600  # EST really is in force
        yield
    time.tzset()


# --- synthetic exports -----------------------------------------------------------------------
class Make:
    """Builders of synthetic exports in the shapes FORMATS.md describes."""

    @staticmethod
    def tweet(
        tid: str,
        text: str,
        *,
        created_at: str = "Wed Nov 26 11:51:24 +0000 2025",
        likes: str | None = "3",
        reposts: str | None = "1",
        urls: tuple[tuple[str, str], ...] = (),
        reply_to: str | None = None,
        edit_ids: list[str] | None = None,
        wrap: bool = True,
    ) -> dict[str, Any]:
        """One tweets.js record; numbers are strings as in real archives."""
        record: dict[str, Any] = {
            "edit_info": {"initial": {"editTweetIds": edit_ids or [tid], "editsRemaining": "5"}},
            "retweeted": False,
            "entities": {
                "hashtags": [],
                "user_mentions": [],
                "urls": [
                    {"url": short, "expanded_url": long, "display_url": long[8:30]}
                    for short, long in urls
                ],
            },
            "id_str": tid,
            "id": tid,
            "created_at": created_at,
            "full_text": text,
            "lang": "en",
        }
        if likes is not None:
            record["favorite_count"] = likes
        if reposts is not None:
            record["retweet_count"] = reposts
        if reply_to is not None:
            record["in_reply_to_status_id_str"] = reply_to
            record["in_reply_to_status_id"] = reply_to
        return {"tweet": record} if wrap else record

    @staticmethod
    def tweets_js(records: list[Any], kind: str = "tweets", part: int = 0) -> bytes:
        body = json.dumps(records, indent=2, ensure_ascii=False)
        return f"window.YTD.{kind}.part{part} = {body}".encode()

    zip = staticmethod(zip_of)

    @staticmethod
    def rss_item(
        n: int,
        text: str | None = None,
        *,
        day: int | None = None,
        title: str | None = None,
    ) -> dict[str, str]:
        when = datetime(2024, 3, day or n, 9, 30, tzinfo=UTC)
        return {
            "title": title if title is not None else f"Post {n}",
            "link": f"https://blog.example/{n}",
            "guid": f"https://blog.example/{n}",
            "description": text if text is not None else f"Notes on topic {n}.",
            "pubDate": format_datetime(when, usegmt=True),
        }

    @staticmethod
    def rss(items: list[dict[str, str]], version: str = "2.0") -> bytes:
        body = "".join(
            "<item>" + "".join(f"<{k}>{escape(v)}</{k}>" for k, v in item.items()) + "</item>"
            for item in items
        )
        return (
            f'<?xml version="1.0" encoding="utf-8"?><rss version="{version}"><channel>'
            "<title>A blog</title><link>https://blog.example/</link><description>d</description>"
            f"{body}</channel></rss>"
        ).encode()

    @staticmethod
    def csv(rows: list[list[str]], delimiter: str = ",") -> bytes:
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerows(rows)
        return buffer.getvalue().encode("utf-8")


@pytest.fixture
def make() -> type[Make]:
    return Make


# --- a local HTTP server ---------------------------------------------------------------------
Route = Callable[[BaseHTTPRequestHandler], None]


class LocalServer:
    """Routes (path -> handler function) served on 127.0.0.1 at an ephemeral port."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.stopping = threading.Event()  # handlers that wait or stream stop when it is set
        self.hits: list[str] = []
        routes, hits = self.routes, self.hits

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                hits.append(self.path)
                route = routes.get(self.path)
                if route is None:
                    self.send_error(404, "Not Found")
                    return
                # The client may hang up early, as a test meant it to.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    route(self)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            block_on_close = False

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass

        self.server = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def url(self, path: str) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}{path}"

    def add(self, path: str, body: bytes, content_type: str, status: int = 200) -> None:
        def route(handler: BaseHTTPRequestHandler) -> None:
            handler.send_response(status)
            handler.send_header("Content-Type", content_type)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)

        self.routes[path] = route


@pytest.fixture
def only_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection to an address other than 127.0.0.1 fails the test."""
    real_connect = socket.socket.connect

    def connect(self: socket.socket, address: object) -> None:
        if not (isinstance(address, tuple) and address[0] == "127.0.0.1"):
            raise AssertionError(f"a test tried to reach {address!r}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)


@pytest.fixture
def local_server() -> Iterator[LocalServer]:
    server = LocalServer()
    server.thread.start()
    try:
        yield server
    finally:
        server.stopping.set()
        server.server.shutdown()
        server.server.server_close()


@pytest.fixture(autouse=True)
def served_after_first_request(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    """AppTest starts every run as a freshly started server would, in Streamlit's legacy pages/
    mode, where a page runs without app.py and hands over (ui/entry.py) in a second run that
    drops the first run's button presses. A real server leaves that mode for good once app.py
    has run st.navigation, so the page tests run in that steady state; tests marked
    `first_request` keep AppTest's fresh-server behaviour."""
    if request.node.get_closest_marker("first_request"):
        return
    original = PagesManager.__init__

    def init(self: PagesManager, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    monkeypatch.setattr(PagesManager, "__init__", init)
