"""The Import page's column-mapping form, for a CSV or Excel sheet refused only because its date
or text column was not recognised, or because its numeric dates read two ways (05/11/2026): the
form then asks which order they are in. Widgets only: core.sources.table applies both."""

from __future__ import annotations

from dataclasses import dataclass, field

import streamlit as st

from core import ingest
from core.errors import ColumnsNotRecognised, DateOrderUnclear
from core.ingest import FileReport
from core.sources.table import DATE_ORDERS, FIELD_LABELS, MAPPABLE, REQUIRED, suggest_mapping
from ui.common import plain, say, store

NONE = ""  # the "not in this file" choice; a column without a name is never offered


@dataclass
class Unmapped:
    """A refused sheet kept (in the session) until its columns are chosen."""

    name: str
    data: bytes
    columns: list[str]
    defaults: dict[str, str] = field(default_factory=dict)
    date_example: str | None = None  # set when the dates' order must be asked


def unmapped(reports: list[FileReport], uploads: list[tuple[str, bytes]]) -> list[Unmapped]:
    """The refused uploads whose columns a person could map: a named column for date and text."""
    data = dict(uploads)
    found = []
    for report in reports:
        refusal = report.refusal
        if isinstance(refusal, ColumnsNotRecognised) and refusal.mappable and report.name in data:
            columns = list(dict.fromkeys(c for c in refusal.columns if c.strip()))
            example = refusal.example if isinstance(refusal, DateOrderUnclear) else None
            found.append(
                Unmapped(report.name, data[report.name], columns, suggest_mapping(columns), example)
            )
    return found


def forms(workspace: str, reports_key: str, unmapped_key: str) -> None:
    """A form for each sheet waiting for its columns; a chosen mapping is imported at once."""
    waiting: list[Unmapped] = st.session_state.get(unmapped_key, [])
    for i, item in enumerate(waiting):
        chosen = _form(item, f"map_columns_{i}")
        if chosen is None:
            continue
        mapping, order = chosen
        with st.status(f"Importing {plain(item.name)}…", expanded=True):
            report = ingest.import_table(
                store(), workspace, item.name, item.data, mapping, say, date_order=order
            )
        reports = st.session_state.get(reports_key, [])
        st.session_state[reports_key] = [
            report if r.name == item.name and not r.ok else r for r in reports
        ]
        if report.ok:
            st.session_state[unmapped_key] = [w for w in waiting if w is not item]
        st.rerun()


def _form(item: Unmapped, key: str) -> tuple[dict[str, str | None], str | None] | None:
    """The chosen mapping (field → column, None for none) and date order ("day", "month", or
    None when it was not asked) once submitted with date and text."""
    options = [NONE, *item.columns]
    order = None
    with st.form(key):
        st.markdown(f"**Choose the columns of {plain(item.name)}**")
        if item.date_example:
            order = st.radio(
                f"Its dates read two ways: is {plain(item.date_example)} day first or month first?",
                list(DATE_ORDERS),
                format_func=DATE_ORDERS.__getitem__,
                horizontal=True,
                key=f"{key}:date_order",
            )
        st.caption("Date and text are needed; the rest is optional.")
        optional = [f for f in MAPPABLE if f not in REQUIRED]
        # The two needed side by side, the optional ones four to a row: a small form.
        rows = [list(REQUIRED), *(optional[i : i + 4] for i in range(0, len(optional), 4))]
        chosen = {}
        for n, row in enumerate(rows):
            for fld, place in zip(row, st.columns(len(row) if n == 0 else 4)):
                default = item.defaults.get(fld, NONE)
                chosen[fld] = place.selectbox(
                    FIELD_LABELS[fld],
                    options,
                    index=options.index(default) if default in options else 0,
                    format_func=lambda c: c or "(not in this file)",
                    key=f"{key}:{fld}",
                )
        submitted = st.form_submit_button("Import with these columns", type="primary")
    if not submitted:
        return None
    if any(chosen[f] == NONE for f in REQUIRED):
        st.warning("Choose the column that holds the date and the one that holds the text.")
        return None
    return {f: (c if c != NONE else None) for f, c in chosen.items()}, order
