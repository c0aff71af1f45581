"""Language detection: one post at a time and a whole batch at once give the same answers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from core.classify.cues import Doc
from core.classify.language import STOPWORDS, detect, detect_batch, supported
from core.classify.model import Prepared

TEXTS = [
    "The best way to learn is to teach what you know",
    "Los mejores consejos para una tienda que vende por internet",
    "Die besten Tipps für das Team und wir sind dabei",
    "Les meilleurs conseils pour une boutique avec nous dans le village",
    "Hi",
    "Ελληνικά κείμενα γραμμένα εδώ για να δείξουν ένα άλλο σύστημα γραφής πολύ",
    "zzz qqq www xxx yyy vvv ppp kkk jjj hhh ggg fff",
    "",
    "HUGE SALE!! 50% OFF ALL SHOES TODAY. FREE SHIPPING WORLDWIDE. SHOP NOW",
    "Vi har öppet hela helgen och det är gratis att komma in med barnen",
]


def _both(texts: list[str]) -> tuple[list[str | None], list[str | None]]:
    batch = Prepared.of([Doc(t) for t in texts], None)
    one_by_one = [detect(t, batch.tokens(i)) for i, t in enumerate(texts)]
    return one_by_one, detect_batch(texts, batch.vocab, batch.codes, batch.doc_of)


def test_known_languages_other_scripts_and_too_short() -> None:
    one_by_one, batch = _both(TEXTS)
    assert batch == one_by_one
    assert batch[:4] == ["en", "es", "de", "fr"]
    assert batch[4] is None and batch[5] == "other"
    # No function word of any language is no evidence of a foreign one: not "other".
    assert batch[6] is None and batch[7] is None
    assert batch[8] == "en"  # an English sale post in capitals is English
    assert batch[9] == "sv" and not supported(batch[9])  # Swedish is told apart, unsupported


_WORDS = st.sampled_from([*sorted(set().union(*STOPWORDS.values())), "acme", "kettle", "x"])


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(_WORDS, max_size=16).map(" ".join), min_size=1, max_size=8))
def test_a_batch_answers_as_each_post_alone(texts: list[str]) -> None:
    one_by_one, batch = _both(texts)
    assert batch == one_by_one


def test_short_everyday_sentences_in_each_supported_language() -> None:
    texts = {
        "es": "Panadería Sol gana el premio a la mejor panadería de Madrid",
        "fr": "Nous recrutons un boulanger en CDI à Lyon",
        "it": "Adoro questa canzone, mi ricorda l'estate",
        "pt": "O pão de queijo da padaria é o melhor",
        "nl": "Ik ben de hele dag thuis",
        "en": "The cat sat on the mat and it was fine",
    }
    one_by_one, batch = _both(list(texts.values()))
    assert batch == one_by_one == list(texts)
