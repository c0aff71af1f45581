"""Sniff what a file is from its content and hand it to the parser for that format.

Order matters: the most specific signatures first, the generic CSV last. A zip is offered to
every platform's zip reader; what none claims is sniffed file by file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from core.errors import UserError
from core.sources import (
    bluesky,
    discord,
    feed,
    ghost,
    linkedin,
    linkedin_analytics,
    mailchimp,
    mastodon,
    medium,
    meta,
    reddit,
    substack,
    table,
    tiktok,
    x,
    x_csv,
    youtube,
)
from core.sources.archive import LooseFiles, SafeZip, UnsafeArchive, is_zip
from core.sources.base import MAX_FILE_BYTES, FileFormat, Parsed, looks_binary
from core.sources.tarball import Archive, SafeTar, is_tar

ZipReader = Callable[[Archive], tuple[list[Parsed], set[str]]]

# Exact signatures first (X's JS prefix, CAR bytes, Ghost/ActivityPub/JSON Feed/XML roots), then
# Meta's looser JSON keys, then the platforms' CSV headers; the generic CSV last.
FILE_FORMATS: list[FileFormat] = [
    *x.FORMATS,
    *bluesky.FORMATS,
    *ghost.FORMATS,
    *mastodon.FORMATS,
    *feed.FORMATS,
    *tiktok.FORMATS,
    *meta.FORMATS,
    *x_csv.FORMATS,
    *linkedin.FORMATS,
    *substack.FORMATS,
    *reddit.FORMATS,
    *youtube.FORMATS,
    *linkedin_analytics.FORMATS,
    *mailchimp.FORMATS,
    *discord.FORMATS,
    *table.FORMATS,
]
HTML_FORMATS: list[FileFormat] = [*medium.FORMATS]
ZIP_READERS: list[ZipReader] = [
    x.read_zip,
    x_csv.read_legacy_zip,
    linkedin.read_zip,
    meta.read_zip,
    mastodon.read_zip,
    substack.read_zip,
    medium.read_zip,
    reddit.read_zip,
    youtube.read_zip,
    tiktok.read_zip,
    discord.read_zip,
]

# Files that are clearly not exports, and what to say about them.
_NOT_EXPORTS: list[tuple[re.Pattern[bytes], str]] = [
    (re.compile(rb"^%PDF-"), "a PDF document"),
    (re.compile(rb"^\x89PNG|^\xff\xd8\xff|^GIF8|^RIFF....WEBP", re.DOTALL), "an image"),
    (re.compile(rb"^\s*(<!doctype\s+html|<html)", re.IGNORECASE), "a web page (HTML)"),
    (re.compile(rb"^\x1f\x8b"), "a gzip file"),
    (re.compile(rb"^Rar!|^7z\xbc\xaf"), "a RAR or 7z archive"),
]
_SKIP_IN_ZIP = re.compile(
    r"(^|/)(__MACOSX/|\.DS_Store$|Thumbs\.db$)"
    r"|\.(jpe?g|png|gif|webp|mp4|mov|heic|m4a|mp3|srt|vtt|svg|css|woff2?)$",
    re.IGNORECASE,
)


def parse_upload(name: str, data: bytes | Path) -> list[Parsed]:
    """Everything importable in one uploaded file (a zip may hold several exports).

    A Path is read from disk as needed: a zip or tar is opened from the file and only the
    members the readers ask for are read (each capped, core.sources.archive), so an archive of any
    size can be imported; any other file is refused by its size before it is read.
    """
    if isinstance(data, Path):
        return _parse_path(name, data)
    if not data or data.isspace():  # not strip(): it would copy a large file to find out
        raise UserError(f"{name} is empty. Upload the export file itself.")
    if len(data) > MAX_FILE_BYTES and not is_zip(data[:4]) and not is_tar(data):
        if _is_tweets(data[:256]):
            raise UserError(
                f"{name} is larger than {MAX_FILE_BYTES // 1024**2} MB, more than an upload "
                f"holds. Import it from the command line (python -m core import {name}), which "
                "reads a tweets file of any size as a stream."
            )
        raise UserError(_too_large(name))
    if is_zip(data[:4]) and not table.sniff_xlsx(name, data[:4]):
        return parse_zip(SafeZip(data, name))
    if is_tar(data):  # older Mastodon archives are .tar.gz
        return parse_zip(SafeTar(data, name))
    return [parse_file(name, data)]


def _parse_path(name: str, path: Path) -> list[Parsed]:
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(65536)
    except OSError as exc:
        raise UserError(f"{name} cannot be opened ({exc.strerror}).") from None
    if not head.strip() and size <= len(head):
        raise UserError(f"{name} is empty. Upload the export file itself.")
    archive: Archive | None = None
    if is_zip(head[:4]) and not table.sniff_xlsx(name, head[:4]):
        archive = SafeZip(path, name)
    elif is_tar(head):
        archive = SafeTar(path, name)
    if archive is not None:
        try:
            return parse_zip(archive)
        finally:
            archive.close()
    if size > MAX_FILE_BYTES:  # checked before reading: a 1 GB one-line file is never loaded
        if _is_tweets(head[:256]):
            return [x.streamed_file(path, name)]  # a heavy account's tweets.js: read as a stream
        raise UserError(_too_large(name))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"{name} cannot be read ({exc.strerror}).") from None
    return parse_upload(name, data)


def _is_tweets(head: bytes) -> bool:
    part = _X_PART.match(head)
    return bool(part) and _X_MEMBER.get(part.group(1).decode()) == "tweets"


def _too_large(name: str) -> str:
    return (
        f"{name} is larger than {MAX_FILE_BYTES // 1024**2} MB, more than one export file "
        "holds; split it, or upload the posts file on its own."
    )


# Loose X archive files uploaded together are read as one archive: note-tweet.js (the full text
# of long posts) and deleted-tweets.js only mean something beside tweets.js.
_X_PART = re.compile(rb"^(?:\xef\xbb\xbf)?\s*window\.YTD\.(\w+)\.part\d+\s*=")
_X_MEMBER = {"tweets": "tweets", "tweet": "tweets", "note_tweet": "note-tweet",
             "deleted_tweets": "deleted-tweets"}  # fmt: skip


def x_parts(
    uploads: list[tuple[str, bytes]],
) -> tuple[list[tuple[str, bytes]], list[tuple[str, bytes]]]:
    """The uploads that are loose parts of one X archive and belong together (tweets.js with
    note-tweet.js or deleted-tweets.js), and the rest. Nothing is grouped unless there is a
    tweets file and one that adds to it."""
    kinds: dict[int, str] = {}
    for i, (_name, data) in enumerate(uploads):
        match = _X_PART.match(data[:256])
        if match and match.group(1).decode() in _X_MEMBER:
            kinds[i] = match.group(1).decode()
    has_tweets = any(_X_MEMBER[k] == "tweets" for k in kinds.values())
    if not has_tweets or all(_X_MEMBER[k] == "tweets" for k in kinds.values()):
        return [], uploads
    return (
        [u for i, u in enumerate(uploads) if i in kinds],
        [u for i, u in enumerate(uploads) if i not in kinds],
    )


def parse_x_parts(parts: list[tuple[str, bytes]]) -> list[Parsed]:
    """Loose X archive files (see x_parts) read as the archive they came from."""
    members: dict[str, bytes] = {}
    for n, (name, data) in enumerate(parts):
        match = _X_PART.match(data[:256])
        base = _X_MEMBER[match.group(1).decode()] if match else "tweets"
        own = PurePosixPath(name.replace("\\", "/")).name
        # The reader finds parts by name: keep the uploaded name when it is one X uses.
        fits = re.fullmatch(rf"{base}(?:-part\d+)?\.js", own, re.IGNORECASE)
        member = f"data/{own}" if fits and f"data/{own}" not in members else None
        members[member or f"data/{base}-part{900 + n}.js"] = data  # never an uploaded name
    names = " + ".join(name for name, _ in parts)
    found, _ = x.read_zip(LooseFiles(members, names))
    for result in found:
        result.name = names  # the files as uploaded, not an archive's name
    return found


def parse_file(name: str, data: bytes) -> Parsed:
    head = data[:65536]
    for fmt in HTML_FORMATS:  # exports that are web pages, before web pages are refused
        if fmt.sniff(name, head):
            return fmt.parse(name, data)
    for pattern, what in _NOT_EXPORTS:
        if pattern.search(head[:1024]):
            hint = (
                " If it is your blog, add its address under 'Add a feed URL' instead."
                if "web page" in what
                else ""
            )
            raise UserError(
                f"{name} looks like {what}, not an export Goodwill Ledger can read "
                f"(blog feeds and exports, X archives, CSV or Excel sheets of posts).{hint}"
            )
    for fmt in FILE_FORMATS:
        if fmt.sniff(name, head):
            return fmt.parse(name, data)
    if looks_binary(head):
        raise UserError(f"{name} is binary data, not an export. Upload the export file itself.")
    raise UserError(
        f"{name} is not a format Goodwill Ledger recognises. It reads blog feeds (RSS, Atom, "
        "WordPress export) and Substack, Medium and Ghost exports; the X, LinkedIn, Facebook, "
        "Instagram, Mastodon, Reddit, TikTok and Discord downloads (the zip, or the posts file "
        "inside it); Bluesky's repo.car; YouTube Studio and LinkedIn analytics exports; "
        "Mailchimp's campaign report; and CSV or Excel sheets with a date and a text column."
    )


def parse_zip(archive: Archive) -> list[Parsed]:
    results: list[Parsed] = []
    claimed: set[str] = set()
    for reader in ZIP_READERS:
        found, owned = reader(archive)
        results.extend(found)
        claimed |= owned
    leftovers = [n for n in archive.names if n not in claimed and not _SKIP_IN_ZIP.search(n)]
    refused: list[str] = []
    for member in leftovers:
        try:
            data = archive.read(member)
            if is_zip(data[:4]) and not table.sniff_xlsx(member, data[:4]):
                results.extend(parse_zip(archive.nested(member, data)))
            else:
                results.append(parse_file(f"{archive.name}/{member}", data))
        except UnsafeArchive:
            raise
        except UserError:
            refused.append(PurePosixPath(member).name)
    if not results:
        listed = ", ".join(refused[:6]) + (", …" if len(refused) > 6 else "")
        raise UserError(
            f"{archive.name} holds no export Goodwill Ledger can read"
            + (f" (it has: {listed})" if listed else " (it is empty)")
            + ". Upload the zip your platform gave you, or the posts file inside it."
        )
    if refused:
        results[0].notes.append(
            f"{len(refused)} other file(s) in the zip were not posts and were left out"
        )
    return results
