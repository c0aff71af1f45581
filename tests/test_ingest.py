"""core.ingest: a file or feed URL into a workspace, atomically, idempotently, labels kept."""

from __future__ import annotations

import functools
from datetime import UTC, datetime

import pandas as pd
import pytest
from paths import FIXTURES

from core import demo, ingest
from core.settings import Brand, Settings
from core.sources import fetch
from core.store import Store

# Each test here runs on SQLite and on PostgreSQL (tests/conftest.py: backend).
pytestmark = pytest.mark.usefixtures("backend")

ASK_TEXT = "Buy now: 50% off our course with code SPRING50, this week only. Book a demo today!"


def imported(store: Store, workspace: str, name: str, data: bytes) -> ingest.FileReport:
    report = ingest.import_bytes(store, workspace, name, data)
    assert report.ok, report.describe()
    return report


def counts(report: ingest.FileReport) -> tuple[int, int, int]:
    (summary,) = report.summaries
    return summary.imported, summary.updated, summary.unchanged


@pytest.fixture
def x_archive(make) -> bytes:
    return make.zip(
        {
            "data/tweets.js": make.tweets_js(
                [
                    make.tweet("1", "Three lessons from a year of code review", likes="10"),
                    make.tweet("2", "RT @ann: a great read", likes=None, reposts=None),
                    make.tweet("3", "@bob agreed, thanks!", reply_to="77"),
                ]
            )
        }
    )


# --- idempotence -----------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["feed", "x", "csv"])
def test_importing_the_same_file_twice_adds_nothing(
    store, workspace, make, x_archive, kind
) -> None:
    name, data = {
        "feed": ("feed.xml", make.rss([make.rss_item(n) for n in (1, 2, 3)])),
        "x": ("twitter.zip", x_archive),
        "csv": ("posts.csv", b"date,text\n2024-01-01,one\n2024-01-02,two\n2024-01-03,three\n"),
    }[kind]
    assert counts(imported(store, workspace, name, data)) == (3, 0, 0)
    before = store.posts(workspace)
    second = imported(store, workspace, name, data)
    assert counts(second) == (0, 0, 3)
    assert "0 new, 0 updated, 3 already there" in second.describe()
    pd.testing.assert_frame_equal(store.posts(workspace), before)


def test_a_changed_export_updates_posts_in_place(store, workspace, make) -> None:
    imported(store, workspace, "feed.xml", make.rss([make.rss_item(1), make.rss_item(2)]))
    changed = make.rss([make.rss_item(1), make.rss_item(2, ASK_TEXT), make.rss_item(3)])
    report = imported(store, workspace, "feed.xml", changed)
    assert counts(report) == (1, 1, 1)
    frame = store.posts(workspace).set_index("id")
    assert len(frame) == 3
    assert ASK_TEXT in frame.loc["feed:https://blog.example/2", "text"]
    assert frame.loc["feed:https://blog.example/2", "model_label"] == "ask"  # classified again


def test_changed_engagement_updates_and_missing_engagement_stays_missing(
    store, workspace, make, x_archive
) -> None:
    imported(store, workspace, "twitter.zip", x_archive)
    frame = store.posts(workspace).set_index("id")
    assert frame.loc["x:1", "likes"] == 10
    assert pd.isna(frame.loc["x:2", "likes"]) and pd.isna(frame.loc["x:2", "reposts"])
    assert frame.loc["x:1", "replies"] is pd.NA  # X exports no reply counts at all
    later = make.zip(
        {
            "data/tweets.js": make.tweets_js(
                [make.tweet("1", "Three lessons from a year of code review", likes="25")]
            )
        }
    )
    assert counts(imported(store, workspace, "twitter.zip", later)) == (0, 1, 0)
    assert store.posts(workspace).set_index("id").loc["x:1", "likes"] == 25


def test_kinds_arrive_in_the_store(store, workspace, x_archive) -> None:
    imported(store, workspace, "twitter.zip", x_archive)
    kinds = dict(store.posts(workspace)[["id", "kind"]].itertuples(index=False))
    assert kinds == {"x:1": "post", "x:2": "repost", "x:3": "reply"}


# --- human labels ----------------------------------------------------------------------------
def test_a_human_label_survives_reimport_reclassify_and_a_disagreeing_csv(store, workspace) -> None:
    sheet = b"id,date,text,label\n42,2024-01-01,Three tips for calmer meetings,give\n"
    report = imported(store, workspace, "audit.csv", sheet)
    assert report.summaries[0].labels_taken == 1
    post_id = store.posts(workspace)["id"].iloc[0]
    store.set_label(workspace, post_id, "ask")

    imported(store, workspace, "audit.csv", sheet)  # the same file again
    ingest.reclassify(store, workspace)
    # The sheet still says give where the person now says ask: the person wins.
    report = imported(store, workspace, "audit-v2.csv", sheet)
    assert report.summaries[0].labels_kept == 1
    row = store.posts(workspace).iloc[0]
    assert (row["label"], row["label_by"]) == ("ask", "human")
    assert store.human_labels(workspace) == {post_id: "ask"}


