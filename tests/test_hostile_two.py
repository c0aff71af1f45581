"""Hostile and odd input, round two: spreadsheets, out-of-range dates, ids across feeds, text the
store cannot encode, errors nobody expected, DNS rebinding, odd labels and names.

Like tests/test_hostile.py, every case goes through core.ingest (or the CLI) and is checked in
the store afterwards: refused with a message a person can act on, nothing stored or labelled by
a person changed. Files meant to eat memory are imported in a subprocess under an address-space
limit, and the child's peak memory is asserted. Every file is built here, small or sparse.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import Workbook
from test_hostile import with_sizes, zipped

from core import ingest
from core.sources.archive import UnsafeArchive
from core.store import Store

ROOT = Path(__file__).resolve().parent.parent
WORKSPACE = "Hostile two"
MB = 1024**2


# --- the promise: refused, with a message, and nothing changed -------------------------------
def snapshot(store: Store, workspace: str = WORKSPACE) -> tuple[pd.DataFrame, dict[str, str]]:
    return store.posts(workspace), store.human_labels(workspace)


def assert_unchanged(store: Store, before: tuple[pd.DataFrame, dict[str, str]]) -> None:
    posts, labels = snapshot(store)
    pd.testing.assert_frame_equal(posts, before[0])
    assert labels == before[1]


@pytest.fixture
def db(store: Store, make) -> Store:
    """A workspace holding a small blog, one post labelled by the person."""
    store.create_workspace(WORKSPACE)
    feed = make.rss([make.rss_item(1), make.rss_item(2, "Buy our course today, 20% off!")])
    assert ingest.import_bytes(store, WORKSPACE, "blog.xml", feed).ok
    store.set_label(WORKSPACE, store.posts(WORKSPACE)["id"].iloc[0], "give")
    return store


@pytest.fixture
def refused(db: Store, tmp_path: Path) -> Callable[..., str]:
    """refused(name, data, *phrases): imported as an upload and as a file on disk, each refused
    with a message holding every phrase, the store as it was; returns the message."""

    def check(name: str, data: bytes, *phrases: str) -> str:
        path = tmp_path / f"{len(list(tmp_path.iterdir()))}-{name}"
        path.write_bytes(data)
        message = ""
        for importer in (
            lambda: ingest.import_bytes(db, WORKSPACE, name, data),
            lambda: ingest.import_path(db, WORKSPACE, path),
        ):
            before = snapshot(db)
            report = importer()
            assert not report.ok, f"{name} was imported: {report.describe()}"
            assert "\n" not in report.error and "Traceback" not in report.error, report.error
            for phrase in phrases:
                assert phrase in report.error, report.error
            assert_unchanged(db, before)
            message = report.error
        return message

    return check


LIMITED_IMPORT = """
import json, resource, sys
limit = int(sys.argv[3])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from pathlib import Path
from core import ingest
from core.store import Store
report = ingest.import_path(Store(), sys.argv[1], Path(sys.argv[2]))
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forked parent (pytest) across exec.
status = Path("/proc/self/status").read_text()
peak = int(status.split("VmHWM:")[1].split()[0]) * 1024
print(json.dumps({"error": report.error, "peak": peak}))
"""


def import_limited(path: Path, workspace: str = WORKSPACE, limit: int = 2048 * MB) -> dict:
    """Import a file in a child process that cannot take more than `limit` of address space
    (so a regression fails the test, not the machine); its error and its peak resident memory
    (the child's own high-water mark, read from /proc: the suite runs on Linux)."""
    done = subprocess.run(
        [sys.executable, "-c", LIMITED_IMPORT, workspace, str(path), str(limit)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**__import__("os").environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- builders ---------------------------------------------------------------------------------
SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
HEADER_ROW = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>date</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>text</t></is></c></row>'
)


def workbook_members() -> dict[str, bytes]:
    """The members of a real, tiny workbook (openpyxl's), for a test to swap its sheet."""
    book = Workbook()
    book.active.append(["date", "text"])
    book.active.append(["2024-03-01", "hello"])
    buffer = io.BytesIO()
    book.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    return {n: source.read(n) for n in source.namelist()}


def sheet_xml(rows: str, dimension: str = "A1:B2") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{SHEET_NS}">'
        f'<dimension ref="{dimension}"/><sheetData>{rows}</sheetData></worksheet>'
    ).encode()


def xlsx_with_sheet(sheet: bytes | Callable[[zipfile.ZipFile], None]) -> bytes:
    """A workbook whose first sheet is `sheet` (bytes, or a writer streaming it into the zip)."""
    members = workbook_members()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            if name == "xl/worksheets/sheet1.xml":
                if callable(sheet):
                    sheet(zf)
                else:
                    zf.writestr(name, sheet)
            else:
                zf.writestr(name, data)
    return buffer.getvalue()


# --- 1. spreadsheets get an archive's caps and are streamed -----------------------------------
def test_a_sheet_declaring_every_cell_of_excel_is_refused_in_little_memory(
    db: Store, tmp_path: Path
) -> None:
    """4.7 KB: a dimension of A1:XFD1048576 and one cell at XFD1048576 (9.8 GB before)."""
    far = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    data = xlsx_with_sheet(sheet_xml(HEADER_ROW + far, "A1:XFD1048576"))
    assert len(data) < 8 * 1024
    path = tmp_path / "posts.xlsx"
    path.write_bytes(data)
    before = snapshot(db)
    outcome = import_limited(path)
    assert "column 16,384" in outcome["error"] and "1,024 columns" in outcome["error"], outcome
    assert outcome["peak"] < 512 * MB, f"{outcome['peak'] / MB:.0f} MB"
    assert_unchanged(db, before)


def test_a_sheet_that_inflates_past_its_cap_is_refused_in_little_memory(
    db: Store, tmp_path: Path
) -> None:
    """A few MB that inflate to 300 MB of sheet (the 3.5 MB → 1 GB workbook that parsed for
    minutes): counted as it inflates, refused at the cap, never handed to the XML parser."""
    filler = "".join(
        f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>{i:08x}{"a" * 2000}</t></is></c></row>'
        for i in range(2, 500)
    ).encode()

    def write(zf: zipfile.ZipFile) -> None:
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(sheet_xml("")[: -len("</sheetData></worksheet>")])
            while fh._file_size < 300 * MB:  # type: ignore[attr-defined]
                fh.write(filler)
            fh.write(b"</sheetData></worksheet>")

    path = tmp_path / "posts.xlsx"
    path.write_bytes(xlsx_with_sheet(write))
    before = snapshot(db)
    outcome = import_limited(path)
    assert "inflate" in outcome["error"], outcome
    assert outcome["peak"] < 512 * MB, f"{outcome['peak'] / MB:.0f} MB"
    assert_unchanged(db, before)


def test_a_sheet_with_rows_past_excels_last_is_refused(refused) -> None:
    far = '<row r="2000000"><c r="A2000000" t="inlineStr"><is><t>x</t></is></c></row>'
    refused("posts.xlsx", xlsx_with_sheet(sheet_xml(HEADER_ROW + far)), "more than 1,048,576 rows")


def test_a_sheet_wider_than_a_sheet_of_posts_is_refused(refused) -> None:
    wide = '<row r="2">' + "".join(f'<c r="{_column(i)}2"><v>{i}</v></c>' for i in range(1, 1500))
    refused("posts.xlsx", xlsx_with_sheet(sheet_xml(HEADER_ROW + wide + "</row>")), "1,024 columns")


def test_a_sheet_member_lying_about_its_size_is_refused(refused) -> None:
    data = xlsx_with_sheet(sheet_xml(HEADER_ROW + '<row r="2"/>' * 20_000))
    refused("posts.xlsx", with_sizes(data, "xl/worksheets/sheet1.xml", 100), "could not be read")


def with_shared_strings(members: dict[str, bytes], strings: bytes) -> dict[str, bytes]:
    """The workbook with a shared strings part (openpyxl writes inline strings; Excel does not)."""
    members = dict(members)
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    members["xl/_rels/workbook.xml.rels"] = members["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    )
    members["xl/sharedStrings.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{SHEET_NS}">'.encode()
        + strings
        + b"</sst>"
    )
    return members


def test_a_workbook_of_a_million_tiny_shared_strings_is_refused_before_they_are_read(
    db: Store, tmp_path: Path
) -> None:
    """openpyxl reads every shared string before the first row: 12 million tiny ones took 2 GB
    and five minutes. They are counted as they inflate instead."""
    strings = b"".join(b"<si><t>%x</t></si>" % (i * 7919 % 65521) for i in range(1_000_000))
    members = with_shared_strings(workbook_members(), strings)
    path = tmp_path / "posts.xlsx"
    path.write_bytes(zipped(members))
    before = snapshot(db)
    outcome = import_limited(path)
    assert "more than 500,000 different texts" in outcome["error"], outcome
    assert outcome["peak"] < 512 * MB, f"{outcome['peak'] / MB:.0f} MB"
    assert_unchanged(db, before)


def test_a_sheet_is_refused_past_its_cell_budget() -> None:
    from core.errors import UserError
    from core.sources.workbook import SheetLimits, read_sheet

    rows = "".join(
        f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}"><v>{r}</v></c></row>'
        for r in range(2, 100)
    )
    headers, cells = read_sheet("posts.xlsx", xlsx_with_sheet(sheet_xml(HEADER_ROW + rows)),
                                SheetLimits(max_cells=50))  # fmt: skip
    assert headers == ["date", "text"]
    with pytest.raises(UserError, match="more than 50 cells"):
        list(cells)


def test_a_streamed_sheet_still_imports_its_posts_and_labels(db: Store) -> None:
    book = Workbook()
    book.active.append(["Date", "Text", "Likes", "Label"])
    book.active.append(["2024-03-05 10:00", "A checklist for your first sourdough", 12, "give"])
    book.active.append(["2024-03-06 10:00", "Our course opens Monday, sign up", None, "ASK"])
    buffer = io.BytesIO()
    book.save(buffer)
    report = ingest.import_bytes(db, WORKSPACE, "audit.xlsx", buffer.getvalue())
    assert report.ok, report.describe()
    posts = db.posts(WORKSPACE).set_index("text")
    assert posts.loc["A checklist for your first sourdough", "likes"] == 12
    assert pd.isna(posts.loc["Our course opens Monday, sign up", "likes"])
    assert sorted(db.human_labels(WORKSPACE).values()) == ["ask", "give", "give"]


def _column(n: int) -> str:
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# --- 10. JSON refused by what it would build, before it is built -------------------------------
def test_a_200mb_json_of_empty_lists_nested_50_deep_is_refused_in_little_memory(
    db: Store, tmp_path: Path
) -> None:
    """1.7 GB at its peak before: json.loads built 70 million lists before anything said no."""
    path = tmp_path / "feed.json"
    head = b'{"version": "https://jsonfeed.org/version/1.1", "items": ' + b"[" * 50
    with path.open("wb") as fh:
        fh.write(head)
        chunk = b"[]," * (1024**2 // 3)
        while fh.tell() < 200 * MB:
            fh.write(chunk)
        fh.write(b"[]" + b"]" * 50 + b"}")
    before = snapshot(db)
    outcome = import_limited(path)
    assert "MB of memory to read" in outcome["error"], outcome
    assert outcome["peak"] < 1024 * MB, f"{outcome['peak'] / MB:.0f} MB"
    assert_unchanged(db, before)


def test_an_x_archive_of_ordinary_size_is_not_refused_by_the_json_estimate(db: Store, make) -> None:
    records = [make.tweet(str(10_000 + i), f"Tip {i}: rinse the filter first") for i in range(5000)]
    report = ingest.import_bytes(db, WORKSPACE, "tweets.js", make.tweets_js(records))
    assert report.ok, report.describe()


# --- 4. a post's identity includes its source --------------------------------------------------
def json_feed(home: str | None, items: list[tuple[str, str]], title: str = "A blog") -> bytes:
    doc: dict = {"version": "https://jsonfeed.org/version/1.1", "title": title, "items": []}
    if home:
        doc["home_page_url"] = home
    for n, (ident, text) in enumerate(items, 1):
        doc["items"].append(
            {"id": ident, "content_text": text, "date_published": f"2024-03-{n:02d}T09:00:00Z"}
        )
    return json.dumps(doc).encode()


BLOG_A = [("1", "How I keep my sourdough starter alive through a busy week"),
          ("2", "Five free tools I use every day for writing")]  # fmt: skip
BLOG_B = [("1", "Buy our course today, 20% off for the first fifty people"),
          ("2", "Sign up for the webinar and book a call with our sales team")]  # fmt: skip


def test_two_feeds_whose_items_share_ids_are_kept_apart(store: Store) -> None:
    """Both feeds number their items 1 and 2: blog B silently overwrote blog A before, and the
    person's `give` on A's post then sat on B's "Buy our course"."""
    store.create_workspace(WORKSPACE)
    a = ingest.import_bytes(store, WORKSPACE, "a.json", json_feed("https://a.example/", BLOG_A))
    assert a.ok and a.summaries[0].imported == 2
    a_post = store.posts(WORKSPACE).set_index("text").loc[BLOG_A[0][1], "id"]
    store.set_label(WORKSPACE, a_post, "give")

    b = ingest.import_bytes(store, WORKSPACE, "b.json", json_feed("https://b.example/", BLOG_B))
    assert b.ok and (b.summaries[0].imported, b.summaries[0].updated) == (2, 0), b.describe()
    posts = store.posts(WORKSPACE).set_index("text")
    assert len(posts) == 4
    assert posts.loc[BLOG_A[0][1], "human_label"] == "give"
    assert posts.loc[BLOG_B[0][1], "label_by"] == "model"
    assert store.human_labels(WORKSPACE) == {a_post: "give"}


def test_feeds_told_apart_by_title_when_they_name_no_address(store: Store) -> None:
    store.create_workspace(WORKSPACE)
    for title, items in (("Blog A", BLOG_A), ("Blog B", BLOG_B)):
        report = ingest.import_bytes(store, WORKSPACE, "feed.json", json_feed(None, items, title))
        assert report.ok and report.summaries[0].imported == 2, report.describe()
    assert len(store.posts(WORKSPACE)) == 4


def test_items_with_global_ids_keep_them_so_two_feeds_of_one_blog_agree(store: Store, make) -> None:
    """A blog's main feed and a category feed hold the same posts under the same URL guids."""
    store.create_workspace(WORKSPACE)
    main = make.rss([make.rss_item(1), make.rss_item(2)])
    category = main.replace(
        b"<link>https://blog.example/</link>", b"<link>https://blog.example/c/</link>"
    )
    assert ingest.import_bytes(store, WORKSPACE, "main.xml", main).ok
    report = ingest.import_bytes(store, WORKSPACE, "category.xml", category)
    assert report.summaries[0].unchanged == 2, report.describe()
    assert list(store.posts(WORKSPACE)["id"]) == [
        "feed:https://blog.example/1",
        "feed:https://blog.example/2",
    ]


def test_a_store_from_before_keeps_its_posts_and_labels_when_its_feed_comes_again(
    store: Store,
) -> None:
    """Posts stored as feed:1 (before ids held their feed) move to their new id with their
    label when their feed is imported again; another feed's item 1 does not take them."""
    from core.sources.feed import parse_json_feed
    from core.store import ImportBatch, ImportSummary, post_row

    store.create_workspace(WORKSPACE)
    parsed = parse_json_feed("a.json", json_feed("https://a.example/", BLOG_A))
    old = [post_row(p) | {"id": parsed.legacy[p.id]} for p in parsed.posts]
    old = [r | {"fingerprint": "stored-before"} for r in old]
    store.save_import(WORKSPACE, [ImportBatch(ImportSummary("a.json", "JSON Feed"), old, [], {})])
    store.set_label(WORKSPACE, "feed:1", "give")
    assert set(store.posts(WORKSPACE)["id"]) == {"feed:1", "feed:2"}

    b = ingest.import_bytes(store, WORKSPACE, "b.json", json_feed("https://b.example/", BLOG_B))
    assert b.summaries[0].imported == 2
    assert store.human_labels(WORKSPACE) == {"feed:1": "give"}  # B's "1" did not take it

    a = ingest.import_bytes(store, WORKSPACE, "a.json", json_feed("https://a.example/", BLOG_A))
    assert (a.summaries[0].imported, a.summaries[0].updated) == (0, 2), a.describe()
    posts = store.posts(WORKSPACE).set_index("id")
    assert len(posts) == 4 and not any(i in posts.index for i in ("feed:1", "feed:2"))
    assert store.human_labels(WORKSPACE) == {"feed:a.example|1": "give"}
    assert posts.loc["feed:a.example|1", "text"] == BLOG_A[0][1]


def test_an_update_that_replaces_a_posts_text_does_not_carry_its_label(store: Store) -> None:
    store.create_workspace(WORKSPACE)
    ingest.import_bytes(store, WORKSPACE, "a.json", json_feed("https://a.example/", BLOG_A))
    labels = {pid: "give" for pid in store.posts(WORKSPACE)["id"]}
    store.set_labels(WORKSPACE, labels)
    edited = [(BLOG_A[0][0], BLOG_A[0][1].replace("busy week", "busy, busy week")), BLOG_B[1]]
    edited[1] = (BLOG_A[1][0], edited[1][1])  # item 2 now holds another post's text
    report = ingest.import_bytes(
        store, WORKSPACE, "a.json", json_feed("https://a.example/", edited)
    )
    summary = report.summaries[0]
    assert (summary.updated, summary.labels_dropped) == (2, 1), report.describe()
    assert "1 of your labels taken off posts whose text was replaced" in report.describe()
    posts = store.posts(WORKSPACE).set_index("id")
    assert posts.loc["feed:a.example|1", "human_label"] == "give"  # an edit keeps it
    assert pd.isna(posts.loc["feed:a.example|2", "human_label"])
    assert posts.loc["feed:a.example|2", "label_by"] == "model"
    # the label taken off stays on record, taken back (nothing a person said is lost)
    (kept,) = store.label_history(WORKSPACE, "feed:a.example|2")
    assert kept.label == "give" and kept.origin == "person"


# --- 2. dates outside the years a post can have ------------------------------------------------
def test_dates_out_of_range_are_refused_per_row_with_the_reason(db: Store) -> None:
    ahead = (pd.Timestamp.now(tz="UTC") + pd.Timedelta(days=800)).strftime("%Y-%m-%d")
    sheet = (
        "date,text\n-1,minus one\n0001-01-01,year one\n9999-12-31,year 9999\n"
        f"1985-06-01,before the web\n{ahead},two years ahead\n2024-03-05,A real post\n"
    )
    before = len(db.posts(WORKSPACE))
    report = ingest.import_bytes(db, WORKSPACE, "posts.csv", sheet.encode())
    assert report.ok, report.describe()
    summary = report.summaries[0]
    assert summary.imported == 1
    assert summary.skipped == {
        "no readable date": 1,
        "dated before 1990": 2,
        "dated more than a year ahead": 2,
    }
    assert "2 dated before 1990" in report.describe()
    assert len(db.posts(WORKSPACE)) == before + 1


@pytest.mark.parametrize(
    "date",
    ["0001-01-01T00:00:00Z", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59Z",
     "9999-12-31T23:00:00-05:00"],
)  # fmt: skip
def test_a_json_feed_dated_year_1_or_9999_is_refused_per_row(db: Store, date: str) -> None:
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "T",
        "items": [
            {"id": "x", "content_text": "from the edge of time", "date_published": date},
            {
                "id": "y",
                "content_text": "an ordinary post",
                "date_published": "2024-03-01T09:00:00Z",
            },
        ],
    }
    report = ingest.import_bytes(db, WORKSPACE, "feed.json", json.dumps(doc).encode())
    assert report.ok and report.summaries[0].imported == 1, report.describe()
    assert sum(report.summaries[0].skipped.values()) == 1


def test_an_x_post_dated_year_1_is_refused_and_balance_stays_readable(db: Store, make) -> None:
    records = [
        make.tweet("1", "from year one", created_at="Mon Jan 01 00:00:00 +0000 0001"),
        make.tweet("2", "an ordinary tip about brewing"),
    ]
    report = ingest.import_bytes(db, WORKSPACE, "tweets.js", make.tweets_js(records))
    assert report.ok and report.summaries[0].skipped == {"dated before 1990": 1}, report.describe()
    assert db.posts(WORKSPACE)["published_at"].min() >= pd.Timestamp("1990-01-01", tz="UTC")


def test_a_plan_dated_out_of_range_is_refused_per_row(tmp_path: Path) -> None:
    from core.plan.schedulers import read_plan

    plan = read_plan(
        "plan.csv",
        b"date,text\n-1,a\n0001-01-01,b\n9999-12-31,c\n2030-13-45,d\n"
        + (pd.Timestamp.now(tz="UTC") + pd.Timedelta(days=7)).strftime("%Y-%m-%d,e\n").encode(),
    )
    assert len(plan.plans) == 1
    assert plan.skipped == {
        "no readable date": 2,
        "dated before 1990": 1,
        "dated more than a year ahead": 1,
    }


# --- 5. text the store cannot encode, counts nobody has, urls that are not urls ----------------
def test_lone_surrogates_are_stored_as_replacement_characters(db: Store, make) -> None:
    feed = (
        '{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [{"id": "s\\ud800",'
        ' "content_text": "half an emoji \\ud83d here", "date_published": "2024-03-01T09:00:00Z"}]}'
    )
    tweets = make.tweets_js([make.tweet("7", "x")]).replace(b'"x"', b'"lone \\udc00 surrogate"')
    outbox = json.dumps(
        {
            "@context": "https://www.w3.org/ns/activitystreams",
            "type": "OrderedCollection",
            "orderedItems": [
                {
                    "type": "Create",
                    "published": "2024-03-02T10:00:00Z",
                    "object": {
                        "id": "https://social.example/users/me/statuses/1",
                        "type": "Note",
                        "published": "2024-03-02T10:00:00Z",
                        "content": "<p>toot \ud800 text</p>",
                        "to": ["https://www.w3.org/ns/activitystreams#Public"],
                    },
                }
            ],
        }
    ).encode()
    for name, data in (
        ("feed.json", feed.encode()),
        ("tweets.js", tweets),
        ("outbox.json", outbox),
    ):
        report = ingest.import_bytes(db, WORKSPACE, name, data)
        assert report.ok and report.summaries[0].imported == 1, f"{name}: {report.describe()}"
    texts = " ".join(db.posts(WORKSPACE)["text"])
    assert "half an emoji \ufffd here" in texts
    assert "lone \ufffd surrogate" in texts
    assert "toot \ufffd text" in texts


def test_absurd_and_negative_counts_are_stored_as_missing(db: Store, make) -> None:
    records = [
        make.tweet("11", "absurd likes", likes="1e30", reposts="-5"),
        make.tweet("12", "ordinary likes", likes="7", reposts="2"),
    ]
    report = ingest.import_bytes(db, WORKSPACE, "tweets.js", make.tweets_js(records))
    assert report.ok, report.describe()
    assert any("2 counts that were negative or past belief" in n for n in report.summaries[0].notes)
    posts = db.posts(WORKSPACE).set_index("text")
    assert pd.isna(posts.loc["absurd likes", "likes"])
    assert pd.isna(posts.loc["absurd likes", "reposts"])
    assert posts.loc["ordinary likes", "likes"] == 7


def test_a_json_feed_url_given_as_an_object_is_left_out(db: Store) -> None:
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "T",
        "home_page_url": {"href": "https://evil.example"},
        "items": [
            {"url": {"href": "https://x.example"}, "content_text": "an object for a url",
             "date_published": "2024-03-01T09:00:00Z"},
            {"id": ["list"], "url": "https://blog.example/ok", "content_text": "a list for an id",
             "date_published": "2024-03-02T09:00:00Z"},
        ],
    }  # fmt: skip
    report = ingest.import_bytes(db, WORKSPACE, "feed.json", json.dumps(doc).encode())
    assert report.ok and report.summaries[0].imported == 2, report.describe()
    posts = db.posts(WORKSPACE).set_index("text")
    assert pd.isna(posts.loc["an object for a url", "url"])
    assert posts.loc["a list for an id", "id"] == "feed:https://blog.example/ok"


