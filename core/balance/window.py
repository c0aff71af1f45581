"""The stretch of time a chart shows: the last 12 months by default, or another span a person
picks. Figures are always worked out over the whole history (a ledger needs every post before
the window); only what is drawn is cut to the window.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

# What the range picker offers, in months back from the window's end (None: the whole history).
SPANS: dict[str, int | None] = {
    "3 months": 3,
    "12 months": 12,
    "2 years": 24,
    "5 years": 60,
    "All": None,
}
DEFAULT = "12 months"


@dataclass(frozen=True)
class Window:
    start: pd.Timestamp  # UTC, inclusive (midnight)
    end: pd.Timestamp  # UTC, exclusive (the midnight after the last day shown)

    def text(self) -> str:
        last = self.end - pd.Timedelta(days=1)
        return f"{self.start.day} {self.start:%b %Y} to {last.day} {last:%b %Y}"

    @property
    def days(self) -> int:
        return int((self.end - self.start) / pd.Timedelta(days=1))

    def holds(self, times: pd.Series) -> pd.Series:
        when = pd.to_datetime(times, utc=True)
        return (when >= self.start) & (when < self.end)


def window(
    times: pd.Series, span: str, now: pd.Timestamp, later: pd.Timestamp | None = None
) -> Window:
    """The window of `span` ending today, or at the last post when the history stopped before
    the span began (a blog quiet since 2019 shows its last year, not an empty one). `later`
    stretches the end to a planned date beyond today."""
    months = SPANS.get(span, SPANS[DEFAULT])
    when = pd.to_datetime(times, utc=True).dropna()
    end = now
    if months is not None and len(when) and when.max() < now - pd.DateOffset(months=months):
        end = when.max()
    if later is not None and later > end:
        end = later
    end = end.normalize() + pd.Timedelta(days=1)
    if months is None:
        first = when.min() if len(when) else now
        start = min(first, end - pd.Timedelta(days=7)).normalize()
    else:
        start = (end - pd.DateOffset(months=months)).normalize()
    return Window(start, end)


def clip(frame: pd.DataFrame, column: str, span: Window) -> pd.DataFrame:
    """The rows of `frame` whose `column` (a time) falls in the window."""
    return frame.loc[span.holds(frame[column])].reset_index(drop=True)
