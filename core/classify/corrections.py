"""A person's correction, and what it did: their labels are saved, the model relearns and
relabels the workspace, and the other labels that moved are named so the person can see them
and take the correction back (undo restores the labels it replaced and relearns again).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from core import ingest
from core.store import Store

MOVED_COLUMNS = ["id", "text", "before", "after"]


@dataclass(frozen=True)
class Correction:
    labels: dict[str, str]  # post id -> the label the person set
    previous: dict[str, str | None]  # post id -> their label before (None: it was the model's)
    relearned: bool  # False when the workspace is too large to relabel at once
    moved: pd.DataFrame = field(  # other posts whose label the relearn changed
        default_factory=lambda: pd.DataFrame(columns=MOVED_COLUMNS)
    )

    def headline(self) -> str:
        """Above the list of moved labels: 'Your 1 label is saved; the relearn moved 2 others.'"""
        n, moved = len(self.labels), len(self.moved)
        text = f"Your {n} label{'s are' if n != 1 else ' is'} saved"
        if not self.relearned:
            return text + "; the rest are relabelled when you relearn."
        if not moved:
            return text + "; the relearn changed no other label."
        return text + f"; the relearn changed {moved:,} other label{'s' if moved != 1 else ''}:"

    def summary(self, quote: int = 3, width: int = 40) -> str:
        """'Saved 1 label. The relearn changed 2 other labels: "Garage sale…" give → ask, …'"""
        n = len(self.labels)
        text = f"Saved {n} label{'s' if n != 1 else ''}."
        if not self.relearned:
            return text + " Relearn from your corrections to relabel the rest."
        moved = len(self.moved)
        if not moved:
            return text + " The relearn changed no other label."
        named = [
            f"“{short(t, width)}” {b} → {a}"
            for t, b, a in self.moved[["text", "before", "after"]].head(quote).itertuples(False)
        ]
        more = f" and {moved - quote:,} more" if moved > quote else ""
        return (
            f"{text} The relearn changed {moved:,} other label{'s' if moved != 1 else ''}: "
            f"{'; '.join(named)}{more}."
        )


def short(text: str, width: int) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def moved_labels(before: pd.DataFrame, after: pd.DataFrame, exclude: set[str]) -> pd.DataFrame:
    """Posts (other than `exclude`) whose label differs between two frames of one workspace."""
    old = before.set_index("id")["label"]
    new = after.set_index("id")[["label", "text"]]
    both = new.join(old.rename("before"), how="inner")
    changed = both[(both["label"] != both["before"]) & ~both.index.isin(list(exclude))]
    return (
        changed.reset_index()
        .rename(columns={"label": "after"})[MOVED_COLUMNS]
        .reset_index(drop=True)
    )


def _relabel(store: Store, workspace: str, changes: dict[str, str | None], relearn: bool):
    # Without a relearn nothing else moves: a large workspace is not read whole for nothing.
    before = store.posts(workspace)[["id", "label"]] if relearn else None
    store.set_labels(workspace, changes)
    if relearn:
        ingest.reclassify(store, workspace)
    return before


def correct(
    store: Store, workspace: str, changes: dict[str, str], relearn: bool = True
) -> Correction:
    """Save the person's labels; with relearn, relabel the workspace and name what moved."""
    mine = store.human_labels(workspace)
    previous = {pid: mine.get(pid) for pid in changes}
    before = _relabel(store, workspace, dict(changes), relearn)
    if not relearn:
        return Correction(dict(changes), previous, relearned=False)
    moved = moved_labels(before, store.posts(workspace), set(changes))
    return Correction(dict(changes), previous, relearned=True, moved=moved)


def undo(store: Store, workspace: str, correction: Correction) -> int:
    """Put back the labels a correction replaced and relearn; the number of other labels that
    moved back."""
    before = _relabel(store, workspace, dict(correction.previous), correction.relearned)
    if not correction.relearned:
        return 0
    return len(moved_labels(before, store.posts(workspace), set(correction.previous)))
