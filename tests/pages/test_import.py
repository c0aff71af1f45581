"""Import page: uploads and feed URLs, each file reported on its own, refusals as st.error."""

from __future__ import annotations

import pytest

from core.sources import fetch

WORKSPACE = "Test workspace"
XML = "text/xml"


def upload(at, *files):
    """Put files in the uploader and press Import files."""
    at.file_uploader[0].set_value(list(files))
    at.button(key="FormSubmitter:upload-Import files").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_page_offers_uploads_and_a_feed_url(app, seed):
    seed()
    at = app("import")
    assert at.title[0].value == "Import"
    assert WORKSPACE in at.caption[0].value
    uploader = at.file_uploader[0]
    assert uploader.accept_multiple_files
    labels = [b.label for b in at.button]
    assert "Import files" in labels and "Fetch and import" in labels
    assert at.text_input[0].label == "Add a feed URL"


def test_several_files_at_once_each_get_a_summary(app, blog, alerts, seed, store, make):
    seed("Empty", files={})
    at = app("import")
    table = make.csv(
        [["date", "text"], ["2024-04-01", "Hello from a sheet"], ["2024-04-02", "Buy now!"]]
    )
    upload(
        at,
        ("blog.xml", blog, XML),
        ("sheet.csv", table, "text/csv"),
        ("notes.txt", b"just some words", "text/plain"),
    )

    shown = alerts(at)
    assert any(m.startswith("blog.xml (RSS feed): 6 new, 0 updated") for m in shown["success"])
    assert any(m.startswith("sheet.csv") and "2 new" in m for m in shown["success"]), shown
    assert len(shown["error"]) == 1 and shown["error"][0].startswith("Refused: notes.txt")
    assert at.status[0].label == "Imported 2 of 3 file(s)"
    assert len(store.posts("Empty")) == 8
    history = at.dataframe[-1].value
    assert sorted(history["name"]) == ["blog.xml", "sheet.csv"]  # the refused file left nothing


def test_importing_the_same_file_again_adds_nothing(app, blog, alerts, seed, store):
    seed()  # the blog, imported once
    at = app("import")
    upload(at, ("blog.xml", blog, XML))
    shown = alerts(at)
    assert shown["success"] == []
    assert shown["info"] == ["blog.xml (RSS feed): 0 new, 0 updated, 6 already there"]
    assert len(store.posts(WORKSPACE)) == 6


def test_a_newer_export_updates_in_place_and_says_what_it_skipped(
    app, blog, alerts, seed, store, make
):
    seed()
    post_id = store.posts(WORKSPACE).iloc[0]["id"]
    store.set_label(WORKSPACE, post_id, "ask")
    undated = {k: v for k, v in make.rss_item(30).items() if k != "pubDate"}
    newer = make.rss(
        [
            make.rss_item(1, "Five things I learned moving to trunk-based development (updated)."),
            make.rss_item(2, "A new post: reading list for new team leads."),
            undated,
        ]
    )
    at = app("import")
    upload(at, ("blog.xml", newer, XML))

    (summary,) = alerts(at)["success"]
    assert summary.startswith("blog.xml (RSS feed): 1 new, 1 updated")
    assert "1 skipped (1 no publication date)" in summary
    frame = store.posts(WORKSPACE).set_index("id")
    assert len(frame) == 7
    assert frame.at[post_id, "label_by"] == "human" and frame.at[post_id, "label"] == "ask"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        (
            "empty.xml",
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>',
            "no posts",
        ),
        ("broken.zip", b"PK\x03\x04 not really a zip", "not a readable zip"),
    ],
)
def test_a_file_that_cannot_be_imported_is_refused_with_the_reason(
    app, alerts, seed, store, name, data, reason
):
    seed()
    at = app("import")
    upload(at, (name, data, "application/octet-stream"))
    (error,) = alerts(at)["error"]
    assert error.startswith(f"Refused: {name}") and reason in error
    assert at.status[0].label == "Imported 0 of 1 file(s)"
    assert len(store.posts(WORKSPACE)) == 6
    assert name not in set(store.imports(WORKSPACE)["name"])


def test_what_a_file_holds_is_not_rendered_as_markdown(app, unescape, seed, make):
    seed()
    header = "![x](https://example.com/x.png) <b>bold</b>"
    at = app("import")
    upload(at, ("![y](https://example.com/y.png).csv", make.csv([[header], ["1"]]), "text/csv"))
    (error,) = at.error
    assert "](" not in error.value and "<b>" not in error.value  # escaped, so shown as typed
    assert header in unescape(error.value)
    assert "![y](https://example.com/y.png).csv" in unescape(error.value)


