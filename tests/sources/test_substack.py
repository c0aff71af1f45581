"""Substack export: published posts only, Substack's own buttons stripped, ids and dates."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from archives import zip_of
from paths import FIXTURES

from core.errors import UserError
from core.sources import substack
from core.sources.sniff import parse_upload

FIXTURES = FIXTURES / "substack"


def fixture_zip() -> bytes:
    if not FIXTURES.exists():
        pytest.skip(f"{FIXTURES} is not present (shared fixtures not checked out)")
    files = {"posts.csv": (FIXTURES / "posts.csv").read_bytes()}
    for page in (FIXTURES / "posts").iterdir():
        files[f"posts/{page.name}"] = page.read_bytes()
    files["email_list.example.csv"] = (
        "email,active_subscription,created_at\na@b.c,true,2020-01-01\n"
    )
    return zip_of(files)


def test_fixture_export_published_posts_only() -> None:
    [result] = parse_upload("substack-export.zip", fixture_zip())  # the email list is claimed
    assert result.format == "Substack"
    posts = {p.id: p for p in result.posts}
    assert set(posts) == {"substack:123401", "substack:123402", "substack:123403"}
    assert {p.kind for p in result.posts} == {"article"}
    assert result.skipped == {"draft (not published)": 1, "page (not a post)": 1}
    first = posts["substack:123401"]
    assert first.published_at == datetime(2019, 7, 26, 20, 48, 19, 814000, tzinfo=UTC)
    assert first.text.startswith("Plain Text\n\n“This quote’s rather short”\n\nLorem Ipsum")


def test_fixture_subscribe_and_comment_buttons_are_stripped() -> None:
    [result] = parse_upload("substack-export.zip", fixture_zip())
    for post in result.posts:
        assert "Sign up" not in post.text and "Leave a comment" not in post.text
        assert not any("subscribe" in link or "comments" in link for link in post.links)
    assert "button-wrapper" in result.posts[0].text_raw  # the raw HTML is kept as it came


def test_subscription_widget_and_real_links_kept_apart() -> None:
    csv = (
        "post_id,post_date,is_published,email_sent_at,inbox_sent_at,type,audience,title,"
        "subtitle,podcast_url\n"
        "555.garden,2023-03-01T10:00:00Z,true,,,newsletter,everyone,Garden notes,,\n"
    )
    body = (
        '<p>Read <a href="https://seeds.example/guide">the seed guide</a>.</p>'
        '<div class="subscription-widget-wrap"><div class="subscription-widget">'
        '<p>Subscribe to Garden notes</p><form><input type="email"></form></div></div>'
        "<p>See you next week.</p>"
    )
    [result] = parse_upload("s.zip", zip_of({"posts.csv": csv, "posts/555.garden.html": body}))
    [post] = result.posts
    assert post.text == "Garden notes\n\nRead the seed guide.\n\nSee you next week."
    assert post.links == ("https://seeds.example/guide",)


def test_posts_csv_alone_asks_for_the_zip() -> None:
    csv = "post_id,post_date,is_published,type,title\n1.a,2020-01-01T00:00:00Z,true,newsletter,T\n"
    with pytest.raises(UserError, match="whole export zip"):
        parse_upload("posts.csv", csv.encode())


def test_own_widgets_match() -> None:
    assert substack.OWN_WIDGETS("p", {"class": "button-wrapper"})
    assert not substack.OWN_WIDGETS("p", {"class": "button"})
