"""X (Twitter) archives: the zip, or tweets.js / tweet.js and their -partN files alone.

Accepts every shape FORMATS.md §1 lists: tweets.js and the older tweet.js, any number of parts,
records with and without the {"tweet": …} wrapper. Retweets, replies and quote tweets are told
apart; t.co links are replaced by the URLs they stand for. Long posts get their full text from
data/note-tweet.js; recently deleted posts (data/deleted-tweets.js) are counted, not imported.
The archive's CSV files (pre-2019 tweets.csv, the analytics export) are in core.sources.x_csv.
"""

from __future__ import annotations

import html
import io
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from core.errors import UserError
from core.post import Post
from core.sources import jsonstream
from core.sources.archive import SafeZip
from core.sources.base import FileFormat, Parsed, decode, gc_paused, int_or_none, load_json
from core.sources.dates import parse_iso
from core.sources.tarball import Archive
from core.sources.text import find_urls, normalize, tidy, unique

_PART_PREFIX = re.compile(r"^\s*window\.YTD\.(\w+)\.part(\d+)\s*=\s*")
_TWEET_FILE = re.compile(r"(?:^|/)(?:data/)?tweets?(?:-part\d+)?\.js$", re.IGNORECASE)
_NOTE_FILE = re.compile(r"(?:^|/)data/note-tweet(?:-part\d+)?\.js$", re.IGNORECASE)
_DELETED_FILE = re.compile(r"(?:^|/)data/deleted-tweets(?:-part\d+)?\.js$", re.IGNORECASE)
_LEADING_MENTIONS = re.compile(r"^(?:\.?@\w+\s+)+")
NOTE_WINDOW_SECONDS = 5  # a long post's note and its shortened tweet are written together
STATUS_URL = re.compile(r"https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/[^/]+/status(?:es)?/(\d+)")
MONTHS = {
    m: i
    for i, m in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}

_OTHER_FILES = {
    "like": "your likes",
    "follower": "your followers",
    "following": "the accounts you follow",
    "direct_messages": "your direct messages",
    "deleted_tweets": "recently deleted posts",
    "account": "your account details",
    "tweet_headers": "post ids without their text",
    "note_tweet": "the full text of long posts",
}


def sniff(name: str, head: bytes) -> bool:
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"window.YTD.")


# Reading an archive's records into posts makes only acyclic containers: no collection walks
# the records' tree while they are read (see gc_paused), and the tree is gone before one can.
@gc_paused()
def parse_file(name: str, data: bytes) -> Parsed:
    """One tweets.js (or part) uploaded on its own."""
    kind, records = _read_part(name, data)
    if kind == "note_tweet":  # read beside tweets.js (core.sources.x_parts), never alone
        raise UserError(
            f"{name} is the part of your X archive with {_OTHER_FILES[kind]}: it adds to your "
            "posts but holds none of its own. Upload it together with data/tweets.js (select "
            "both in one upload), or upload the whole archive zip."
        )
    if kind not in ("tweets", "tweet"):
        what = _OTHER_FILES.get(kind, f"the '{kind}' data")
        raise UserError(
            f"{name} is the part of your X archive with {what}, not your posts. Upload "
            "data/tweets.js (and any tweets-part1.js, …) or the whole archive zip."
        )
    return _parse_records(name, records)


@gc_paused()  # as parse_file
def read_zip(archive: Archive) -> tuple[list[Parsed], set[str]]:
    """The posts in an X archive zip and the members that belong to it."""
    members = [n for n in archive.names if _TWEET_FILE.search(n)]
    manifest = [n for n in archive.names if n.lower().endswith("data/manifest.js")]
    if not members and not manifest:
        return [], set()
    root = (manifest[0] if manifest else members[0]).rsplit("data/", 1)[0]
    # The tweet files themselves too: a tweets.js outside data/ must not be read twice.
    claimed = {n for n in archive.names if n.startswith(root + "data/")} | set(members)
    if not members:
        raise UserError(
            f"{archive.name} is an X archive without tweets.js. X leaves it out of partial "
            "archives: request the full archive (Settings → Your account → Download an archive)."
        )
    if isinstance(archive, SafeZip) and archive.path is not None:
        big = [m for m in members if archive.size(m) > archive.limits.max_member_bytes]
        if big:  # a heavy account's archive on disk (the command line): read as a stream
            return [_streamed(archive, root, sorted(members))], claimed
    records: list[Any] = []
    for member in sorted(members):
        kind, part = _read_part(f"{archive.name}/{member}", archive.read(member))
        if kind in ("tweets", "tweet"):
            records.extend(part)
    notes, unreadable = _records_of(archive, root, _NOTE_FILE)
    deleted, _ = _records_of(archive, root, _DELETED_FILE)
    result = _parse_records(f"{archive.name} (X archive)", records, notes)
    if deleted:
        result.skipped["recently deleted post (not imported)"] += len(deleted)
    if unreadable:
        result.notes.append(
            "data/note-tweet.js could not be read, so long posts keep their shortened text"
        )
    return [result], claimed