def test_reclassify_follows_a_new_brand_and_keeps_human_labels(store, workspace, make) -> None:
    items = [
        make.rss_item(1, "Worth a look: https://acme.example/pricing"),
        make.rss_item(2, "Five lessons from a year of code review: review the design first."),
    ]
    imported(store, workspace, "feed.xml", make.rss(items))
    assert (
        store.posts(workspace).set_index("id").loc["feed:https://blog.example/1", "label"] == "give"
    )
    store.set_label(workspace, "feed:https://blog.example/2", "ask")
    store.save_settings(workspace, Settings(brand=Brand(name="Acme", domains=("acme.example",))))
    assert ingest.reclassify(store, workspace) == 2
    frame = store.posts(workspace).set_index("id")
    assert frame.loc["feed:https://blog.example/1", "label"] == "ask"  # now a link to own pricing
    assert frame.loc["feed:https://blog.example/2", "label"] == "ask"  # the person's word stands
    assert frame.loc["feed:https://blog.example/2", "label_by"] == "human"


# --- atomicity and refusals ------------------------------------------------------------------
def test_a_file_that_fails_to_parse_stores_nothing_and_leaves_earlier_data(
    store, workspace, make
) -> None:
    imported(store, workspace, "feed.xml", make.rss([make.rss_item(1)]))
    before = store.posts(workspace)
    version = store.data_version(workspace)
    report = ingest.import_bytes(store, workspace, "tweets.js", b"window.YTD.tweets.part0 = [{")
    assert not report.ok
    assert report.describe().startswith("Refused: tweets.js")
    assert "not valid JSON" in report.error
    pd.testing.assert_frame_equal(store.posts(workspace), before)
    assert store.data_version(workspace) == version


def test_a_zip_with_one_good_and_one_bad_member_imports_the_good_one(
    store, workspace, make
) -> None:
    bundle = make.zip(
        {"feed.xml": make.rss([make.rss_item(1)]), "Comments.csv": b"Link,Reactions\nhttps://x,3\n"}
    )
    report = imported(store, workspace, "bundle.zip", bundle)
    (summary,) = report.summaries
    assert summary.imported == 1
    assert any("left out" in note for note in summary.notes)
    assert len(store.posts(workspace)) == 1


def test_a_file_with_only_skipped_entries_is_refused_with_the_reasons(store, workspace) -> None:
    wxr = (FIXTURES / "wordpress_wxr/small-export.xml").read_bytes()
    only_pages = wxr.replace(
        b"<wp:post_type>post</wp:post_type>", b"<wp:post_type>page</wp:post_type>"
    )
    report = ingest.import_bytes(store, workspace, "pages.xml", only_pages)
    assert not report.ok
    assert "holds no posts" in report.error and "page (not a post)" in report.error
    assert store.posts(workspace).empty


def test_progress_is_reported(store, workspace, make) -> None:
    said: list[str] = []
    ingest.import_bytes(store, workspace, "feed.xml", make.rss([make.rss_item(1)]), said.append)
    assert said[0] == "Reading feed.xml…"
    assert any(m.startswith("Labelling 1 posts") for m in said)


def test_import_path(store, workspace, tmp_path) -> None:
    path = tmp_path / "posts.csv"
    path.write_bytes(b"date,text\n2024-01-01,from disk\n")
    assert ingest.import_path(store, workspace, path).ok
    missing = ingest.import_path(store, workspace, tmp_path / "nope.csv")
    assert not missing.ok and "cannot be opened" in missing.error


def test_dates_are_stored_in_utc_whatever_the_machine_timezone(
    store, workspace, make, new_york_tz
) -> None:
    imported(store, workspace, "posts.csv", b"date,text\n2024-07-01 12:00,noon\n")
    imported(store, workspace, "feed.xml", make.rss([make.rss_item(2)]))
    stamps = list(store.posts(workspace)["published_at"])
    assert stamps == [
        pd.Timestamp(datetime(2024, 3, 2, 9, 30, tzinfo=UTC)),
        pd.Timestamp(datetime(2024, 7, 1, 12, 0, tzinfo=UTC)),
    ]