@pytest.mark.parametrize(
    "url", ["javascript:alert(document.cookie)", "data:text/html,<script>1</script>",
            "file:///etc/passwd", "JaVaScRiPt:alert(1)", "//evil.example/x"],
)  # fmt: skip
def test_post_urls_are_kept_only_when_http(db: Store, url: str) -> None:
    sheet = f'date,text,url\n2024-03-05,"A post with a link","{url}"\n'
    report = ingest.import_bytes(db, WORKSPACE, "posts.csv", sheet.encode())
    assert report.ok, report.describe()
    posts = db.posts(WORKSPACE).set_index("text")
    assert pd.isna(posts.loc["A post with a link", "url"])
    assert not any(url in links for links in posts["links"])


# --- 6. every unexpected error ends one file, as one line, and the next file is tried ---------
def _operational(message: str) -> Exception:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    return OperationalError("INSERT INTO posts …", {}, sqlite3.OperationalError(message))


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (lambda: _operational("database is locked"), "database stayed busy"),
        (lambda: _operational("database or disk is full"), "disk is full"),
        (lambda: _operational("disk I/O error"), "could not be read or written"),
        (lambda: OSError(28, "No space left on device"), "disk is full"),
        (lambda: KeyError("tweet"), "unexpected error stopped it (KeyError"),
    ],
)
def test_an_unexpected_error_ends_its_file_with_one_line_and_the_next_is_tried(
    db: Store, make, monkeypatch: pytest.MonkeyPatch, error, words: str
) -> None:
    real = Store.save_import

    def failing(self: Store, workspace: str, batches: list) -> list:
        if batches[0].summary.name == "first.xml":
            raise error()
        return real(self, workspace, batches)

    monkeypatch.setattr(Store, "save_import", failing)
    before = snapshot(db)
    first = make.rss([make.rss_item(5, "A note on proofing times")])
    second = make.rss([make.rss_item(6, "Another note, on hydration")])
    reports = ingest.import_uploads(db, WORKSPACE, [("first.xml", first), ("second.xml", second)])
    assert not reports[0].ok and words in reports[0].error, reports[0].error
    assert "\n" not in reports[0].describe() and "Traceback" not in reports[0].describe()
    assert "nothing was stored" in reports[0].error
    assert reports[1].ok and reports[1].summaries[0].imported == 1
    posts, labels = snapshot(db)
    assert len(posts) == len(before[0]) + 1 and labels == before[1]