# Posts a streamed archive hands over at a time: classified and stored before the next are read.
STREAM_BATCH = 20_000


def _streamed(archive: SafeZip, root: str, members: list[str]) -> Parsed:
    """An X archive whose tweets files are too large to read whole, as a Parsed whose posts come
    in batches (Parsed.batches) from the tweets files read as streams, twice: once for which
    posts were edited (the earlier versions are left out), once for the posts. note-tweet.js and
    deleted-tweets.js are read whole as before (they are small)."""
    notes, unreadable = _records_of(archive, root, _NOTE_FILE)
    deleted, _ = _records_of(archive, root, _DELETED_FILE)
    result = Parsed(name=f"{archive.name} (X archive)", format="X archive")
    if deleted:
        result.skipped["recently deleted post (not imported)"] += len(deleted)
    if unreadable:
        result.notes.append(
            "data/note-tweet.js could not be read, so long posts keep their shortened text"
        )
    path, name, limits = archive.path, archive.name, archive.limits
    assert path is not None
    # Opened again: the archive the readers were handed is closed once they are done.
    result.batches = lambda: _batches(SafeZip(path, name, limits), members, notes, result)
    return result


def streamed_file(path: Path, name: str) -> Parsed:
    """A loose tweets.js too large to read whole, given to the command line on its own: read as
    a stream like the same file inside its archive. Without note-tweet.js beside it, long posts
    keep their shortened text (said in the import's notes)."""
    result = Parsed(name=f"{name} (X archive)", format="X archive")
    result.notes.append(
        f"{name} was read on its own: long posts keep their shortened text (import the whole "
        "archive zip to have their full text from data/note-tweet.js)"
    )
    result.batches = lambda: _batches(_OneFile(path, name), [name], [], result)
    return result


class _OneFile:
    """A file on disk in the shape the stream readers take an archive: one member, itself."""

    def __init__(self, path: Path, name: str) -> None:
        self.path, self.name = path, name

    def stream(self, member: str) -> BinaryIO:
        return self.path.open("rb")

    def close(self) -> None:
        pass


def _batches(
    archive: SafeZip | _OneFile, members: list[str], notes: list[Any], result: Parsed
) -> Iterator[list[Post]]:
    """The posts of the tweets files, STREAM_BATCH at a time, edits' earlier versions left out."""
    try:
        superseded = _superseded_in(archive, members)
        waiting_notes = [n.get("noteTweet", n) for n in notes]
        seen: set[str] = set()
        batch: list[Post] = []
        for record in _stream_records(archive, members):
            post = _take(record, seen, superseded, result.skipped)
            if post is not None:
                batch.append(post)
            if len(batch) >= STREAM_BATCH:
                waiting_notes = _match_notes(batch, waiting_notes)
                yield batch
                batch = []
        waiting_notes = _match_notes(batch, waiting_notes)
        if batch:
            yield batch
        _note_unmatched(result, len(waiting_notes))
    finally:
        archive.close()


_EDIT_IDS = re.compile(rb'"editTweetIds"\s*:\s*\[([^\]]{0,4000})\]')
_ID = re.compile(rb"\d+")


def _superseded_in(archive: SafeZip | _OneFile, members: list[str]) -> set[str]:
    """_superseded_edits over the tweets files as bytes, without decoding their JSON: the edit
    id lists are found by their key (a quote inside a post's text is escaped, so the key cannot
    come from one). The read overlaps by a few KB so no list is cut; the ids land in a set, so
    one found twice counts once. A fifth of the time a second full decode would take."""
    superseded: set[str] = set()
    for member in members:
        with archive.stream(member) as fh:
            carry = b""
            while chunk := fh.read(4 * 1024 * 1024):
                text = carry + chunk
                for ids in _EDIT_IDS.findall(text):
                    found = [i.decode() for i in _ID.findall(ids)]
                    if len(found) > 1:
                        superseded.update(sorted(found, key=lambda s: (len(s), s))[:-1])
                carry = text[-8192:]
    return superseded


