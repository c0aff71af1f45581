"""How good the classifier is, measured on labelled posts it never trained on."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.metrics import accuracy_score, f1_score

from core.classify.cues import Doc
from core.classify.verdict import classify
from core.errors import UserError
from core.settings import Brand

CONFIDENT = 0.8


@dataclass(frozen=True)
class Evaluation:
    posts: int
    accuracy: float
    macro_f1: float
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


def evaluate(items: list[dict], brands: dict[str, Brand]) -> Evaluation:
    """Each post is classified with its own account's brand context, as a user would set it."""
    by_account: dict[str, list[int]] = {}
    for i, item in enumerate(items):
        by_account.setdefault(item.get("account", ""), []).append(i)
    p_ask = np.zeros(len(items))
    for account, rows in by_account.items():
        docs = [
            Doc(
                items[i]["text"],
                (items[i]["url"],) if items[i].get("url") else (),
                "reply" if items[i]["text"].lstrip().startswith("@") else "post",
                items[i].get("platform", ""),
            )
            for i in rows
        ]
        for i, verdict in zip(rows, classify(docs, brands.get(account), explain=False)):
            p_ask[i] = verdict.p_ask
    return score(
        np.array([i["label"] == "ask" for i in items]),
        p_ask,
        np.array([bool(i.get("hard")) for i in items]),
    )


def score(truth: np.ndarray, p_ask: np.ndarray, hard: np.ndarray) -> Evaluation:
    predicted = p_ask >= 0.5
    correct = predicted == truth
    confidence = np.maximum(p_ask, 1 - p_ask)
    return Evaluation(
        posts=len(truth),
        accuracy=float(accuracy_score(truth, predicted)),
        macro_f1=float(f1_score(truth, predicted, average="macro")),
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
