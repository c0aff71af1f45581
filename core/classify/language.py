"""Which language a post is in, from its function words: enough to know when the model is out of
its depth (it was trained on seven languages) without a model download."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import numpy as np

SUPPORTED = ("en", "es", "de", "fr", "pt", "it", "nl")

# Frequent function words that tell these languages apart (ASCII-folded).
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        (
            "the and you your for with this that are our is was have what how from a of to in "
            "on it my we i be at an by or but not all can will get up out now just so if do "
            "more off only new"
        ).split()
    ),
    "es": frozenset(
        (
            "el los las que del por para con una unos es tu su nuestro nuestra como pero muy y lo "
            "al esta este estos estas todas todos nuestros nuestras ya hay tambien desde sin la de"
        ).split()
    ),
    "de": frozenset(
        "der die das und ist nicht mit fur ein eine ich wir sie auf dem den des zu auch".split()
    ),
    "fr": frozenset(
        (
            "le les des est une pour avec dans sur vous nous pas qui que du au ce cette et je "
            "vos votre notre aux mais ou tous un suis"
        ).split()
    ),
    "pt": frozenset(
        "os que nao uma para com por voce nosso nossa mais como sao do da dos das em seu sua "
        "isso muito tambem ate pelo pela o e ao no na".split()
    ),
    "it": frozenset(
        (
            "il che non per una con sono della del gli le nel alla anche questo ci come "
            "questa di un ma mi ti tutti nostro nostra"
        ).split()
    ),
    "nl": frozenset(
        "de het een en van is niet met voor op je we ons dat zijn ook wat bij onze jullie hoe "
        "naar om ik ben".split()
    ),
    # Other Latin-script languages, so that a post in one of them is told apart from English
    # with no function words at all ("HUGE SALE 50% OFF SHOES"), which is not foreign.
    "sv": frozenset("och att det som ar pa inte jag har av till den om med vi".split()),
    "da": frozenset("og at det som er pa ikke jeg har af til den om med vi".split()),
    "pl": frozenset("nie sie jest na to ze jak ale tak po co czy dla od".split()),
    "tr": frozenset("ve bir bu da ne icin ile ama gibi daha cok olarak ben".split()),
    "id": frozenset("yang dan di ini itu dengan untuk tidak dari dalam akan pada juga".split()),
    "ro": frozenset("si este sunt pentru cu pe nu mai la ce din care".split()),
    "fi": frozenset("ja on ei se etta mutta kun niin han ovat oli".split()),
}
_WORD = re.compile(r"[a-z]+")
_NOT_WORDS = re.compile(r"https?://\S+|www\.\S+|[@#][\w.]+")
_LATIN = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ]")
# Letters of other scripts: Greek to Arabic and beyond, Indic, Thai, CJK, Hangul.
_NON_LATIN = re.compile(r"[Ͱ-ӿԀ-ࣿऀ-෿฀-໿ᄀ-ᇿ぀-ヿ㐀-鿿가-힯]")


def _mostly_non_latin(text: str) -> bool:
    non_latin = len(_NON_LATIN.findall(text))
    if non_latin < 12:
        return False
    # Over half the characters: more than the Latin letters can be, without counting them.
    return non_latin * 2 > len(text) or non_latin > len(_LATIN.findall(text))


def detect(text: str, words: list[str] | None = None) -> str | None:
    """An ISO 639-1 code: one of the seven supported languages or of a few other Latin-script
    ones; 'other' for text in another script; None when there are too few words to tell, or no
    function word of any listed language. `words`: the text's lower-case ASCII
    tokens, when the caller has them already."""
    if not text.isascii() and _mostly_non_latin(text):
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
        return None  # no function word of any listed language: not evidence of a foreign one
    return best


def detect_batch(
    texts: Sequence[str], vocab: np.ndarray, codes: np.ndarray, doc_of: np.ndarray
) -> list[str | None]:
    """detect() for a batch at once, from its tokens as codes into vocab (doc_of: the text each
    token is in): the same answers, counted as arrays rather than one set per post."""
    n = len(texts)
    languages = list(STOPWORDS)
    # The batch's stopwords, numbered 0..k-1 (-1 for every other token), and their languages.
    stops = [t for t in vocab.tolist() if any(t in stop for stop in STOPWORDS.values())]
    number = {t: k for k, t in enumerate(stops)}
    stop_of = np.fromiter((number.get(t, -1) for t in vocab.tolist()), np.int64, len(vocab))
    languages_of = np.array([[t in STOPWORDS[lang] for lang in languages] for t in stops])
    languages_of = languages_of.reshape(len(stops), len(languages)).astype(np.float32)
    # Which stopwords each post holds, each once (detect() counts set(words)).
    k = stop_of[codes]
    present = np.zeros((n, len(stops)), dtype=np.float32)
    present[doc_of[k >= 0], k[k >= 0]] = 1.0
    scores = present @ languages_of  # float32 counts are exact at these sizes, and BLAS-fast
    best = scores.argmax(axis=1).tolist()  # the first of equal scores, as max() over a dict
    top = scores.max(axis=1, initial=0).tolist()
    words = np.bincount(doc_of, minlength=n).tolist()
    out: list[str | None] = []
    for text, count, score, lang in zip(texts, words, top, best):
        if not text.isascii() and _mostly_non_latin(text):
            out.append("other")
        elif count < 4 or score == 0:
            out.append(None)
        else:
            out.append(languages[lang])
    return out


def supported(lang: str | None) -> bool:
    """Unknown (too short to tell) counts as supported: short posts are mostly English here."""
    return lang is None or lang in SUPPORTED
