"""A planned post: the record the plans table stores and the Plan page edits, and its columns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from core.errors import UserError
from core.plan import platforms
from core.post import LABELS, SOURCES

# Columns of the planned-posts DataFrame (core.plan.checks.frame); classified adds VERDICT columns.
PLAN_COLUMNS = ["plan_id", "planned_at", "platform", "text", "url"]
# label is the person's where they gave one (label_by "person"), else the model's.
PLAN_VERDICT_COLUMNS = ["label", "label_by", "p_ask", "confidence", "reasons"]
MAX_TEXT = 70_000  # above Facebook's 63,206, the longest limit of any platform


@dataclass(frozen=True)
class PlannedPost:
    planned_at: datetime  # timezone-aware
    platform: str  # a core.post.SOURCES key
    text: str
    url: str | None = None
    id: int | None = None  # the store's id, once saved
    label: str | None = None  # the person's own label; None lets the model decide
    by: str | None = field(default=None, compare=False)  # who planned it or changed it last

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise UserError("A planned post needs some text.")
        if len(self.text) > MAX_TEXT:
            raise UserError(f"A planned post is limited to {MAX_TEXT:,} characters.")
        if self.platform not in SOURCES:
            raise UserError(
                f"'{self.platform}' is not a platform Goodwill Ledger knows; "
                f"use one of {', '.join(SOURCES)}."
            )
        if self.label is not None and self.label not in LABELS:
            raise UserError(f"A label is 'give' or 'ask', not {self.label!r}.")
        if self.planned_at.tzinfo is None:
            raise ValueError("planned_at must be timezone-aware")

    def describe(self) -> str:
        """When, where and the opening words, as a person tells one planned post from another."""
        words = " ".join(self.text.split())
        short = words if len(words) <= 60 else words[:59] + "…"
        return f"{self.planned_at:%a %d %b %Y %H:%M} on {platforms.name(self.platform)}: “{short}”"


def _same_words(text: str) -> str:
    return " ".join(text.casefold().split())


def duplicates_of(item: PlannedPost, plans: list[PlannedPost]) -> list[PlannedPost]:
    """The stored plans that are the same post as `item` (itself left out)."""
    words = _same_words(item.text)
    return [
        p
        for p in plans
        if (item.id is None or p.id != item.id)
        and p.platform == item.platform
        and _same_words(p.text) == words
    ]


def duplicate_groups(plans: list[PlannedPost]) -> list[list[PlannedPost]]:
    """Posts planned more than once, each group soonest first."""
    groups: dict[tuple[str, str], list[PlannedPost]] = {}
    for p in plans:
        groups.setdefault((p.platform, _same_words(p.text)), []).append(p)
    return [sorted(g, key=lambda p: p.planned_at) for g in groups.values() if len(g) > 1]
