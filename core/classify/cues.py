"""Cues: the named, explainable features of a post, from data/lexicon.json and the brand.

Word cues are phrases in seven languages ("book a demo", "jetzt anmelden"); context cues come
from links, the brand's own domains and products, and the post's kind. The brand changes which
cues fire, never what a cue weighs: a link to acme.io/pricing is an ask for Acme only.
"""

from __future__ import annotations

import html
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

from core.settings import Brand, short_name
from core.sources.text import (
    domain_of,
    find_bare_links,
    find_urls,
    html_to_text,
    looks_like_html,
    unique,
)

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
    # The words just before a match that put it in someone else's sense ("got 20% off").
    not_after: re.Pattern[bytes] | None = None


@dataclass(frozen=True)
class Lexicon:
    cues: tuple[Cue, ...]
    sales_words: frozenset[str]
    free_words: frozenset[str]
    help_words: frozenset[str]
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
    Cue("own_help_link", "give", "links to your own help, support or account page"),
    Cue("brand_news", "ask", "news about {name} in newsroom voice"),
    Cue("own_campaign", "ask", "carries {name}'s own campaign hashtag"),
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
            re.compile(spec["not_after"].encode()) if spec.get("not_after") else None,
        )
        for name, spec in data["cues"].items()
    )
    paths = data["sales_paths"]
    return Lexicon(
        cues=(*cues, CLOSING_ASK, *CONTEXT_CUES),
        sales_words=frozenset(paths["words"]),
        free_words=frozenset(paths["free_words"]),
        help_words=frozenset(paths["help_words"]),
        shorteners=frozenset(data["link_shorteners"]),
        affiliate_domains=frozenset(data["affiliate_domains"]),
    )


@dataclass(frozen=True)
class BrandMatcher:
    """The brand context compiled once: which domains, handles and products are the author's."""

    domains: tuple[str, ...]
    handles: frozenset[str]
    products: re.Pattern[str] | None
    # The brand's names or handles as the subject of a newsroom verb, over folded text.
    news: re2._Regexp | re.Pattern[bytes] | None = None
    # What must be in a post for `news` to match at all: a quick test before the regex.
    news_subjects: tuple[bytes, ...] = ()
    name: str = ""  # as the brand writes it, for reasons
    # A hashtag that starts with one of the brand's names (#AcmeVolunteers, #AcmeCares): the
    # brand's own programme on show. The bare name (#Acme) is only a topic tag.
    # Over the text as written (lower-cased, not folded): folding turns mojibake such as
    # "#Citiâ°Ãªs" into letters ("#citiaaas") that would read as a campaign tag.
    campaign: re.Pattern[str] | None = None
    full_names: tuple[str, ...] = ()  # each name without spaces: #harborhill is only the name

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
        names = [fold(n).decode() for n in brand.names()]
        written = [n.lower() for n in brand.names()]
        return cls(
            domains=domains,
            handles=handles,
            products=pattern,
            news=_news_pattern(names, handles),
            news_subjects=tuple({n.split()[0].encode() for n in names if n} | {b"@"}),
            name=brand.name or next(iter(sorted(brand.handles)), ""),
            campaign=_campaign_pattern(short_name(brand.name).lower(), written),
            full_names=tuple(n.replace(" ", "") for n in written),
        )

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


# Newsroom verbs in the third person, as a brand writes about itself ("Acme launches…",
# "Acme named…", "Acme Foundation supports…"), in the seven languages, over folded text.
_NEWS_VERBS = (
    r"announc\w*|launch\w*|unveil\w*|introduc\w*|wins|won|named|ranked|awarded|recogni[sz]ed|"
    r"honou?red|partners?|partnering|teams up|teamed up|collaborat\w*|acquir\w*|invests?|expands?|"
    r"opens|opened|reports|reported|posts|results|earnings|supports|supported|sponsors|sponsored|"
    r"donates|donated|commits|committed|speaks|spoke|to speak|joins|hires|appoints|appointed|"
    r"welcomes|receives|received|secures|secured|completes|completed|celebrates|achieves|"
    r"publishes|releases|released|tops|earns|is hiring|are hiring|hosts|to host|"
    r"discuss\w*|address\w*|presents|presenting|provides|helps|helped|contribut\w*|"
    r"fund(s|ed|ing)|co-fund\w*|grants?|exhibit\w*|showcas\w*|highlights|participat\w*|"
    r"continues to|will (be|speak|host|present|join|exhibit|attend)|is (proud|pleased|delighted)|"
    r"takes part|approval|approved|"
    r"lanza|anuncia|presenta|nombrad[ao]|premiad[ao]|galardonad[ao]|abre|invierte|patrocina|"
    r"lance|annonce|nommee?|recompensee?|laureat|s'associe|investit|ouvre|soutient|recrute|"
    r"stellt vor|startet|ausgezeichnet|gewinnt|eroffnet|investiert|unterstutzt|sucht|"
    r"lancia|annuncia|premiat[ao]|nominat[ao]|apre|investe|sostiene|cerca|"
    r"lanceert|kondigt|bekroond|opent|investeert|steunt|zoekt|"
    r"lanca|nomead[ao]|contrata|apoia"
)


