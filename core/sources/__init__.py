"""Sources: every export format read into Posts, and the safe readers they share.

`sniff` tells a file's format from its content and hands it to the module for that format. It is
exported lazily, so that a module needing only `core.sources.text` does not load every parser.
"""

from __future__ import annotations

from typing import Any

_SNIFFED = ("parse_upload", "parse_x_parts", "x_parts", "parse_file", "parse_zip")
__all__ = list(_SNIFFED)


def __getattr__(name: str) -> Any:
    if name in _SNIFFED:
        from core.sources import sniff

        return getattr(sniff, name)
    raise AttributeError(f"module 'core.sources' has no attribute {name!r}")
