"""How good the classifier is, measured on labelled posts it never trained on."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.classify.cues import Doc
from core.classify.model import TRAINING_DIR, Example, GiveAskModel, load_corpus
from core.classify.verdict import classify
from core.errors import UserError
from core.settings import Brand

CONFIDENT = 0.8
# The labelled sets beside the repository (../shared/eval): measured on, never trained on.
EVAL_DIR = Path(__file__).resolve().parents[3] / "shared" / "eval"
HELD_OUT_FOLDS = 5


@dataclass(frozen=True)
class Evaluation:
    posts: int
    accuracy: float
    macro_f1: float
    ask_posts: int
    ask_recall: float | None  # share of the asks labelled ask
    hard_posts: int
    hard_accuracy: float | None
    calibration_error: float  # expected calibration error over 10 bins of p_ask
    confidently_wrong: float  # share of all posts wrong with confidence >= 0.8

    def lines(self) -> list[str]:
        hard = "n/a" if self.hard_accuracy is None else f"{self.hard_accuracy:.3f}"
        return [
            f"posts               {self.posts}",
            f"accuracy            {self.accuracy:.3f}",
            f"macro-F1            {self.macro_f1:.3f}",
            f"ask recall          {_maybe(self.ask_recall)} ({self.ask_posts} asks)",
            f"hard accuracy       {hard} ({self.hard_posts} hard posts)",
            f"calibration error   {self.calibration_error:.3f}",
            f"confidently wrong   {self.confidently_wrong:.1%} (confidence >= {CONFIDENT})",
        ]


def load_labelled(
    posts_path: Path, accounts_path: Path | None
) -> tuple[list[dict], dict[str, Brand]]:
    try:
        items = [
            json.loads(line)
            for line in posts_path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        accounts = json.loads(accounts_path.read_text(encoding="utf-8")) if accounts_path else {}
    except (OSError, json.JSONDecodeError) as exc:
        raise UserError(f"Could not read the labelled set: {exc}") from None
    missing = [i.get("id") for i in items if i.get("label") not in ("give", "ask")]
    if missing:
        raise UserError(f"{len(missing)} posts have no give/ask label (first: {missing[0]}).")
    return items, {k: Brand.from_dict(v) for k, v in accounts.items()}


def _maybe(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _doc(item: dict) -> Doc:
    text = item["text"]
    return Doc(
        text,
        (item["url"],) if item.get("url") else (),
        item.get("kind") or ("reply" if text.lstrip().startswith("@") else "post"),
        item.get("platform", ""),
    )


def evaluate(
    items: list[dict], brands: dict[str, Brand], model: GiveAskModel | None = None
) -> Evaluation:
    """Each post is classified with its own account's brand context, as a user would set it."""
    by_account: dict[str, list[int]] = {}
    for i, item in enumerate(items):
        by_account.setdefault(item.get("account", ""), []).append(i)
    p_ask = np.zeros(len(items))
    for account, rows in by_account.items():
        docs = [_doc(items[i]) for i in rows]
        verdicts = classify(docs, brands.get(account), explain=False, model=model)
        for i, verdict in zip(rows, verdicts):
            p_ask[i] = verdict.p_ask
    return score(
        np.array([i["label"] == "ask" for i in items]),
        p_ask,
        np.array([bool(i.get("hard")) for i in items]),
    )


def score(truth: np.ndarray, p_ask: np.ndarray, hard: np.ndarray) -> Evaluation:
    # Imported here: the CLI loads this module on every start, and only evaluate needs sklearn.
    from sklearn.metrics import accuracy_score, f1_score, recall_score

    predicted = p_ask >= 0.5
    correct = predicted == truth
    confidence = np.maximum(p_ask, 1 - p_ask)
    return Evaluation(
        posts=len(truth),
        accuracy=float(accuracy_score(truth, predicted)),
        macro_f1=float(f1_score(truth, predicted, average="macro", zero_division=0)),
        ask_posts=int(truth.sum()),
        ask_recall=float(recall_score(truth, predicted)) if truth.any() else None,
        hard_posts=int(hard.sum()),
        hard_accuracy=float(correct[hard].mean()) if hard.any() else None,
        calibration_error=expected_calibration_error(truth, p_ask),
        confidently_wrong=float(((~correct) & (confidence >= CONFIDENT)).mean()),
    )


