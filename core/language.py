"""Which language a post is in, from its function words: enough to know when the model is out of
its depth (it was trained on seven languages) without a model download."""

from __future__ import annotations

import re
import unicodedata

SUPPORTED = ("en", "es", "de", "fr", "pt", "it", "nl")

# Frequent function words that tell these languages apart (ASCII-folded).
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and you your for with this that are our is was have what how from a of to in on it my we i be at".split()),
    "es": frozenset("el los las que del por para con una unos es tu su nuestro nuestra como pero muy".split()),
    "de": frozenset("der die das und ist nicht mit fur ein eine ich wir sie auf dem den des zu auch".split()),
    "fr": frozenset("le les des est une pour avec dans sur vous nous pas qui que du au ce cette".split()),
    "pt": frozenset("os que nao uma para com por voce nosso nossa mais como sao do da dos das em".split()),
    "it": frozenset("il che non per una con sono della del gli le nel alla anche questo ci come".split()),
    "nl": frozenset("de het een en van is niet met voor op je we ons dat zijn ook wat bij".split()),
}  # fmt: skip
_WORD = re.compile(r"[a-z]+")
_NOT_WORDS = re.compile(r"https?://\S+|www\.\S+|[@#][\w.]+")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
_LETTER = re.compile(r"[^\W\d_]")


def detect(text: str) -> str | None:
    """An ISO 639-1 code for the seven supported languages, 'other' for text in another language
    or script, None when there are too few words to tell."""
    letters = _LETTER.findall(_NOT_WORDS.sub(" ", text))
    if len(letters) >= 12 and sum(1 for ch in letters if _LATIN.match(ch)) / len(letters) < 0.5:
        return "other"
    text = _NOT_WORDS.sub(" ", text)
    folded = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    words = _WORD.findall(folded)
    if len(words) < 4:
        return None
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=scores.__getitem__)
    if scores[best] == 0:
        return "other" if len(words) >= 12 else None
    return best


def supported(lang: str | None) -> bool:
    """Unknown (too short to tell) counts as supported: short posts are mostly English here."""
    return lang is None or lang in SUPPORTED
