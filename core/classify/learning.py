"""Learning from corrections: a workspace's human labels refit the model, which relabels it.

The refit model is kept per workspace and labels digest, so a page rerun costs nothing and a
new correction is one refit (well under a second at 5,000 labels).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections import OrderedDict
from dataclasses import dataclass

import pandas as pd

from core import post_query
from core.classify.cues import Doc
from core.classify.model import GiveAskModel, base_model, refit
from core.classify.verdict import classify
from core.errors import UserError
from core.post import LABELS
from core.sources.base import decode
from core.store import Store

_CACHE: OrderedDict[tuple[str, str, str], GiveAskModel] = OrderedDict()
_CACHE_SIZE = 8


def _labelled_docs(store: Store, workspace: str) -> list[tuple[Doc, str]]:
    mine = post_query.labelled_posts(store, workspace)  # not the whole workspace: its labels
    return [
        (Doc(t, tuple(lk), k, s), lab)
        for t, lk, k, s, lab in zip(
            mine["text"], mine["links"], mine["kind"], mine["source"], mine["human_label"]
        )
    ]


def model_for(store: Store, workspace: str) -> GiveAskModel:
    """The model for this workspace: the base model, refit on the person's labels if any."""
    labels = store.human_labels(workspace)
    if not labels:
        return base_model()
    brand = store.settings(workspace).brand
    digest = hashlib.sha1(
        json.dumps([sorted(labels.items()), brand.to_dict()], sort_keys=True).encode()
    ).hexdigest()
    key = (store.url, workspace, digest)
    if key not in _CACHE:
        _CACHE[key] = refit(base_model(), _labelled_docs(store, workspace), brand)
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    _CACHE.move_to_end(key)
    return _CACHE[key]


def outdated(store: Store, workspace: str, frame: pd.DataFrame | None = None) -> int:
    """Posts whose stored verdict another model made than the workspace's current one: after
    an upgrade of the app's model, or corrections not yet relearned on a large workspace.
    Counted among the posts of `frame`, or, without one, by the database over the workspace."""
    current = model_for(store, workspace).version
    if frame is None:
        return post_query.outdated(store, workspace, current)
    versions = frame["model_version"]
    return int((versions.notna() & (versions != current)).sum())


@dataclass(frozen=True)
class Agreement:
    """How many of the person's labels the current verdicts agree with."""

    agreed: int
    labelled: int

    def text(self) -> str:
        if not self.labelled:
            return "No corrections yet: the model uses its training corpus only."
        return (
            f"The model now agrees with {self.agreed} of your {self.labelled} corrections "
            f"({self.agreed / self.labelled:.0%})."
        )


def agreement(store: Store, workspace: str) -> Agreement:
    return Agreement(*post_query.agreement(store, workspace))


def corrections_csv(store: Store, workspace: str) -> bytes:
    """The person's labels as a CSV of id,label, to share with a team."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", "label"])
    writer.writerows(sorted(store.human_labels(workspace).items()))
    return buffer.getvalue().encode("utf-8")


@dataclass(frozen=True)
class CorrectionsImport:
    taken: int
    kept: int  # posts the person had already labelled: their own label stays
    unknown: int  # ids not in this workspace


def import_corrections(store: Store, workspace: str, name: str, data: bytes) -> CorrectionsImport:
    """Labels from a shared corrections CSV, for posts that have no human label yet."""
    reader = csv.reader(io.StringIO(decode(data, name)))
    header = [h.strip().lower() for h in next(reader, [])]
    if "id" not in header or "label" not in header:
        raise UserError(f"{name} needs an 'id' and a 'label' column (a corrections export).")
    i_id, i_label = header.index("id"), header.index("label")
    wanted: dict[str, str] = {}
    for row in reader:
        if len(row) > max(i_id, i_label) and row[i_label].strip().lower() in LABELS:
            wanted[row[i_id].strip()] = row[i_label].strip().lower()
    if not wanted:
        raise UserError(f"{name} has no rows labelled give or ask.")
    known = set(store.fingerprints(workspace))  # the ids, without reading every post
    mine = store.human_labels(workspace)
    fresh = {pid: lab for pid, lab in wanted.items() if pid in known and pid not in mine}
    if fresh:
        store.set_labels(workspace, fresh)  # type: ignore[arg-type]
    return CorrectionsImport(
        taken=len(fresh),
        kept=sum(1 for pid in wanted if pid in mine),
        unknown=sum(1 for pid in wanted if pid not in known),
    )


def explain(store: Store, workspace: str, frame: pd.DataFrame) -> list[list[str]]:
    """Reasons for these posts' verdicts, from the workspace's model: computed for the rows a
    person is looking at rather than stored for every post."""
    if frame.empty:
        return []
    docs = [
        Doc(t, tuple(lk), k, s)
        for t, lk, k, s in zip(frame["text"], frame["links"], frame["kind"], frame["source"])
    ]
    brand = store.settings(workspace).brand
    return [list(v.reasons) for v in classify(docs, brand, model=model_for(store, workspace))]
