"""core.plan.readability: grade and reading ease through textstat, with no network at all."""

from __future__ import annotations

import socket

import nltk
import pytest

from core.plan.readability import MIN_WORDS, prose, readability

PLAIN = (
    "The cat sat on the mat. It was a warm day and the kids played in the park by the old "
    "river. We all went home for tea when the sun went down. Then we read a book and went "
    "to bed."
)
DENSE = (
    "Notwithstanding considerable epistemological uncertainty, institutional decision-making "
    "frameworks necessitate comprehensive evaluation of heterogeneous organizational "
    "characteristics, particularly regarding interdisciplinary collaboration, accountability "
    "mechanisms, and administrative responsibilities across multinational governmental "
    "organizations and international regulatory establishments."
)


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise OSError("the network is unreachable in this test")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(nltk, "download", no_network)


def test_long_english_text_gets_a_grade_and_reading_ease_offline() -> None:
    result = readability(PLAIN)
    assert result.measured
    assert result.words >= MIN_WORDS
    assert result.grade is not None and result.grade < 6
    assert result.reading_ease is not None and result.reading_ease > 70


def test_dense_text_reads_harder_than_plain_text() -> None:
    plain, dense = readability(PLAIN), readability(DENSE)
    assert dense.grade > plain.grade + 10
    assert dense.reading_ease < plain.reading_ease


def test_short_texts_are_not_measured() -> None:
    result = readability("Short and sweet. Thanks all!")
    assert result == type(result)(words=5, grade=None, reading_ease=None)
    assert not result.measured


def test_links_handles_hashtags_and_emoji_are_not_prose() -> None:
    assert prose("Hi @bob see https://x.example/a?b=1 #tag 🎉 www.y.example ok") == "Hi see ok"
    padded = " ".join(["@someone"] * 40 + ["https://a.example"] * 10 + ["Good read."])
    assert not readability(padded).measured


def test_other_languages_are_measured_offline_too() -> None:
    german = (
        "Die Katze sitzt auf der Matte. Es war ein warmer Tag und die Kinder spielten im Park am "
        "alten Fluss. Wir gingen alle nach Hause, als die Sonne unterging. Dann lasen wir ein Buch."
    )
    result = readability(german, "de")
    assert result.measured and result.reading_ease is not None