def _stream_records(archive: SafeZip | _OneFile, members: list[str]) -> Iterator[Any]:
    for member in members:
        name = member if member == archive.name else f"{archive.name}/{member}"
        with archive.stream(member) as fh:
            head = fh.read(256)
            match = _PART_PREFIX.match(decode(head, name)) if head else None
            if match and match.group(1) not in ("tweets", "tweet"):
                continue
            yield from jsonstream.array_items(
                _Rejoined(head, fh), name, re.compile(_PART_PREFIX.pattern)
            )


class _Rejoined(io.RawIOBase):
    """A stream with its first bytes, read already to see what the file is, put back."""

    def __init__(self, head: bytes, rest: Any) -> None:
        self.head, self.rest = head, rest

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self.head:
            head, self.head = self.head, b""
            return head
        return self.rest.read(size)


def _records_of(archive: Archive, root: str, pattern: re.Pattern[str]) -> tuple[list[Any], bool]:
    """Records of the archive's parts that match (e.g. note-tweet.js); True if one was unreadable.

    These files only add to the posts, so a damaged one is reported rather than refusing all.
    """
    records: list[Any] = []
    unreadable = False
    for member in sorted(n for n in archive.names if n.startswith(root) and pattern.search(n)):
        try:
            records.extend(_read_part(f"{archive.name}/{member}", archive.read(member))[1])
        except UserError:
            unreadable = True
    return records, unreadable


def _read_part(name: str, data: bytes) -> tuple[str, list[Any]]:
    text = decode(data, name)
    match = _PART_PREFIX.match(text)
    if not match:
        raise UserError(f"{name} does not start like an X archive file (window.YTD.…).")
    records = load_json(text[match.end() :].rstrip().rstrip(";"), name)
    if not isinstance(records, list):
        raise UserError(f"{name} holds no list of records; download the archive again.")
    return match.group(1), records


def _parse_records(name: str, records: list[Any], notes: list[Any] | None = None) -> Parsed:
    result = Parsed(name=name, format="X archive")
    superseded = _superseded_edits(r.get("tweet", r) for r in records if isinstance(r, dict))
    seen: set[str] = set()
    for record in records:
        post = _take(record, seen, superseded, result.skipped)
        if post is not None:
            result.posts.append(post)
    unmatched = _attach_notes(result.posts, [n.get("noteTweet", n) for n in notes or []])
    _note_unmatched(result, unmatched)
    return result


def _take(record: Any, seen: set[str], superseded: set[str], skipped: Counter[str]) -> Post | None:
    """The post of one record, or None with the reason counted in skipped."""
    if not isinstance(record, dict):
        skipped["not a post record"] += 1
        return None
    tweet = record.get("tweet", record)
    tid = str(tweet.get("id_str") or tweet.get("id") or "") if isinstance(tweet, dict) else ""
    if not tid or tid in seen:
        skipped["duplicate or without id" if tid else "no id"] += 1
        return None
    seen.add(tid)
    if tid in superseded:
        skipped["earlier version of an edited post"] += 1
        return None
    try:
        return _post(tid, tweet)
    except (ValueError, KeyError, TypeError, AttributeError):
        skipped["unreadable record"] += 1
        return None


def _note_unmatched(result: Parsed, unmatched: int) -> None:
    if unmatched:
        result.notes.append(
            f"{unmatched:,} long post text(s) in note-tweet.js matched no post (deleted posts, "
            "most likely) and were left out"
        )


def _attach_notes(posts: list[Post], notes: list[Any]) -> int:
    """Give shortened long posts the full text of their note, in place; the unmatched count."""
    return len(_match_notes(posts, notes))


def _match_notes(posts: list[Post], notes: list[Any]) -> list[Any]:
    """Give shortened long posts the full text of their note, in place; the notes unmatched.

    A note carries no tweet id (FORMATS.md §1.3): it is matched on time (same second, within a
    few) and on the tweet's text being the start of the note's, once the "@handle " a reply
    starts with and the closing "…" are taken off.
    """
    waiting: dict[int, list[int]] = {}
    for i, post in enumerate(posts):
        if post.text_raw.rstrip().endswith("…"):
            waiting.setdefault(int(post.published_at.timestamp()), []).append(i)
    unmatched: list[Any] = []
    for note in notes:
        core = note.get("core") if isinstance(note, dict) else None
        created = parse_iso(note.get("createdAt")) if isinstance(note, dict) else None
        if not isinstance(core, dict) or not core.get("text") or created is None:
            unmatched.append(note)
            continue
        second = int(created.timestamp())
        window = sorted(range(-NOTE_WINDOW_SECONDS, NOTE_WINDOW_SECONDS + 1), key=abs)
        match = next(
            (
                i
                for offset in window
                for i in waiting.get(second + offset, [])
                if _note_continues(posts[i].text_raw, core["text"])
            ),
            None,
        )
        if match is None:
            unmatched.append(note)
            continue
        waiting[int(posts[match].published_at.timestamp())].remove(match)
        posts[match] = _with_note(posts[match], core)
    return unmatched


