"""The learned give/ask model: named cues plus word n-grams into one calibrated linear model.

Trained at first use on the project's corpus (data/training), a second or so, so there is no
binary model file to trust or download. A workspace's human labels refit it, weighted above the
corpus, so the model learns a person's own line between give and ask.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import pickle
import re
import sys
import tempfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy import __version__ as scipy_version

from core.classify.cues import LEXICON_PATH, Doc, cue_matrix, fold, lexicon, read
from core.settings import Brand

TRAINING_DIR = Path(__file__).resolve().parents[2] / "data" / "training"
MODEL_NAME = "hybrid-3"
CUE_SCALE = 1.0  # cues are binary like the n-grams' sublinear tf; cross-validation agreed
C = 8.0  # chosen by cross-validation on the training corpus (never on eval/)
HUMAN_WEIGHT = 4.0  # a person's correction counts for more than a corpus example
# Real posts labelled by LABELING.md (data/training/real) count for more than the corpus the
# project wrote: they carry the voice real accounts use. Chosen on brands held out of training.
REAL_WEIGHT = 2.0
REAL_DIR = "real"
# LABELING.md: where careful people would disagree, a classifier should say it is unsure.
# A second linear model learns which posts are like the corpus's `hard` ones; its probability
# shrinks the verdict's confidence toward 0.5 by up to HARD_SHRINK, never across it.
HARD_SHRINK = 0.35  # chosen on the real labels held out by organisation (confidently wrong <= 3%)
# The calibration is fitted on the corpus's out-of-fold scores, mostly the project's written
# posts; on brands it never saw, the model calls fewer asks than there are (40% for 44% on the
# real brand tweets held out by organisation). A small shift of the log-odds toward ask, chosen
# on those held-out labels, corrects that prior.
ASK_PRIOR = 0.1

_MENTION = re.compile(r"@[\w.]+")
_ZERO_DIGITS = bytes.maketrans(b"123456789", b"000000000")
_TOKEN = re.compile(r"[a-z0-9][a-z0-9']*")


@dataclass(frozen=True)
class Example:
    doc: Doc
    label: str
    account: str = ""
    weight: float = 1.0
    hard: bool = False  # careful people could disagree (LABELING.md)
    real: str = ""  # the real labelled file it comes from (data/training/real), "" if written


def brand_tokens(brand: Brand | None) -> re.Pattern[str] | None:
    """The brand's own names, replaced by one token so n-grams learn 'own product', not 'Acme'.
    A name written as a hashtag (#Acme, often at the end of every post a brand's feed sends) is
    a topic tag, not the brand as the subject: group 1 holds its "#", and _own_name tells them
    apart. (Names of several words run together, #EmberOak, were tried as tags too: worse on
    the real labels held out by organisation, 0.752 against 0.763 macro-F1.)"""
    names = brand.names() if brand else ()
    if not names:
        return None
    ordered = sorted({fold(n).decode() for n in names}, key=len, reverse=True)
    return re.compile(rf"(#?)\b(?:{'|'.join(re.escape(n) for n in ordered if n)})\b")


def _own_name(match: re.Match[str]) -> str:
    return " owntag " if match.group(1) else " ownname "


def unigrams_and_bigrams(tokens: list[str]) -> list[str]:
    """The n-grams a post's tokens make, as a person reads them (explanations name these)."""
    return tokens + [f"{a} {b}" for a, b in itertools.pairwise(tokens)]


N_FEATURES = 2**20  # few enough collisions among a corpus's ~10^5 n-grams
_SHIFT = np.uint64(64 - 20)  # top 20 bits of a 64-bit product: the column of a bigram
_MIX_A, _MIX_B = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F)
# A document boundary in the joined text of a batch. Digits other than 0 never survive
# _ZERO_DIGITS, so no post can hold this token.
_BOUNDARY = "9"


