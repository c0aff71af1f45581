"""Give or ask: a verdict per post from the learned model, with reasons in plain words.

Reasons come from the model's own contributions (coefficient × feature): the cues and words that
pushed the post toward its label, then those that pushed against it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from core.classify.cues import BrandMatcher, Doc, context_cues, is_repost, lexicon, reason_text
from core.classify.language import STOPWORDS, detect_batch, supported
from core.classify.model import GiveAskModel, Prepared, base_model, cue_signs
from core.settings import Brand

REVIEW_BELOW = 0.7  # confidence under this puts a verdict in the "needs review" band
# Outside the seven training languages the model guesses from links and names alone.
FOREIGN_SHRINK = 0.4
REPOST_P_ASK = 0.1
# LABELING.md: a post with almost no words (a number, "lol", an emoji, a bare link) asks nothing
# unless it links the author's own sales page. Such a post is a give the model is unsure of.
SHORT_WORDS = 3  # fewer words than this is too few to judge
SHORT_P_ASK = 0.35  # confidence 0.65: in the review band
# A short post with an ask cue ("Subscribe ME!") keeps the model's side, in the review band.
SHORT_ASK_CAP = 0.65
TOO_SHORT = "too few words to judge"
# Words are named in a reason only when they carry weight: together at least this much of the
# decision (in log-odds), each at least WORD_MIN.
WORDS_MIN_TOTAL = 0.35
WORD_MIN = 0.08
# Words against the label are named only where they explain a doubt: at least this share of
# the verdict's own margin (log-odds). "but words like “child”, “category”" under a confident
# give tells a person nothing.
AGAINST_SHARE = 0.4

__all__ = ["REVIEW_BELOW", "Doc", "Verdict", "classify"]


@dataclass(frozen=True)
class Verdict:
    label: str
    p_ask: float
    confidence: float
    reasons: tuple[str, ...]
    model_version: str
    language: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "label": self.label,
            "p_ask": round(self.p_ask, 4),
            "confidence": round(self.confidence, 4),
            "reasons": list(self.reasons),
        }

    @property
    def needs_review(self) -> bool:
        return self.confidence < REVIEW_BELOW


def classify(
    docs: Sequence[Doc],
    brand: Brand | None = None,
    *,
    explain: bool = True,
    model: GiveAskModel | None = None,
) -> list[Verdict]:
    """A verdict per doc, in order. explain=False skips the reasons (bulk work, benchmarks)."""
    if not docs:
        return []
    model = model or base_model()
    prepared = Prepared.of(docs, brand)
    scores, features = model.decision(docs, brand, prepared)
    p_ask = model.probability(scores)
    p_ask = 0.5 + (p_ask - 0.5) * model.doubt(features)
    languages = detect_batch(
        [d.text for d in docs], prepared.vocab, prepared.codes, prepared.doc_of
    )
    foreign = np.array([not supported(lang) for lang in languages])
    p_ask = np.where(foreign, 0.5 + (p_ask - 0.5) * FOREIGN_SHRINK, p_ask)
    # LABELING.md: sharing somebody else's work, with or without comment, gives. A bare
    # repost (a retweet, a boost) has no words of the author's to weigh against that.
    reposts = np.array([d.kind == "repost" for d in docs])
    p_ask = np.where(reposts, np.minimum(p_ask, REPOST_P_ASK), p_ask)
    short, asking = _too_short(prepared, features, model)
    # One that asks all the same keeps the model's side, in the review band; the rest are unsure
    # gives.
    p_ask = np.where(
        asking, np.clip(p_ask, SHORT_P_ASK, SHORT_ASK_CAP), np.where(short, SHORT_P_ASK, p_ask)
    )
    matcher = BrandMatcher.of(brand) if explain else None
    verdicts = []
    for i, (doc, p) in enumerate(zip(docs, p_ask.tolist())):
        label = "ask" if p >= 0.5 else "give"
        reasons: tuple[str, ...] = ()
        if explain:
            cues, words = model.contributions(features[i], prepared.tokens(i))
            details = context_cues(
                doc,
                matcher,
                lexicon(),
                prepared.judged[i],
                prepared.folded[i],  # type: ignore[arg-type]
            )
            reasons = reasons_for(cues, words, label, details, abs(float(scores[i])))
            # A repost's words are someone else's: none of them argues against sharing it. (An
            # "RT @…" in a sheet is not capped like a repost: brands retweet their own showcases.)
            if is_repost(doc):
                reasons = tuple(r for r in reasons if not r.startswith("but "))
            if short[i]:
                reasons = (TOO_SHORT, *reasons)
            if foreign[i]:
                reasons += ("written in a language the model was not trained on",)
        verdicts.append(Verdict(label, p, max(p, 1 - p), reasons, model.version, languages[i]))
    return verdicts


# Stand-ins the n-grams use for links, @handles and the brand's names: a person never wrote them.
_PLACEHOLDERS = {"link", "handle", "ownname", "owntag"}
# Currency signs spelled out by the folding (£ reads as "gbp"): the person wrote a sign.
_SPELLED_SIGNS = {"gbp", "eur", "jpy"}
# The pieces of an address written out in a post ("acme.org/blog", "www."): not what it says.
_ADDRESS_PARTS = {"www", "http", "https", "org", "html", "htm", "php", "example"}


def _too_short(
    prepared: Prepared, features: sp.csr_matrix, model: GiveAskModel
) -> tuple[np.ndarray, np.ndarray]:
    """Posts with fewer than SHORT_WORDS words of their own (links, handles and the brand's
    names are not words) that do not link the author's own sales page, and which of them carry
    an ask cue all the same ("Subscribe ME!", "new drop")."""
    own = ~np.isin(prepared.vocab, list(_PLACEHOLDERS))
    words = np.bincount(prepared.doc_of[own[prepared.codes]], minlength=len(prepared.folded))
    short = words < SHORT_WORDS
    asking = np.zeros(len(short), dtype=bool)
    if short.any():
        names = model.cue_names
        if "own_sales_link" in names:
            short &= features[:, names.index("own_sales_link")].toarray().ravel() == 0
        asks = np.flatnonzero(cue_signs(names) > 0)
        asking = short & (np.asarray(features[:, asks].sum(axis=1)).ravel() > 0)
    return short, asking


FUNCTION_WORDS_PATH = Path(__file__).resolve().parents[2] / "data" / "function-words-en.txt"


def _function_words() -> frozenset[str]:
    lines = FUNCTION_WORDS_PATH.read_text(encoding="utf-8").splitlines()
    english = (w for line in lines if not line.startswith("#") for w in line.split())
    return frozenset(english).union(*STOPWORDS.values())


_FUNCTION_WORDS = _function_words()


def telling(term: str) -> bool:
    """Whether an n-gram says something to a person: not only function words or placeholders."""
    tokens = term.split()
    # Digits are folded to 0 before the model sees them: "bdi0" of a short link's slug, or
    # "covid00", reads as noise; a lone letter ("hall m", "d talks" of "Hall, M.D., talks") too.
    if any(
        t in _PLACEHOLDERS or t in _SPELLED_SIGNS or t in _ADDRESS_PARTS or "0" in t or len(t) == 1
        for t in tokens
    ):
        return False
    # Two letters say nothing to a person either: the "io" and "ly" of acme.io and bit.ly.
    return any(t not in _FUNCTION_WORDS and len(t) > 2 for t in tokens)


def _distinct(terms: list[str], named: set[str], most: int = 3) -> list[str]:
    """Up to `most` terms that each add a word: "want" after "you want" says nothing new, and
    "proud" against the label after "so proud" for it reads as a contradiction."""
    shown: list[str] = []
    seen = set(named)
    for term in terms:
        tokens = [t for t in term.split() if t not in _FUNCTION_WORDS]
        if all(t in seen for t in tokens) or any(t in named for t in tokens):
            continue
        shown.append(term)
        seen.update(tokens)
        if len(shown) == most:
            break
    return shown


def reasons_for(
    cues: dict[str, float],
    words: dict[str, float],
    label: str,
    details: dict[str, str],
    margin: float = 0.0,
) -> tuple[str, ...]:
    """Up to three reasons for the label and three against it, largest push first.

    A cue is one reason; the words the model weighed are grouped into one reason per side, so
    a person reads "asks to book a demo" before "words like “today”". margin: the verdict's
    log-odds, which words against it must dent by AGAINST_SHARE to be named.
    """
    sign = 1.0 if label == "ask" else -1.0
    by_name = {c.name: c for c in lexicon().cues}
    items: list[tuple[float, str]] = [
        (push, reason_text(by_name[name], details.get(name, "")))
        for name, push in cues.items()
        if name in by_name and abs(push) > 0.05
    ]
    named: set[str] = set()
    for side in (sign, -sign):  # the label's own side first: it names its words
        terms = sorted(
            ((p, t) for t, p in words.items() if p * side > WORD_MIN and telling(t)),
            key=lambda pt: -abs(pt[0]),
        )
        total = sum(p for p, _ in terms)
        needed = WORDS_MIN_TOTAL if side == sign else max(WORDS_MIN_TOTAL, AGAINST_SHARE * margin)
        if terms and abs(total) >= needed:
            shown = _distinct([t for _, t in terms], named)
            if shown:
                named.update(w for t in shown for w in t.split() if w not in _FUNCTION_WORDS)
                quoted = ", ".join(f"“{t}”" for t in shown)
                items.append((total, f"words like {quoted}"))
    pro = sorted((it for it in items if it[0] * sign > 0), key=lambda it: -abs(it[0]))[:3]
    con = sorted((it for it in items if it[0] * sign < 0), key=lambda it: -abs(it[0]))[:3]
    reasons = [text for _, text in pro]
    if not reasons:
        reasons = (
            ["nothing in it asks the reader for anything"]
            if label == "give"
            else ["on balance of many small signals"]
        )
    return tuple(reasons + [f"but {text}" for _, text in con])
