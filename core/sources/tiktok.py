"""TikTok's "Download your data" in JSON: user_data_tiktok.json (older: user_data.json), alone
or in its zip. FORMATS.md §12 [reported].

The person's own videos are in Post.Posts.VideoList[] (older downloads: Video.Videos.VideoList[])
with Date ("2024-03-01 10:00:00", UTC), Link, Likes, WhoCanView, Title (the caption), Sound,
Location. Keys are matched whatever their case. Each video is a post of its caption (kind media
when it has none); its likes are kept. The rest of the file (watch history, messages, comments
on others' videos) is not the person's posts and is never read into anything.
"""

from __future__ import annotations

import re
from typing import Any

from core.errors import UserError
from core.post import Post, content_id
from core.sources.base import FileFormat, Parsed, decode, int_or_none, load_json
from core.sources.dates import from_format, parse_iso
from core.sources.tarball import Archive
from core.sources.text import clean

_SECTIONS = (b'"Profile"', b'"Activity"', b'"Your Activity"', b'"App Settings"',
             b'"Ads and data"', b'"Tiktok Live"', b'"Direct Messages"')  # fmt: skip
_FILE = re.compile(r"(?:^|/)user_data(?:_tiktok)?\.json$", re.IGNORECASE)
_VIDEO_ID = re.compile(r"/(?:video|v)/(\d{6,})")
_PATHS = (("post", "posts", "videolist"), ("video", "videos", "videolist"))


def sniff(name: str, head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    return start == b"{" and sum(s in head for s in _SECTIONS) >= 2


def parse_file(name: str, data: bytes) -> Parsed:
    doc = load_json(decode(data, name), name)
    if not isinstance(doc, dict):
        raise UserError(f"{name} is not a TikTok data download (its top level is not an object).")
    videos = _video_list(doc)
    if videos is None:
        raise UserError(
            f"{name} is a TikTok data download without the list of videos you posted (Post → "
            "Posts → VideoList). Request the download again with 'Posts' included, in JSON."
        )
    result = Parsed(name=name, format="TikTok")
    for item in videos:
        post = _video(item) if isinstance(item, dict) else None
        if post is None:
            result.skipped["no readable date"] += 1
        else:
            result.posts.append(post)
    return result


def read_zip(archive: Archive) -> tuple[list[Parsed], set[str]]:
    members = [n for n in archive.names if _FILE.search(n)]
    found = []
    for member in members:
        data = archive.read(member)
        if sniff(member, data[:65536]):
            result = parse_file(f"{archive.name}/{member}", data)
            found.append(result)
    if len(found) == 1:
        found[0].name = archive.name
    return found, set(members) if found else set()


def _video_list(doc: dict[str, Any]) -> list[Any] | None:
    for path in _PATHS:
        node: Any = doc
        for key in path:
            node = _get(node, key)
        if isinstance(node, list):
            return node
    return None


def _get(node: Any, key: str) -> Any:
    if not isinstance(node, dict):
        return None
    return next((v for k, v in node.items() if isinstance(k, str) and k.lower() == key), None)


def _video(item: dict[str, Any]) -> Post | None:
    raw_date = str(_get(item, "date") or "")
    when = from_format(raw_date, "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M") or parse_iso(raw_date)
    if when is None:
        return None
    link = str(_get(item, "link") or _get(item, "videolink") or "").strip()
    raw = str(_get(item, "title") or _get(item, "description") or "")
    text, links = clean(raw, is_html=False)
    video = _VIDEO_ID.search(link)
    return Post(
        id=f"tiktok:{video.group(1)}" if video else content_id("tiktok", raw_date, link, raw),
        source="tiktok",
        kind="post" if text else "media",
        published_at=when,
        text=text,
        text_raw=raw,
        url=link if link.startswith("http") else None,
        links=tuple(links),
        engagement={"likes": int_or_none(_get(item, "likes"))},
    )


FORMATS = [FileFormat("TikTok", sniff, parse_file)]