def _token_hashes(vocab: Sequence[str]) -> np.ndarray:
    # CRC-32 from the standard library: scoring never imports scikit-learn (a second of start-up).
    return np.fromiter((zlib.crc32(t.encode()) for t in vocab), dtype=np.uint64, count=len(vocab))


def _unigram_columns(hashes: np.ndarray) -> np.ndarray:
    return (hashes % np.uint64(N_FEATURES)).astype(np.int64)


def _bigram_columns(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    # Multiplicative mixing of the two tokens' hashes: order matters ("a b" is not "b a"),
    # and no bigram string is built, which at 100k posts was most of the hashing time.
    return ((first * _MIX_A ^ second * _MIX_B) >> _SHIFT).astype(np.int64)


def ngram_columns(tokens: list[str]) -> list[int]:
    """The feature column of each of unigrams_and_bigrams(tokens), in that order."""
    hashes = _token_hashes(tokens)
    return [*_unigram_columns(hashes).tolist(), *_bigram_columns(hashes[:-1], hashes[1:]).tolist()]


# Where a post was published sets its norms (a bare link in a YouTube comment is usually the
# commenter's own channel; on a brand's X account, curation), so the platform is one more
# column the model weighs. Spellings the corpora and exports use for one platform are one.
PLATFORM_ALIASES = {"twitter": "x", "blog": "feed", "rss": "feed", "youtube": "youtube-comment"}


@cache
def platform_column(source: str) -> int:
    name = PLATFORM_ALIASES.get(source.lower(), source.lower())
    return int(_unigram_columns(_token_hashes([f"platform {name}"]))[0])


@dataclass(frozen=True)
class Prepared:
    """What every feature reads of a batch of posts, computed once: the folded texts and every
    post's tokens, held as codes into one vocabulary so the batch is hashed as arrays."""

    judged: list[str]  # the part of each post the classifier judges (cues.judged_text)
    folded: list[bytes]
    vocab: np.ndarray  # the batch's distinct tokens (object array of str)
    codes: np.ndarray  # each token of each post, in order, as an index into vocab
    doc_of: np.ndarray  # the post each token belongs to
    starts: np.ndarray  # post i's tokens are codes[starts[i]:starts[i + 1]]
    platforms: np.ndarray  # each post's platform column (see platform_column)

    @classmethod
    def of(cls, docs: Sequence[Doc], brand: Brand | None) -> Prepared:
        judged, folded = read(docs)
        # One pass of each substitution over the whole batch instead of one call per post.
        joined = b"\x00".join(f.replace(b"\x00", b" ") for f in folded)
        text = joined.translate(_ZERO_DIGITS).decode("ascii")
        # Handles before own names, so an own name inside a handle stays a handle. (URLs are
        # already one word "link": see fold_post.)
        if "@" in text:
            text = _MENTION.sub(" handle ", text)
        own = brand_tokens(brand)
        if own is not None:
            text = own.sub(_own_name, text)
        flat = _TOKEN.findall(text.replace("\x00", f" {_BOUNDARY} "))
        codes, vocab = pd.factorize(np.array(flat, dtype=object), use_na_sentinel=False)
        codes = codes.astype(np.int64)
        where = np.flatnonzero(vocab == _BOUNDARY)
        if where.size:
            boundary = codes == where[0]
            doc_of = np.cumsum(boundary)[~boundary]
            codes = codes[~boundary]
        else:
            doc_of = np.zeros(len(codes), dtype=np.int64)
        # A number is not a reason either way ("334", "1,000,000 views"): the cues read prices
        # and milestones; the n-grams leave numbers out.
        numeric = np.fromiter((not v.strip("0'") for v in vocab.tolist()), bool, len(vocab))
        if numeric.any():
            keep = ~numeric[codes]
            codes, doc_of = codes[keep], doc_of[keep]
        starts = np.searchsorted(doc_of, np.arange(len(docs) + 1))
        platforms = np.array([platform_column(d.source) for d in docs], dtype=np.int64)
        vocab = np.asarray(vocab, dtype=object)
        return cls(judged, folded, vocab, codes, doc_of, starts, platforms)

    def tokens(self, i: int) -> list[str]:
        return self.vocab[self.codes[self.starts[i] : self.starts[i + 1]]].tolist()

    def counts(self) -> sp.csr_matrix:
        """Posts × hashed n-gram columns, each cell how often the n-gram occurs in the post."""
        hashes = _token_hashes(self.vocab)[self.codes]
        pairs = np.flatnonzero(self.doc_of[1:] == self.doc_of[:-1])
        posts = np.arange(len(self.folded))
        rows = np.concatenate([self.doc_of, self.doc_of[pairs], posts])
        cols = np.concatenate(
            [
                _unigram_columns(hashes),
                _bigram_columns(hashes[pairs], hashes[pairs + 1]),
                self.platforms,
            ]
        )
        shape = (len(self.folded), N_FEATURES)
        # Duplicates (an n-gram twice in a post) are summed by the conversion.
        return sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape)


