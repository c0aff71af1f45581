"""Zip archives built in a test, as exports arrive: the one builder every test file shares."""

from __future__ import annotations

import io
import zipfile


def zip_of(files: dict[str, bytes | str], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as zf:
        for name, content in files.items():
            zf.writestr(name, content)
    return buffer.getvalue()
