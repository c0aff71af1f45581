"""What every source shares: the parse result, byte decoding and capped JSON/CSV reading."""

from __future__ import annotations

import codecs
import csv
import gc
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from core.errors import UserError
from core.post import Measure, Post

MAX_FILE_BYTES = 400 * 1024**2
MAX_CSV_FIELD = 1024 * 1024
MAX_CSV_ROWS = 2_000_000
# A physical line this long is not a row of posts (a post's cell is capped at MAX_CSV_FIELD);
# refusing it early keeps a huge one-line file from being copied or split in memory.
MAX_CSV_LINE = 8 * MAX_CSV_FIELD
MAX_CSV_COLUMNS = 2_000


@dataclass
class Parsed:
    """The posts one file yielded, what it skipped and why, and any human labels it carried."""

    name: str
    format: str
    posts: list[Post] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    labels: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    # An engagement-only file (X analytics): for posts already stored, fill in engagement (and
    # text only where the stored post has none) instead of replacing the post.
    merge: bool = False
    # New post id → the id the same post was stored under before ids held their source (feed
    # items whose own id means something only within their feed): see Store._adopt_legacy.
    legacy: dict[str, str] = field(default_factory=dict)
    # Account-level figures by day (followers gained, unsubscribes), stored beside the posts.
    measures: list[Measure] = field(default_factory=list)
    # For a merge file whose ids are not the stored posts' own (LinkedIn analytics name a
    # post by its activity id, Shares.csv by its share id): given the ids stored, the stored
    # id of each of this file's ids that has one. Posts without one are skipped, not added.
    match_ids: Callable[[Iterable[str]], dict[str, str]] | None = None
    # A file too large to hold its posts at once (a heavy account's X archive on disk): posts is
    # empty and this yields them in batches, to be classified and stored one after the other;
    # skipped and notes are complete once it is exhausted.
    batches: Callable[[], Iterator[list[Post]]] | None = None


@dataclass(frozen=True)
class FileFormat:
    """A single-file format: how to recognise it from its first bytes and how to parse it."""

    name: str
    sniff: Callable[[str, bytes], bool]
    parse: Callable[[str, bytes], Parsed]


def decode(data: bytes, name: str) -> str:
    """Text from bytes: BOMs honoured, UTF-8 first, cp1252 for old spreadsheet exports."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break
    if looks_binary(data):
        raise UserError(
            f"{name} is not a text file (it holds binary data). Upload the export file itself, "
            "not a renamed or damaged copy."
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise UserError(
            f"{name} is in a text encoding Goodwill Ledger cannot read. Save it as UTF-8 "
            "(in a spreadsheet: File → Save as → CSV UTF-8) and upload it again."
        ) from None


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return control / len(head) > 0.05


# What json.loads may build, estimated from the text before it starts: a 200 MB file of empty
# lists nested 50 deep is 70 million Python lists (1.7 GB at its peak before this).
MAX_JSON_MEMORY = 768 * 1024**2


def json_memory(text: str) -> int:
    """An upper estimate of the bytes json.loads builds from text: each list or object, each
    string value (keys are shared), each element, and the characters themselves. Counted with
    str.count (C speed); brackets and commas inside strings only make it more cautious."""
    containers = text.count("[") + text.count("{")
    keys = text.count('":')
    strings = max(text.count('"') // 2 - keys, 0)
    return 64 * containers + 56 * strings + 40 * text.count(",") + len(text)


def load_json(text: str, name: str) -> Any:
    estimate = json_memory(text)
    if estimate > MAX_JSON_MEMORY:
        raise UserError(
            f"{name} would take about {estimate // 1024**2:,} MB of memory to read (its "
            f"{len(text) // 1024**2:,} MB hold that many lists, objects and values), more than "
            "an export needs; it was refused. Upload the posts file of the export on its own."
        )
    try:
        with gc_paused():
            return json.loads(text)
    except RecursionError:
        raise UserError(f"{name} is nested too deeply to be an export; it was refused.") from None
    except json.JSONDecodeError as exc:
        raise UserError(
            f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}). "
            "It may be cut short: download the export again."
        ) from None


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a parser builds a large tree of fresh containers.

    Those containers hold no cycles, yet each allocation-triggered collection walks every one
    made so far: at 100k posts that was two thirds of json.loads' time. Process-wide, so it
    only ever lasts one parse; collection resumes (if it was on) however the parse ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_csv(text: str, name: str, **fmt: Any) -> tuple[list[str], Iterator[list[str]]]:
    """Header and rows of a CSV; the dialect is sniffed when not given, fields are capped."""
    csv.field_size_limit(MAX_CSV_FIELD)
    if "delimiter" not in fmt:
        sample = text[:20_000]
        try:
            fmt["delimiter"] = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
        except csv.Error:
            fmt["delimiter"] = ","
    # Lines are cut from the text one at a time (io.StringIO would copy all of it, four bytes
    # a character): a file costs its text once, plus one line.
    reader = csv.reader(_lines(text, name), **fmt)
    try:
        header = next(reader)
    except StopIteration:
        raise UserError(f"{name} is empty: it has no header row.") from None
    except csv.Error as exc:
        raise UserError(f"{name} is not a readable CSV ({exc}).") from None
    if len(header) > MAX_CSV_COLUMNS:
        raise UserError(
            f"{name} has {len(header):,} columns in its first row; a table of posts has a few "
            "dozen. Check that it is the right file, saved as CSV."
        )

    def rows() -> Iterator[list[str]]:
        try:
            for i, row in enumerate(reader):
                if i >= MAX_CSV_ROWS:
                    raise UserError(f"{name} has more than {MAX_CSV_ROWS:,} rows; split it.")
                yield row
        except csv.Error as exc:
            raise UserError(
                f"{name}: row {reader.line_num} is not readable CSV ({exc}). A cell may be over "
                f"{MAX_CSV_FIELD // 1024} KB or a quote left open."
            ) from None

    return [h.strip().lstrip("\ufeff") for h in header], rows()


def _lines(text: str, name: str) -> Iterator[str]:
    """The text's lines with their endings, as csv.reader wants them; a line longer than
    MAX_CSV_LINE is refused before it is copied. Old Mac files end lines with \\r alone."""
    sep = "\r" if "\n" not in text[:MAX_CSV_LINE] and "\r" in text[:MAX_CSV_LINE] else "\n"
    pos, size, number = 0, len(text), 0
    while pos < size:
        number += 1
        end = text.find(sep, pos, pos + MAX_CSV_LINE + 1)
        if end == -1:
            if size - pos > MAX_CSV_LINE:
                raise UserError(
                    f"{name}: line {number:,} is longer than {MAX_CSV_LINE // 1024**2} MB, "
                    "which no table of posts has. It may not be a CSV, or its line breaks "
                    "were lost: export it again."
                )
            end = size - 1
        yield text[pos : end + 1]
        pos = end + 1


def csv_header(head: bytes) -> list[str]:
    """The first row of a CSV from its first bytes, for sniffing: BOM and spaces stripped.
    UTF-16 with a BOM (older LinkedIn and YouTube exports) and tab-separated headers too."""
    first = head_text(head).lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    try:
        row = next(csv.reader([first], delimiter=header_delimiter(first)), [])
    except csv.Error:
        return []
    return [h.strip() for h in row]


def head_text(head: bytes) -> str:
    """The first bytes of a file as text for sniffing: UTF-16 when it starts with its BOM."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head[: len(head) // 2 * 2].decode("utf-16", errors="replace")
    return head.decode("utf-8", errors="replace")