# Others saying so of the brand, in newsroom voice: "CVS recognizes Acme as Partner of the Year".
_PRAISE_VERBS = (
    r"recogni[sz]es|honou?rs|names|awards|selects|ranks|praises|congratulates|welcomes|"
    r"features|profiles|partners with|teams up with|joins forces with|reconoce|premia|distingue|"
    r"recompense|zeichnet|riconosce|bekroont|reconhece"
)


# A regulator or jury granting the brand something: "FDA grants approval to Acme's…",
# "the Commission grants European marketing authorisation for Acme's…".
_GRANT_VERBS = (
    r"approves|approved|accepts|accepted|clears|cleared|grants|granted|awards|awarded|"
    r"gives|gave|extends|extended"
)


# How many words may stand between the brand and its verb: "Pfizer Global Health Fellow Janet
# White #GHF addressing…", "Pat Ford, Pfizer senior director of global security, discusses…".
# Chosen on the real labels held out by organisation (5: 0.750 macro-F1, 8: 0.756, 10: 0.755).
NEWS_SUBJECT_WORDS = 8


def _news_pattern(
    names: Sequence[str], handles: frozenset[str]
) -> re2._Regexp | re.Pattern[bytes] | None:
    subjects = [rf"\b{re.escape(n)}\b" for n in sorted(set(names), key=len, reverse=True) if n]
    subjects += [rf"@{re.escape(h)}\b" for h in sorted(handles) if h]
    subjects += [rf"#{re.escape(n.replace(' ', ''))}\b" for n in names if n]
    if not subjects:
        return None
    subject = "|".join(subjects)
    # The subject, up to NEWS_SUBJECT_WORDS more words, commas and all ("Acme Foundation",
    # "Acme's R&D President, Jane Doe,"), then the verb; or a newsroom verb with the brand as
    # its object.
    pattern = (
        rf"(?:{subject})(?:[\w'.,&/@#-]*\s+[\w'.,&/@#-]+){{0,{NEWS_SUBJECT_WORDS}}}?\s+"
        rf"(?:{_NEWS_VERBS})\b|"
        rf"\b(?:{_PRAISE_VERBS})\s+(?:the\s+)?(?:{subject})|"
        rf"\b(?:{_GRANT_VERBS})\s+(?:[\w'.&/-]+\s+){{0,5}}?(?:for|to)\s+(?:{subject})"
    ).encode()
    # RE2 runs in time linear in the post; Python's backtracking took ten times as long over a
    # corpus once the subject could run to eight words.
    options = re2.Options()
    options.never_capture = True
    try:
        return re2.compile(pattern, options=options)
    except re2.error:  # a name RE2 cannot read as escaped: the same pattern, backtracking
        return re.compile(pattern)


def _campaign_pattern(name: str, names: Sequence[str]) -> re.Pattern[str] | None:
    """name: the brand's own name, lower-cased; names: it and its products."""
    stems = {n.replace(" ", "") for n in names if n}
    # "Barclays Wealth" runs #BarclaysCommunity too: the first word of the brand's own name
    # counts (not a product's: "Brand Sprint" must not claim #branding).
    first = name.split()[0] if name.strip() else ""
    if len(first) >= 5 and first != name:
        stems.add(first)
    if not stems:
        return None
    alternatives = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    return re.compile(rf"#(?:{alternatives})\w{{3,}}")


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
_FIRST_HANDLE = re.compile(r"@([\w.]+)")


def _own_handle_first(text: str, brand: BrandMatcher) -> bool:
    """'@Acme & @partner announce…' starts with the brand's own handle: news, not a reply."""
    first = _FIRST_HANDLE.match(text)
    return bool(first and first.group(1).lower() in brand.handles)


def _path_words(path: str) -> list[str]:
    """A path's words, and each segment whole too ("join-us", "contact-us")."""
    path = path.lower()
    segments = [s for s in path.split("/") if "-" in s or "_" in s]
    return [w for w in _PATH_SEPARATORS.split(path) if w] + segments


