"""YouTube Studio's "Export current view" (Analytics → Advanced mode): a zip of Table data.csv,
Chart data.csv and Totals.csv, or Table data.csv alone. FORMATS.md §12 [reported].

Table data.csv has a row per video, after a first "Total" row; its columns are the metrics the
person chose (Content = the video id, Video title, Video publish time, Views, Watch time
(hours), Subscribers, Impressions, Likes, Comments added, Shares…), so they are read by header
text. It may be UTF-16. Each video is a post whose text is its title (the export has no
descriptions); its counts are views, likes, replies (comments added), reposts (shares) and
impressions. Chart data.csv (views per day) and Totals.csv hold no videos: left out of a zip,
refused alone with a hint.
"""

from __future__ import annotations

import posixpath

from core.errors import UserError
from core.post import Post
from core.sources.base import FileFormat, Parsed, csv_records, header_keys, int_or_none
from core.sources.dates import parse_column
from core.sources.tarball import Archive
from core.sources.text import clean

TABLE_HEADER = {"content", "video title"}
# Engagement field -> the Studio column that gives it (FORMATS.md §12's names).
COUNTS = {
    "views": "views",
    "likes": "likes",
    "replies": "comments added",
    "reposts": "shares",
    "impressions": "impressions",
}
_WATCH = "https://www.youtube.com/watch?v="


def kind_of(head: bytes) -> str | None:
    """ "table" (a row per video), "chart" (a row per day and video) or None."""
    keys = set(header_keys(head))
    if not keys >= TABLE_HEADER:
        return None
    return "chart" if "date" in keys else "table"


def sniff(name: str, head: bytes) -> bool:
    return kind_of(head) is not None


def parse_file(name: str, data: bytes) -> Parsed:
    if kind_of(data[:65536]) == "chart":
        raise UserError(
            f"{name} is YouTube Studio's Chart data.csv: views per day, not your videos. "
            "Upload Table data.csv from the same export, or the whole zip."
        )
    return _parse_table(name, data)


def read_zip(archive: Archive) -> tuple[list[Parsed], set[str]]:
    """Studio's zip: Table data.csv (checked by its header) and its two companions. Only that
    name is opened here; a table renamed inside some other zip is still sniffed by content
    when the zip's leftover files are (core.sources.sniff)."""
    named = [m for m in sorted(archive.names) if posixpath.basename(m).lower() == "table data.csv"]
    tables = [m for m in named if kind_of(archive.read(m)[:65536]) == "table"]
    if not tables:
        return [], set()
    results = [_parse_table(f"{archive.name}/{m}", archive.read(m)) for m in tables]
    if len(results) == 1:
        results[0].name = archive.name
    folders = {posixpath.dirname(m) for m in tables}
    claimed = {
        n
        for n in archive.names
        if posixpath.dirname(n) in folders
        and posixpath.basename(n).lower() in ("table data.csv", "chart data.csv", "totals.csv")
    }
    return results, claimed


def _parse_table(name: str, data: bytes) -> Parsed:
    keys, rows = csv_records(name, data)
    if "video publish time" not in keys:
        raise UserError(
            f"{name} is a YouTube Studio table without the 'Video publish time' column, so its "
            "videos cannot be dated. In Studio's Advanced mode, add it (or export the 'Video' "
            "view, which has it) and export again."
        )
    records = [r for r in rows if r.get("content", "").lower() != "total" and r.get("content")]
    result = Parsed(name=name, format="YouTube Studio")
    dates = parse_column([r.get("video publish time", "") for r in records], day_first=False)
    for row, when in zip(records, dates, strict=True):
        if when is None:
            result.skipped["no publish time"] += 1
            continue
        raw = row.get("video title", "")
        text, links = clean(raw, is_html=False)
        video = row["content"]
        result.posts.append(
            Post(
                id=f"youtube:{video}",
                source="youtube",
                kind="post",
                published_at=when,
                text=text,
                text_raw=raw,
                url=_WATCH + video,
                links=tuple(links),
                engagement={f: int_or_none(row.get(c)) for f, c in COUNTS.items() if c in keys},
            )
        )
    return result


FORMATS = [FileFormat("YouTube Studio", sniff, parse_file)]
