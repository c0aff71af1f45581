"""Untrusted text made clean: HTML to text, entities, mojibake, NFKC, links.

Every source runs its text through here, so the classifier and the pages see one kind of text.
"""

from __future__ import annotations

import html
import re
import unicodedata
from html.parser import HTMLParser

_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "tr", "table", "section", "article", "figure", "figcaption", "hr",
}  # fmt: skip
_SKIP_TAGS = {"script", "style", "noscript", "template", "iframe", "svg", "head"}
_URL = re.compile(r"""https?://[^\s<>"'\)\]\}]+""", re.IGNORECASE)
_TLDS = (
    "com|org|net|io|co|dev|app|ai|example|info|biz|me|ly|gg|tv|fm|so|xyz|shop|store|blog|"
    "news|site|online|design|studio|art|run|consulting|uk|de|fr|es|it|nl|pt|br|eu|us|ca|au"
)
_BARE_URL = re.compile(
    r"(?<![\w@./:-])(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    r"(?:" + _TLDS + r")\b(?:/[^\s<>\"')\]]*)?",
    re.IGNORECASE,
)
# A dot and a top-level domain, as every bare address has ("acme.io"): most posts have none.
_DOT_TLD = re.compile(r"\.(?:" + _TLDS + r")\b", re.IGNORECASE)
_TRAILING = ".,;:!?…»”’"
_WP_BLOCK = re.compile(r"<!--\s*/?wp:.*?-->", re.DOTALL)
_SHORTCODE = re.compile(r"\[/?[a-z_][\w-]*(?:\s[^\]]*)?\]", re.IGNORECASE)
# Control characters (category Cc) except tab and newline.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b]+")
_ODD_SPACE = re.compile(r"[\u00a0\u2000-\u200b]")
_BLANK_LINES = re.compile(r"\n\s*\n\s*\n+")
_LOOKS_HTML = re.compile(r"<(?:[a-z][a-z0-9]*\b[^>]*|/[a-z][a-z0-9]*\s*)>", re.IGNORECASE)
# Mojibake: UTF-8 multibyte sequences read as Latin-1 or cp1252. A continuation byte (0x80-0xBF)
# reads as itself in Latin-1, and 0x80-0x9F as these in cp1252 ("€" is "â‚¬").
_CP1252_HIGH = "".join(
    bytes([b]).decode("cp1252")
    for b in range(0x80, 0xA0)
    if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
)
_CONT = f"[\u0080-\u00bf{_CP1252_HIGH}]"
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4]{_CONT}")
# One whole UTF-8 sequence in that disguise (lead byte, then its continuation bytes), in runs.
_MOJIBAKE_RUN = re.compile(
    f"(?:[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}})+"
)


class _TextAndLinks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self._skip = 0
        self._invisible = 0
        self._span_stack: list[bool] = []
        # The open <a>: its href and where its text starts; and whether Mastodon's display
        # spans (invisible / ellipsis) show only a piece of that href.
        self._anchor: tuple[str, int] | None = None
        self._display_url = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
            return
        attrs_d = dict(attrs)
        if tag == "a":
            href = (attrs_d.get("href") or "").strip()
            classes = (attrs_d.get("class") or "").split()
            # Mastodon marks @mentions and #hashtags as links; they are not outbound links.
            if href.lower().startswith(("http://", "https://")) and not (
                {"mention", "hashtag", "u-url"} & set(classes)
            ):
                self.links.append(href)
                self._anchor, self._display_url = (href, len(self.parts)), False
        if tag == "span":
            # Mastodon shows a long link as pieces: "invisible" spans (the scheme, the tail)
            # and an "ellipsis" span (the middle, cut). The whole link is the anchor's href,
            # which replaces the pieces at </a>; elsewhere an invisible span stays hidden.
            classes = (attrs_d.get("class") or "").split()
            invisible = "invisible" in classes
            if self._anchor is not None and (invisible or "ellipsis" in classes):
                self._display_url = True
            self._span_stack.append(invisible)
            self._invisible += invisible
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "img" and attrs_d.get("alt"):
            self.parts.append(f" {attrs_d['alt']} ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
            return
        if tag == "span" and self._span_stack:
            self._invisible -= self._span_stack.pop()
        if tag == "a" and self._anchor is not None:
            href, start = self._anchor
            if self._display_url:
                self.parts[start:] = [href]
            self._anchor, self._display_url = None, False
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip and not self._invisible:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    return bool(_LOOKS_HTML.search(text))


def html_to_text(markup: str) -> tuple[str, list[str]]:
    """Visible text of an HTML fragment and the outbound links in its anchors."""
    markup = _WP_BLOCK.sub("", markup)
    parser = _TextAndLinks()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; never let markup crash an import
        return tidy(re.sub(r"<[^>]+>", " ", html.unescape(markup))), []
    return tidy("".join(parser.parts)), parser.links


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 read as Latin-1 (Meta exports), repeatedly while it keeps decoding.

    The whole string first; when it does not decode as one (proper UTF-8 beside mojibake, as a
    Threads post edited after an export bug has), each run of disguised UTF-8 on its own."""
    for _ in range(3):
        if not _MOJIBAKE.search(text):
            break
        fixed = _undo(text)
        if fixed is None:
            fixed = _MOJIBAKE_RUN.sub(lambda m: _undo(m.group(0)) or m.group(0), text)
        if fixed == text:
            break
        text = fixed
    return text


def _undo(text: str) -> str | None:
    for encoding in ("latin-1", "cp1252"):
        try:
            return text.encode(encoding).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return None


def tidy(text: str) -> str:
    """Collapse runs of spaces and blank lines; strip each line."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "  " in text or "\t" in text or (not text.isascii() and _ODD_SPACE.search(text)):
        text = "\n".join([_SPACES.sub(" ", line).strip() for line in text.split("\n")])
    elif "\n" in text:  # most posts: no run of spaces, tab or odd space for _SPACES to change
        text = "\n".join([line.strip() for line in text.split("\n")])
    else:
        return text.strip()
    # Lines are stripped, so a run of blank lines always holds "\n\n".
    return (_BLANK_LINES.sub("\n\n", text) if "\n\n" in text else text).strip()


def normalize(text: str) -> str:
    """NFKC (so 𝗯𝗼𝗹𝗱 LinkedIn text reads as bold) with control characters removed."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return _CONTROL.sub("", text)


def strip_shortcodes(text: str) -> str:
    return _SHORTCODE.sub(" ", text)


def clean(raw: str | None, *, is_html: bool | None = None) -> tuple[str, list[str]]:
    """Clean text and the links in it, from raw text or HTML (guessed when is_html is None)."""
    if not raw:
        return "", []
    if is_html is None:
        is_html = looks_like_html(raw)
    if is_html:
        text, anchor_links = html_to_text(raw)
    else:
        text, anchor_links = tidy(html.unescape(raw)), []
    text = normalize(text)
    links = unique(anchor_links + find_urls(text))
    return text, links


def find_urls(text: str) -> list[str]:
    if "://" not in text:  # in every match; most posts have no link
        return []
    return [m.group(0).rstrip(_TRAILING) for m in _URL.finditer(text)]


def find_bare_links(text: str) -> list[str]:
    """Addresses written without a scheme ("acme.io/pricing", "www.acme.io"), as https URLs.
    Only common top-level domains count, so "Node.js" or "e.g." never look like links."""
    if not _DOT_TLD.search(text):
        return []
    return [f"https://{m.group(0).rstrip(_TRAILING)}" for m in _BARE_URL.finditer(text)]


def unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def domain_of(url: str) -> str:
    """Host without scheme, port or www., lower-cased ('' when there is none)."""
    m = re.match(r"^(?:[a-z][a-z0-9+.-]*://)?([^/:?#\s]+)", url.strip(), re.IGNORECASE)
    host = m.group(1).lower() if m else ""
    return host[4:] if host.startswith("www.") else host