def is_repost(doc: Doc) -> bool:
    """A repost, or an old-style retweet in a sheet ("RT @someone: …"): someone else's words."""
    return doc.kind == "repost" or doc.text.startswith("RT @")


def context_cues(
    doc: Doc,
    brand: BrandMatcher,
    lex: Lexicon,
    judged: str | None = None,
    folded: bytes | None = None,
) -> dict[str, str]:
    """The context cues that fire for a post, each with the detail its reason names.
    judged, folded: the post's judged_text and its fold_post, when the caller has them."""
    found: dict[str, str] = {}
    text = judged if judged is not None else judged_text(doc.text)
    links = unique(list(doc.links) + find_urls(text))
    if brand.domains:  # bare addresses matter for whose page a link is, known only then
        links = unique(links + [u for u in find_bare_links(text) if not _covered(u, links)])
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
        if subdomain in lex.help_words or any(w in lex.help_words for w in words[:2]):
            # support.acme.io, acme.io/help/…, /contact: a help page serves the reader.
            found.setdefault("own_help_link", path)
        elif subdomain in lex.sales_words and not (words and words[0] in lex.free_words):
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
        match = brand.products.search(text)
        if match:
            found["own_product"] = match.group(0)
    if brand.news is not None:
        folded = folded if folded is not None else fold_post(text)
        named = any(s in folded for s in brand.news_subjects)
        news = brand.news.search(folded) if named else None
        if news:
            found["brand_news"] = brand.name
    if brand.campaign is not None and "#" in text:
        tags = (m.group(0)[1:] for m in brand.campaign.finditer(text.lower()))
        if any(not any(n.startswith(t) for n in brand.full_names) for t in tags):
            found["own_campaign"] = brand.name
    starts = _REPLY_START.match(doc.text)
    if doc.kind == "reply" or (starts and not _own_handle_first(doc.text, brand)):
        found["reply"] = ""
    if is_repost(doc):
        found["repost"] = ""
    return found


_SYMBOLS = (("€", " eur "), ("£", " gbp "), ("¥", " jpy "), ("★", " star "), ("⭐", " star "))
_SEPARATOR = b"\n\x00\n"


# Mojibake: UTF-8 read as Latin-1 or Mac Roman, once or twice ("Acmeâ€™s", "Acmeâ°ÃÂªs" for
# "Acme’s"), as exports opened in the wrong encoding carry it. Folded letter by letter it would
# glue letters to the word before ("acmeaaas"), hiding the brand's name and its verbs. A run
# that starts with ã or â (lower-cased Ã, Â) and goes on in two or more symbols no language
# writes after those letters is read as the apostrophe or quote it most often stands for.
# Real accents (ação, pâte, irmã”) are kept.
_MOJIBAKE = re.compile(
    "[\u00e2\u00e3][\u0080-\u00bf\u00e2\u00e3\u00e5\u0152-\u0192\u02c6-\u02dc\u2000-\u22ff]{2,}"
)


def fold(text: str) -> bytes:
    """Lower-case ASCII for cue matching: accents dropped so one pattern covers 'réservez' and
    'reservez', and RE2's ASCII word boundaries hold in every Latin-script language."""
    text = text.lower()
    if text.isascii():  # most posts: skip the per-character work
        return text.encode("ascii")
    text = _MOJIBAKE.sub("'", text)
    for symbol, word in _SYMBOLS:
        if symbol in text:
            text = text.replace(symbol, word)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore")


_FOLDED_URL = re.compile(rb"https?://\S+|www\.\S+")


# "Link in bio" and its kin point at a link the post does not show, of unknown destination:
# left out, so the post is judged by what it says the link leads to ("full recipe", "shop").
_POINTER = re.compile(
    rb"\b(links? (is |are )?(in|on) (my |the |our )?bio"
    rb"|enlaces? en (la |mi )?bio|links? in (der |meiner )?bio|liens? (en|dans (la|ma)) bio"
    rb"|links? na bio)\b"
)


