"""Synthetic workloads for the benchmark: archives built at run time from the training corpus's
sentences, so sizes are real but no person's data is involved."""

from __future__ import annotations

import io
import json
import random
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from core.classify.model import load_corpus

EPOCH = datetime(2022, 1, 1, tzinfo=UTC)
# Every workload's posts fall between EPOCH and EPOCH + SPAN, in the past: the importers set
# aside posts dated more than a year ahead, which a million posts 37 minutes apart would be.
SPAN = timedelta(days=3 * 365)


def spaced(i: int, n: int, every: timedelta) -> datetime:
    """When post i of n was published: `every` apart, closer where n of them would not fit."""
    return EPOCH + i * min(every, SPAN / max(n, 1))


def sentences(seed: int = 7) -> list[str]:
    examples, _ = load_corpus()
    rng = random.Random(seed)
    texts = [e.doc.text for e in examples]
    rng.shuffle(texts)
    return texts


def post_texts(n: int, seed: int = 7) -> list[str]:
    pool = sentences(seed)
    rng = random.Random(seed)
    # Two corpus posts glued with a number: varied, realistic length, never all identical.
    return [
        f"{pool[i % len(pool)][:200]} {rng.randint(1, 999)} {pool[(i * 7 + 3) % len(pool)][:60]}"
        for i in range(n)
    ]


def x_archive_zip(n: int, seed: int = 7) -> bytes:
    """An X archive zip with n tweets (3 parts, as X splits large archives)."""
    records = list(_x_records(n, seed))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        parts = [records[i::3] for i in range(3)]
        for k, part in enumerate(parts):
            name = "data/tweets.js" if k == 0 else f"data/tweets-part{k}.js"
            zf.writestr(name, f"window.YTD.tweets.part{k} = " + json.dumps(part))
        zf.writestr("data/manifest.js", "window.__THAR_CONFIG = {}")
    return buffer.getvalue()


def write_x_archive(path: Path, n: int, seed: int = 7, parts: int = 1) -> None:
    """A heavy account's X archive zip of n tweets, written to disk as it is made (a million
    would be GBs in memory) and indented as X writes them: at a million, its tweets.js inflates
    to about 700 MB, past the 400 MB an upload may hold."""
    per_part = -(-n // parts)
    records = _x_records(n, seed)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for k in range(parts):
            name = "data/tweets.js" if k == 0 else f"data/tweets-part{k}.js"
            with zf.open(name, "w", force_zip64=True) as fh:
                fh.write(f"window.YTD.tweets.part{k} = [".encode())
                for j in range(per_part):
                    record = next(records, None)
                    if record is None:
                        break
                    text = json.dumps(record, indent=2, ensure_ascii=False)
                    fh.write(((",\n" if j else "\n") + text).encode())
                fh.write(b"\n]")
        zf.writestr("data/manifest.js", "window.__THAR_CONFIG = {}")


def _x_records(n: int, seed: int) -> Iterator[dict[str, Any]]:
    texts = post_texts(n, seed)
    rng = random.Random(seed)
    for i, text in enumerate(texts):
        when = spaced(i, n, timedelta(minutes=37))
        tid = str(((int(when.timestamp() * 1000) - 1288834974657) << 22) + i % 4096)
        tweet = {
            "id_str": tid,
            "id": tid,
            "created_at": when.strftime("%a %b %d %H:%M:%S +0000 %Y"),
            "full_text": text,
            "favorite_count": str(rng.randint(0, 300)),
            "retweet_count": str(rng.randint(0, 40)),
            "lang": "en",
            "entities": {"urls": [], "hashtags": [], "user_mentions": []},
            "edit_info": {"initial": {"editTweetIds": [tid], "editsRemaining": "5"}},
        }
        if i % 9 == 0:
            tweet["in_reply_to_status_id_str"] = str(int(tid) - 5)
        yield {"tweet": tweet}


def linkedin_shares_csv(n: int, seed: int = 7) -> bytes:
    """A LinkedIn Shares.csv with n posts, in the export's own shape (FORMATS.md §2.2–2.3): a
    multi-line post has every line but the first opening with a literal quote and every line but
    the last closing with one, blank lines as "", all inside one RFC 4180 quoted field."""
    texts = post_texts(n, seed)
    lines = ["Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility"]
    for i, text in enumerate(texts):
        when = spaced(i, n, timedelta(hours=5))
        urn = ((int(when.timestamp() * 1000)) << 22) + i
        paragraphs = [p for p in text.replace("\n", " ").split(". ") if p.strip()]
        if i % 3 == 0 and len(paragraphs) > 1:
            paragraphs.insert(1, "")  # a blank line between paragraphs, as people write them
        commentary = '"\n"'.join(paragraphs)  # the value as csv reads it back (§2.3)
        lines.append(
            f"{when:%Y-%m-%d %H:%M:%S},https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A{urn},"
            f'"{commentary.replace(chr(34), chr(34) * 2)}","","",MEMBER_NETWORK'
        )
    return ("\n".join(lines) + "\n").encode("utf-8")


def blog_feed(n: int, seed: int = 3) -> bytes:
    """An RSS 2.0 feed of n blog posts, one every 31 hours or closer (a blog's whole history, as a
    WordPress feed with no item limit gives it)."""
    texts = post_texts(n, seed)
    items = "".join(
        f"<item><title>Post {i}</title><link>https://blog.example/{i}</link>"
        f"<guid>https://blog.example/{i}</guid><description>{escape(text)}</description>"
        f"<pubDate>{format_datetime(spaced(i, n, timedelta(hours=31)), usegmt=True)}</pubDate>"
        "</item>"
        for i, text in enumerate(texts)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>A blog</title>'
        f"<link>https://blog.example/</link><description>Posts</description>{items}"
        "</channel></rss>"
    ).encode()
