"""Give or ask: named cues from data/lexicon.json plus the brand's own context, into verdicts.

Every verdict says why in plain words: the cues that pushed it toward ask and toward give,
largest first. The brand context (own domains, handles, products) changes the features, never
the weights: a link to acme.io/pricing is an ask for Acme and a neutral link for anyone else.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np

from core.settings import Brand
from core.text import domain_of, find_urls, unique

LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "lexicon.json"
REVIEW_BELOW = 0.7  # confidence under this puts a verdict in the "needs review" band


@dataclass(frozen=True)
class Doc:
    """What the classifier reads of a post."""

    text: str
    links: tuple[str, ...] = ()
    kind: str = "post"
    source: str = ""


@dataclass(frozen=True)
class Verdict:
    label: str
    p_ask: float
    confidence: float
    reasons: tuple[str, ...]
    model_version: str

    def as_dict(self) -> dict[str, object]:
        return {
            "label": self.label,
            "p_ask": round(self.p_ask, 4),
            "confidence": round(self.confidence, 4),
            "reasons": list(self.reasons),
        }


@dataclass(frozen=True)
class Cue:
    name: str
    leans: str  # "ask" or "give"
    reason: str
    pattern: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Lexicon:
    cues: tuple[Cue, ...]
    sales_words: frozenset[str]
    free_words: frozenset[str]
    shorteners: frozenset[str]


# Cues computed from links, the brand and the post's kind rather than from words.
CONTEXT_CUES = (
    Cue("own_sales_link", "ask", "links to your {path} page"),
    Cue("own_product", "ask", "names your product {product}"),
    Cue("own_free_link", "give", "links to your own free content"),
    Cue("third_party_link", "give", "shares someone else's link ({domain})"),
    Cue("reply", "give", "a reply in a conversation"),
    Cue("repost", "give", "reposts someone else's post"),
)


@cache
def lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    data = json.loads(path.read_text(encoding="utf-8"))
    cues = tuple(
        Cue(
            name,
            spec["leans"],
            spec["reason"],
            re.compile(
                "|".join(f"(?:{p})" for p in spec["patterns"]), re.IGNORECASE | re.MULTILINE
            ),
        )
        for name, spec in data["cues"].items()
    )
    paths = data["sales_paths"]
    return Lexicon(
        cues=cues + CONTEXT_CUES,
        sales_words=frozenset(paths["words"]),
        free_words=frozenset(paths["free_words"]),
        shorteners=frozenset(data["link_shorteners"]),
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

    def owns(self, url: str) -> str | None:
        """The path of a URL on one of the brand's domains, or None when it is not theirs."""
        host = domain_of(url)
        path = urlsplit(url if "://" in url else f"https://{url}").path
        for d in self.domains:
            d_host, _, d_path = d.partition("/")
            if (host == d_host or host.endswith("." + d_host)) and path.lstrip("/").startswith(
                d_path
            ):
                return path
        return None


def _path_words(path: str) -> list[str]:
    return [w for w in re.split(r"[/\-_.?=&#]+", path.lower()) if w]


def context_cues(doc: Doc, brand: BrandMatcher, lex: Lexicon) -> dict[str, str]:
    """The context cues that fire for a post, each with the detail its reason names."""
    found: dict[str, str] = {}
    links = unique(list(doc.links) + find_urls(doc.text))
    for link in links:
        domain = domain_of(link)
        if not domain or domain in lex.shorteners:
            continue
        path = brand.owns(link)
        if path is None:
            if not re.search(r"(?:twitter|x)\.com/.+/status/", link):
                found.setdefault("third_party_link", domain)
            continue
        words = _path_words(path)
        sales = next((w for w in words if w in lex.sales_words), None)
        if sales:
            found.setdefault("own_sales_link", sales)
        elif path.strip("/") == "" and not words:
            found.setdefault("own_sales_link", "home")
        else:
            found.setdefault("own_free_link", path)
    if brand.products is not None:
        match = brand.products.search(doc.text)
        if match:
            found["own_product"] = match.group(0)
    if doc.kind == "reply" or re.match(r"^@\w", doc.text):
        found["reply"] = ""
    if doc.kind == "repost" or doc.text.startswith("RT @"):
        found["repost"] = ""
    return found


def cue_matrix(docs: Sequence[Doc], brand: Brand | None = None) -> tuple[np.ndarray, list[str]]:
    """Docs × cues, 1.0 where a cue fires. Word cues run once per cue over all texts."""
    lex = lexicon()
    names = [c.name for c in lex.cues]
    matrix = np.zeros((len(docs), len(names)), dtype=np.float32)
    texts = [d.text for d in docs]
    for j, cue in enumerate(lex.cues):
        if cue.pattern is None:
            continue
        search = cue.pattern.search
        matrix[:, j] = [1.0 if search(t) else 0.0 for t in texts]
    matcher = BrandMatcher.of(brand)
    index = {n: j for j, n in enumerate(names)}
    for i, doc in enumerate(docs):
        for name in context_cues(doc, matcher, lex):
            matrix[i, index[name]] = 1.0
    return matrix, names


