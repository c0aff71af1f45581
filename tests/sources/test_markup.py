"""core.sources.markup: picking and dropping elements of export HTML, markup left as it came."""

from __future__ import annotations

from core.sources.markup import elements, has_class, text_of, top_level_tags, without

PAGE = (
    '<div><p class="button-wrapper primary" data-attrs="{&quot;url&quot;:1}">'
    '<a href="https://x.example/subscribe"><span>Sign up</span></a></p>'
    "<p>Keep &amp; this<br>line</p><img src=a.png></div>"
    '<section data-field="body"><p>one<p>two</section>'
    '<time class="dt-published" datetime="2018-08-11T11:23:34.123Z">Aug 11</time>'
)


def test_without_drops_the_whole_subtree_and_keeps_entities() -> None:
    kept = without(PAGE, has_class("p", "button-wrapper"))
    assert "Sign up" not in kept and "subscribe" not in kept
    assert "<p>Keep &amp; this<br>line</p><img src=a.png>" in kept


def test_elements_gives_attrs_and_inner_markup_even_with_unclosed_tags() -> None:
    [body] = elements(PAGE, lambda _t, a: a.get("data-field") == "body")
    assert body.inner == "<p>one<p>two"
    [time] = elements(PAGE, has_class("time", "dt-published"))
    assert time.attrs["datetime"] == "2018-08-11T11:23:34.123Z"


def test_outermost_matches_only_and_void_matches() -> None:
    nested = "<div class='x'><div class='x'>in</div></div><br class='x'>"
    found = elements(nested, has_class(None, "x"))
    assert [e.tag for e in found] == ["div", "br"]
    assert found[0].inner == "<div class='x'>in</div>"


def test_an_element_left_open_still_counts() -> None:
    assert elements("<section>never closed <b>x</b>", lambda t, _a: t == "section")[0].inner == (
        "never closed <b>x</b>"
    )


def test_top_level_tags_and_text_of() -> None:
    assert top_level_tags("<section><p>a</p></section>\n<p>b</p>") == ["section", "p"]
    assert text_of("<h1> Hello &amp; <b>world</b></h1>") == "Hello & world"
