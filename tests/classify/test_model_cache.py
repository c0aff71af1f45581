"""The fitted model kept on disk: reused while nothing it depends on changed, fitted again
when something did, and never trusted when the file is damaged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.classify import model as model_module
from core.classify.cues import Doc
from core.classify.model import cache_key, cached_model
from core.classify.verdict import classify

GIVE = ["Five tips for calmer code reviews", "Thanks for the great thread", "How we cut costs"]
ASK = ["Book a demo today", "Buy now, 20% off this week", "Sign up for our webinar"]


def corpus(folder: Path) -> Path:
    """Six accounts (the calibration holds accounts out, five folds), both labels each."""
    folder.mkdir()
    labelled = [(t, "give") for t in GIVE] + [(t, "ask") for t in ASK]
    lines = [
        {"id": f"{a}-{i}", "account": f"a{a}", "platform": "x", "text": f"{text} ({a})",
         "url": None, "label": label}
        for a in range(6)
        for i, (text, label) in enumerate(labelled)
    ]  # fmt: skip
    (folder / "posts.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    accounts = {f"a{a}": {"name": f"Brand {a}", "domains": [], "handles": []} for a in range(6)}
    (folder / "accounts.json").write_text(json.dumps(accounts), encoding="utf-8")
    return folder


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("GOODWILL_CACHE", str(folder))
    return folder


def test_the_key_changes_with_the_corpus_and_only_then(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "corpus")
    first = cache_key(folder)
    assert cache_key(folder) == first
    with (folder / "posts.jsonl").open("a", encoding="utf-8") as f:
        f.write("\n" + json.dumps({"account": "a0", "text": "One more", "label": "give"}))
    assert cache_key(folder) != first


def test_the_key_changes_with_the_code_that_reads_the_brands_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Brand.names (core/settings.py) decides which words are the brand's own: a model fitted
    # before a change to it must not be loaded after.
    folder = corpus(tmp_path / "corpus")
    first = cache_key(folder)
    settings = tmp_path / "settings.py"
    settings.write_bytes(model_module.SETTINGS_PATH.read_bytes() + b"\n# changed\n")
    monkeypatch.setattr(model_module, "SETTINGS_PATH", settings)
    assert cache_key(folder) != first


def test_a_second_start_loads_the_fitted_model_instead_of_fitting(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = corpus(tmp_path / "corpus")
    fitted = cached_model(folder)
    assert len(list(cache.glob("*.pickle"))) == 1

    def no_fit(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("fitted again although nothing changed")

    monkeypatch.setattr(model_module.GiveAskModel, "fit", no_fit)
    loaded = cached_model(folder)
    docs = [Doc("Book a demo today"), Doc("Five tips for calmer reviews")]
    assert [v.as_dict() for v in classify(docs, model=loaded)] == [
        v.as_dict() for v in classify(docs, model=fitted)
    ]


def test_a_damaged_cache_file_is_fitted_again_and_replaced(tmp_path: Path, cache: Path) -> None:
    folder = corpus(tmp_path / "corpus")
    cached_model(folder)
    (path,) = cache.glob("*.pickle")
    path.write_bytes(b"not a pickle")
    model = cached_model(folder)
    assert model.linear is not None
    assert path.read_bytes() != b"not a pickle"


def test_an_unwritable_cache_still_gives_a_model(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setenv("GOODWILL_CACHE", str(blocker / "cache"))
    assert cached_model(corpus(tmp_path / "corpus")).linear is not None
