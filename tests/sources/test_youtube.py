"""core.sources.youtube: YouTube Studio's export (Table data.csv in a zip, maybe UTF-16, a Total
row first, the columns the person chose), one post per video with its counts."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import pytest
from archives import zip_of

from core.errors import UserError
from core.sources.sniff import parse_upload

HEADER = ["Content", "Video title", "Video publish time", "Duration", "Views",
          "Watch time (hours)", "Subscribers", "Impressions",
          "Impressions click-through rate (%)", "Likes", "Comments added", "Shares"]  # fmt: skip
ROWS = [
    ["Total", "", "", "", "1530", "40.2", "12", "20000", "5.1", "88", "9", "7"],
    ["dQw4w9WgXcQ", "How we roast our beans", "Mar 5, 2024", "612", "1200", "30.1", "10",
     "15000", "6.0", "70", "8", "5"],
    ["a1b2c3d4e5f", "Spring sale: 20% off every bag", "Apr 12, 2024", "45", "330", "10.1", "2",
     "5000", "3.9", "18", "1", "2"],
]  # fmt: skip


def table(header: list[str], rows: list[list[str]], encoding: str = "utf-8") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows([header, *rows])
    return buffer.getvalue().encode(encoding)


def test_the_studio_zip_in_utf16_gives_one_post_per_video_with_its_counts() -> None:
    data = zip_of(
        {
            "Table data.csv": table(HEADER, ROWS, "utf-16"),
            "Chart data.csv": table(["Date", "Content", "Video title", "Views"],
                                    [["2024-03-05", "dQw4w9WgXcQ", "How we", "12"]]),
            "Totals.csv": table(["Date", "Views"], [["2024-03-05", "12"]]),
        }
    )  # fmt: skip
    [result] = parse_upload("Content 2024-01-01_2024-12-31 Sam.zip", data)
    assert result.format == "YouTube Studio" and not result.notes and not result.skipped
    roast, sale = result.posts
    assert roast.id == "youtube:dQw4w9WgXcQ" and roast.source == "youtube"
    assert roast.text == "How we roast our beans" and roast.kind == "post"
    assert roast.url == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    assert roast.published_at == datetime(2024, 3, 5, tzinfo=UTC)
    assert roast.engagement == {"views": 1200, "likes": 70, "replies": 8, "reposts": 5,
                                "impressions": 15000}  # fmt: skip
    assert sale.published_at == datetime(2024, 4, 12, tzinfo=UTC)


def test_columns_the_person_left_out_are_missing_not_zero() -> None:
    header = ["Video publish time", "Views", "Content", "Video title"]
    rows = [["", "1200", "Total", ""], ["Mar 5, 2024", "1,200", "vid00000001", "Beans"]]
    [result] = parse_upload("Table data.csv", table(header, rows))
    [post] = result.posts
    assert post.engagement == {"views": 1200}


def test_chart_data_alone_and_a_table_without_publish_times_are_refused_with_a_hint() -> None:
    with pytest.raises(UserError, match=r"Upload Table data\.csv"):
        parse_upload("Chart data.csv", table(["Date", "Content", "Video title", "Views"],
                                             [["2024-03-05", "v", "t", "1"]]))  # fmt: skip
    with pytest.raises(UserError, match="Video publish time"):
        parse_upload("Table data.csv", table(["Content", "Video title", "Views"],
                                             [["v", "t", "1"]]))  # fmt: skip