# Hand-set weights in log-odds of ask: the transparent first model. A learned model replaces
# these numbers, never the cues.
RULE_WEIGHTS: dict[str, float] = {
    "buy": 2.6, "price": 1.4, "offer": 2.6, "trial_demo": 2.6, "event": 2.2, "launch": 2.0,
    "brag": 2.2, "hiring": 2.6, "follow_share": 1.6, "donate": 2.4, "testimonial": 1.8,
    "urgency": 1.2, "own_sales_link": 2.6, "own_product": 0.8,
    "thanks": -1.2, "question": -0.9, "howto": -1.4, "curation": -1.6, "data_point": -0.7,
    "soft_cta": -0.6, "own_free_link": -0.8, "third_party_link": -1.1, "reply": -1.0,
    "repost": -1.8,
}  # fmt: skip
RULE_BIAS = -1.2


@dataclass
class RuleModel:
    """Named cues with hand-set weights: a linear model whose every term has a reason."""

    weights: dict[str, float] = field(default_factory=lambda: dict(RULE_WEIGHTS))
    bias: float = RULE_BIAS
    version: str = "cues-1"

    def logits(self, matrix: np.ndarray, names: list[str]) -> np.ndarray:
        w = np.array([self.weights.get(n, 0.0) for n in names], dtype=np.float32)
        return matrix @ w + self.bias

    def contributions(self, row: np.ndarray, names: list[str]) -> dict[str, float]:
        return {
            n: self.weights.get(n, 0.0) * float(v)
            for n, v in zip(names, row)
            if v and self.weights.get(n)
        }


def _reason_text(cue: Cue, detail: str) -> str:
    if "{path}" in cue.reason:
        return cue.reason.format(path=detail)
    if "{product}" in cue.reason:
        return cue.reason.format(product=detail)
    if "{domain}" in cue.reason:
        return cue.reason.format(domain=detail)
    return cue.reason


def classify(
    docs: Sequence[Doc],
    brand: Brand | None = None,
    *,
    explain: bool = True,
    model: RuleModel | None = None,
) -> list[Verdict]:
    """A verdict per doc, in order. explain=False skips the reasons (for bulk work)."""
    model = model or RuleModel()
    if not docs:
        return []
    matrix, names = cue_matrix(docs, brand)
    p_ask = 1.0 / (1.0 + np.exp(-model.logits(matrix, names)))
    lex = lexicon()
    by_name = {c.name: c for c in lex.cues}
    matcher = BrandMatcher.of(brand) if explain else None
    verdicts = []
    for i, doc in enumerate(docs):
        p = float(p_ask[i])
        label = "ask" if p >= 0.5 else "give"
        reasons: tuple[str, ...] = ()
        if explain:
            details = context_cues(doc, matcher, lex)  # type: ignore[arg-type]
            reasons = explain_row(model.contributions(matrix[i], names), label, by_name, details)
        verdicts.append(Verdict(label, p, max(p, 1 - p), reasons, model.version))
    return verdicts


def explain_row(
    contributions: dict[str, float], label: str, cues: dict[str, Cue], details: dict[str, str]
) -> tuple[str, ...]:
    """Plain-words reasons: up to three cues for the label, then up to three against it."""
    sign = 1 if label == "ask" else -1
    ranked = sorted(contributions.items(), key=lambda kv: -abs(kv[1]))
    pro = [n for n, c in ranked if c * sign > 0][:3]
    con = [n for n, c in ranked if c * sign < 0][:3]
    reasons = [_reason_text(cues[n], details.get(n, "")) for n in pro if n in cues]
    if not reasons:
        reasons = ["nothing in it asks the reader for anything"] if label == "give" else []
    reasons += [f"but {_reason_text(cues[n], details.get(n, ''))}" for n in con if n in cues]
    return tuple(reasons)


def docs_from(texts: Iterable[str], links: Iterable[Iterable[str]] | None = None,
              kinds: Iterable[str] | None = None) -> list[Doc]:  # fmt: skip
    texts = list(texts)
    links_l = list(links) if links is not None else [()] * len(texts)
    kinds_l = list(kinds) if kinds is not None else ["post"] * len(texts)
    return [Doc(t or "", tuple(lk or ()), k or "post") for t, lk, k in zip(texts, links_l, kinds_l)]


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))
