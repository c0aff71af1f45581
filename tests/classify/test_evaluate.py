"""The classifier measured on ../shared/eval (never trained on): the issue's quality gates."""

from __future__ import annotations

import numpy as np
import pytest
from paths import SHARED

from core.classify.evaluate import evaluate, expected_calibration_error, load_labelled, score

EVAL = SHARED / "eval"


def measured(name: str):
    folder = EVAL / name
    if not (folder / "posts.jsonl").exists():
        pytest.skip(f"{folder} is not here; the shared eval sets sit beside the repo")
    items, brands = load_labelled(folder / "posts.jsonl", folder / "accounts.json")
    return evaluate(items, brands)


def test_dev_set_meets_the_quality_gates() -> None:
    result = measured("dev")
    assert result.posts == 150
    assert result.macro_f1 >= 0.90, result.lines()
    assert result.hard_accuracy is not None and result.hard_accuracy >= 0.75, result.lines()
    assert result.confidently_wrong <= 0.03, result.lines()


def test_real_youtube_comments_meet_the_gate() -> None:
    result = measured("real-youtube")
    assert result.macro_f1 >= 0.80, result.lines()


def test_score_counts_hard_items_and_confident_mistakes() -> None:
    truth = np.array([True, False, True, False])
    p_ask = np.array([0.9, 0.95, 0.4, 0.1])  # one confident mistake, one unsure mistake
    hard = np.array([False, True, True, False])
    result = score(truth, p_ask, hard)
    assert result.accuracy == 0.5
    assert result.hard_accuracy == 0.0
    assert result.confidently_wrong == 0.25


def test_calibration_error_is_zero_when_probabilities_match_frequencies() -> None:
    truth = np.array([True, False] * 50)
    assert expected_calibration_error(truth, np.full(100, 0.5)) == pytest.approx(0.0)
    assert expected_calibration_error(truth, np.full(100, 0.95)) == pytest.approx(0.45)
