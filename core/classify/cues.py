"""Cues: the named, explainable features of a post, from data/lexicon.json and the brand.

Word cues are phrases in seven languages ("book a demo", "jetzt anmelden"); context cues come
from links, the brand's own domains and products, and the post's kind. The brand changes which
cues fire, never what a cue weighs: a link to acme.io/pricing is an ask for Acme only.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
import re2

from core.settings import Brand
from core.sources.text import domain_of, find_bare_links, find_urls, unique

LEXICON_PATH = Path(__file__).resolve().parents[2] / "data" / "lexicon.json"


@dataclass(frozen=True)
class Doc:
    """What the classifier reads of a post."""

    text: str
    links: tuple[str, ...] = ()
    kind: str = "post"
    source: str = ""


@dataclass(frozen=True)
class Cue:
    name: str
    leans: str  # "ask" or "give"
    reason: str
    pattern: re2._Regexp | None = None  # over folded bytes; None for context cues


@dataclass(frozen=True)
class Lexicon:
    cues: tuple[Cue, ...]
    sales_words: frozenset[str]
    free_words: frozenset[str]
    shorteners: frozenset[str]
    affiliate_domains: frozenset[str]


# A word cue for ask near the end of a long post: tips that close on a pitch are a wrapper.
CLOSING_ASK = Cue("closing_ask", "ask", "ends with a call to action")
CLOSING_SHARE = 0.35
CLOSING_MIN_BYTES = 160
# Cues computed from links, the brand and the post's kind rather than from words.
CONTEXT_CUES = (
    Cue("affiliate_link", "ask", "uses an affiliate or referral link"),
    Cue("own_sales_link", "ask", "links to your {path} page"),
    Cue("own_product", "ask", "names your product {product}"),
    Cue("own_free_link", "give", "links to your own free content"),
    Cue("own_home_link", "ask", "links to your home page"),
    Cue("third_party_link", "give", "shares someone else's link ({domain})"),
    Cue("reply", "give", "a reply in a conversation"),
    Cue("repost", "give", "reposts someone else's post"),
)


@cache
def lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    data = json.loads(path.read_text(encoding="utf-8"))
    options = re2.Options()
    options.never_capture = True
    cues = tuple(
        Cue(
            name,
            spec["leans"],
            spec["reason"],
            re2.compile("|".join(f"(?:{p})" for p in spec["patterns"]).encode(), options=options),
        )
        for name, spec in data["cues"].items()
    )
    paths = data["sales_paths"]
    return Lexicon(
        cues=(*cues, CLOSING_ASK, *CONTEXT_CUES),
        sales_words=frozenset(paths["words"]),
        free_words=frozenset(paths["free_words"]),
        shorteners=frozenset(data["link_shorteners"]),
        affiliate_domains=frozenset(data["affiliate_domains"]),
    )


@dataclass(frozen=True)
class BrandMatcher:
    """The brand context compiled once: which domains, handles and products are the author's."""

    domains: tuple[str, ...]
    handles: frozenset[str]
    products: re.Pattern[str] | None

    @classmethod
    def of(cls, brand: Brand | None) -> BrandMatcher:
        brand = brand or Brand()
        domains = tuple(
            d.lower()
            .removeprefix("https://")
            .removeprefix("http://")
            .removeprefix("www.")
            .strip("/")
            for d in brand.domains
        )
        handles = frozenset(h.lower().lstrip("@").split("@")[0] for h in brand.handles)
        products = [p for p in brand.products if len(p) >= 3]
        pattern = (
            re.compile(
                "|".join(rf"\b{re.escape(p)}\b" for p in sorted(products, key=len, reverse=True)),
                re.I,
            )
            if products
            else None
        )
        return cls(domains=domains, handles=handles, products=pattern)

    def owns(self, url: str, host: str | None = None) -> str | None:
        """The path of a URL on one of the brand's domains, or None when it is not theirs.
        host: the URL's domain_of, when the caller has it already."""
        host = domain_of(url) if host is None else host
        path = urlsplit(url if "://" in url else f"https://{url}").path
        for d in self.domains:
            d_host, _, d_path = d.partition("/")
            if (host == d_host or host.endswith("." + d_host)) and path.lstrip("/").startswith(
                d_path
            ):
                return path
        return None


_AFFILIATE = re.compile(
    r"[?&](?:ref|referral|aff|affiliate|aff_id|affid|tag|via|coupon|discount)=", re.I
)


def _covered(bare: str, links: list[str]) -> bool:
    """Whether a bare address is only a piece of a full URL already found."""
    core = bare.removeprefix("https://")
    return any(core in link for link in links)


_PATH_SEPARATORS = re.compile(r"[/\-_.?=&#]+")
_STATUS_LINK = re.compile(r"(?:twitter|x)\.com/.+/status/")
_REPLY_START = re.compile(r"@\w")


def _path_words(path: str) -> list[str]:
    return [w for w in _PATH_SEPARATORS.split(path.lower()) if w]


