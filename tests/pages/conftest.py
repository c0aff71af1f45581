"""AppTest fixtures: the app run through app.py on a throwaway database, one per test.

Every test gets its own SQLite file (GOODWILL_DB), so the Store that ui/common.py caches per
URL is a fresh one; Streamlit's caches are cleared after each test as well.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from streamlit.proto.WidgetStates_pb2 import WidgetState
from streamlit.testing.v1 import AppTest

from core import ingest
from core.store import Store

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "app.py")
TIMEOUT = 60  # the first run in a process trains the model

WORKSPACE = "Test workspace"


@pytest.fixture(autouse=True)
def db_url(temp_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Set after the suite-wide temp_database, so this URL is the one the app sees."""
    url = f"sqlite:///{tmp_path}/t.sqlite3"
    monkeypatch.setenv("GOODWILL_DB", url)
    yield url
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store(db_url)
    yield s
    s.engine.dispose()


def open_app(page: str | None = None) -> AppTest:
    """The app after its first run, switched to pages/<page>.py when a page is given."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert not at.exception, [e.value for e in at.exception]
    if page:
        at.switch_page(f"pages/{page}.py").run()
        assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.fixture
def app() -> Callable[..., AppTest]:
    return open_app


def _blog(make: Any) -> bytes:
    return make.rss(
        [
            make.rss_item(1, "Five things I learned moving our team to trunk-based development."),
            make.rss_item(5, "Our spring sale: buy the course today, 30% off. Sign up now!"),
            make.rss_item(9, "A great thread by Dana on testing: https://peer.example/testing"),
            make.rss_item(
                14, "Free checklist: how to review a pull request kindly, with examples."
            ),
            make.rss_item(20, "Register for our paid webinar next week and book a demo."),
            make.rss_item(27, "Notes from the conference: what worked for three teams and why."),
        ]
    )


@pytest.fixture
def blog(make: Any) -> bytes:
    """A small RSS blog of six posts across March 2024, asks and gives a person can tell apart."""
    return _blog(make)


@pytest.fixture
def seed(store: Store, make: Any) -> Callable[..., str]:
    """seed(name, {file: bytes}) makes a workspace holding those files (the small blog by
    default), imported through core.ingest as the Import page does."""

    def seed(name: str = WORKSPACE, files: dict[str, bytes] | None = None) -> str:
        store.create_workspace(name)
        for file, data in ({"blog.xml": _blog(make)} if files is None else files).items():
            report = ingest.import_bytes(store, name, file, data)
            assert report.ok, report.describe()
        return name

    return seed


def _edit_labels(at: AppTest, edited_rows: dict[int, dict[str, Any]]) -> AppTest:
    """Send cell edits of the Posts table as the browser does, so its on_change callback runs.

    AppTest cannot edit st.data_editor cells (set_value raises; seeding its session state
    changes the returned table but fires no callback), so this sends the editor's widget state
    alongside the others through AppTest._run, the one private call in these tests.
    """
    editor = at.data_editor[0]
    states = at._tree.get_widget_states()
    states.widgets.append(
        WidgetState(
            id=editor.proto.id,
            string_value=json.dumps(
                {
                    "edited_rows": {str(k): v for k, v in edited_rows.items()},
                    "added_rows": [],
                    "deleted_rows": [],
                }
            ),
        )
    )
    at._run(states)
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.fixture
def edit_labels() -> Callable[[AppTest, dict[int, dict[str, Any]]], AppTest]:
    return _edit_labels


def _unescape(markdown: str) -> str:
    """What a reader sees of Markdown a page wrote: bold marks gone, escaped marks literal."""
    markdown = re.sub(r"(?<!\\)\*\*", "", markdown)
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown)


def _alerts(at: AppTest) -> dict[str, list[str]]:
    return {
        kind: [_unescape(m.value) for m in getattr(at, kind)]
        for kind in ("success", "info", "warning", "error")
    }


@pytest.fixture
def alerts() -> Callable[[AppTest], dict[str, list[str]]]:
    """alerts(at) -> {"success": [...], "info": [...], "warning": [...], "error": [...]},
    each message as a reader sees it."""
    return _alerts


@pytest.fixture
def unescape() -> Callable[[str], str]:
    return _unescape
