"""A JSON array read item by item from a stream: a heavy account's X archive part holds a
million records in one array, which json.loads would hold whole (the bytes, the text and the
tree at once, several GB). Only the record being decoded and a read buffer are in memory."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import IO, Any

from core.errors import UserError

READ_BYTES = 1024 * 1024
MAX_ITEM_CHARS = 16 * 1024 * 1024  # one record this long is no export's record
_SPACE = re.compile(r"[ \t\r\n]*")
_AFTER_ITEM = frozenset(",] \t\r\n")


def array_items(
    stream: IO[bytes], name: str, prefix: re.Pattern[str] | None = None
) -> Iterator[Any]:
    """Each item of the JSON array in the stream (UTF-8), in order. `prefix` matches what comes
    before the array (X's "window.YTD.tweets.part0 = "); a stream that does not start with it,
    or holds no array, or breaks off, raises UserError."""
    reader = _Buffer(stream, name)
    reader.fill_until(lambda text: "[" in text or len(text) > 4096)
    if prefix is not None:
        match = prefix.match(reader.text)
        if not match:
            raise UserError(f"{name} does not start like an X archive file (window.YTD.…).")
        reader.pos = match.end()
    reader.skip_space()
    if reader.peek() != "[":
        raise UserError(f"{name} holds no list of records; download the archive again.")
    reader.pos += 1
    decode = json.JSONDecoder().raw_decode
    first = True
    while True:
        reader.skip_space()
        char = reader.peek()
        if char == "]":
            return
        if not first:
            if char != ",":
                raise reader.broken("a comma between records")
            reader.pos += 1
            reader.skip_space()
        while True:
            try:
                item, end = decode(reader.text, reader.pos)
                # A number is only whole when what follows it is read: "3" of "3.5" is not.
                ends = end < len(reader.text) and reader.text[end] in _AFTER_ITEM
                if ends or reader.eof or not isinstance(item, int | float):
                    break
                reader.fill()
                continue
            except json.JSONDecodeError:
                # Most often the record runs past what was read so far: read on and try again.
                if reader.eof or len(reader.text) - reader.pos > MAX_ITEM_CHARS:
                    raise reader.broken("a complete record") from None
                reader.fill()
        reader.pos = end
        first = False
        yield item


class _Buffer:
    """Decoded text read so far, from `pos` on; earlier text is dropped at each fill."""

    def __init__(self, stream: IO[bytes], name: str) -> None:
        self.stream, self.name = stream, name
        self.utf8 = codecs.getincrementaldecoder("utf-8-sig")()
        self.text, self.pos, self.eof = "", 0, False

    def fill(self) -> None:
        data = self.stream.read(READ_BYTES)
        self.eof = not data
        try:
            fresh = self.utf8.decode(data, final=self.eof)
        except UnicodeDecodeError:
            raise UserError(f"{self.name} is not UTF-8 text; download the archive again.") from None
        self.text = self.text[self.pos :] + fresh
        self.pos = 0

    def fill_until(self, enough: Any) -> None:
        while not self.eof and not enough(self.text):
            self.fill()

    def skip_space(self) -> None:
        while True:
            self.pos = _SPACE.match(self.text, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.text) or self.eof:
                return
            self.fill()

    def peek(self) -> str:
        if self.pos >= len(self.text):
            raise self.broken("the end of the list")
        return self.text[self.pos]

    def broken(self, wanted: str) -> UserError:
        return UserError(
            f"{self.name} breaks off or is damaged where {wanted} should be; it may be cut "
            "short: download the archive again."
        )