@dataclass
class Idf:
    """Sublinear tf-idf with l2-normalised rows (scikit-learn's TfidfTransformer with
    sublinear_tf and smooth idf), held as one array so a fitted model loads without sklearn."""

    weights: np.ndarray | None = None

    def fit(self, counts: sp.csr_matrix) -> Idf:
        df = np.bincount(counts.indices, minlength=counts.shape[1])
        self.weights = np.log((1 + counts.shape[0]) / (1 + df)) + 1.0
        return self

    def transform(self, counts: sp.csr_matrix) -> sp.csr_matrix:
        if self.weights is None:
            raise ValueError("Idf.transform before fit")
        x = counts.astype(np.float64, copy=True)
        x.data = (1.0 + np.log(x.data)) * self.weights[x.indices]
        rows = np.repeat(np.arange(x.shape[0]), np.diff(x.indptr))
        norms = np.sqrt(np.bincount(rows, weights=x.data**2, minlength=x.shape[0]))
        x.data /= norms[rows]
        return x

    def fit_transform(self, counts: sp.csr_matrix) -> sp.csr_matrix:
        return self.fit(counts).transform(counts)


@dataclass(frozen=True)
class Linear:
    """A fitted logistic regression as the app scores with it: weights and intercept."""

    coef: np.ndarray
    intercept: float

    @classmethod
    def of(cls, fitted: Any) -> Linear:
        return cls(
            np.asarray(fitted.coef_[0], dtype=np.float64).copy(), float(fitted.intercept_[0])
        )

    def decision(self, x: sp.csr_matrix) -> np.ndarray:
        return np.asarray(x @ self.coef).ravel() + self.intercept