def header_delimiter(first_line: str) -> str:
    """A tab when a header row is tab-separated (more tabs than commas), else a comma."""
    return "\t" if first_line.count("\t") > first_line.count(",") else ","


def int_or_none(value: Any) -> int | None:
    """Counts from exports: '1,234', '1 234', '1.234' (grouped thousands), '1.2K', '12' and 12
    are numbers; '', None and percentages ('4.5%' is a rate, not a count) are missing."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():  # the common case, e.g. X's "12"
        return int(value)
    if isinstance(value, float):
        return None if value != value or value in (_INF, -_INF) else int(value)
    s = str(value).strip()
    for separator in (",", "\u00a0", "\u202f", " ", "'", "\u2019"):
        s = s.replace(separator, "")
    if not s or s.lower() in {"nan", "none", "null", "-", "--", "n/a", "na"} or "%" in s:
        return None
    if _DOT_THOUSANDS.match(s):  # 1.234 or 12.345.678: no count has three decimals
        s = s.replace(".", "")
    scale = _SUFFIXES.get(s[-1:].lower(), 1)
    if scale > 1:
        s = s[:-1]
    try:
        return int(float(s) * scale)
    except (ValueError, OverflowError):
        return None


_INF = float("inf")
_DOT_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_SUFFIXES = {"k": 1_000, "m": 1_000_000, "b": 1_000_000_000}


def header_key(header: str) -> str:
    """A header as compared by its words: case, spaces, punctuation and a BOM ignored
    ("Video publish time" and "video_publish_time" are one key)."""
    return re.sub(r"[^0-9a-z%]+", " ", header.lstrip("\ufeff").lower()).strip()


def csv_records(name: str, data: bytes) -> tuple[list[str], Iterator[dict[str, str]]]:
    """The header keys (header_key) of a CSV, and its rows as dicts by those keys: fields are
    read by header text, never position, since platforms add and move columns. UTF-8 or
    UTF-16 with a BOM, comma- or tab-separated."""
    text = decode(data, name)
    delimiter = header_delimiter(text[:65536].split("\n", 1)[0])
    headers, rows = read_csv(text, name, delimiter=delimiter)
    keys = [header_key(h) for h in headers]

    def records() -> Iterator[dict[str, str]]:
        for row in rows:
            yield {k: (row[i].strip() if i < len(row) else "") for i, k in enumerate(keys)}

    return keys, records()


def header_keys(head: bytes) -> list[str]:
    """header_key of each column of a CSV's first row, from its first bytes (for sniffing)."""
    return [header_key(h) for h in csv_header(head)]