# --- feed URLs -------------------------------------------------------------------------------
def test_import_url_from_a_local_server(store, workspace, make, local_server, monkeypatch) -> None:
    local_server.add("/feed.xml", make.rss([make.rss_item(1)]), "application/rss+xml")
    monkeypatch.setattr(
        fetch, "fetch_feed", functools.partial(fetch.fetch_feed, allow_private=True, timeout=2)
    )
    report = ingest.import_url(store, workspace, local_server.url("/feed.xml"))
    assert report.ok, report.describe()
    assert report.summaries[0].imported == 1


def test_import_url_refuses_this_machine_by_default(store, workspace, local_server) -> None:
    report = ingest.import_url(store, workspace, local_server.url("/feed.xml"))
    assert not report.ok and "private or local" in report.error
    assert local_server.hits == []  # refused before any request was made


def test_import_url_refuses_local_files(store, workspace) -> None:
    report = ingest.import_url(store, workspace, "file:///etc/passwd")
    assert not report.ok and "upload it instead" in report.error


def test_the_demo_workspace_seeds_through_the_import_path(store) -> None:
    name = demo.seed(store)
    frame = store.posts(name)
    assert set(frame["source"]) >= {"feed", "x"}
    assert frame["label"].isin(["give", "ask"]).all()
    assert store.settings(name).brand.name  # the demo brand came along


# --- files uploaded together and sheets mapped by hand -----------------------------------------
def test_tweets_js_and_note_tweet_js_uploaded_together_are_read_as_one_archive(
    store, workspace, make
) -> None:
    full = "A long post about code review. " * 12
    tweets = make.tweets_js(
        [
            make.tweet("1", full[:270] + "…", created_at="Tue Dec 02 04:52:54 +0000 2025"),
            make.tweet("2", "A short one", created_at="Tue Dec 02 05:00:00 +0000 2025"),
        ]
    )
    note = {
        "noteTweet": {
            "noteTweetId": "77",
            "createdAt": "2025-12-02T04:52:54.000Z",
            "updatedAt": "2025-12-02T04:52:54.000Z",
            "core": {"text": full.strip(), "urls": [], "mentions": [], "hashtags": []},
        }
    }
    notes = make.tweets_js([note], kind="note_tweet")
    other = ("feed.xml", make.rss([make.rss_item(1)]))
    reports = ingest.import_uploads(
        store, workspace, [("tweets.js", tweets), other, ("note-tweet.js", notes)]
    )
    assert [r.name for r in reports] == ["tweets.js + note-tweet.js", "feed.xml"]
    assert all(r.ok for r in reports), [r.describe() for r in reports]
    frame = store.posts(workspace).set_index("id")
    assert frame.loc["x:1", "text"] == full.strip()  # the full text, not the shortened tweet
    assert len(frame) == 3


def test_note_tweet_js_alone_says_to_upload_it_with_tweets_js(store, workspace, make) -> None:
    notes = make.tweets_js([], kind="note_tweet")
    (report,) = ingest.import_uploads(store, workspace, [("note-tweet.js", notes)])
    assert not report.ok and "together with data/tweets.js" in report.error


def test_tweets_parts_without_a_note_are_still_imported_one_by_one(store, workspace, make) -> None:
    part0 = make.tweets_js([make.tweet("1", "first")])
    part1 = make.tweets_js([make.tweet("2", "second")], part=1)
    reports = ingest.import_uploads(
        store, workspace, [("tweets.js", part0), ("tweets-part1.js", part1)]
    )
    assert [r.name for r in reports] == ["tweets.js", "tweets-part1.js"]
    assert sorted(store.posts(workspace)["id"]) == ["x:1", "x:2"]


def test_a_sheet_refused_for_its_columns_imports_with_a_mapping(store, workspace, make) -> None:
    sheet = make.csv([["Quand", "Texte", "Lien"], ["2024-01-02", "Bonjour", "https://a.example"]])
    refused = ingest.import_bytes(store, workspace, "export.csv", sheet)
    assert not refused.ok
    assert refused.refusal.columns == ["Quand", "Texte", "Lien"]  # for the Import page's form
    report = ingest.import_table(
        store, workspace, "export.csv", sheet, {"date": "Quand", "text": "Texte", "url": "Lien"}
    )
    assert report.ok, report.describe()
    assert "export.csv (CSV): 1 new" in report.describe()
    row = store.posts(workspace).iloc[0]
    assert (row["text"], row["url"]) == ("Bonjour", "https://a.example")
    again = ingest.import_table(
        store, workspace, "export.csv", sheet, {"date": "Quand", "text": "Texte", "url": "Lien"}
    )
    assert again.summaries[0].unchanged == 1  # idempotent like every import