@dataclass
class GiveAskModel:
    """fit / decision / contributions, scikit-learn style, with no hidden global state."""

    c: float = C
    version: str = MODEL_NAME
    # Platt scaling of the decision value, fitted on out-of-fold scores of the corpus.
    calibration: tuple[float, float] = (1.0, 0.0)
    cue_names: list[str] = field(default_factory=list)
    # Named cues whose fitted weight came out against the side they are declared to lean: left
    # out of the fit, so a give cue can never push toward ask (nor an ask cue toward give).
    dropped: frozenset[int] = frozenset()
    idf: Idf = field(default_factory=Idf)
    linear: Linear = field(init=False)
    # How like a hard case each post is (LABELING.md): fitted on the corpus's `hard` flags.
    hardness: Linear | None = None
    # The design matrix it was fitted on, kept so a refit adds rows instead of redoing it.
    training: tuple[sp.csr_matrix, np.ndarray, np.ndarray] | None = None

    def features(
        self,
        docs: Sequence[Doc],
        brand: Brand | None,
        prepared: Prepared | None = None,
        fit: bool = False,
    ) -> sp.csr_matrix:
        prepared = prepared or Prepared.of(docs, brand)
        counts = prepared.counts()
        words = self.idf.fit_transform(counts) if fit else self.idf.transform(counts)
        cues, self.cue_names = cue_matrix(docs, brand, prepared.judged, prepared.folded)
        if self.dropped:
            cues[:, sorted(self.dropped)] = 0.0
        return sp.hstack([sp.csr_matrix(cues * CUE_SCALE), words], format="csr")

    def _training_features(
        self, examples: Sequence[Example], brands: dict[str, Brand]
    ) -> sp.csr_matrix:
        """Features where each example is read with its own account's brand."""
        groups: dict[str, list[int]] = {}
        for i, e in enumerate(examples):
            groups.setdefault(e.account, []).append(i)
        preps = {
            a: Prepared.of([examples[i].doc for i in rows], brands.get(a))
            for a, rows in groups.items()
        }
        self.idf.fit(sp.vstack([preps[a].counts() for a in groups], format="csr"))
        blocks, order = [], []
        for account, rows in groups.items():
            blocks.append(
                self.features([examples[i].doc for i in rows], brands.get(account), preps[account])
            )
            order.extend(rows)
        return sp.vstack(blocks, format="csr")[np.argsort(order)]

    def fit(
        self, examples: Sequence[Example], brands: dict[str, Brand], calibrate: bool = True
    ) -> GiveAskModel:
        x = self._training_features(examples, brands)
        y = np.array([e.label == "ask" for e in examples], dtype=int)
        w = np.array([e.weight for e in examples], dtype=float)
        groups = np.array([e.account for e in examples])
        self.linear, self.dropped = fit_signed(x, y, w, self.c, cue_signs(self.cue_names))
        x = without_columns(x, self.dropped)
        hard = np.array([e.hard for e in examples], dtype=int)
        if HARD_SHRINK and 0 < hard.sum() < len(hard):
            self.hardness = Linear.of(_linear(self.c).fit(x, hard, sample_weight=w))
        if calibrate:
            a, b = _platt(_out_of_fold(x, y, w, self.c, groups), y)
            self.calibration = (a, b + ASK_PRIOR)
        self.training = (x, y, w)
        return self

    def decision(
        self, docs: Sequence[Doc], brand: Brand | None, prepared: Prepared | None = None
    ) -> tuple[np.ndarray, sp.csr_matrix]:
        x = self.features(docs, brand, prepared)
        return self.linear.decision(x), x

    def doubt(self, features: sp.csr_matrix) -> np.ndarray:
        """Per post, the factor (HARD_SHRINK..1] its distance from 0.5 is kept: less for posts
        like the hard cases."""
        if self.hardness is None:
            return np.ones(features.shape[0])
        hard = 1.0 / (1.0 + np.exp(-self.hardness.decision(features)))
        return 1.0 - HARD_SHRINK * hard

    def probability(self, scores: np.ndarray) -> np.ndarray:
        a, b = self.calibration
        return 1.0 / (1.0 + np.exp(-(a * scores + b)))

    def predict_proba(self, docs: Sequence[Doc], brand: Brand | None = None) -> np.ndarray:
        return self.probability(self.decision(docs, brand)[0])

    def contributions(
        self, row: sp.csr_matrix, tokens: list[str]
    ) -> tuple[dict[str, float], dict[str, float]]:
        """Per-feature pushes toward ask (positive) of one row: named cues, and its n-grams,
        named from the post's own tokens (a hashed column alone cannot say which n-gram)."""
        coef = self.linear.coef
        n_cues = len(self.cue_names)
        cues = {
            self.cue_names[j]: float(coef[j] * v)
            for j, v in zip(row.indices, row.data)
            if j < n_cues
        }
        values = dict(zip(row.indices.tolist(), row.data.tolist()))
        # Each distinct n-gram once, with its column (the same n-gram always hashes alike).
        columns = dict(zip(unigrams_and_bigrams(tokens), ngram_columns(tokens)))
        words = {
            g: float(coef[n_cues + j] * values.get(n_cues + j, 0.0)) for g, j in columns.items()
        }
        return cues, {g: w for g, w in words.items() if w}


