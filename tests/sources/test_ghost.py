"""Ghost JSON export: published posts only, html or lexical or mobiledoc bodies, ids."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from paths import FIXTURES

from core.errors import UserError
from core.sources import ghost
from core.sources.sniff import parse_upload

FIXTURE = FIXTURES / "ghost" / "tryghost-migrate_ghost.json"


def export(posts: list[dict[str, object]]) -> bytes:
    doc = {
        "db": [
            {
                "meta": {"exported_on": 1616560573131, "version": "4.1.0"},
                "data": {
                    "posts": posts,
                    "api_keys": [{"secret": "s3cr3t"}],
                    "members": [{"email": "reader@example.com"}],
                },
            }
        ]
    }
    return json.dumps(doc, indent=2).encode()


def record(ident: str, **fields: object) -> dict[str, object]:
    base = {
        "id": ident,
        "title": f"Title {ident}",
        "html": f"<p>Body {ident}</p>",
        "type": "post",
        "status": "published",
        "published_at": "2025-01-01T00:00:00.000Z",
    }
    return {**base, **fields}


def test_fixture_three_published_posts() -> None:
    if not FIXTURE.exists():
        pytest.skip(f"{FIXTURE} is not present (shared fixtures not checked out)")
    [result] = parse_upload("site.ghost.2025-01-05.json", FIXTURE.read_bytes())
    assert result.format == "Ghost export"
    assert [p.id for p in result.posts] == [
        "ghost:9b7114425bee6e3b17baf7c0",
        "ghost:a22153483431b691fd0178a8",
        "ghost:3686b35d96fe6fd2a2748c81",
    ]
    assert result.posts[0].text == "Post 1\n\nHello world\n\nMore text"
    assert result.posts[2].text == "Post 3 - Lexical"  # a lexical body holding only an image
    assert result.posts[0].published_at == datetime(2025, 1, 1, tzinfo=UTC)


def test_only_published_posts_and_nothing_else_of_the_file() -> None:
    data = export(
        [
            record("a"),
            record("b", status="draft"),
            record("c", status="scheduled"),
            record("d", type="page"),
            record("e", published_at=None),
        ]
    )
    [result] = parse_upload("export.json", data)
    assert [p.id for p in result.posts] == ["ghost:a"]
    assert result.skipped == {
        "draft post (not published)": 1,
        "scheduled post (not published)": 1,
        "page (not a post)": 1,
        "no id or publication date": 1,
    }
    assert not any("s3cr3t" in p.text_raw or "reader@" in p.text for p in result.posts)


def test_lexical_and_mobiledoc_bodies_when_html_is_empty() -> None:
    lexical = {
        "root": {
            "children": [
                {
                    "type": "paragraph",
                    "children": [
                        {"type": "text", "text": "Free template: "},
                        {
                            "type": "link",
                            "url": "https://tpl.example/",
                            "children": [{"type": "text", "text": "here"}],
                        },
                    ],
                },
                {"type": "paragraph", "children": [{"type": "text", "text": "Enjoy."}]},
            ]
        }
    }
    mobiledoc = {
        "version": "0.3.1",
        "markups": [["a", ["href", "https://shop.example/"]]],
        "cards": [["markdown", {"markdown": "Buy the **book**"}]],
        "sections": [[1, "p", [[0, [0], 1, "Our shop"]]], [10, 0]],
    }
    data = export(
        [
            record("l", html=None, lexical=json.dumps(lexical)),
            record("m", html="", mobiledoc=json.dumps(mobiledoc)),
        ]
    )
    lex, mob = parse_upload("export.json", data)[0].posts
    assert lex.text == "Title l\n\nFree template: here\n\nEnjoy."
    assert lex.links == ("https://tpl.example/",)
    assert mob.text == "Title m\n\nOur shop\n\nBuy the **book**"
    assert mob.links == ("https://shop.example/",)


def test_sniffed_by_content_and_errors_keep_content_out() -> None:
    assert ghost.sniff("x.txt", b'\xef\xbb\xbf { "db" : [')
    with pytest.raises(UserError, match="without posts"):
        parse_upload("export.json", json.dumps({"db": [{"data": {"users": []}}]}).encode())
    with pytest.raises(UserError) as caught:
        parse_upload("export.json", b'{"db": [{"data": {"posts": [{"secret": "s3cr3t",')
    assert "s3cr3t" not in str(caught.value)
