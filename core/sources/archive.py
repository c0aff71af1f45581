"""Zip archives read safely: never extracted, every read capped.

Declared sizes in a zip can lie, so every member is read in chunks against a cap rather than
trusting its header; member count and names are checked before anything is read. A zip is read
from bytes or straight from a file on disk (the command line's large archives): only the
members asked for are ever read, so an archive of any size costs the memory of those members.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from core.errors import UserError

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


@dataclass(frozen=True)
class Limits:
    max_members: int = 50_000
    max_member_bytes: int = 400 * 1024**2
    max_total_bytes: int = 1536 * 1024**2
    max_ratio: int = 1000  # uncompressed : compressed beyond this is a bomb, not an export
    max_depth: int = 2  # a zip inside a zip is fine (a bundle of exports); deeper is not
    # A member streamed from a zip on disk (stream()) is never held whole, so only the time it
    # takes bounds it: a heavy account's X archive holds a few GB of tweets.
    max_streamed_bytes: int = 32 * 1024**3


LIMITS = Limits()


class UnsafeArchive(UserError):
    """A zip refused whole: a bomb, a traversal name, too many members or too deep."""


def is_zip(head: bytes) -> bool:
    return head.startswith(ZIP_MAGIC)


class SafeZip:
    """A zip opened for capped reads of its members."""

    def __init__(
        self, source: bytes | Path | BinaryIO, name: str, limits: Limits = LIMITS, depth: int = 1
    ) -> None:
        self.name = name
        self.limits = limits
        self.depth = depth
        self._read_total = 0
        self._streamed_total = 0
        # A zip opened from a file on disk can be opened again, to stream a member twice.
        self.path = source if isinstance(source, Path) else None
        if depth > limits.max_depth:
            raise UnsafeArchive(
                f"{name}: zips nested more than {limits.max_depth} deep are refused."
            )
        fileobj = io.BytesIO(source) if isinstance(source, bytes) else source
        try:
            self._zip = zipfile.ZipFile(fileobj)  # type: ignore[arg-type]
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, EOFError, ValueError, OSError) as exc:
            raise UserError(
                f"{name} is not a readable zip ({exc}). It may be cut short: download it again."
            ) from None
        if len(infos) > limits.max_members:
            raise UnsafeArchive(
                f"{name} holds {len(infos):,} files, more than the {limits.max_members:,} an "
                "export has. Upload the export itself, or only the files Goodwill Ledger needs."
            )
        for info in infos:
            if _unsafe_name(info.filename):
                raise UnsafeArchive(
                    f"{name} contains a file named {info.filename!r} that points outside the "
                    "archive. Exports never do that; download the export again."
                )
        self._infos = {i.filename: i for i in infos if not i.is_dir()}

    @property
    def names(self) -> list[str]:
        return list(self._infos)

    def close(self) -> None:
        """Let go of the file a zip opened from a path holds open (harmless otherwise)."""
        self._zip.close()

    def size(self, member: str) -> int:
        return self._infos[member].file_size

    def find(self, *suffixes: str) -> list[str]:
        """Members whose path ends with one of the suffixes, case-insensitively, sorted."""
        lowered = tuple(s.lower() for s in suffixes)
        return sorted(n for n in self._infos if n.lower().endswith(lowered))

    def read(self, member: str) -> bytes:
        out = io.BytesIO()
        for chunk in self.chunks(member):
            out.write(chunk)
        return out.getvalue()

    def measure(self, member: str) -> int:
        """The bytes a member really inflates to, counted (capped) and thrown away: declared
        sizes can lie, and a reader that opens the zip itself (openpyxl) trusts them."""
        return sum(len(chunk) for chunk in self.chunks(member))

    def chunks(self, member: str) -> Iterator[bytes]:
        """A member's bytes in chunks as they inflate, under the same caps as read (stream, by
        contrast, lifts the size cap for readers that never hold a member whole)."""
        info = self._infos[member]
        cap = self.limits.max_member_bytes
        if (
            info.compress_size
            and info.file_size / max(info.compress_size, 1) > self.limits.max_ratio
        ):
            raise UnsafeArchive(
                f"{self.name}: {member} would inflate {info.file_size / info.compress_size:,.0f} "
                "times its size; that is a zip bomb, not an export."
            )
        size = 0
        try:
            with self._zip.open(info) as fh:
                while chunk := fh.read(1024 * 1024):
                    size += len(chunk)
                    self._read_total += len(chunk)
                    if size > cap:
                        raise UnsafeArchive(self._too_large(member, cap))
                    if self._read_total > self.limits.max_total_bytes:
                        total_mb = self.limits.max_total_bytes // 1024**2
                        raise UnsafeArchive(
                            f"{self.name} inflates past {total_mb} MB in total; that is more "
                            "than an export holds."
                        )
                    if size > max(info.compress_size, 1) * self.limits.max_ratio and size > 1024**2:
                        raise UnsafeArchive(
                            f"{self.name}: {member} inflates more than {self.limits.max_ratio:,} "
                            "times its size; that is a zip bomb, not an export."
                        )
                    yield chunk
        except (
            zipfile.BadZipFile,
            zlib.error,  # a damaged deflate stream inside an intact zip raises this, not BadZipFile
            EOFError,
            OSError,
            ValueError,
            NotImplementedError,
        ) as exc:
            raise UserError(
                f"{self.name}: {member} could not be read ({exc}). The zip may be damaged or cut "
                "short: download it again."
            ) from None

    def _too_large(self, member: str, cap: int) -> str:
        """The refusal of a member past the cap, with what to do where it is shown."""
        said = f"{self.name}: {member} inflates past {cap // 1024**2} MB."
        if self.path is not None:  # the command line, which streams X archives' tweets already
            return (
                f"{said} Only an X archive's tweets files are read as a stream at that size; "
                "export this platform's data in smaller parts."
            )
        return (
            f"{said} Import the archive from the command line, which reads an X archive of any "
            f"size as a stream: python -m core import {self.name} --workspace NAME"
        )

    @contextmanager
    def stream(self, member: str) -> Iterator[BinaryIO]:
        """A member to read as a stream, however large it inflates: the ratio cap holds as it is
        read (a bomb is refused as soon as it passes it) and so does max_streamed_bytes; the
        size cap of read() does not, since nothing here is held whole."""
        info = self._infos[member]
        self._check_ratio(member, info.file_size, info.compress_size)
        try:
            with self._zip.open(info) as fh:
                yield _CappedStream(fh, self, member, info.compress_size)  # type: ignore[misc]
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
            raise UserError(
                f"{self.name}: {member} could not be read ({exc}). The zip may be damaged or cut "
                "short: download it again."
            ) from None

    def _check_ratio(self, member: str, inflated: int, compressed: int) -> None:
        if compressed and inflated / max(compressed, 1) > self.limits.max_ratio:
            raise UnsafeArchive(
                f"{self.name}: {member} would inflate {inflated / compressed:,.0f} "
                "times its size; that is a zip bomb, not an export."
            )

    def nested(self, member: str, data: bytes) -> SafeZip:
        """A zip inside this one (already read), sharing the depth limit."""
        return SafeZip(data, f"{self.name}/{member}", self.limits, self.depth + 1)


class _CappedStream(io.RawIOBase):
    """A zip member's inflating stream that counts what it gives against the archive's caps."""

    def __init__(self, raw: BinaryIO, archive: SafeZip, member: str, compressed: int) -> None:
        self.raw, self.archive, self.member, self.compressed = raw, archive, member, compressed
        self.given = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size if size and size > 0 else 1024 * 1024)
        self.given += len(data)
        self.archive._streamed_total += len(data)
        self.archive._check_ratio(self.member, self.given, self.compressed)
        limit = self.archive.limits.max_streamed_bytes
        if self.archive._streamed_total > limit:
            raise UnsafeArchive(
                f"{self.archive.name} inflates past {limit // 1024**3} GB; that is more than an "
                "export holds."
            )
        return data


class LooseFiles:
    """Files uploaded side by side (X's tweets.js with its note-tweet.js), offered with the reads
    of a zip so a platform's zip reader can take them together. Already in memory and capped by
    the upload, so reads are plain."""

    depth = 1
    limits = LIMITS

    def __init__(self, members: dict[str, bytes], name: str) -> None:
        self.name = name
        self._members = dict(members)

    @property
    def names(self) -> list[str]:
        return list(self._members)

    def size(self, member: str) -> int:
        return len(self._members[member])

    def find(self, *suffixes: str) -> list[str]:
        lowered = tuple(s.lower() for s in suffixes)
        return sorted(n for n in self._members if n.lower().endswith(lowered))

    def read(self, member: str) -> bytes:
        return self._members[member]

    def nested(self, member: str, data: bytes) -> SafeZip:
        return SafeZip(data, f"{self.name}/{member}", self.limits, self.depth + 1)

    def close(self) -> None:
        """Nothing to let go of."""


def _unsafe_name(name: str) -> bool:
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return True
    parts = posixpath.normpath(name.replace("\\", "/")).split("/")
    return ".." in parts
