"""Picking elements out of export HTML, and dropping some, without a DOM library.

Blog exports need a little structure before core.sources.text makes text of them: Medium's body is
one section of a page, Substack's own subscribe buttons must go before a post reads as an ask. The
markup is re-emitted as it came (entities untouched), so text.py sees what the export said.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser

Match = Callable[[str, dict[str, str]], bool]

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
         "source", "track", "wbr"}  # fmt: skip


@dataclass(frozen=True)
class Element:
    tag: str
    attrs: dict[str, str]
    inner: str  # the markup between its start and end tags


def has_class(tag: str | None = None, *classes: str) -> Match:
    """A match on tag name (None: any) and any one of the classes (none given: any)."""

    def match(name: str, attrs: dict[str, str]) -> bool:
        if tag is not None and name != tag:
            return False
        return not classes or bool(set(classes) & set(attrs.get("class", "").split()))

    return match


def elements(markup: str, match: Match) -> list[Element]:
    """The outermost elements that match, in document order."""
    walker = _Walker(match, keep_matches=True)
    walker.run(markup)
    return walker.found


def without(markup: str, match: Match) -> str:
    """The markup with every matching element (and all inside it) removed."""
    walker = _Walker(match, keep_matches=False)
    walker.run(markup)
    return "".join(walker.out)


def top_level_tags(markup: str) -> list[str]:
    """Tag names of the element children at the top of a fragment."""
    walker = _Walker(lambda _t, _a: True, keep_matches=True)
    walker.run(markup)
    return [e.tag for e in walker.found]


def text_of(markup: str) -> str:
    """Visible text of a small fragment (a title), whitespace collapsed."""
    from core.sources.text import html_to_text

    return " ".join(html_to_text(markup)[0].split())


class _Walker(HTMLParser):
    """Re-emits markup; collects (keep_matches) or drops the subtrees that match."""

    def __init__(self, match: Match, keep_matches: bool) -> None:
        super().__init__(convert_charrefs=False)
        self.match = match
        self.keep_matches = keep_matches
        self.found: list[Element] = []
        self.out: list[str] = []
        self._open: list[str] = []  # tags open inside the current subtree, its own first
        self._subtree: list[str] = []
        self._root: tuple[str, dict[str, str]] = ("", {})

    def run(self, markup: str) -> None:
        try:
            self.feed(markup)
            self.close()
        except Exception:  # noqa: BLE001 - html.parser is lenient; keep what was read
            pass
        self._finish()

    def _emit(self, text: str) -> None:
        (self._subtree if self._open else self.out).append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raw = self.get_starttag_text() or f"<{tag}>"
        if self._open:
            self._subtree.append(raw)
            if tag not in _VOID:
                self._open.append(tag)
            return
        attrs_d = {k: v or "" for k, v in attrs}
        if not self.match(tag, attrs_d):
            self.out.append(raw)
            return
        if tag in _VOID:
            if self.keep_matches:
                self.found.append(Element(tag, attrs_d, ""))
            return
        self._open, self._subtree, self._root = [tag], [], (tag, attrs_d)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raw = self.get_starttag_text() or f"<{tag}/>"
        if self._open:
            self._subtree.append(raw)
        elif self.match(tag, {k: v or "" for k, v in attrs}):
            if self.keep_matches:
                self.found.append(Element(tag, {k: v or "" for k, v in attrs}, ""))
        else:
            self.out.append(raw)

    def handle_endtag(self, tag: str) -> None:
        if not self._open:
            self.out.append(f"</{tag}>")
            return
        if tag not in self._open:
            self._subtree.append(f"</{tag}>")  # stray end tag: keep it, close nothing
            return
        while self._open and self._open[-1] != tag:
            self._open.pop()  # implicitly closed (<p> without </p>)
        self._open.pop()
        if self._open:
            self._subtree.append(f"</{tag}>")
        else:
            self._close_subtree()

    def _close_subtree(self) -> None:
        if self.keep_matches:
            self.found.append(Element(*self._root, "".join(self._subtree)))
        self._subtree = []

    def handle_data(self, data: str) -> None:
        self._emit(data)

    def handle_entityref(self, name: str) -> None:
        self._emit(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._emit(f"&#{name};")

    def _finish(self) -> None:
        if self._open:  # an element left open at the end of the document still counts
            self._open = []
            self._close_subtree()
