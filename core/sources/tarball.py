"""Tar archives (older Mastodon exports are .tar.gz) read as safely as archive.py reads zips.

In memory or from a file on disk, never extracted. Names are checked before anything is read;
only regular files are offered (links and devices are never followed); declared sizes are
capped before any data is read, since a tar's headers say how much every skip over a member
will decompress.
SafeTar offers the same reads as SafeZip, so every platform's zip reader works on a tar too.
"""

from __future__ import annotations

import io
import tarfile
import zlib
from pathlib import Path

from core.errors import UserError
from core.sources.archive import LIMITS, Limits, LooseFiles, SafeZip, UnsafeArchive, _unsafe_name

GZIP_MAGIC = b"\x1f\x8b"
_TAR_MAGIC_AT = 257  # "ustar" in the first header block


def is_tar(data: bytes) -> bool:
    """A tar, or a gzip whose first block is a tar header."""
    head = data[:512]
    if head.startswith(GZIP_MAGIC):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:65536], 512)
        except zlib.error:
            return False
    return head[_TAR_MAGIC_AT : _TAR_MAGIC_AT + 5] == b"ustar"


class SafeTar:
    """A tar (or tar.gz) opened for capped reads of its regular files."""

    def __init__(
        self, data: bytes | Path, name: str, limits: Limits = LIMITS, depth: int = 1
    ) -> None:
        self.name = name
        self.limits = limits
        self.depth = depth
        self._read_total = 0
        try:
            if isinstance(data, Path):  # read from disk as it is asked for, never whole
                with data.open("rb") as fh:
                    mode = "r:gz" if fh.read(2) == GZIP_MAGIC else "r:"
                self._tar = tarfile.open(data, mode=mode)  # noqa: SIM115
                packed = data.stat().st_size
            else:
                mode = "r:gz" if data.startswith(GZIP_MAGIC) else "r:"
                self._tar = tarfile.open(fileobj=io.BytesIO(data), mode=mode)  # noqa: SIM115
                packed = len(data)
            self._infos = self._list(packed)
        except (tarfile.TarError, EOFError, OSError, zlib.error, ValueError) as exc:
            raise UserError(
                f"{name} is not a readable tar archive ({exc}). It may be cut short: download "
                "it again."
            ) from None

    def _list(self, packed: int) -> dict[str, tarfile.TarInfo]:
        infos: dict[str, tarfile.TarInfo] = {}
        declared = 0
        for count, info in enumerate(self._tar, 1):
            if count > self.limits.max_members:
                raise UnsafeArchive(
                    f"{self.name} holds more than {self.limits.max_members:,} files, more than "
                    "an export has."
                )
            if _unsafe_name(info.name):
                raise UnsafeArchive(
                    f"{self.name} contains a file named {info.name!r} that points outside the "
                    "archive. Exports never do that; download the export again."
                )
            # Sizes are checked for every member before the next header is read: tarfile inflates
            # a member's data to skip past it, whatever its type (an unknown type 'Z' of 1 GB
            # was inflated while listing, past every cap, before this).
            if info.size > self.limits.max_member_bytes:
                raise UnsafeArchive(
                    f"{self.name}: {info.name} is larger than "
                    f"{self.limits.max_member_bytes // 1024**2} MB. Upload the file on its own."
                )
            declared += info.size
            if declared > self.limits.max_total_bytes:
                raise UnsafeArchive(
                    f"{self.name} unpacks past {self.limits.max_total_bytes // 1024**2} MB in "
                    "total; that is more than an export holds."
                )
            if declared / max(packed, 1) > self.limits.max_ratio:
                raise UnsafeArchive(
                    f"{self.name} would unpack {declared / max(packed, 1):,.0f} times its size; "
                    "that is a compression bomb, not an export."
                )
            if info.isfile():  # directories, links, devices: nothing to read, nothing to follow
                infos[info.name.removeprefix("./")] = info
        return infos

    @property
    def names(self) -> list[str]:
        return list(self._infos)

    def close(self) -> None:
        self._tar.close()

    def size(self, member: str) -> int:
        return self._infos[member].size

    def find(self, *suffixes: str) -> list[str]:
        """Members whose path ends with one of the suffixes, case-insensitively, sorted."""
        lowered = tuple(s.lower() for s in suffixes)
        return sorted(n for n in self._infos if n.lower().endswith(lowered))

    def read(self, member: str) -> bytes:
        info = self._infos[member]
        out = io.BytesIO()
        try:
            handle = self._tar.extractfile(info)
            if handle is None:
                return b""
            with handle:
                while chunk := handle.read(1024 * 1024):
                    out.write(chunk)
                    self._read_total += len(chunk)
                    if out.tell() > self.limits.max_member_bytes:
                        raise UnsafeArchive(f"{self.name}: {member} reads past its cap.")
                    if self._read_total > self.limits.max_total_bytes:
                        raise UnsafeArchive(f"{self.name} reads past its total cap.")
        except (tarfile.TarError, EOFError, OSError, zlib.error, ValueError) as exc:
            raise UserError(
                f"{self.name}: {member} could not be read ({exc}). The archive may be damaged "
                "or cut short: download it again."
            ) from None
        return out.getvalue()

    def nested(self, member: str, data: bytes) -> SafeZip:
        """A zip inside this tar (already read), sharing the depth limit."""
        return SafeZip(data, f"{self.name}/{member}", self.limits, self.depth + 1)


Archive = SafeZip | SafeTar | LooseFiles
