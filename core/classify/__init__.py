"""Classify: a give or ask verdict per post, with reasons, from cues and a learned model."""

from core.classify.verdict import Doc, Verdict, classify

__all__ = ["Doc", "Verdict", "classify"]
