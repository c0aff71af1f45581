"""Medium export: h-entry pages, drafts skipped, responses as replies, ids from file names."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

import pytest
from paths import FIXTURES

from core.errors import UserError
from core.sources import medium
from core.sources.archive import SafeZip
from core.sources.sniff import parse_upload

FIXTURES = FIXTURES / "medium"
# Real exports name files like this (FORMATS.md §9.3); the fixtures use short names.
REAL_NAMES = {
    "basic-post.html": "2018-08-11_Basic-Post-Title-abcd1234ef56.html",
    "comment.html": "2024-06-03_This-is-a-comment-a1b2c3d4e5f6.html",
    "draft-post.html": "draft_Draft-Post-Title-ababab121212.html",
}


def fixture_zip(real_names: bool = False) -> bytes:
    if not FIXTURES.exists():
        pytest.skip(f"{FIXTURES} is not present (shared fixtures not checked out)")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for page in sorted((FIXTURES / "posts").iterdir()):
            name = REAL_NAMES.get(page.name, page.name) if real_names else page.name
            zf.writestr(f"medium-export/posts/{name}", page.read_bytes())
        zf.writestr(
            "medium-export/profile/profile.html", (FIXTURES / "profile/profile.html").read_bytes()
        )
        zf.writestr("medium-export/claps/claps.html", "<html><body>claps</body></html>")
    return buffer.getvalue()


def test_fixture_export_kinds_dates_and_skips() -> None:
    [result] = parse_upload("medium.zip", fixture_zip())  # profile and claps pages are claimed
    assert result.format == "Medium"
    posts = {p.id: p for p in result.posts}
    assert posts["medium:comment"].kind == "reply"
    assert posts["medium:short-post"].kind == "article"  # one paragraph, but an image
    assert posts["medium:code-post"].kind == "article"  # one paragraph, but code blocks
    assert posts["medium:basic-post"].published_at == datetime(
        2018, 8, 11, 11, 23, 34, 123000, tzinfo=UTC
    )
    assert "medium:draft-post" not in posts
    # draft-post.html is a draft by its name; no-date-post.html has no dt-published.
    assert result.skipped == {"draft (not published)": 1, "no publication date": 1}
    assert any("responses" in n for n in result.notes)


def test_drafts_by_file_name_are_skipped_and_ids_use_the_hex_suffix() -> None:
    [result] = parse_upload("medium.zip", fixture_zip(real_names=True))
    ids = {p.id for p in result.posts}
    assert {"medium:abcd1234ef56", "medium:a1b2c3d4e5f6"} <= ids
    assert result.skipped["draft (not published)"] == 1


def test_title_and_subtitle_said_once_and_links_without_canonical() -> None:
    page = FIXTURES / "posts" / "basic-post.html"
    if not page.exists():
        pytest.skip("medium fixtures absent")
    post = medium.parse_page("basic-post.html", page.read_text())
    assert post is not None
    assert post.text == (
        "Basic Post Title\n\nThis is a subtitle of some sort\n\nThis is a paragraph of text and "
        "stuff.\n\nThis is a another paragraph of text and stuff."
    )
    assert post.url == "https://medium.com/@JoeBloggs/testpost-efefef12121212"
    assert post.links == ()


@pytest.mark.parametrize(
    ("body", "response"),
    [
        ('<section><p class="graf">Great read, thanks!</p></section>', True),
        ("<section><p>One</p><p>Two</p></section>", False),
        ('<section><p>Look</p><figure><img src="a.png"></figure></section>', False),
        ("<section><p>Run this</p><pre>make</pre></section>", False),
    ],
)
def test_response_heuristic(body: str, response: bool) -> None:
    assert medium.is_response(body) is response


def test_posts_folder_without_medium_markers_is_not_medium() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("site/posts/a.html", "<html><body><p>plain page</p></body></html>")
    found, claimed = medium.read_zip(SafeZip(buffer.getvalue(), "z"))
    assert (found, claimed) == ([], set())


def page(body: str, summary: str = "Why the second draft is kinder") -> bytes:
    """A posts/*.html page in Medium's shape (FORMATS.md §9.3), taken out of the zip."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kind edits</title></head>
<body><article class="h-entry"><header><h1 class="p-name">Kind edits</h1></header>
<section data-field="subtitle" class="p-summary">{summary}</section>
<section data-field="body" class="e-content"><section class="section"><div class="section-inner">
{body}</div></section></section>
<footer><a href="https://medium.com/p/1"><time class="dt-published"
datetime="2021-04-05T06:07:08.000Z">April 5, 2021</time></a>
<a href="https://medium.com/@sam/kind-edits-0123456789ab" class="p-canonical">Canonical</a>
</footer></article></body></html>""".encode()


def test_a_loose_post_page_imports_as_medium_not_as_a_web_page() -> None:
    body = (
        '<h3 class="graf graf--h3 graf--title">Kind edits</h3>'
        '<figure class="graf graf--figure"><img src="https://cdn.example/a.jpg" alt=""></figure>'
        '<h4 class="graf graf--h4 graf--subtitle">Why the second draft is kinder to readers</h4>'
        '<p class="graf graf--p"><em>Why the second draft is kinder to readers</em></p>'
        '<p class="graf graf--p">Cut every sentence that explains the joke.</p>'
        '<p class="graf graf--p">Then read it aloud.</p>'
    )
    name = "2021-04-05_Kind-edits-0123456789ab.html"
    [result] = parse_upload(name, page(body, summary="Why the second draft is kinder…"))
    assert result.format == "Medium"
    [post] = result.posts
    assert post.id == "medium:0123456789ab" and post.kind == "article"
    assert post.text == (
        "Kind edits\n\nWhy the second draft is kinder to readers\n\n"
        "Cut every sentence that explains the joke.\n\nThen read it aloud."
    )
    assert post.published_at == datetime(2021, 4, 5, 6, 7, 8, tzinfo=UTC)


def test_a_loose_draft_page_is_skipped_and_an_ordinary_web_page_still_refused() -> None:
    [draft] = parse_upload("draft_Kind-edits-0123456789ab.html", page("<p>Soon.</p>"))
    assert draft.posts == [] and draft.skipped == {"draft (not published)": 1}
    with pytest.raises(UserError, match="web page"):
        parse_upload("index.html", b"<!doctype html><html><body><p>Hello</p></body></html>")
