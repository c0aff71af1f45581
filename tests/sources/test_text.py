"""core.sources.text: untrusted HTML-ish text into the clean text the classifier and pages see."""

from __future__ import annotations

import pytest

from core.sources.text import (
    clean,
    domain_of,
    find_urls,
    fix_mojibake,
    html_to_text,
    looks_like_html,
    strip_shortcodes,
    tidy,
)


def test_html_becomes_visible_text_with_paragraph_breaks() -> None:
    text, links = clean("<p>First paragraph.</p><p>Second <b>bold</b> one.</p>")
    assert text == "First paragraph.\n\nSecond bold one."
    assert links == []


def test_scripts_styles_and_iframes_are_dropped_not_shown() -> None:
    text, _ = clean(
        "<p>Hello</p><script>alert('x')</script><style>p{color:red}</style>"
        "<iframe src='https://evil.example'>framed</iframe>"
    )
    assert text == "Hello"


def test_anchor_links_are_collected_but_mentions_and_hashtags_are_not() -> None:
    markup = (
        '<p>Read <a href="https://peer.example/post">this</a> by '
        '<a class="u-url mention" href="https://m.social/@ann">@ann</a> '
        '<a class="mention hashtag" href="https://m.social/tags/rust">#rust</a> '
        '<a href="javascript:alert(1)">click</a></p>'
    )
    text, links = clean(markup)
    assert text == "Read this by @ann #rust click"
    assert links == ["https://peer.example/post"]


def test_a_mastodon_link_shown_in_pieces_is_the_whole_href() -> None:
    """The real shape (FORMATS.md §12): an invisible scheme, a cut "ellipsis" middle and an
    invisible tail. Keeping only the visible piece stored 301 links of one archive cut short."""
    markup = (
        '<p>Listen: <a href="https://open.spotify.com/track/597wvQ0bqfJgszRg4eDVy1?si=US3O" '
        'rel="nofollow noopener" target="_blank"><span class="invisible">https://</span>'
        '<span class="ellipsis">open.spotify.com/track/597wvQ0</span>'
        '<span class="invisible">bqfJgszRg4eDVy1?si=US3O</span></a> now</p>'
    )
    text, links = html_to_text(markup)
    assert text == "Listen: https://open.spotify.com/track/597wvQ0bqfJgszRg4eDVy1?si=US3O now"
    assert links == ["https://open.spotify.com/track/597wvQ0bqfJgszRg4eDVy1?si=US3O"]


def test_an_invisible_span_outside_a_link_stays_hidden_and_plain_anchors_keep_their_words() -> None:
    text, links = html_to_text(
        '<p><span class="invisible">secret</span>See <a href="https://peer.example/x">'
        "this essay</a></p>"
    )
    assert text == "See this essay"
    assert links == ["https://peer.example/x"]


def test_image_alt_text_is_kept() -> None:
    text, _ = clean('<p>Look:<img src="a.png" alt="a chart of sales"></p>')
    assert "a chart of sales" in text


def test_entities_are_unescaped_in_plain_and_html_text() -> None:
    assert clean("Tom &amp; Jerry &lt;3")[0] == "Tom & Jerry <3"
    assert clean("<p>caf&eacute; &#8364;5</p>")[0] == "café €5"


def test_math_bold_letters_read_as_plain_letters_and_control_chars_go() -> None:
    text, _ = clean("𝗪𝗛𝗔𝗧 a ﬁne\x07 day")
    assert text == "WHAT a fine day"


def test_wordpress_block_comments_and_shortcodes_are_stripped() -> None:
    text, _ = clean("<!-- wp:paragraph --><p>Para</p><!-- /wp:paragraph -->")
    assert text == "Para"
    assert strip_shortcodes('[caption id="1"]Hello[/caption] [gallery]').split() == ["Hello"]


def test_bare_urls_in_text_are_links_without_trailing_punctuation() -> None:
    text, links = clean(
        "See https://a.example/x. Also (https://b.example/y), again https://a.example/x"
    )
    assert links == ["https://a.example/x", "https://b.example/y"]
    assert "https://a.example/x." in text  # the text itself is left as written
    assert find_urls("no links here") == []


def test_empty_text_is_empty() -> None:
    assert clean(None) == ("", [])
    assert clean("") == ("", [])
    assert clean("   \n ") == ("", [])


def test_tidy_collapses_spaces_and_keeps_at_most_one_blank_line() -> None:
    assert tidy("a \t  b\r\n\n\n\n  c  ") == "a b\n\nc"


@pytest.mark.parametrize(
    ("raw", "tidied"),
    [
        (" one line ", "one line"),
        ("a\u00a0b", "a b"),  # one non-breaking space, no run: still made a plain space
        ("a\u2003\u200bb", "a b"),
        ("a \n\u3000\n\x0c\n b", "a\n\nb"),  # blank lines of other whitespace
        ("a\rb\r\rc", "a\nb\n\nc"),
        ("a\n b \nc", "a\nb\nc"),
    ],
)
def test_tidy_without_space_runs_strips_lines_and_blank_runs_alike(raw: str, tidied: str) -> None:
    assert tidy(raw) == tidied


def test_looks_like_html() -> None:
    assert looks_like_html("<p>hi</p>")
    assert looks_like_html("text<br/>more")
    assert not looks_like_html("I <3 this, 2 < 3 and a -> b")


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("cafÃ© con leche", "café con leche"),
        ("Party time \u00f0\u009f\u008e\u0089", "Party time 🎉"),  # as Meta writes it
        ("SÃ£o Paulo", "São Paulo"),
    ],
)
def test_mojibake_from_meta_exports_is_repaired(garbled: str, fixed: str) -> None:
    assert fix_mojibake(garbled) == fixed


def test_mojibake_beside_proper_utf8_in_one_string_is_repaired_run_by_run() -> None:
    """A real Threads post: proper "café" and "🌱" beside a euro sign and an emoji written as
    Latin-1 (the whole-string repair fails on the proper characters and used to keep all)."""
    bad_euro = "€".encode().decode("latin-1")  # "â\x82¬": shown as "â¬"
    bad_party = "🎉".encode().decode("latin-1")
    garbled = f"Our café 🌱 menu: coffee 3 {bad_euro} {bad_party}"
    assert fix_mojibake(garbled) == "Our café 🌱 menu: coffee 3 € 🎉"
    assert fix_mojibake("Prix: 3 â‚¬ au café") == "Prix: 3 € au café"  # read as cp1252


@pytest.mark.parametrize("fine", ["São Paulo, Ça va à Évian", "naïve café", "plain ascii", ""])
def test_correct_text_is_left_alone_by_mojibake_repair(fine: str) -> None:
    assert fix_mojibake(fine) == fine


def test_broken_markup_never_raises() -> None:
    text, _ = clean("<p>unclosed <a href='https://x.example'>link <div><<<>>> &bogus; </p")
    assert "unclosed" in text


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://www.Example.com:8080/x?y=1", "example.com"),
        ("http://blog.example.org", "blog.example.org"),
        ("example.com/pricing", "example.com"),
        ("", ""),
    ],
)
def test_domain_of(url: str, domain: str) -> None:
    assert domain_of(url) == domain