def test_submitting_no_file_asks_for_one(app, alerts, seed):
    seed()
    at = app("import")
    at.button(key="FormSubmitter:upload-Import files").click().run()
    assert alerts(at)["warning"] == ["Choose one or more files first."]


def test_the_feed_url_form_refuses_a_local_file(app, blog, alerts, seed, store, tmp_path):
    seed()
    secret = tmp_path / "feed.xml"
    secret.write_text("<rss/>")
    at = app("import")
    at.text_input[0].input(f"file://{secret}")
    at.button(key="FormSubmitter:feed_url-Fetch and import").click().run()
    assert not at.exception
    (error,) = alerts(at)["error"]
    assert error.startswith(f"Refused: file://{secret}")
    assert at.status[0].label == "Refused"
    assert set(store.imports(WORKSPACE)["name"]) == {"blog.xml"}


def test_a_feed_url_is_fetched_and_imported(app, blog, alerts, seed, store, monkeypatch):
    seed("Empty", files={})
    url = "https://blog.example/feed"
    monkeypatch.setattr(
        fetch, "fetch_feed", lambda u, **_: fetch.Fetched(u, blog, "application/rss+xml")
    )
    at = app("import")
    at.text_input[0].input(url)
    at.button(key="FormSubmitter:feed_url-Fetch and import").click().run()
    assert not at.exception
    (summary,) = alerts(at)["success"]
    assert summary.startswith(f"{url} (RSS feed): 6 new")
    assert len(store.posts("Empty")) == 6


def test_imported_so_far_lists_earlier_imports_newest_first(app, blog, seed, make):
    seed(files={"old.xml": blog, "sheet.csv": make.csv([["date", "text"], ["2024-05-01", "Hi"]])})
    at = app("import")
    assert [s.value for s in at.subheader] == ["Imported so far"]
    history = at.dataframe[0].value
    assert list(history["name"]) == ["sheet.csv", "old.xml"]
    assert list(history["format"])[1] == "RSS feed"


def test_a_workspace_with_no_imports_shows_no_history(app, seed):
    seed("Empty", files={})
    at = app("import")
    assert not at.subheader and not at.dataframe


def test_the_last_reports_belong_to_their_workspace(app, seed, blog, alerts):
    seed("Empty", files={})
    seed("Other", files={})
    at = app("import")
    upload(at, ("blog.xml", blog, XML))
    assert len(alerts(at)["success"]) == 1
    at.sidebar.selectbox(key="workspace").select("Other").run()
    assert alerts(at)["success"] == []  # not Empty's report under "Into workspace Other"
    at.sidebar.selectbox(key="workspace").select("Empty").run()
    assert len(alerts(at)["success"]) == 1


# --- a sheet whose columns are not recognised ---------------------------------------------------
MAP_BUTTON = "FormSubmitter:map_columns_0-Import with these columns"
SHEET = [
    ["Quand", "Texte", "Link", "Réseau"],
    ["2024-04-01", "Bonjour, a thread on testing", "https://a.example/1", "LinkedIn"],
    ["2024-04-02", "Buy our course today!", "https://a.example/2", "LinkedIn"],
]


def test_a_sheet_with_unknown_columns_is_offered_a_mapping_form(app, alerts, seed, store, make):
    seed("Empty", files={})
    at = app("import")
    upload(at, ("export.csv", make.csv(SHEET), "text/csv"))
    (error,) = alerts(at)["error"]
    assert error.startswith("Refused: export.csv") and "map them on the Import page" in error
    boxes = {s.key.split(":", 1)[1]: s for s in at.selectbox if s.key.startswith("map_columns_0")}
    assert list(boxes) == [
        "date", "text", "url", "platform", "likes", "reposts", "replies", "impressions",
        "clicks", "label",
    ]  # fmt: skip
    assert boxes["date"].options == ["(not in this file)", "Quand", "Texte", "Link", "Réseau"]
    assert boxes["url"].value == "Link"  # what was recognised is chosen already
    assert boxes["date"].value == "" and boxes["text"].value == ""

    boxes["date"].select("Quand")
    boxes["text"].select("Texte")
    boxes["platform"].select("Réseau")
    at.button(key=MAP_BUTTON).click().run()
    assert not at.exception, [e.value for e in at.exception]

    shown = alerts(at)
    assert shown["error"] == []
    assert any(m.startswith("export.csv (CSV): 2 new") for m in shown["success"]), shown
    frame = store.posts("Empty")
    assert sorted(frame["text"]) == ["Bonjour, a thread on testing", "Buy our course today!"]
    assert set(frame["source"]) == {"linkedin"} and set(frame["url"]) >= {"https://a.example/1"}
    assert not [s for s in at.selectbox if s.key.startswith("map_columns")]  # the form is gone
    assert list(at.dataframe[-1].value["name"]) == ["export.csv"]