def expected_calibration_error(truth: np.ndarray, p_ask: np.ndarray, bins: int = 10) -> float:
    edges = np.linspace(0, 1, bins + 1)
    index = np.clip(np.digitize(p_ask, edges[1:-1]), 0, bins - 1)
    total = 0.0
    for b in range(bins):
        mask = index == b
        if mask.any():
            total += mask.mean() * abs(p_ask[mask].mean() - truth[mask].mean())
    return float(total)


def brand_families(brands: dict[str, Brand]) -> dict[str, str]:
    """Accounts of one organisation (sharing a domain: Citi, CitigroupBRK and C_PR) as one
    family, so that a held-out fold never has a sibling account in training."""
    family = {a: a for a in brands}

    def root(a: str) -> str:
        while family[a] != a:
            a = family[a]
        return a

    owner: dict[str, str] = {}
    for account, brand in brands.items():
        for domain in brand.domains:
            if domain in owner:
                family[root(account)] = root(owner[domain])
            else:
                owner[domain] = account
    return {a: root(a) for a in brands}


def held_out(directory: Path = TRAINING_DIR) -> dict[str, Evaluation]:
    """The real labelled posts (data/training/real), each scored by a model trained on the
    corpus and on the real posts of other organisations only (GroupKFold by organisation).
    One Evaluation per real file: real brand voice and support replies reported apart."""
    from sklearn.model_selection import GroupKFold

    examples, brands = load_corpus(directory)
    sources = np.array([e.real for e in examples])
    real = np.flatnonzero(sources != "")
    families = brand_families(brands)
    groups = np.array([families.get(examples[i].account, examples[i].account) for i in real])
    p_ask = np.zeros(len(examples))
    for _train, test in GroupKFold(n_splits=HELD_OUT_FOLDS).split(real, groups=groups):
        held = set(real[test].tolist())
        model = GiveAskModel().fit([e for i, e in enumerate(examples) if i not in held], brands)
        _score_into(p_ask, examples, real[test], brands, model)
    truth = np.array([e.label == "ask" for e in examples])
    hard = np.array([e.hard for e in examples])
    return {
        source: score(truth[sources == source], p_ask[sources == source], hard[sources == source])
        for source in sorted(set(sources[real].tolist()))
    }


def _score_into(
    p_ask: np.ndarray,
    examples: list[Example],
    rows: np.ndarray,
    brands: dict[str, Brand],
    model: GiveAskModel,
) -> None:
    by_account: dict[str, list[int]] = {}
    for i in rows.tolist():
        by_account.setdefault(examples[i].account, []).append(i)
    for account, ids in by_account.items():
        docs = [examples[i].doc for i in ids]
        for i, v in zip(ids, classify(docs, brands.get(account), explain=False, model=model)):
            p_ask[i] = v.p_ask


def evaluate_all(eval_dir: Path = EVAL_DIR) -> list[tuple[str, Evaluation]]:
    """Every labelled set in ../shared/eval that is here, then the held-out real labels."""
    results = []
    for folder in sorted(p for p in eval_dir.glob("*") if (p / "posts.jsonl").exists()):
        accounts = folder / "accounts.json"
        items, brands = load_labelled(
            folder / "posts.jsonl", accounts if accounts.exists() else None
        )
        results.append((folder.name, evaluate(items, brands)))
    results += [(f"held-out {name}", e) for name, e in held_out().items()]
    return results


def table(results: list[tuple[str, Evaluation]]) -> list[str]:
    """The README's table, one row a set."""
    lines = [
        "| set | posts | accuracy | macro-F1 | ask recall | hard items | calibration error "
        "| confidently wrong |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, e in results:
        hard = "–" if e.hard_accuracy is None else f"{e.hard_accuracy:.3f} ({e.hard_posts})"
        lines.append(
            f"| `{name}` | {e.posts:,} | {e.accuracy:.3f} | {e.macro_f1:.3f} "
            f"| {_maybe(e.ask_recall)} | {hard} | {e.calibration_error:.3f} "
            f"| {e.confidently_wrong:.1%} |"
        )
    return lines