def cue_signs(names: Sequence[str]) -> np.ndarray:
    """+1 for a cue declared to lean ask, -1 for one declared to lean give."""
    leans = {c.name: c.leans for c in lexicon().cues}
    return np.array([1.0 if leans[n] == "ask" else -1.0 for n in names])


def without_columns(x: sp.csr_matrix, columns: frozenset[int]) -> sp.csr_matrix:
    if not columns:
        return x
    x = x.copy()
    x.data[np.isin(x.indices, sorted(columns))] = 0.0
    x.eliminate_zeros()
    return x


def fit_signed(
    x: sp.csr_matrix,
    y: np.ndarray,
    w: np.ndarray,
    c: float,
    signs: np.ndarray,
    dropped: frozenset[int] = frozenset(),
) -> tuple[Linear, frozenset[int]]:
    """The linear fit with every named cue on its declared side: a cue whose weight comes out
    on the other side is dropped and the fit redone, until none flips. (Liblinear takes no
    bounds; dropping what flips keeps its speed and leaves the cue's reason honest.)"""
    while True:
        linear = Linear.of(_linear(c).fit(without_columns(x, dropped), y, sample_weight=w))
        coef = linear.coef[: len(signs)]
        flipped = {j for j in np.flatnonzero(coef * signs < 0).tolist() if j not in dropped}
        if not flipped:
            return linear, dropped
        dropped = dropped | frozenset(flipped)


def _linear(c: float) -> Any:
    from sklearn.linear_model import LogisticRegression  # fitting only: scoring needs numpy

    # The dual solver suits far more features (hashed n-grams) than rows; the primal one took
    # 8 s on a 5,000-label refit that this does in under one.
    return LogisticRegression(
        C=c, class_weight="balanced", max_iter=2000, solver="liblinear", dual=True, random_state=0
    )


def _out_of_fold(
    x: sp.csr_matrix, y: np.ndarray, w: np.ndarray, c: float, groups: np.ndarray
) -> np.ndarray:
    """Scores of each example from a model that never saw its account: the calibration then
    matches how the model does on a new person's posts, not on its own corpus."""
    from sklearn.model_selection import GroupKFold

    scores = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=5).split(x, y, groups):
        model = _linear(c).fit(x[train], y[train], sample_weight=w[train])
        scores[test] = model.decision_function(x[test])
    return scores


