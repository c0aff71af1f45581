"""The model's featurisation: a batch hashed as arrays reads each post as that post alone."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from paths import ROOT

from core.classify.cues import Doc
from core.classify.model import Idf, Prepared, ngram_columns, platform_column, unigrams_and_bigrams
from core.settings import Brand

BRAND = Brand(name="Ember & Oak", products=("Hearth Kit",), domains=("emberoak.com",))
TEXTS = [
    "Book a demo of Hearth Kit today: https://emberoak.com/pricing",
    "",
    "Thanks @ana.lima for 3 great tips — 9 of 10 readers agree",
    "\x00 a post with a NUL inside \x00 and more words",
    "¿Quieres aprender? Réservez vite, c'est gratuit!",
    "9 9 9",
    "…",
]


def test_a_batch_gives_each_post_the_tokens_it_has_alone() -> None:
    batch = Prepared.of([Doc(t) for t in TEXTS], BRAND)
    for i, text in enumerate(TEXTS):
        alone = Prepared.of([Doc(text)], BRAND)
        assert batch.tokens(i) == alone.tokens(0)
        assert (batch.counts()[i] != alone.counts()[0]).nnz == 0


def test_handles_numbers_links_and_own_names_become_placeholders() -> None:
    batch = Prepared.of([Doc(TEXTS[0]), Doc(TEXTS[2])], BRAND)
    assert batch.tokens(0) == ["book", "a", "demo", "of", "ownname", "today", "link"]
    assert batch.tokens(1)[:3] == ["thanks", "handle", "for"]
    # Digits are zeroed (so "9" can mark a boundary), and numbers are no n-gram at all.
    assert not any(t.strip("0") == "" or "9" in t for t in batch.tokens(1))


def test_the_brands_name_as_a_hashtag_is_a_topic_tag_not_the_subject() -> None:
    # A feed that ends every post "#Acme" says nothing of who did what; "Acme opens" does.
    brand = Brand(name="Acme", products=("Hearth Kit",))
    texts = ["Markets fall again #Acme", "Acme opens in Leeds", "#AcmeCares is back"]
    batch = Prepared.of([Doc(t) for t in texts], brand)
    assert batch.tokens(0) == ["markets", "fall", "again", "owntag"]
    assert batch.tokens(1) == ["ownname", "opens", "in", "leeds"]
    assert batch.tokens(2) == ["acmecares", "is", "back"]  # a campaign: the own_campaign cue


def test_counts_hold_each_ngram_in_the_column_explanations_name() -> None:
    tokens = ["book", "a", "demo", "book", "a"]
    row = Prepared.of([Doc(" ".join(tokens), source="x")], None).counts()[0]
    columns = dict(zip(unigrams_and_bigrams(tokens), ngram_columns(tokens)))
    # The n-grams, and one more column: the platform's (platform_column).
    assert set(row.indices) == {*columns.values(), platform_column("x")}
    assert platform_column("twitter") == platform_column("x") != platform_column("linkedin")
    assert row[0, columns["book a"]] == 2  # a repeated bigram is counted twice
    assert row[0, columns["demo"]] == 1
    assert ngram_columns(["a", "book"])[-1] != columns["book a"]  # order matters


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=40), min_size=1, max_size=6))
def test_any_texts_split_back_into_their_own_posts(texts: list[str]) -> None:
    batch = Prepared.of([Doc(t) for t in texts], None)
    assert len(batch.starts) == len(texts) + 1
    counts = batch.counts()
    assert counts.shape[0] == len(texts)
    for i, text in enumerate(texts):
        alone = Prepared.of([Doc(text)], None)
        assert batch.tokens(i) == alone.tokens(0)
        assert np.array_equal(counts[i].toarray(), alone.counts().toarray())


def test_idf_weighs_as_scikit_learns_sublinear_tfidf() -> None:
    # The app scores with its own Idf so a cached model loads without scikit-learn; it must
    # weigh exactly as the TfidfTransformer it replaced (and that fitting still uses).
    from sklearn.feature_extraction.text import TfidfTransformer

    train = sp.random(120, 300, density=0.05, random_state=1, format="csr")
    train.data = np.ceil(train.data * 4)
    new = sp.random(40, 300, density=0.05, random_state=2, format="csr")
    new.data = np.ceil(new.data * 3)
    theirs = TfidfTransformer(sublinear_tf=True).fit(train).transform(new)
    ours = Idf().fit(train).transform(new)
    assert abs(theirs - ours).max() < 1e-12


def test_scoring_a_post_never_imports_scikit_learn() -> None:
    # Start-up: with the fitted model cached, classify scores with numpy alone.
    code = (
        "import sys; from core.classify.verdict import classify, Doc; "
        "classify([Doc('Book a demo today')]); print('sklearn' in sys.modules)"
    )
    env = dict(os.environ)  # the user's model cache, filled by the first run if empty
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True)
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    assert out.stdout.strip() == "False"
