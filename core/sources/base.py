"""What every source shares: the parse result, byte decoding and capped JSON/CSV reading."""

from __future__ import annotations

import codecs
import csv
import gc
import io
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from core.errors import UserError
from core.post import Post

MAX_FILE_BYTES = 400 * 1024**2
MAX_CSV_FIELD = 1024 * 1024
MAX_CSV_ROWS = 2_000_000


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


def load_json(text: str, name: str) -> Any:
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
    reader = csv.reader(io.StringIO(text, newline=""), **fmt)
    try:
        header = next(reader)
    except StopIteration:
        raise UserError(f"{name} is empty: it has no header row.") from None
    except csv.Error as exc:
        raise UserError(f"{name} is not a readable CSV ({exc}).") from None

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


def csv_header(head: bytes) -> list[str]:
    """The first row of a CSV from its first bytes, for sniffing: BOM and spaces stripped."""
    first = head.decode("utf-8", errors="replace").lstrip("\ufeff").split("\n", 1)[0]
    try:
        row = next(csv.reader([first.rstrip("\r")]), [])
    except csv.Error:
        return []
    return [h.strip() for h in row]


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
        return None if value != value else int(value)
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


_DOT_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_SUFFIXES = {"k": 1_000, "m": 1_000_000, "b": 1_000_000_000}
