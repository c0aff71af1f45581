"""LinkedIn creator analytics: the .xlsx a creator downloads from their post analytics (sheets
DISCOVERY, ENGAGEMENT, TOP POSTS, FOLLOWERS, DEMOGRAPHICS). FORMATS.md §12 [reported].

- TOP POSTS: after a note or two, two lists side by side, "Post URL, Post publish date,
  Engagements" and "Post URL, Post publish date, Impressions". No text: the counts are joined
  to the posts already imported from Shares.csv (a merge, core.store). The URL names a post by
  its activity id; Shares.csv by its share or ugcPost id. Both ids carry their creation time
  (id >> 22 is Unix milliseconds, FORMATS.md §2.2), so a post is the stored one created within
  a second of it (or the one with the very same id).
- ENGAGEMENT: impressions and engagements per day; FOLLOWERS: "Total followers on …" then new
  followers per day. Both kept as account figures by day (core.post.Measure).
Read with openpyxl in read-only mode, row by row, within row and column caps. A workbook that
is not LinkedIn's is read as any spreadsheet of posts (core.sources.table).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from typing import Any

from core.errors import UserError
from core.post import Measure, Post
from core.sources import table, workbook
from core.sources.base import FileFormat, Parsed, header_key, int_or_none

SHEETS = {"DISCOVERY", "ENGAGEMENT", "TOP POSTS", "FOLLOWERS", "DEMOGRAPHICS"}
MAX_ROWS = 20_000  # a sheet of posts or days has at most a few thousand
MAX_COLUMNS = 40
MATCH_MS = 1_000  # a share and its activity are created within this of each other
_URN = re.compile(r"urn(?::|%3A)li(?::|%3A)(\w+)(?::|%3A)(\d+)", re.IGNORECASE)
_TOTAL = re.compile(r"total followers on ([\d/.-]+)\s*:\s*([\d,. ]+)", re.IGNORECASE)
_POSTS = {"share", "ugcPost", "activity", "groupPost"}  # not comments: those are replies
_TOP_METRICS = {"engagements": "engagements", "impressions": "impressions"}


def sniff(name: str, head: bytes) -> bool:
    # The sheet names are inside the workbook, past the first bytes: any .xlsx is offered
    # here first, and one that is not LinkedIn's goes on to core.sources.table.
    return table.sniff_xlsx(name, head)


def parse_file(name: str, data: bytes) -> Parsed:
    workbook = _open(name, data)
    try:
        names = {s.strip().upper(): s for s in workbook.sheetnames}
        if not ({"TOP POSTS", "FOLLOWERS"} & set(names) and len(SHEETS & set(names)) >= 3):
            workbook.close()
            return table.parse_xlsx(name, data)
        result = Parsed(name=name, format="LinkedIn analytics", merge=True)
        if "TOP POSTS" in names:
            result.posts.extend(_top_posts(_rows(workbook[names["TOP POSTS"]])))
            result.match_ids = match_ids
        if "FOLLOWERS" in names:
            result.measures.extend(_followers(_rows(workbook[names["FOLLOWERS"]])))
        if "ENGAGEMENT" in names:
            result.measures.extend(_daily(_rows(workbook[names["ENGAGEMENT"]])))
    finally:
        workbook.close()
    if not result.posts and not result.measures:
        raise UserError(
            f"{name} is a LinkedIn analytics workbook with no posts or days in it. Export the "
            "analytics again for a period in which you posted."
        )
    return result


def _open(name: str, data: bytes) -> Any:
    # An xlsx is a zip: its members get the archive caps before openpyxl trusts their sizes.
    return workbook.open_workbook(name, data)


def _rows(sheet: Any) -> Iterator[list[Any]]:
    for row in sheet.iter_rows(max_row=MAX_ROWS, max_col=MAX_COLUMNS, values_only=True):
        yield list(row)


def _key(cell: Any) -> str:
    return header_key(str(cell)) if cell is not None else ""


def _day(cell: Any) -> date | None:
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    text = str(cell or "").strip()
    for fmt in ("%m/%d/%Y", "%Y-%m-%d", "%m/%d/%y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _top_posts(rows: Iterator[list[Any]]) -> list[Post]:
    """Each list's URL, date and count, wherever the header row is and however many lists."""
    lists: list[tuple[int, int | None, int, str]] = []  # url, date, count columns, field
    counts: dict[str, dict[str, int | None]] = {}
    published: dict[str, date] = {}
    for row in rows:
        keys = [_key(c) for c in row]
        if not lists:
            for i, k in enumerate(keys):
                if k == "post url":
                    after = keys[i + 1 : i + 4]
                    day = None
                    if "post publish date" in after:
                        day = i + 1 + after.index("post publish date")
                    metric = next(((i + 1 + j, _TOP_METRICS[a]) for j, a in enumerate(after)
                                   if a in _TOP_METRICS), None)  # fmt: skip
                    if metric:
                        lists.append((i, day, metric[0], metric[1]))
            continue
        for url_col, day_col, count_col, fld in lists:
            url = str(row[url_col] or "").strip() if url_col < len(row) else ""
            if not _URN.search(url):
                continue
            value = row[count_col] if count_col < len(row) else None
            counts.setdefault(url, {})[fld] = int_or_none(value)
            day = _day(row[day_col]) if day_col is not None and day_col < len(row) else None
            if day is not None:
                published.setdefault(url, day)
    posts = []
    for url, engagement in counts.items():
        urn = _URN.search(url)
        assert urn is not None
        day = published.get(url) or date(1970, 1, 2)
        posts.append(
            Post(
                id=f"linkedin:{urn.group(1)}:{urn.group(2)}",
                source="linkedin",
                kind="post",
                published_at=datetime(day.year, day.month, day.day, tzinfo=UTC),
                text="",
                url=url,
                engagement=engagement,
            )
        )
    return posts