def test_the_cli_import_goes_on_after_a_file_that_fails(
    db: Store, make, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from core.__main__ import cli
    from core.sources import sniff

    real = sniff.parse_upload

    def parse(name: str, data):  # a bug in one parser, for one file
        if name == "first.xml":
            raise RuntimeError("a parser bug")
        return real(name, data)

    monkeypatch.setattr("core.ingest.parse_upload", parse)
    (tmp_path / "first.xml").write_bytes(make.rss([make.rss_item(5)]))
    (tmp_path / "second.xml").write_bytes(make.rss([make.rss_item(6, "Proofing, again")]))
    result = CliRunner().invoke(
        cli, ["import", str(tmp_path / "first.xml"), str(tmp_path / "second.xml"), "-w", WORKSPACE]
    )
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 2, result.output
    assert "first.xml" in lines[0] and "RuntimeError: a parser bug" in lines[0]
    assert "second.xml" in lines[1] and "1 new" in lines[1]


PLAN_BELOW = "date,text\n{day},Buy our course today and book a sales call\n"


def test_check_exits_1_below_target_and_2_when_it_could_not_run(
    db: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from core.__main__ import cli

    day = (pd.Timestamp.now(tz="UTC") + pd.Timedelta(days=3)).strftime("%Y-%m-%d")
    plan = tmp_path / "plan.csv"
    plan.write_text(PLAN_BELOW.format(day=day) * 3)
    runner = CliRunner()
    below = runner.invoke(cli, ["check", str(plan), "-w", WORKSPACE])
    assert below.exit_code == 1, below.output

    missing = runner.invoke(cli, ["check", str(plan), "-w", "No such workspace"])
    assert missing.exit_code == 2 and "no workspace named" in missing.output

    def locked(self: Store, workspace: str) -> None:
        raise _operational("database is locked")

    monkeypatch.setattr(Store, "posts", locked)
    broken = runner.invoke(cli, ["check", str(plan), "-w", WORKSPACE])
    assert broken.exit_code == 2, broken.output
    assert "Traceback" not in broken.output
    assert broken.exception is None or isinstance(broken.exception, SystemExit)
    assert broken.output.strip().splitlines() == [
        "Error: the database stayed busy (another import or session held it) past the wait; "
        "nothing was stored. Try again in a moment."
    ]


# --- 7. DNS rebinding, and the networks that are not the public internet ----------------------
FEED_BYTES = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>'
    b"<link>https://home.example/</link><description>d</description><item><title>At home</title>"
    b"<link>https://home.example/1</link><pubDate>Mon, 04 Mar 2024 09:30:00 GMT</pubDate></item>"
    b"</channel></rss>"
)


@pytest.fixture
def rebinding(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """rebind.test answers a public address to its first lookup and 127.0.0.1 to every later
    one; every connection is recorded, and only 127.0.0.1 is really dialled."""
    import socket

    real_lookup, real_connect = socket.getaddrinfo, socket.socket.connect
    seen: dict[str, list] = {"lookups": [], "dialled": []}

    def lookup(host, *args, **kwargs):
        if host == "rebind.test":
            seen["lookups"].append(host)
            answer = "93.184.215.14" if len(seen["lookups"]) == 1 else "127.0.0.1"
            return real_lookup(answer, *args, **kwargs)
        return real_lookup(host, *args, **kwargs)

    def connect(sock, address):
        seen["dialled"].append(address[0])
        if address[0] != "127.0.0.1":
            raise ConnectionRefusedError("not in a test")
        return real_connect(sock, address)

    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    monkeypatch.setattr(socket.socket, "connect", connect)
    return seen


def test_a_name_that_rebinds_to_loopback_is_dialled_at_the_address_checked(
    db: Store, local_server, rebinding
) -> None:
    from core.sources import fetch

    local_server.add("/feed.xml", FEED_BYTES, "application/rss+xml")
    port = local_server.server.server_address[1]
    before = snapshot(db)
    report = ingest.import_url(db, WORKSPACE, f"http://rebind.test:{port}/feed.xml")
    assert not report.ok and "could not be reached" in report.error, report.describe()
    assert rebinding["lookups"] == ["rebind.test"]  # looked up once
    assert rebinding["dialled"] == ["93.184.215.14"]  # the address that was checked
    assert local_server.hits == []
    assert_unchanged(db, before)
    assert not fetch.private_feeds_allowed()


def test_the_name_typed_stays_the_host_header_and_the_tls_server_name(
    local_server, rebinding, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket
    import ssl
    import threading

    from core.errors import UserError
    from core.sources import fetch

    rebinding["lookups"].append("already")  # every lookup of rebind.test is 127.0.0.1 now
    hosts: list[str] = []

    def route(handler) -> None:
        hosts.append(handler.headers["Host"])
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.send_header("Content-Length", str(len(FEED_BYTES)))
        handler.end_headers()
        handler.wfile.write(FEED_BYTES)

    local_server.routes["/feed.xml"] = route
    port = local_server.server.server_address[1]
    got = fetch.fetch_feed(f"http://rebind.test:{port}/feed.xml", allow_private=True, timeout=2)
    assert got.data == FEED_BYTES and hosts == [f"rebind.test:{port}"]

    names: list[str] = []
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.sni_callback = lambda _sock, name, _ctx: names.append(name)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)

    def serve() -> None:
        conn, _ = listener.accept()
        with conn, __import__("contextlib").suppress(ssl.SSLError, OSError):
            context.wrap_socket(conn, server_side=True)

    threading.Thread(target=serve, daemon=True).start()
    url = f"https://rebind.test:{listener.getsockname()[1]}/feed.xml"
    with pytest.raises(UserError, match="certificate"):  # no certificate: only the name matters
        fetch.fetch_feed(url, allow_private=True, timeout=2)
    listener.close()
    assert names == ["rebind.test"]


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("100.64.0.1", False), ("100.127.255.254", False), ("fec0::1", False),
        ("2002:7f00:1::", False), ("2002:5db8:d70e::", False), ("224.0.0.251", False),
        ("239.255.255.250", False), ("ff02::1", False), ("ff0e::1", False),
        ("::ffff:127.0.0.1", False), ("::ffff:10.0.0.1", False), ("127.0.0.1", False),
        ("10.1.2.3", False), ("169.254.169.254", False), ("fe80::1", False), ("::1", False),
        ("fc00::1", False), ("0.0.0.0", False), ("93.184.215.14", True),
        ("2606:2800:21f:cb07:6820:80da:af6b:8b2c", True),
    ],
)  # fmt: skip
def test_only_public_internet_addresses_are_fetched(address: str, public: bool) -> None:
    import ipaddress

    from core.sources import fetch

    assert fetch.is_public(ipaddress.ip_address(address)) is public