def _comparable(text: str) -> str:
    """Text for prefix comparison: entities undone, links (t.co or not) out, spaces collapsed."""
    text = html.unescape(text)
    for url in find_urls(text):
        text = text.replace(url, " ")
    return " ".join(text.split())


def _note_continues(tweet_text: str, note_text: str) -> bool:
    shortened = _LEADING_MENTIONS.sub("", tweet_text.strip()).rstrip().removesuffix("…")
    start = _comparable(shortened)
    # The cut may fall inside a word, an entity or an emoji sequence: compare a little less.
    return _comparable(note_text).startswith(start[: max(len(start) - 3, 0)][:200])


def _with_note(post: Post, core: dict[str, Any]) -> Post:
    raw = str(core["text"])
    text = raw
    links: list[str] = []
    for u in core.get("urls") or []:
        short, expanded = u.get("shortUrl"), u.get("expandedUrl") or u.get("shortUrl")
        if short and expanded:
            text = text.replace(short, expanded)
        if expanded:
            links.append(expanded)
    links = unique(links + list(post.links))
    kind = post.kind
    if kind == "post" and any(STATUS_URL.match(link) for link in links):
        kind = "quote"
    return replace(
        post, text=normalize(tidy(html.unescape(text))), text_raw=raw, links=tuple(links), kind=kind
    )


def _superseded_edits(tweets: Iterable[Any]) -> set[str]:
    """Ids of edited posts' earlier versions: the last id in editTweetIds is the one to keep."""
    superseded: set[str] = set()
    for tweet in tweets:
        if not isinstance(tweet, dict):
            continue
        info = tweet.get("edit_info") or {}
        ids = (info.get("initial") or {}).get("editTweetIds") or (
            (info.get("edit") or {}).get("editControlInitial") or {}
        ).get("editTweetIds")
        if ids and len(ids) > 1:
            ordered = sorted((str(i) for i in ids), key=lambda s: (len(s), s))
            superseded.update(ordered[:-1])
    return superseded


def parse_created_at(value: str) -> datetime:
    """'Wed Nov 26 11:51:24 +0000 2025' (X's format) without strptime's per-call cost."""
    _, mon, day, clock, offset, year = value.split()
    hh, mm, ss = clock.split(":")
    dt = datetime(int(year), MONTHS[mon], int(day), int(hh), int(mm), int(ss), tzinfo=UTC)
    if offset not in ("+0000", "-0000"):
        dt = datetime.strptime(value, "%a %b %d %H:%M:%S %z %Y").astimezone(UTC)
    return dt


def _post(tid: str, tweet: dict[str, Any]) -> Post:
    raw = tweet.get("full_text") or tweet.get("text") or ""
    text = raw
    links: list[str] = []
    entities = tweet.get("entities") or {}
    for u in entities.get("urls") or []:
        short, expanded = u.get("url"), u.get("expanded_url") or u.get("url")
        if short and expanded:
            text = text.replace(short, expanded)
        if expanded:
            links.append(expanded)
    media = (entities.get("media") or []) + (
        (tweet.get("extended_entities") or {}).get("media") or []
    )
    has_media = bool(media)
    for m in media:
        if m.get("url"):
            text = text.replace(m["url"], "")  # the t.co of attached media is not a link
    text = normalize(tidy(html.unescape(text)))
    if text.startswith("RT @"):
        kind = "repost"
    elif tweet.get("in_reply_to_status_id_str") or tweet.get("in_reply_to_status_id"):
        kind = "reply"
    elif any(STATUS_URL.match(link) for link in links):
        kind = "quote"
    elif not text and has_media:  # only a picture or video: what other platforms call media
        kind = "media"
    else:
        kind = "post"
    return Post(
        id=f"x:{tid}",
        source="x",
        kind=kind,
        published_at=parse_created_at(tweet["created_at"]),
        text=text,
        text_raw=raw,
        url=f"https://x.com/i/web/status/{tid}",
        links=tuple(unique(links)),
        language=tweet.get("lang")
        if tweet.get("lang") not in (None, "und", "zxx", "qme")
        else None,
        engagement={
            "likes": int_or_none(tweet.get("favorite_count")),
            "reposts": int_or_none(tweet.get("retweet_count")),
        },
    )


FORMATS = [FileFormat("X archive file", sniff, parse_file)]
