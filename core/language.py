"""Which language a post is in, from its function words: enough to know when the model is out of
its depth (it was trained on seven languages) without a model download."""

from __future__ import annotations

import re
import unicodedata

SUPPORTED = ("en", "es", "de", "fr", "pt", "it", "nl")

# Frequent function words that tell these languages apart (ASCII-folded).
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        (
            "the and you your for with this that are our is was have what how from a of to in "
            "on it my we i be at"
        ).split()
    ),
    "es": frozenset(
        "el los las que del por para con una unos es tu su nuestro nuestra como pero muy".split()
    ),
    "de": frozenset(
        "der die das und ist nicht mit fur ein eine ich wir sie auf dem den des zu auch".split()
    ),
    "fr": frozenset(
        "le les des est une pour avec dans sur vous nous pas qui que du au ce cette".split()
    ),
    "pt": frozenset(
        "os que nao uma para com por voce nosso nossa mais como sao do da dos das em seu sua "
        "isso muito tambem ate pelo pela".split()
    ),
    "it": frozenset(
        "il che non per una con sono della del gli le nel alla anche questo ci come".split()
    ),
    "nl": frozenset("de het een en van is niet met voor op je we ons dat zijn ook wat bij".split()),
}
_WORD = re.compile(r"[a-z]+")
_NOT_WORDS = re.compile(r"https?://\S+|www\.\S+|[@#][\w.]+")
_LATIN = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ]")
# Letters of other scripts: Greek to Arabic and beyond, Indic, Thai, CJK, Hangul.
_NON_LATIN = re.compile(r"[Ͱ-ӿԀ-ࣿऀ-෿฀-໿ᄀ-ᇿ぀-ヿ㐀-鿿가-힯]")


def detect(text: str, words: list[str] | None = None) -> str | None:
    """An ISO 639-1 code for the seven supported languages, 'other' for text in another language
    or script, None when there are too few words to tell. `words`: the text's lower-case ASCII
    tokens, when the caller has them already."""
    if not text.isascii():
        non_latin = len(_NON_LATIN.findall(text))
        if non_latin >= 12 and non_latin > len(_LATIN.findall(text)):
            return "other"
    if words is None:
        folded = unicodedata.normalize("NFKD", _NOT_WORDS.sub(" ", text).lower())
        words = _WORD.findall(folded.encode("ascii", "ignore").decode())
    if len(words) < 4:
        return None
    present = set(words)
    scores = {lang: len(present & stop) for lang, stop in STOPWORDS.items()}
    best = max(scores, key=scores.__getitem__)
    if scores[best] == 0:
        return "other" if len(words) >= 12 else None
    return best


def supported(lang: str | None) -> bool:
    """Unknown (too short to tell) counts as supported: short posts are mostly English here."""
    return lang is None or lang in SUPPORTED