def test_private_feeds_are_allowed_only_by_the_explicit_setting(
    db: Store, local_server, monkeypatch: pytest.MonkeyPatch
) -> None:
    local_server.add("/feed.xml", FEED_BYTES, "application/rss+xml")
    url = local_server.url("/feed.xml")
    monkeypatch.delenv("GOODWILL_ALLOW_PRIVATE_FEEDS", raising=False)
    refused = ingest.import_url(db, WORKSPACE, url)
    assert not refused.ok and "GOODWILL_ALLOW_PRIVATE_FEEDS=1" in refused.error
    assert local_server.hits == []
    monkeypatch.setenv("GOODWILL_ALLOW_PRIVATE_FEEDS", "1")
    report = ingest.import_url(db, WORKSPACE, url)
    assert report.ok and report.summaries[0].imported == 1, report.describe()


# --- 3. the HTML report for any history ----------------------------------------------------------
def test_the_html_report_and_the_cli_write_a_history_of_fifteen_years(
    store: Store, tmp_path: Path
) -> None:
    """A blog since 2011 is more days than Altair's 5,000 rows: the report raised MaxRowsError."""
    from click.testing import CliRunner

    from core.__main__ import cli
    from core.post import Post
    from core.store import ImportBatch, ImportSummary, post_row

    store.create_workspace(WORKSPACE)
    days = pd.date_range("2011-01-03", "2025-11-30", freq="D", tz="UTC")
    rows = [
        post_row(Post(f"feed:https://long.example/{i}", "feed", "article", d.to_pydatetime(),
                      "Buy the course" if i % 5 == 0 else f"A free note, number {i}"))
        for i, d in enumerate(days)
    ]  # fmt: skip
    verdicts = [
        {"post_id": r["id"], "label": "ask" if i % 5 == 0 else "give", "p_ask": 0.5,
         "confidence": 0.5, "reasons": "[]", "model_version": "test"}
        for i, r in enumerate(rows)
    ]  # fmt: skip
    store.save_import(WORKSPACE, [ImportBatch(ImportSummary("long", "test"), rows, verdicts, {})])
    assert len(days) > 5000
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["report", "-w", WORKSPACE, "--html", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.count("<svg") >= 3
    assert f"{len(days):,} posts counted" in page
    assert not list(tmp_path.glob(".*partial"))


def test_the_cli_says_when_the_report_cannot_be_written(store: Store, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from core.__main__ import cli

    store.create_workspace(WORKSPACE)
    target = tmp_path / "no such folder" / "report.html"
    result = CliRunner().invoke(cli, ["report", "-w", WORKSPACE, "--html", str(target)])
    assert result.exit_code == 2 and "could not be written" in result.output


# --- 9. labels in odd spellings, names that look the same --------------------------------------
def test_labels_in_odd_spellings_are_read_and_the_rest_reported(db: Store) -> None:
    spellings = {
        "Ask!": "ask", " GIVE ": "give", "ＧＩＶＥ": "give", "give\u200b": "give",
        "(ask)": "ask", "Give.": "give", "ａｓｋ": "ask",
    }  # fmt: skip
    odd = ["yes"] * 8 + ["1"] * 4 + ["👍"]
    rows = [["date", "text", "label"]]
    for n, spelling in enumerate([*spellings, *odd]):
        rows.append(
            [f"2024-04-{n % 28 + 1:02d} 09:{n:02d}", f"Post number {n} about bread", spelling]
        )
    buffer = io.StringIO()
    __import__("csv").writer(buffer).writerows(rows)
    before = db.human_labels(WORKSPACE)
    report = ingest.import_bytes(db, WORKSPACE, "audit.csv", buffer.getvalue().encode())
    assert report.ok, report.describe()
    summary = report.summaries[0]
    assert summary.labels_taken == len(spellings)
    assert (
        "13 labels not understood: 'yes' ×8, '1' ×4, '👍' ×1 (a label is give or ask; those "
        "posts are labelled by the model)"
    ) in summary.notes
    assert "13 labels not understood" in report.describe()
    taken = db.human_labels(WORKSPACE)
    posts = db.posts(WORKSPACE).set_index("id")
    for n, wanted in enumerate(spellings.values()):
        pid = posts.index[posts["text"] == f"Post number {n} about bread"][0]
        assert taken[pid] == wanted
    assert {k: v for k, v in taken.items() if k in before} == before


@pytest.mark.parametrize(
    "lookalike",
    ["Acme\u200b", "\u200dAcme", "Аcme", "Acmе", "ＡＣＭＥ", "acme", "Acme\u2060", "A\u00adcme",
     "\u202eAcme"],
)  # fmt: skip
def test_workspace_names_that_only_look_different_are_refused_as_duplicates(
    store: Store, lookalike: str
) -> None:
    from core.errors import UserError

    store.create_workspace("Acme")
    other = store.create_workspace("Other")
    with pytest.raises(UserError, match="pick another name"):
        store.create_workspace(lookalike)
    with pytest.raises(UserError, match="pick another name"):
        store.rename_workspace(other, lookalike)
    assert store.workspaces() == ["Acme", "Other"]


def test_a_workspace_name_keeps_no_invisible_characters(store: Store) -> None:
    assert store.create_workspace("Bakery\u200b \u2066North\u2069") == "Bakery North"
    assert store.rename_workspace("Bakery North", "bakery north") == "bakery north"  # itself


def test_a_linkedin_analytics_workbook_gets_the_archive_caps_too() -> None:
    # The analytics reader opens its own workbook: the same inflate-and-count first.
    from core.sources import linkedin_analytics

    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", b"<a>" + b" " * (60 * 1024**2) + b"</a>")
    with pytest.raises(UnsafeArchive, match="inflate"):
        linkedin_analytics._open("Content_2026.xlsx", bomb.getvalue())


# --- 10. smaller: tar listing, JSON, CSV and ICS exports ----------------------------------------
def _tar_gz_with(member: str, kind: bytes, declared: int, data: bytes) -> bytes:
    """A .tar.gz whose one member has the type and declared size given, followed by data (which
    may be shorter than declared: the listing must refuse it before reading that far)."""
    import gzip
    import tarfile

    info = tarfile.TarInfo(member)
    info.type = kind
    info.size = declared
    return gzip.compress(info.tobuf(format=tarfile.GNU_FORMAT) + data, compresslevel=6)


@pytest.mark.parametrize("kind", [b"Z", b"0", b"7"])  # unknown, regular, contiguous
def test_a_tar_member_of_any_type_is_size_checked_before_it_is_skipped(refused, kind) -> None:
    """Unknown types were skipped by inflating them during the listing, past every cap."""
    data = _tar_gz_with("outbox.json", kind, 8 * 1024**3, b"\0" * (4 * MB))
    refused("archive.tar.gz", data, "larger than 400 MB")


def test_a_tar_member_of_unknown_type_counts_towards_the_ratio() -> None:
    from core.sources.archive import Limits, UnsafeArchive
    from core.sources.tarball import SafeTar

    data = _tar_gz_with("mystery", b"Z", 2 * MB, b"\0" * (2 * MB))
    with pytest.raises(UnsafeArchive, match="compression bomb"):
        SafeTar(data, "archive.tar.gz", Limits(max_ratio=50))
    assert SafeTar(data, "archive.tar.gz", Limits()).names == []  # within limits: not offered


FULL_WIDTH_FORMULAS = ["＝HYPERLINK(\"https://evil.example\")", "＋1+1", "＠SUM(A1)", "﹦1",
                       "−2+3", "－1", "﹢1", "﹫x"]  # fmt: skip


def test_full_width_formula_characters_are_neutralised_in_csv_exports(db: Store, make) -> None:
    """Imported text is NFKC-folded (＝ becomes =, neutralised as ever), but a planned post's
    text, a URL or any cell may still start with one; the export neutralises the cell itself."""
    from core.plan import checks, schedulers
    from core.plan.planned import PlannedPost
    from core.reports.export import posts_csv
    from core.settings import Brand

    rows = [["date", "text"], *[[f"2024-04-{i + 1:02d}", f"post {i}"] for i in range(8)]]
    assert ingest.import_bytes(db, WORKSPACE, "posts.csv", make.csv(rows)).ok
    frame = db.posts(WORKSPACE).tail(len(FULL_WIDTH_FORMULAS))
    frame = frame.assign(text=FULL_WIDTH_FORMULAS, reasons=[[] for _ in FULL_WIDTH_FORMULAS])
    exported = pd.read_csv(io.BytesIO(posts_csv(frame)), encoding="utf-8-sig", dtype=str)
    assert list(exported["text"]) == ["'" + f for f in FULL_WIDTH_FORMULAS]

    when = pd.Timestamp("2026-03-10 09:00", tz="UTC").to_pydatetime()
    planned = checks.classify_plans(
        [PlannedPost(when, "x", f) for f in FULL_WIDTH_FORMULAS], Brand()
    )
    plan = pd.read_csv(io.BytesIO(schedulers.plan_csv(planned)), encoding="utf-8-sig", dtype=str)
    assert set(plan["text"]) == {"'" + f for f in FULL_WIDTH_FORMULAS}


def test_line_and_paragraph_separators_cannot_break_an_ics_line() -> None:
    from core.plan import checks, ical
    from core.plan.planned import PlannedPost
    from core.settings import Brand

    when = pd.Timestamp("2026-03-10 09:00", tz="UTC").to_pydatetime()
    text = "Launch\u2028DTSTART:19700101T000000Z\u2029END:VEVENT\x85BEGIN:VEVENT"
    planned = checks.classify_plans([PlannedPost(when, "x", text)], Brand())
    calendar = ical.calendar(planned, "W", pd.Timestamp("2026-03-08 12:00", tz="UTC"))
    for separator in ("\u2028", "\u2029", "\x85"):
        assert separator not in calendar
    unfolded = calendar.replace("\r\n ", "")
    lines = unfolded.split("\r\n")
    assert lines.count("BEGIN:VEVENT") == 1
    assert [line for line in lines if line.startswith("DTSTART:")] == ["DTSTART:20260310T090000Z"]
    assert "Launch\\nDTSTART:19700101T000000Z\\nEND:VEVENT\\nBEGIN:VEVENT" in unfolded


def test_the_next_checked_address_is_tried_when_one_cannot_be_reached(
    local_server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name answering an unreachable IPv6 address first still reaches its IPv4 one, and only
    the addresses checked are dialled."""
    import socket

    from core.sources import fetch

    real_lookup, real_connect = socket.getaddrinfo, socket.socket.connect
    dialled: list[str] = []

    def lookup(host, *args, **kwargs):
        if host == "two.test":
            return real_lookup("::1", *args, **kwargs) + real_lookup("127.0.0.1", *args, **kwargs)
        return real_lookup(host, *args, **kwargs)

    def connect(sock, address):
        dialled.append(address[0])
        if address[0] != "127.0.0.1":
            raise ConnectionRefusedError("unreachable")
        return real_connect(sock, address)

    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    monkeypatch.setattr(socket.socket, "connect", connect)
    local_server.add("/feed.xml", FEED_BYTES, "application/rss+xml")
    port = local_server.server.server_address[1]
    got = fetch.fetch_feed(f"http://two.test:{port}/feed.xml", allow_private=True, timeout=2)
    assert got.data == FEED_BYTES
    assert dialled == ["::1", "127.0.0.1"]