def fold_post(text: str) -> bytes:
    """A post's text as every cue and n-gram reads it: folded, with each URL one word "link"
    (a link to /pricing is judged by whose page it is, not as the word "pricing"); a pointer
    to one ("link in bio") is left out."""
    folded = fold(text)
    if b"http" in folded or b"www." in folded:
        folded = _FOLDED_URL.sub(b"link", folded)
    if b"bio" in folded:
        folded = _POINTER.sub(b" ", folded)
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
        matches = cue.pattern.finditer(buffer)  # type: ignore[union-attr]
        if cue.not_after is not None:
            matches = (m for m in matches if not _read_otherwise(cue, buffer, m.start()))
        ends = np.fromiter((m.end() - 1 for m in matches), dtype=np.int64)
        if not ends.size:
            continue
        rows = np.searchsorted(starts, ends, side="right") - 1
        matrix[rows, j] = 1.0
        if cue.leans == "ask":
            offset = (ends - starts[rows]) / np.maximum(sizes[rows], 1)
            closing = (offset >= 1 - CLOSING_SHARE) & (sizes[rows] >= CLOSING_MIN_BYTES)
            matrix[rows[closing], -1] = 1.0
    return matrix


NOT_AFTER_BYTES = 40  # how far before a match its not_after words are looked for


def _read_otherwise(cue: Cue, buffer: bytes, start: int) -> bool:
    before = buffer[max(0, start - NOT_AFTER_BYTES) : start]
    return bool(cue.not_after and cue.not_after.search(before.rsplit(_SEPARATOR, 1)[-1]))


def read(docs: Sequence[Doc]) -> tuple[list[str], list[bytes]]:
    """What the classifier reads of each post: its judged text, and that text folded."""
    judged = [judged_text(d.text) for d in docs]
    return judged, [fold_post(text) for text in judged]


def cue_matrix(
    docs: Sequence[Doc],
    brand: Brand | None = None,
    judged: Sequence[str] | None = None,
    folded: Sequence[bytes] | None = None,
) -> tuple[np.ndarray, list[str]]:
    """Docs × cues (word cues, then context cues), 1.0 where a cue fires. Pass the docs' read()
    when the caller has it already."""
    lex = lexicon()
    names = [c.name for c in lex.cues]
    if judged is None or folded is None:
        judged, folded = read(docs)
    words = word_cue_matrix(folded)
    context = np.zeros((len(docs), len(CONTEXT_CUES)), dtype=np.float32)
    matcher = BrandMatcher.of(brand)
    index = {c.name: j for j, c in enumerate(CONTEXT_CUES)}
    for i, doc in enumerate(docs):
        for name in context_cues(doc, matcher, lex, judged[i], folded[i]):
            context[i, index[name]] = 1.0
    return np.hstack([words, context]), names


# A long post is an article: judged by its title, opening and close (LABELING.md), with its
# quotations and its references left out, so a price in a bibliography is not the author's ask.
LONG_CHARS = 1500
OPENING_WORDS, CLOSING_WORDS = 120, 60
_REFERENCES = re.compile(
    r"(?im)^\W*(references|bibliography|sources|works cited|further reading|footnotes|notes|"
    r"citations|referencias|bibliograf[ií]a|fuentes|quellen|literatur|r[ée]f[ée]rences|"
    r"bibliographie|refer[êe]ncias|fontes|fonti|bronnen|literatuur)\W*$"
)
_QUOTATION = re.compile(r'(?m)^>.*$|"[^"\n]{60,}?"|“[^”]{60,}?”|«[^»]{60,}?»|„[^“”]{60,}?[“”]')
_WORDS = re.compile(r"\S+")


def without_markup(text: str) -> str:
    """Markup a comment or a sheet can carry ("<br />", "&#39;", "LIKE&amp;SUBSCRIBE") read as
    the text it stands for, by the importers' own reading of HTML; its links' addresses kept."""
    if "<" in text and looks_like_html(text):
        text, links = html_to_text(text)
        return " ".join([text, *links])
    return html.unescape(text) if "&" in text else text


def judged_text(text: str) -> str:
    """The part of a post the classifier judges: all of it without markup, unless it is long."""
    text = without_markup(text)
    if len(text) < LONG_CHARS:
        return text
    references = _REFERENCES.search(text)
    if references and references.start() > len(text) // 3:
        text = text[: references.start()]
    text = _QUOTATION.sub(" ", text)
    words = [m.start() for m in _WORDS.finditer(text)]
    if len(words) <= OPENING_WORDS + CLOSING_WORDS:
        return text
    return text[: words[OPENING_WORDS]] + "\n…\n" + text[words[-CLOSING_WORDS] :]


def reason_text(cue: Cue, detail: str) -> str:
    if "{path}" in cue.reason:
        return cue.reason.format(path=detail)
    if "{product}" in cue.reason:
        return cue.reason.format(product=detail)
    if "{domain}" in cue.reason:
        return cue.reason.format(domain=detail)
    if "{name}" in cue.reason:
        return cue.reason.format(name=detail or "you")
    return cue.reason
