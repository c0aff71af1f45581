"""Excel workbooks (.xlsx) read safely: an xlsx is a zip of XML, so it gets an archive's caps
first, then its first sheet is streamed row by row with caps on rows, columns and cells.

Nothing the workbook says about itself is trusted: its members' declared sizes (each is
inflated and counted before openpyxl opens it), nor the sheet's <dimension> tag (a 5 KB file
declaring A1:XFD1048576 made pandas build a frame of 17 billion cells). XML entities are
refused by openpyxl's defusedxml parser.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from openpyxl import load_workbook

from core.errors import UserError
from core.sources.archive import Limits, SafeZip, UnsafeArchive

# A workbook of posts is a few XML files: its sheet and shared strings inflate to tens of MB.
XLSX_ARCHIVE = Limits(
    max_members=2_000,
    max_member_bytes=256 * 1024**2,
    max_total_bytes=512 * 1024**2,
    max_ratio=500,
    max_depth=1,
)


@dataclass(frozen=True)
class SheetLimits:
    archive: Limits = XLSX_ARCHIVE
    max_rows: int = 1_048_576  # Excel's own limit; rows the sheet skips count too
    max_columns: int = 1_024
    # openpyxl reads some 30,000 cells or shared strings a second here: these bound a sheet's
    # time to about two minutes, whatever its shape (100,000 posts × 10 columns take 40 s).
    max_cells: int = 4_000_000  # rows × widths walked
    max_strings: int = 500_000


SHEET_LIMITS = SheetLimits()


def open_workbook(name: str, data: bytes, limits: SheetLimits = SHEET_LIMITS) -> Any:
    """The workbook opened read-only, once every member has been inflated and counted within
    the archive's caps (openpyxl trusts the sizes the zip declares)."""
    archive = SafeZip(data, name, limits.archive)
    try:
        for member in archive.names:
            if member.lower().endswith("sharedstrings.xml"):
                _check_strings(name, archive, member, limits)
            else:
                archive.measure(member)
    finally:
        archive.close()
    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except UnsafeArchive:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types for damaged files
        raise UserError(f"{name} could not be read as an Excel workbook ({_short(exc)}).") from None


def read_sheet(
    name: str, data: bytes, limits: SheetLimits = SHEET_LIMITS
) -> tuple[list[str], Iterator[list[Any]]]:
    """Header and rows of the workbook's first sheet. Rows are read as they are asked for; cells
    are Python values (str, int, float, datetime, None) as openpyxl gives them."""
    book = open_workbook(name, data, limits)
    try:
        sheet = book.worksheets[0]
        sheet.reset_dimensions()  # never the <dimension> tag: rows are as long as their cells
        rows = sheet.iter_rows(values_only=True)
        header = next(rows, ())
    except UnsafeArchive:
        raise
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types for damaged files
        raise UserError(f"{name} could not be read as an Excel workbook ({_short(exc)}).") from None
    _check_width(name, header, 1, limits)
    headers = ["" if v is None else str(v).strip() for v in header]
    return headers, _rows(name, book, rows, len(header), limits)


def _rows(
    name: str, book: Any, rows: Iterator[tuple[Any, ...]], cells: int, limits: SheetLimits
) -> Iterator[list[Any]]:
    try:
        for number, row in enumerate(rows, 2):
            if number > limits.max_rows:
                raise UserError(
                    f"{name} has more than {limits.max_rows:,} rows, more than Excel allows; "
                    "it was refused."
                )
            if not row:
                continue  # a row the sheet skipped: nothing to read
            _check_width(name, row, number, limits)
            cells += len(row)
            if cells > limits.max_cells:
                raise UserError(
                    f"{name} holds more than {limits.max_cells:,} cells; save only the columns "
                    "of your posts, or save it as CSV (read much faster) and upload that."
                )
            if any(v is not None for v in row):
                yield list(row)
    except UserError:
        raise
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(f"{name} could not be read as an Excel workbook ({_short(exc)}).") from None
    except Exception as exc:  # noqa: BLE001 - the XML parser's errors (defusedxml, expat)
        raise UserError(f"{name} could not be read as an Excel workbook ({_short(exc)}).") from None
    finally:
        book.close()


def _check_strings(name: str, archive: SafeZip, member: str, limits: SheetLimits) -> None:
    """Count the shared strings as they inflate: openpyxl reads them all into memory before the
    first row, at about 30,000 a second (12 million tiny ones took 2 GB and five minutes)."""
    count, tail = 0, b""
    for chunk in archive.chunks(member):
        window = tail + chunk
        count += len(_STRING_TAG.findall(window)) - len(_STRING_TAG.findall(tail))
        tail = window[-16:]
        if count > limits.max_strings:
            raise UserError(
                f"{name} holds more than {limits.max_strings:,} different texts, more than a "
                "sheet of posts has; if it really is one, save it as CSV (read much faster) and "
                "upload that."
            )


_STRING_TAG = re.compile(rb"<(?:\w+:)?si[\s/>]")


def _check_width(name: str, row: tuple[Any, ...], number: int, limits: SheetLimits) -> None:
    if len(row) > limits.max_columns:
        raise UserError(
            f"{name}: row {number:,} reaches column {len(row):,}; a sheet of posts has at most "
            f"{limits.max_columns:,} columns. Save only the columns you need and upload it again."
        )


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text[:160]
