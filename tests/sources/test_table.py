"""core.sources.table: any CSV or Excel sheet with a date and a text column."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pandas as pd
import pytest

from core.errors import ColumnsNotRecognised, DateOrderUnclear, UserError
from core.sources import table
from core.sources.sniff import parse_upload
from core.sources.table import map_columns, parse_csv, parse_table, suggest_mapping


def parsed(name: str, data: bytes):
    (result,) = parse_upload(name, data)
    return result


def test_header_aliases_are_matched_whatever_the_case_and_punctuation(make) -> None:
    data = make.csv(
        [
            ["Published At", "Post Text", "Permalink", "Likes", "Retweets", "Network", "Post ID"],
            [
                "2024-03-05 14:30",
                "Five tips for a calmer inbox",
                "https://a.example/1",
                "12",
                "3",
                "Twitter",
                "881",
            ],
        ]
    )
    result = parsed("audit.csv", data)
    assert result.format == "CSV"
    (post,) = result.posts
    assert post.text == "Five tips for a calmer inbox"
    assert post.url == "https://a.example/1"
    assert post.source == "x"
    assert post.id == "table:x:881"
    assert post.engagement == {"likes": 12, "reposts": 3}
    assert post.published_at == datetime(2024, 3, 5, 14, 30, tzinfo=UTC)


def test_map_columns_prefers_the_most_specific_header() -> None:
    cols = map_columns(["Title", "Post text", "Date", "Post link", "Link clicks", "Views"])
    assert cols == {"date": 2, "text": 1, "url": 3, "impressions": 5, "clicks": 4}


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters_are_sniffed(make, delimiter: str) -> None:
    data = make.csv([["date", "text"], ["2024-01-02", "hello, world"]], delimiter)
    assert [p.text for p in parsed("posts.csv", data).posts] == ["hello, world"]


def test_a_label_column_is_taken_as_human_labels(make) -> None:
    data = make.csv(
        [
            ["date", "text", "label"],
            ["2024-01-01", "Buy our course today", "ASK"],
            ["2024-01-02", "A thread of tips", " give "],
            ["2024-01-03", "Not sure about this one", "maybe"],
            ["2024-01-04", "No label here", ""],
        ]
    )
    result = parsed("audit.csv", data)
    by_text = {p.text: p.id for p in result.posts}
    assert result.labels == {
        by_text["Buy our course today"]: "ask",
        by_text["A thread of tips"]: "give",
    }


def test_dates_in_several_formats_become_aware_utc(make) -> None:
    data = make.csv(
        [
            ["date", "text"],
            ["2024-03-05 14:30:00", "iso with space"],
            ["2024-03-05T10:00:00+02:00", "iso with offset"],
            ["2024-03-05T10:00:00Z", "iso zulu"],
            ["Tue, Jul 14, 2026", "x analytics"],
            ["05 Mar 2024", "day month year"],
            ["March 5, 2024", "month name"],
            ["2024/03/06", "slashes"],
            ["31/12/2023", "day first when it cannot be month first"],
            ["not a date", "skipped"],
            ["", "skipped too"],
        ]
    )
    result = parsed("dates.csv", data)
    got = {p.text: p.published_at for p in result.posts}
    assert got == {
        "iso with space": datetime(2024, 3, 5, 14, 30, tzinfo=UTC),
        "iso with offset": datetime(2024, 3, 5, 8, 0, tzinfo=UTC),
        "iso zulu": datetime(2024, 3, 5, 10, 0, tzinfo=UTC),
        "x analytics": datetime(2026, 7, 14, tzinfo=UTC),
        "day month year": datetime(2024, 3, 5, tzinfo=UTC),
        "month name": datetime(2024, 3, 5, tzinfo=UTC),
        "slashes": datetime(2024, 3, 6, tzinfo=UTC),
        "day first when it cannot be month first": datetime(2023, 12, 31, tzinfo=UTC),
    }
    assert all(when.utcoffset().total_seconds() == 0 for when in got.values())
    assert result.skipped == {"no readable date": 2}


def test_dates_stay_utc_when_the_machine_is_in_new_york(make, new_york_tz) -> None:
    data = make.csv(
        [["date", "text"], ["2024-07-01 12:00", "summer"], ["2024-01-01 12:00", "winter"]]
    )
    whens = [p.published_at for p in parsed("posts.csv", data).posts]
    assert whens == [datetime(2024, 7, 1, 12, tzinfo=UTC), datetime(2024, 1, 1, 12, tzinfo=UTC)]
    assert [w.timestamp() for w in whens] == [1719835200.0, 1704110400.0]


def test_counts_with_thousands_separators_and_missing_counts(make) -> None:
    data = make.csv(
        [
            ["date", "text", "impressions", "likes"],
            ["2024-01-01", "a", "1,234", ""],
            ["2024-01-02", "b", "n/a", "0"],
        ]
    )
    a, b = parsed("stats.csv", data).posts
    assert a.engagement == {"likes": None, "impressions": 1234}
    assert b.engagement == {"likes": 0, "impressions": None}


def test_rows_without_text_are_skipped_and_counted(make) -> None:
    data = make.csv([["date", "text"], ["2024-01-01", ""], ["2024-01-02", "kept"]])
    result = parsed("posts.csv", data)
    assert [p.text for p in result.posts] == ["kept"]
    assert result.skipped == {"no text": 1}


def test_html_in_cells_is_cleaned_and_links_found(make) -> None:
    data = make.csv(
        [
            ["date", "text", "url"],
            [
                "2024-01-01",
                "<p>Read <a href='https://peer.example/x'>this</a> &amp; more https://b.example</p>",
                "https://me.example/1",
            ],
        ]
    )
    (post,) = parsed("posts.csv", data).posts
    assert post.text == "Read this & more https://b.example"
    assert post.links == ("https://peer.example/x", "https://b.example")


def test_ids_without_an_id_column_are_stable_across_reads(make) -> None:
    data = make.csv([["date", "text"], ["2024-01-01", "same post"]])
    assert parsed("a.csv", data).posts[0].id == parsed("b.csv", data).posts[0].id


def test_utf16_with_bom(make) -> None:
    text = "date\ttext\n2024-01-02\tGrüße, café, 😀\n"
    (post,) = parsed("export.csv", text.encode("utf-16")).posts
    assert post.text == "Grüße, café, 😀"


def test_utf8_bom_on_the_header(make) -> None:
    (post,) = parsed("export.csv", "\ufeffDate,Text\n2024-01-02,hello\n".encode()).posts
    assert post.text == "hello"


def test_cp1252_from_an_old_spreadsheet() -> None:
    data = "date,text\n2024-01-02,Caf\u00e9 \u201cspecial\u201d \u20ac5\n".encode("cp1252")
    (post,) = parsed("old.csv", data).posts
    assert post.text == "Café “special” €5"


def test_excel_workbook() -> None:
    buffer = io.BytesIO()
    pd.DataFrame(
        {
            "Date": ["2024-01-02 10:00", "2024-01-03"],
            "Message": ["from excel", "second"],
            "Label": ["ask", ""],
        }
    ).to_excel(buffer, index=False)
    result = parsed("posts.xlsx", buffer.getvalue())
    assert result.format == "Excel sheet"
    assert [p.text for p in result.posts] == ["from excel", "second"]
    assert list(result.labels.values()) == ["ask"]


def test_a_damaged_excel_workbook_is_refused(make) -> None:
    with pytest.raises(UserError, match="could not be read as an Excel workbook"):
        parse_upload("posts.xlsx", make.zip({"xl/workbook.xml": b"<nope"}))


# --- refusals --------------------------------------------------------------------------------
def test_a_csv_without_a_date_column_is_refused_naming_its_columns(make) -> None:
    data = make.csv([["name", "text"], ["ann", "hello"]])
    with pytest.raises(UserError) as caught:
        parse_upload("people.csv", data)
    message = str(caught.value)
    assert "no date column" in message and "name, text" in message


def test_a_linkedin_like_comments_csv_without_date_or_text_is_refused(make) -> None:
    data = make.csv([["Link", "Reactions"], ["https://www.linkedin.com/feed/update/urn:li:x", "3"]])
    with pytest.raises(UserError) as caught:
        parse_upload("Comments.csv", data)
    message = str(caught.value)
    assert "Comments.csv" in message
    # Either the generic sheet reader or a LinkedIn reader may answer; both must say what to do.
    assert ("date" in message and "text" in message) or "Shares.csv" in message


def test_a_header_without_rows_is_refused(make) -> None:
    with pytest.raises(UserError, match="header but no rows"):
        parse_upload("posts.csv", b"date,text\n")


def test_a_cell_over_the_size_cap_is_refused() -> None:
    data = b"date,text\n2024-01-01," + b"x" * (1024 * 1024 + 10) + b"\n"
    with pytest.raises(UserError, match="row 2 is not readable CSV"):
        parse_upload("big.csv", data)


def test_binary_garbage_named_csv_is_refused() -> None:
    with pytest.raises(UserError, match="not a text file"):
        parse_upload("posts.csv", bytes(range(256)) * 8)


def test_a_refusal_for_unrecognised_columns_names_them_for_a_mapping_form(make) -> None:
    data = make.csv([["Quand", "Texte", "Lien"], ["2024-01-02", "Bonjour", "https://a.example"]])
    with pytest.raises(ColumnsNotRecognised) as caught:
        parse_upload("export.csv", data)
    refusal = caught.value
    assert (refusal.name, refusal.columns, refusal.missing) == (
        "export.csv",
        ["Quand", "Texte", "Lien"],
        ("date", "text"),
    )
    assert refusal.mappable
    assert "map them on the Import page" in refusal.message


def test_a_one_column_file_is_not_offered_a_mapping() -> None:
    with pytest.raises(ColumnsNotRecognised) as caught:
        parse_upload("notes.txt", b"just some words\nand more words\n")
    assert not caught.value.mappable


# --- a person's column mapping ---------------------------------------------------------------
def test_a_mapping_reads_columns_no_alias_knows(make) -> None:
    data = make.csv(
        [
            ["Quand", "Texte", "Lien", "Réseau", "Jaime", "Étiquette"],
            ["2024-01-02 10:00", "Bonjour à tous", "https://a.example/1", "LinkedIn", "7", "give"],
        ]
    )
    mapping = {"date": "Quand", "text": "Texte", "url": "Lien", "platform": "Réseau",
               "likes": "Jaime", "label": "Étiquette", "replies": None}  # fmt: skip
    result = parse_csv("export.csv", data, mapping)
    (post,) = result.posts
    assert (post.text, post.url, post.source) == (
        "Bonjour à tous",
        "https://a.example/1",
        "linkedin",
    )
    assert post.published_at == datetime(2024, 1, 2, 10, tzinfo=UTC)
    assert post.engagement == {"likes": 7}
    assert result.labels == {post.id: "give"}


def test_a_mapping_overrides_the_automatic_match_and_can_unmap_a_field(make) -> None:
    data = make.csv(
        [
            ["Date", "Title", "Notes", "Views"],
            ["2024-01-02", "A headline", "The whole post", "1,234"],
        ]
    )
    auto = parsed("posts.csv", data).posts[0]
    assert auto.text == "A headline" and auto.engagement == {"impressions": 1234}
    (post,) = parse_csv("posts.csv", data, {"text": "Notes", "impressions": None}).posts
    assert post.text == "The whole post"
    assert post.engagement == {}


def test_a_column_taken_by_the_mapping_leaves_its_automatic_field(make) -> None:
    data = make.csv([["Date", "Link", "Post"], ["2024-01-02", "https://a.example", "Hi"]])
    assert suggest_mapping(["Date", "Link", "Post"]) == {
        "date": "Date",
        "url": "Link",
        "text": "Post",
    }
    (post,) = parse_csv("posts.csv", data, {"text": "Link"}).posts
    assert post.text == "https://a.example" and post.url is None


def test_a_mapping_naming_a_missing_column_or_one_column_twice_is_refused(make) -> None:
    data = make.csv([["when", "what"], ["2024-01-02", "hello"]])
    with pytest.raises(UserError, match="no column named 'Date'"):
        parse_csv("posts.csv", data, {"date": "Date", "text": "what"})
    with pytest.raises(UserError, match="two different columns"):
        parse_csv("posts.csv", data, {"date": "when", "text": "when"})
    with pytest.raises(ColumnsNotRecognised):
        parse_csv("posts.csv", data, {"date": "when", "text": None})


def test_a_mapping_applies_to_an_excel_sheet_too() -> None:
    buffer = io.BytesIO()
    pd.DataFrame({"Wann": ["2024-01-02"], "Was": ["aus Excel"]}).to_excel(buffer, index=False)
    with pytest.raises(ColumnsNotRecognised):
        parse_upload("posts.xlsx", buffer.getvalue())
    result = parse_table("posts.xlsx", buffer.getvalue(), {"date": "Wann", "text": "Was"})
    assert result.format == "Excel sheet"
    assert [p.text for p in result.posts] == ["aus Excel"]


# --- scheduling tools' exports ([reported] headers, FORMATS.md §8) -----------------------------
@pytest.mark.parametrize(
    ("tool", "header", "row", "expected"),
    [
        (
            "Buffer export",
            ["Posted At", "Channel", "Post Text", "Link", "Likes", "Comments", "Shares",
             "Impressions", "Clicks", "Engagement Rate"],
            ["2024-03-15 14:30", "Twitter", "Five tips for calmer code review",
             "https://x.com/acme/status/1", "1,234", "12", "3", "10,500", "88", "4.5%"],
            {"likes": 1234, "replies": 12, "reposts": 3, "impressions": 10500, "clicks": 88},
        ),
        (
            "Hootsuite export",
            ["Date (GMT)", "Social Network", "Message", "Post Link", "Likes", "Comments",
             "Shares"],
            ["03/15/2024 14:30", "TWITTER", "Five tips for calmer code review",
             "https://x.com/acme/status/1", "7", "1", "2"],
            {"likes": 7, "replies": 1, "reposts": 2},
        ),
        (
            "Sprout Social export",
            ["Date", "Post ID", "Network", "Post Type", "Profile", "Link", "Post", "Impressions",
             "Reach", "Reactions", "Comments", "Shares", "Post Link Clicks"],
            ["3/15/2024 2:30 pm", "991", "Twitter", "Tweet", "@acme", "https://x.com/acme/status/1",
             "Five tips for calmer code review", "2.5K", "900", "40", "4", "6", "31"],
            {"likes": 40, "replies": 4, "reposts": 6, "impressions": 2500, "clicks": 31},
        ),
        (
            "Later export",
            ["Date Published", "Social Profile", "Platform", "Caption", "Likes", "Comments",
             "Impressions", "Reach"],
            ["2024-03-15 14:30:00", "acme", "X (Twitter)", "Five tips for calmer code review",
             "15", "2", "1 200", "800"],
            {"likes": 15, "replies": 2, "impressions": 1200},
        ),
        (
            "Publer export",
            ["Date", "Account", "Network", "Text", "Post URL", "Reactions", "Comments",
             "Shares", "Impressions", "Clicks"],
            ["2024-03-15 14:30", "Acme", "twitter", "Five tips for calmer code review",
             "https://x.com/acme/status/1", "9", "0", "1", "300", "5"],
            {"likes": 9, "replies": 0, "reposts": 1, "impressions": 300, "clicks": 5},
        ),
    ],
)  # fmt: skip
def test_scheduling_tool_exports_are_named_and_mapped(make, tool, header, row, expected) -> None:
    result = parsed("report.csv", make.csv([header, row]))
    assert result.format == tool
    (post,) = result.posts
    assert post.text == "Five tips for calmer code review"
    assert post.published_at == datetime(2024, 3, 15, 14, 30, tzinfo=UTC)
    assert post.source == "x"
    assert post.engagement == expected
    if "Link" in header or "Post Link" in header or "Post URL" in header:
        assert post.url == "https://x.com/acme/status/1"


def test_hootsuite_with_a_permalink_and_a_later_scheduled_time(make) -> None:
    hootsuite = make.csv(
        [["Date (GMT)", "Message", "Permalink"], ["2024-03-05", "Hi", "https://a.example/p"]]
    )
    assert parsed("h.csv", hootsuite).format == "Hootsuite export"
    later = make.csv(
        [["Scheduled Time", "Caption", "Social Profile"], ["2024-03-05", "Hi", "acme"]]
    )
    assert parsed("l.csv", later).format == "Later export"


def test_a_plain_sheet_is_not_taken_for_a_tool(make) -> None:
    data = make.csv([["Date", "Text", "Likes"], ["2024-03-05", "Hi", "3"]])
    assert parsed("posts.csv", data).format == "CSV"


@pytest.mark.parametrize(
    ("value", "source"),
    [("Twitter", "x"), ("X (Twitter)", "x"), ("TWITTER", "x"), ("INSTAGRAMBUSINESS", "instagram"),
     ("Instagram Business", "instagram"), ("FACEBOOKPAGE", "facebook"),
     ("LinkedIn Company Page", "linkedin"), ("LINKEDINCOMPANY", "linkedin"), ("Threads", "threads"),
     ("Bluesky", "bluesky"), ("Pinterest", "table"), ("", "table")],
)  # fmt: skip
def test_network_names_as_tools_write_them(make, value: str, source: str) -> None:
    data = make.csv([["Date", "Network", "Text"], ["2024-03-05", value, "Hi"]])
    assert parsed("posts.csv", data).posts[0].source == source


# --- numeric dates: one order per column ------------------------------------------------------
def test_numeric_dates_that_read_two_ways_are_asked_and_the_answer_is_shown(make) -> None:
    """05/11/2026 is 5 November or May 11: it was read US-style without a word."""
    data = make.csv([["date", "text"], ["05/11/2026", "a"], ["12/05/2026 10:00", "b"]])
    with pytest.raises(DateOrderUnclear) as refused:
        parsed("posts.csv", data)
    assert refused.value.example == "05/11/2026" and refused.value.columns == ["date", "text"]
    assert "day first or month first" in refused.value.message
    month = table.parse_table("posts.csv", data, {}, date_order="month")
    assert [p.published_at for p in month.posts] == [
        datetime(2026, 5, 11, tzinfo=UTC), datetime(2026, 12, 5, 10, tzinfo=UTC)]  # fmt: skip
    assert "Dates were read month first (as you chose): 05/11/2026 is 11 May 2026" in month.notes
    day = table.parse_table("posts.csv", data, {}, date_order="day")
    assert [p.published_at for p in day.posts] == [
        datetime(2026, 11, 5, tzinfo=UTC), datetime(2026, 5, 12, 10, tzinfo=UTC)]  # fmt: skip


def test_a_column_that_shows_its_order_is_read_so_and_says_so(make) -> None:
    data = make.csv([["date", "text"], ["05/11/2026", "a"], ["12/25/2026", "b"]])
    result = parsed("posts.csv", data)
    assert result.posts[0].published_at == datetime(2026, 5, 11, tzinfo=UTC)
    assert any("read month first (as the file's other dates show)" in n for n in result.notes)
    same = parsed("posts.csv", make.csv([["date", "text"], ["05/05/2026", "a"]]))
    assert same.posts[0].published_at == datetime(2026, 5, 5, tzinfo=UTC) and not same.notes


def test_one_day_over_twelve_makes_the_whole_column_day_first(make) -> None:
    data = make.csv(
        [
            ["date", "text"],
            ["03/04/2024", "a"],
            ["25/12/2024", "b"],
            ["05.06.2024 09:00", "c"],
            ["2024-03-05", "iso stays year month day"],
        ]
    )
    got = {p.text: p.published_at for p in parsed("posts.csv", data).posts}
    assert got == {
        "a": datetime(2024, 4, 3, tzinfo=UTC),
        "b": datetime(2024, 12, 25, tzinfo=UTC),
        "c": datetime(2024, 6, 5, 9, tzinfo=UTC),
        "iso stays year month day": datetime(2024, 3, 5, tzinfo=UTC),
    }


def test_a_time_in_a_column_of_its_own_joins_its_date(make) -> None:
    data = make.csv(
        [
            ["Date", "Time", "Text"],
            ["03/25/2024", "14:30", "a"],
            ["2024-03-06 09:15", "10:00", "has its own time"],
            ["2024-03-07", "", "no time"],
        ]
    )
    got = {p.text: p.published_at for p in parsed("posts.csv", data).posts}
    assert got == {
        "a": datetime(2024, 3, 25, 14, 30, tzinfo=UTC),
        "has its own time": datetime(2024, 3, 6, 9, 15, tzinfo=UTC),
        "no time": datetime(2024, 3, 7, tzinfo=UTC),
    }


@pytest.mark.parametrize(
    ("cell", "count"),
    [("1,234", 1234), ("1 234", 1234), ("1\u00a0234", 1234), ("1.234", 1234),
     ("12.345.678", 12345678), ("2.5K", 2500), ("3M", 3_000_000), ("12", 12), ("12.0", 12),
     ("4.5%", None), ("", None),
     ("--", None), ("n/a", None)],
)  # fmt: skip
def test_counts_as_tools_write_them(make, cell: str, count: int | None) -> None:
    data = make.csv([["date", "text", "likes"], ["2024-01-01", "a", cell]])
    assert parsed("posts.csv", data).posts[0].engagement == {"likes": count}