def test_the_mapping_form_needs_a_date_and_a_text(app, alerts, seed, store, make):
    seed("Empty", files={})
    at = app("import")
    upload(at, ("export.csv", make.csv(SHEET), "text/csv"))
    at.selectbox(key="map_columns_0:text").select("Texte")
    at.button(key=MAP_BUTTON).click().run()
    assert not at.exception
    assert alerts(at)["warning"] == [
        "Choose the column that holds the date and the one that holds the text."
    ]
    assert store.posts("Empty").empty
    assert at.selectbox(key="map_columns_0:date")  # still offered


def test_a_wrong_mapping_is_refused_and_the_form_stays(app, alerts, seed, store, make):
    seed("Empty", files={})
    at = app("import")
    upload(at, ("export.csv", make.csv(SHEET), "text/csv"))
    at.selectbox(key="map_columns_0:date").select("Réseau")  # not dates
    at.selectbox(key="map_columns_0:text").select("Texte")
    at.button(key=MAP_BUTTON).click().run()
    assert not at.exception
    (error,) = alerts(at)["error"]
    assert error.startswith("Refused: export.csv") and "no readable date" in error
    assert store.posts("Empty").empty
    assert at.selectbox(key="map_columns_0:date").value == "Réseau"


def test_column_names_in_the_form_are_shown_as_typed(app, seed, make):
    seed("Empty", files={})
    at = app("import")
    header = ["![x](https://e.example/x.png)", "**bold**"]
    upload(at, ("[y](https://e.example).csv", make.csv([header, ["1", "2"]]), "text/csv"))
    assert at.selectbox(key="map_columns_0:date").options[1:] == header  # options are plain text
    title = next(m.value for m in at.markdown if "Choose the columns" in m.value)
    assert "](" not in title  # the file name is escaped in the form's Markdown title


def test_large_archives_are_explained(app, seed):
    seed()
    at = app("import")
    (expander,) = [e for e in at.expander if e.label == "Archive too large to upload?"]
    text = " ".join(m.value for m in expander.markdown)
    assert "200 MB" in text
    for platform, needed in [
        ("X (Twitter)", "data/tweets.js"),
        ("LinkedIn", "Shares.csv"),
        ("Facebook", "your_posts"),
        ("Instagram", "posts_1.json"),
        ("Mastodon", "outbox.json"),
        ("Bluesky", "repo.car"),
    ]:
        assert platform in text and needed in text
    (code,) = expander.code
    assert (
        code.value
        == ".venv/bin/python -m core import PATH/TO/ARCHIVE.zip --workspace 'Test workspace'"
    )


def test_tweets_js_and_note_tweet_js_selected_together_are_one_import(app, alerts, seed, make):
    seed("Empty", files={})
    tweets = make.tweets_js([make.tweet("1", "Hello", created_at="Tue Dec 02 04:52:54 +0000 2025")])
    notes = make.tweets_js([], kind="note_tweet")
    at = app("import")
    upload(
        at, ("tweets.js", tweets, "text/javascript"), ("note-tweet.js", notes, "text/javascript")
    )
    (summary,) = alerts(at)["success"]
    assert summary.startswith("tweets.js + note-tweet.js (X archive): 1 new")
    assert alerts(at)["error"] == []


def test_a_sheet_whose_dates_read_two_ways_asks_which_and_imports_so(
    app, alerts, seed, store, make
):
    seed("Empty", files={})
    at = app("import")
    sheet = [["date", "text"], ["05/11/2026", "Five tips for calmer reviews"],
             ["06/11/2026", "A thread on testing"]]  # fmt: skip
    upload(at, ("audit.csv", make.csv(sheet), "text/csv"))
    (error,) = alerts(at)["error"]
    assert "05/11/2026 could be day first or month first" in error
    assert store.posts("Empty").empty  # nothing imported before the answer
    order = at.radio(key="map_columns_0:date_order")
    assert order.value == "day"
    assert at.selectbox(key="map_columns_0:date").value == "date"  # found columns kept
    order.set_value("day")
    at.button(key=MAP_BUTTON).click().run()
    assert not at.exception, [e.value for e in at.exception]
    dates = sorted(store.posts("Empty")["published_at"].dt.strftime("%Y-%m-%d"))
    assert dates == ["2026-11-05", "2026-11-06"]
    captions = [c.value.replace("\\", "") for c in at.caption]
    assert any("read day first (as you chose): 05/11/2026 is 5 November" in c for c in captions)
