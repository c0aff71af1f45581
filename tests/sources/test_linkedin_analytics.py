"""core.sources.linkedin_analytics: the creator analytics .xlsx, built in the test in the shape
FORMATS.md §12 reports. Its engagement joins the posts from Shares.csv (activity id to share
id by creation time); its followers and daily figures are kept as account measures."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import openpyxl
import pytest

from core import ingest
from core.sources.sniff import parse_upload
from core.store import Store

WHEN = datetime(2024, 12, 2, 9, 30, tzinfo=UTC)
MS = int(WHEN.timestamp() * 1000)
SHARE, ACTIVITY = (MS << 22) | 17, (MS << 22) | 4021  # one post: its share and its activity
ALONE = ((MS + 86_400_000) << 22) | 5  # a post not in Shares.csv
FEED = "https://www.linkedin.com/feed/update/urn:li:activity:"


def workbook(sheets: dict[str, list[list[object]]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def analytics() -> bytes:
    return workbook(
        {
            "DISCOVERY": [["Overall Performance", "12/1/2024 - 12/7/2024"],
                          ["Impressions", 5400], ["Members reached", 3100]],
            "ENGAGEMENT": [["Date", "Impressions", "Engagements"],
                           ["12/2/2024", 4000, 120], ["12/3/2024", 1400, 30]],
            "TOP POSTS": [
                ["Maximum of 50 posts available to include in this list"],
                [],
                ["Post URL", "Post publish date", "Engagements", None, "Post URL",
                 "Post publish date", "Impressions"],
                [f"{FEED}{ACTIVITY}", "12/2/2024", 120, None, f"{FEED}{ALONE}", "12/3/2024", 900],
                [f"{FEED}{ALONE}", "12/3/2024", 30, None, f"{FEED}{ACTIVITY}", "12/2/2024", 4000],
            ],
            "FOLLOWERS": [["Total followers on 12/7/2024:", 1532], [],
                          ["Date", "New followers"], ["12/2/2024", 14], ["12/3/2024", 3]],
            "DEMOGRAPHICS": [["Top Demographics", "Value", "Percentage"]],
        }
    )  # fmt: skip


SHARES = (
    "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
    f"{WHEN:%Y-%m-%d %H:%M:%S},https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A{SHARE},"
    '"Three lessons from a year of code review","","",PUBLIC\n'
).encode()


def test_the_workbook_gives_counts_by_post_and_figures_by_day() -> None:
    [result] = parse_upload("Content_2024-12-01_2024-12-07_Sam.xlsx", analytics())
    assert result.format == "LinkedIn analytics" and result.merge
    counts = {p.id: p.engagement for p in result.posts}
    assert counts == {
        f"linkedin:activity:{ACTIVITY}": {"engagements": 120, "impressions": 4000},
        f"linkedin:activity:{ALONE}": {"engagements": 30, "impressions": 900},
    }
    figures = {(m.day, m.measure): m.value for m in result.measures}
    assert figures[(date(2024, 12, 7), "followers")] == 1532
    assert figures[(date(2024, 12, 2), "new_followers")] == 14
    assert figures[(date(2024, 12, 3), "impressions")] == 1400
    assert figures[(date(2024, 12, 2), "engagements")] == 120


def test_counts_join_the_shares_post_and_followers_reach_the_store(store: Store) -> None:
    store.create_workspace("Sam")
    assert ingest.import_bytes(store, "Sam", "Shares.csv", SHARES).ok
    report = ingest.import_bytes(store, "Sam", "analytics.xlsx", analytics())
    assert report.ok, report.describe()
    [summary] = report.summaries
    assert summary.updated == 1 and summary.imported == 0
    assert any("not among the posts imported so far" in n for n in summary.notes)
    [post] = store.posts("Sam").itertuples()
    assert post.id == f"linkedin:share:{SHARE}"
    assert post.text == "Three lessons from a year of code review"  # the text stays
    assert (post.engagements, post.impressions) == (120, 4000)
    measures = store.measures("Sam")
    assert {"followers", "new_followers", "impressions", "engagements"} == set(measures["measure"])


def test_analytics_before_any_post_is_refused_with_what_to_import_first(store: Store) -> None:
    store.create_workspace("Sam")
    top = [["Post URL", "Post publish date", "Engagements"], [f"{FEED}{ALONE}", "12/3/2024", 3]]
    only_posts = workbook({"DISCOVERY": [], "ENGAGEMENT": [], "TOP POSTS": top})
    report = ingest.import_bytes(store, "Sam", "analytics.xlsx", only_posts)
    assert not report.ok and "import your posts first" in report.error
    assert store.posts("Sam").empty


@pytest.mark.parametrize("title", ["Sheet1", "Posts"])
def test_any_other_workbook_is_still_a_spreadsheet_of_posts(title: str) -> None:
    data = workbook({title: [["date", "text"], ["2024-03-05", "Five tips for calmer reviews"]]})
    [result] = parse_upload("audit.xlsx", data)
    assert result.format == "Excel sheet" and len(result.posts) == 1
