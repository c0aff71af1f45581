"""Mastodon archive: outbox.json alone, in a zip, in a tar.gz; kinds, visibility, HTML, CW.

Synthetic outbox in the shape FORMATS.md §6 documents, duplicate orderedItems key included.
"""

from __future__ import annotations

import io
import json
import tarfile
import zipfile
from datetime import UTC, datetime

import pytest

from core.errors import UserError
from core.sources import mastodon
from core.sources.sniff import parse_upload

ME = "https://social.example/users/sam"
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
CONTEXT = ["https://www.w3.org/ns/activitystreams", {"ostatus": "http://ostatus.org#"}]


def create(
    n: int,
    content: str,
    *,
    to: list[str] | None = None,
    cc: list[str] | None = None,
    **note: object,
) -> dict[str, object]:
    status = f"{ME}/statuses/10933384038885721{n}"
    obj = {
        "id": status,
        "type": "Note",
        "summary": None,
        "inReplyTo": None,
        "published": f"2022-11-13T01:1{n}:27Z",
        "url": f"https://social.example/@sam/10933384038885721{n}",
        "attributedTo": ME,
        "to": to if to is not None else [PUBLIC],
        "cc": cc if cc is not None else [f"{ME}/followers"],
        "sensitive": False,
        "content": content,
        "contentMap": {"en": content},
        "attachment": [],
        "tag": [],
    }
    obj.update(note)
    return {
        "id": f"{status}/activity",
        "type": "Create",
        "actor": ME,
        "published": obj["published"],
        "to": obj["to"],
        "cc": obj["cc"],
        "object": obj,
    }


ITEMS = [
    create(
        1,
        '<p>&quot;<a href="https://social.example/tags/caterday" class="mention hashtag" '
        'rel="tag">#<span>caterday</span></a> is serious business.&quot; Read '
        '<a href="https://blog.example/cats" rel="nofollow"><span class="invisible">https://'
        '</span><span class="">blog.example/cats</span></a> and ask '
        '<span class="h-card"><a href="https://other.example/@kim" class="u-url mention">'
        "@<span>kim</span></a></span></p>",
    ),
    create(
        2, "<p>Replying to a friend</p>", inReplyTo="https://other.example/users/kim/statuses/1"
    ),
    create(3, "<p>And a second part</p>", inReplyTo=f"{ME}/statuses/109333840388857211"),
    create(4, "<p>For followers</p>", to=[f"{ME}/followers"], cc=[]),
    create(5, "<p>A private word</p>", to=["https://other.example/users/kim"], cc=[]),
    create(6, "<p>Quiet public post</p>", to=[f"{ME}/followers"], cc=[PUBLIC]),
    create(7, "<p>The ending of the film</p>", summary="film spoilers"),
    {
        "id": f"{ME}/statuses/109333840388857299/activity",
        "type": "Announce",
        "actor": ME,
        "published": "2022-11-14T08:00:00Z",
        "to": [PUBLIC],
        "cc": [],
        "object": "https://other.example/users/kim/statuses/42",
    },
]


def outbox(items: list[object]) -> bytes:
    """The real file's shape: an empty orderedItems, then the real one under the same key."""
    head = json.dumps(
        {"@context": CONTEXT, "id": "outbox.json", "type": "OrderedCollection", "totalItems": 8}
    )
    return (head[:-1] + ', "orderedItems": [], "orderedItems": ' + json.dumps(items) + "}").encode()


ACTOR = json.dumps(
    {"@context": CONTEXT, "type": "Person", "preferredUsername": "sam", "outbox": "outbox.json"}
)


def test_outbox_kinds_visibility_and_counts() -> None:
    [result] = parse_upload("outbox.json", outbox(ITEMS))
    posts = {p.id.rsplit("/", 1)[1][-1]: p for p in result.posts if p.kind != "repost"}
    assert posts["1"].kind == "post"
    assert posts["2"].kind == "reply"
    assert posts["3"].kind == "reply"  # a self-thread is still a reply
    assert posts["6"].kind == "post"  # unlisted is public enough
    assert "4" not in posts and "5" not in posts
    assert result.skipped == {"followers-only post": 1, "direct message": 1}
    [boost] = [p for p in result.posts if p.kind == "repost"]
    assert boost.text == ""
    assert boost.links == ("https://other.example/users/kim/statuses/42",)
    assert boost.published_at == datetime(2022, 11, 14, 8, tzinfo=UTC)


def test_html_to_text_with_outbound_links_only() -> None:
    [result] = parse_upload("outbox.json", outbox(ITEMS[:1]))
    [post] = result.posts
    assert post.text == (
        '"#caterday is serious business." Read https://blog.example/cats and ask @kim'
    )
    assert post.links == ("https://blog.example/cats",)  # no hashtag or mention anchors
    assert post.id == "mastodon:https://social.example/@sam/109333840388857211"
    assert post.language == "en"
    assert post.text_raw.startswith("<p>&quot;")


def test_content_warning_comes_first() -> None:
    [result] = parse_upload("outbox.json", outbox([ITEMS[6]]))
    assert result.posts[0].text == "film spoilers\n\nThe ending of the film"


def test_duplicate_ordered_items_key_keeps_the_real_list() -> None:
    raw = (
        '{"@context": "https://www.w3.org/ns/activitystreams", "type": "OrderedCollection", '
        '"orderedItems":[], "orderedItems": ' + json.dumps(ITEMS[:2]) + "}"
    )
    assert len(mastodon.parse_file("outbox.json", raw.encode()).posts) == 2


def test_actor_json_alone_says_what_to_upload() -> None:
    with pytest.raises(UserError, match=r"actor\.json.*outbox\.json"):
        parse_upload("actor.json", ACTOR.encode())


def test_zip_archive() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("outbox.json", outbox(ITEMS))
        zf.writestr("actor.json", ACTOR)
        likes = {"@context": CONTEXT, "id": "likes.json", "type": "OrderedCollection"}
        zf.writestr("likes.json", json.dumps({**likes, "orderedItems": []}))
    [result] = parse_upload("archive-20221113.zip", buffer.getvalue())
    assert result.format == "Mastodon" and len(result.posts) == 6


def tar_gz(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for name, content in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            tar.addfile(info, io.BytesIO(content))
    return buffer.getvalue()


def test_tar_gz_archive_is_read_in_memory() -> None:
    data = tar_gz({"outbox.json": outbox(ITEMS), "actor.json": ACTOR.encode()})
    [result] = parse_upload("archive-20221113010101-abc.tar.gz", data)
    assert result.format == "Mastodon" and len(result.posts) == 6


def test_tar_gz_with_a_traversal_name_is_refused() -> None:
    data = tar_gz({"outbox.json": outbox(ITEMS), "../../etc/evil": b"x"})
    with pytest.raises(UserError, match="outside the archive"):
        parse_upload("archive.tar.gz", data)