def context_cues(doc: Doc, brand: BrandMatcher, lex: Lexicon) -> dict[str, str]:
    """The context cues that fire for a post, each with the detail its reason names."""
    found: dict[str, str] = {}
    links = unique(list(doc.links) + find_urls(doc.text))
    if brand.domains:  # bare addresses matter for whose page a link is, known only then
        links = unique(links + [u for u in find_bare_links(doc.text) if not _covered(u, links)])
    for link in links:
        domain = domain_of(link)
        if _AFFILIATE.search(link) or domain in lex.affiliate_domains:
            found.setdefault("affiliate_link", "")
        if not domain or domain in lex.shorteners:
            continue
        if not brand.domains:
            # Without the author's domains a link's owner is unknown (a commenter's link is
            # usually their own, a brand's link to another site is curation): no link cue.
            continue
        path = brand.owns(link, domain)
        if path is None:
            if not _STATUS_LINK.search(link):
                found.setdefault("third_party_link", domain)
            continue
        words = _path_words(path)
        sales = next((w for w in words if w in lex.sales_words), None)
        subdomain = domain.split(".")[0]
        if subdomain in lex.sales_words and not (words and words[0] in lex.free_words):
            # shop.acme.io/kettle, tickets.acme.io: the host says what the page is for.
            found.setdefault("own_sales_link", subdomain)
        elif not words:
            found.setdefault("own_home_link", "")
        elif words[0] in lex.free_words or not sales:
            # /blog/event-tracking-guide is an article about events, not an event page.
            found.setdefault("own_free_link", path)
        else:
            found.setdefault("own_sales_link", sales)
    if brand.products is not None:
        match = brand.products.search(doc.text)
        if match:
            found["own_product"] = match.group(0)
    if doc.kind == "reply" or _REPLY_START.match(doc.text):
        found["reply"] = ""
    if doc.kind == "repost" or doc.text.startswith("RT @"):
        found["repost"] = ""
    return found


_SYMBOLS = (("€", " eur "), ("£", " gbp "), ("¥", " jpy "), ("★", " star "), ("⭐", " star "))
_SEPARATOR = b"\n\x00\n"


def fold(text: str) -> bytes:
    """Lower-case ASCII for cue matching: accents dropped so one pattern covers 'réservez' and
    'reservez', and RE2's ASCII word boundaries hold in every Latin-script language."""
    text = text.lower()
    if text.isascii():  # most posts: skip the per-character work
        return text.encode("ascii")
    for symbol, word in _SYMBOLS:
        if symbol in text:
            text = text.replace(symbol, word)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore")


_FOLDED_URL = re.compile(rb"https?://\S+|www\.\S+")


def fold_post(text: str) -> bytes:
    """A post's text as every cue and n-gram reads it: folded, with each URL one word "link"
    (a link to /pricing is judged by whose page it is, not as the word "pricing")."""
    folded = fold(text)
    if b"http" in folded or b"www." in folded:
        folded = _FOLDED_URL.sub(b"link", folded)
    return folded


def word_cue_matrix(folded: Sequence[bytes]) -> np.ndarray:
    """Docs × (word cues + closing_ask). Each cue scans all texts joined in one buffer: RE2 is
    linear in the text and one call per cue avoids a per-post overhead that dominates at 100k."""
    cues = [c for c in lexicon().cues if c.pattern is not None]
    matrix = np.zeros((len(folded), len(cues) + 1), dtype=np.float32)
    if not folded:
        return matrix
    buffer = _SEPARATOR.join(folded)
    sizes = np.fromiter((len(f) for f in folded), dtype=np.int64, count=len(folded))
    starts = np.concatenate(([0], np.cumsum(sizes + len(_SEPARATOR))[:-1]))
    for j, cue in enumerate(cues):
        # A match's last byte is inside its post (patterns cannot cross the NUL separator),
        # while its first may be the newline before the post, so map by the end.
        ends = np.fromiter((m.end() - 1 for m in cue.pattern.finditer(buffer)), dtype=np.int64)  # type: ignore[union-attr]
        if not ends.size:
            continue
        rows = np.searchsorted(starts, ends, side="right") - 1
        matrix[rows, j] = 1.0
        if cue.leans == "ask":
            offset = (ends - starts[rows]) / np.maximum(sizes[rows], 1)
            closing = (offset >= 1 - CLOSING_SHARE) & (sizes[rows] >= CLOSING_MIN_BYTES)
            matrix[rows[closing], -1] = 1.0
    return matrix


def cue_matrix(
    docs: Sequence[Doc], brand: Brand | None = None, folded: Sequence[bytes] | None = None
) -> tuple[np.ndarray, list[str]]:
    """Docs × cues (word cues, then context cues), 1.0 where a cue fires. Pass the docs' folded
    texts when the caller has them already."""
    lex = lexicon()
    names = [c.name for c in lex.cues]
    words = word_cue_matrix(folded if folded is not None else [fold_post(d.text) for d in docs])
    context = np.zeros((len(docs), len(CONTEXT_CUES)), dtype=np.float32)
    matcher = BrandMatcher.of(brand)
    index = {c.name: j for j, c in enumerate(CONTEXT_CUES)}
    for i, doc in enumerate(docs):
        for name in context_cues(doc, matcher, lex):
            context[i, index[name]] = 1.0
    return np.hstack([words, context]), names


def reason_text(cue: Cue, detail: str) -> str:
    if "{path}" in cue.reason:
        return cue.reason.format(path=detail)
    if "{product}" in cue.reason:
        return cue.reason.format(product=detail)
    if "{domain}" in cue.reason:
        return cue.reason.format(domain=detail)
    return cue.reason