def match_ids(stored: Iterable[str]) -> dict[str, str]:  # a _Matcher: looked up, not listed
    """Our ids (linkedin:activity:N) -> the stored post each names: the same id, else the
    stored LinkedIn post created within MATCH_MS of it (ids carry their creation time)."""
    times: list[tuple[int, str]] = []
    same: set[str] = set()
    for ident in stored:
        parts = ident.split(":")
        if len(parts) == 3 and parts[0] == "linkedin" and parts[1] in _POSTS and parts[2].isdigit():
            times.append((int(parts[2]) >> 22, ident))
            same.add(ident)
    times.sort()
    return _Matcher(times, same)


class _Matcher(dict[str, str]):
    """A mapping worked out on lookup: the nearest stored creation time, within MATCH_MS."""

    def __init__(self, times: list[tuple[int, str]], same: set[str]) -> None:
        super().__init__()
        self._times = times
        self._same = same

    def __contains__(self, ident: object) -> bool:
        return isinstance(ident, str) and self._find(ident) is not None

    def __getitem__(self, ident: str) -> str:
        found = self._find(ident)
        if found is None:
            raise KeyError(ident)
        return found

    def _find(self, ident: str) -> str | None:
        if ident in self._same:
            return ident
        number = ident.rsplit(":", 1)[-1]
        if not number.isdigit() or not self._times:
            return None
        ms = int(number) >> 22
        i = bisect.bisect_left(self._times, (ms - MATCH_MS, ""))
        best = None
        for when, stored in self._times[i:]:
            if when > ms + MATCH_MS:
                break
            if best is None or abs(when - ms) < abs(best[0] - ms):
                best = (when, stored)
        return best[1] if best else None


def _followers(rows: Iterator[list[Any]]) -> Iterator[Measure]:
    """ "Total followers on 12/31/2024: 1,234", then Date, New followers per day."""
    header: list[str] | None = None
    for row in rows:
        first = str(row[0] or "") if row else ""
        total = _TOTAL.search(first) or _TOTAL.search(" ".join(str(c or "") for c in row))
        if total:
            day, count = _day(total.group(1)), int_or_none(total.group(2))
            if day is not None and count is not None:
                yield Measure(day, "linkedin", "followers", count)
            continue
        keys = [_key(c) for c in row]
        if header is None:
            if "date" in keys and any("follower" in k for k in keys):
                header = keys
            continue
        day = _day(row[header.index("date")])
        column = next((i for i, k in enumerate(header) if k.startswith("new followers")), None)
        if column is None:
            column = next(i for i, k in enumerate(header) if "follower" in k)
        value = int_or_none(row[column]) if column < len(row) else None
        if day is not None and value is not None:
            yield Measure(day, "linkedin", "new_followers", value)


def _daily(rows: Iterator[list[Any]]) -> Iterator[Measure]:
    """ENGAGEMENT: Date, Impressions, Engagements per day."""
    header: list[str] | None = None
    for row in rows:
        keys = [_key(c) for c in row]
        if header is None:
            if "date" in keys and ("impressions" in keys or "engagements" in keys):
                header = keys
            continue
        day = _day(row[header.index("date")])
        if day is None:
            continue
        for measure in ("impressions", "engagements"):
            if measure in header and header.index(measure) < len(row):
                value = int_or_none(row[header.index(measure)])
                if value is not None:
                    yield Measure(day, "linkedin", measure, value)


FORMATS = [FileFormat("LinkedIn analytics", sniff, parse_file)]