def _platt(scores: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    from sklearn.linear_model import LogisticRegression

    platt = LogisticRegression(C=1e6).fit(scores.reshape(-1, 1), y)
    return float(platt.coef_[0][0]), float(platt.intercept_[0])


def load_corpus(directory: Path = TRAINING_DIR) -> tuple[list[Example], dict[str, Brand]]:
    """Every accounts*.json and posts*.jsonl under data/training, as examples and brands."""
    brands: dict[str, Brand] = {}
    for path in _corpus_files(directory, "accounts*.json"):
        accounts = json.loads(path.read_text(encoding="utf-8"))
        brands.update({key: Brand.from_dict(value) for key, value in accounts.items()})
    examples = []
    for path in _corpus_files(directory, "posts*.jsonl"):
        real = path.stem.removeprefix("posts-") if path.parent.name == REAL_DIR else ""
        weight = REAL_WEIGHT if real else 1.0
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            links = (item["url"],) if item.get("url") else ()
            kind = item.get("kind") or (
                "reply" if item["text"].lstrip().startswith("@") else "post"
            )
            doc = Doc(item["text"], links, kind, item.get("platform", ""))
            hard = bool(item.get("hard"))
            examples.append(Example(doc, item["label"], item["account"], weight, hard, real))
    return examples, brands


def _corpus_files(directory: Path, pattern: str) -> list[Path]:
    """The project's corpus batches, then the real labelled posts (data/training/real)."""
    return sorted(directory.glob(pattern)) + sorted((directory / REAL_DIR).glob(pattern))


def corpus_digest(directory: Path = TRAINING_DIR) -> str:
    digest = hashlib.sha1()
    for path in _corpus_files(directory, "accounts*.json") + _corpus_files(
        directory, "posts*.jsonl"
    ):
        digest.update(path.read_bytes())
    digest.update(LEXICON_PATH.read_bytes())
    return digest.hexdigest()[:8]


def cache_dir() -> Path:
    """Where the fitted base model is kept between runs: GOODWILL_CACHE, else the user's cache."""
    if os.environ.get("GOODWILL_CACHE"):
        return Path(os.environ["GOODWILL_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "goodwill-ledger"


SETTINGS_PATH = Path(__file__).resolve().parents[1] / "settings.py"


def cache_key(directory: Path = TRAINING_DIR) -> str:
    """What the fitted model depends on: the corpus and lexicon, the classifier's code, and the
    versions of the libraries whose objects it holds. Any change means a new fit."""
    digest = hashlib.sha1(corpus_digest(directory).encode())
    # The brand's names are read in core/settings.py (Brand.names): part of the features too.
    for path in [*sorted(Path(__file__).parent.glob("*.py")), SETTINGS_PATH]:
        digest.update(path.read_bytes())
    versions = (sys.version, np.__version__, scipy_version)
    digest.update(repr(versions).encode())
    return digest.hexdigest()[:16]


def _cached(path: Path) -> GiveAskModel | None:
    try:
        with path.open("rb") as f:
            model = pickle.load(f)  # our own file, written below under a key of its inputs
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        return None
    return model if isinstance(model, GiveAskModel) else None


def _keep(model: GiveAskModel, path: Path) -> None:
    """Written whole or not at all (another process may be reading the same file)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as f:
            pickle.dump(model, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(f.name, path)
    except OSError:
        return  # a read-only home or a full disk: the model still works, it is refit next time


@cache
def base_model() -> GiveAskModel:
    """The model trained on the project's corpus: loaded from the cache when nothing it depends
    on changed (a fraction of a second), else fitted (several seconds) and cached. Once per
    process."""
    return cached_model(TRAINING_DIR)


def cached_model(directory: Path) -> GiveAskModel:
    path = cache_dir() / f"{MODEL_NAME}-{cache_key(directory)}.pickle"
    model = _cached(path)
    if model is None:
        examples, brands = load_corpus(directory)
        version = f"{MODEL_NAME}.{corpus_digest(directory)}"
        model = GiveAskModel(version=version).fit(examples, brands)
        _keep(model, path)
    return model


def refit(base: GiveAskModel, labelled: Sequence[tuple[Doc, str]], brand: Brand) -> GiveAskModel:
    """The base model retrained with a workspace's human labels, which weigh HUMAN_WEIGHT each.

    Reuses the base model's featurisation (hashing, idf, corpus rows) and calibration, so a
    refit costs one featurisation of the labelled posts and one linear fit: well under a second
    at 5,000 labels, where redoing the corpus and the calibration would take several.
    """
    if not labelled or base.training is None:
        return base
    docs = [doc for doc, _ in labelled]
    prepared = Prepared.of(docs, brand)
    x_own = base.features(docs, brand, prepared)
    x_base, y_base, w_base = base.training
    x = sp.vstack([x_base, without_columns(x_own, base.dropped)], format="csr")
    y = np.concatenate([y_base, [int(label == "ask") for _, label in labelled]])
    w = np.concatenate([w_base, np.full(len(labelled), HUMAN_WEIGHT)])
    digest = hashlib.sha1(json.dumps([(d.text, lab) for d, lab in labelled]).encode()).hexdigest()
    model = GiveAskModel(
        c=base.c,
        version=f"{base.version}+{len(labelled)}L.{digest[:6]}",
        calibration=base.calibration,
        cue_names=base.cue_names,
        idf=base.idf,
        hardness=base.hardness,
    )
    model.linear, model.dropped = fit_signed(
        x, y, w, base.c, cue_signs(base.cue_names), base.dropped
    )
    return model