def test_a_zip_import_names_its_format_once(store: Store, make) -> None:
    """medium-export.zip (Medium) (Medium): the zip's result already says its format."""
    store.create_workspace("Names")
    shares = (
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
        "2025-07-01 14:33:22,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1,"
        '"Five review tips","","",PUBLIC\n'
    )
    report = imported(store, "Names", "export.zip", make.zip({"Shares.csv": shares.encode()}))
    [line] = report.describe().splitlines()
    assert line.startswith("export.zip (LinkedIn): 1 new"), line


# --- a heavy account's X archive, streamed in parts ---------------------------------------------
def _heavy_zip(make, n: int = 40, broken: bool = False) -> bytes:
    tweets = [make.tweet(str(5000 + i), f"Tip {i}: review code in small steps") for i in range(n)]
    tweets[3] = make.tweet("5003", ASK_TEXT)
    part1 = make.tweets_js(tweets[n // 2 :], part=1)
    return make.zip(
        {
            "data/manifest.js": b"window.__THAR_CONFIG = {}",
            "data/tweets.js": make.tweets_js(tweets[: n // 2]),
            "data/tweets-part1.js": part1[:-40] if broken else part1,
        }
    )


@pytest.fixture
def streaming(monkeypatch) -> None:
    """Every X tweets file counts as too large to read whole, and comes in batches of 7."""
    from core.sources import archive, x

    defaults = archive.SafeZip.__init__.__defaults__
    monkeypatch.setattr(
        archive.SafeZip.__init__,
        "__defaults__",
        (archive.Limits(max_member_bytes=500), defaults[1]),
    )
    monkeypatch.setattr(x, "STREAM_BATCH", 7)


def test_a_streamed_archive_imports_as_one_file_in_one_import(
    store, workspace, make, tmp_path, streaming
) -> None:
    path = tmp_path / "twitter-archive.zip"
    path.write_bytes(_heavy_zip(make))
    said: list[str] = []
    report = ingest.import_path(store, workspace, path, said.append)
    assert report.ok, report.describe()
    assert counts(report) == (40, 0, 0)
    assert any("posts of twitter-archive.zip (X archive) labelled and stored" in s for s in said)
    assert len(store.imports(workspace)) == 1
    stored = store.posts(workspace).set_index("id")
    assert len(stored) == 40 and stored["model_label"].notna().all()
    assert stored.at["x:5003", "label"] == "ask"
    again = ingest.import_path(store, workspace, path)
    assert counts(again) == (0, 0, 40)  # nothing changed: nothing classified or written again


def test_a_loose_tweets_file_too_large_to_read_whole_imports_as_a_stream(
    store, workspace, make, tmp_path, streaming, monkeypatch
) -> None:
    tweets = [make.tweet(str(5000 + i), f"Tip {i}: review code in small steps") for i in range(20)]
    path = tmp_path / "tweets.js"
    path.write_bytes(make.tweets_js(tweets))
    monkeypatch.setattr("core.sources.sniff.MAX_FILE_BYTES", 500)
    monkeypatch.setattr("core.ingest.MAX_FILE_BYTES", 500)  # import_paths reads small parts whole
    [report] = ingest.import_paths(store, workspace, [path])
    assert report.ok, report.describe()
    assert counts(report) == (20, 0, 0)
    assert len(store.posts(workspace)) == 20


def test_a_streamed_archive_broken_near_its_end_stores_nothing(
    store, workspace, make, tmp_path, streaming
) -> None:
    path = tmp_path / "twitter-archive.zip"
    path.write_bytes(_heavy_zip(make, broken=True))
    report = ingest.import_path(store, workspace, path)
    assert not report.ok and "breaks off or is damaged" in report.error
    assert store.posts(workspace).empty and store.imports(workspace).empty


def test_a_streamed_archive_is_vetted_part_by_part(store, workspace, make, tmp_path, streaming):
    # The parts of a streamed file get the checks every post gets (core/sources/vet.py).
    tweets = [make.tweet(str(6000 + i), f"Tip {i}: small steps") for i in range(20)]
    tweets[5] = make.tweet("6005", "From the year one", created_at="Mon Jan 01 00:00:00 +0000 1")
    tweets[12] = make.tweet("6012", "Counted wrong", likes="-4")
    path = tmp_path / "twitter-archive.zip"
    path.write_bytes(
        make.zip(
            {
                "data/manifest.js": b"window.__THAR_CONFIG = {}",
                "data/tweets.js": make.tweets_js(tweets),
            }
        )  # fmt: skip
    )
    report = ingest.import_path(store, workspace, path)
    assert report.ok, report.describe()
    [summary] = report.summaries
    assert summary.imported == 19 and sum(summary.skipped.values()) == 1, report.describe()
    stored = store.posts(workspace).set_index("id")
    assert "x:6005" not in stored.index and pd.isna(stored.at["x:6012", "likes"])
    assert any("counts that were negative" in n for n in summary.notes)
