"""Journeys in a real browser: Debian's chromium driven by Playwright against a real
`streamlit run` on a free local port, with its own temporary database.

Skipped (with the reason printed) when no chromium is installed; .ci/run installs it.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Dialog, FilePayload, Page, Route, expect

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-results" / "screenshots"
VIEWPORT = {"width": 1400, "height": 1000}
FIRST_START_TIMEOUT = 90_000  # ms: the first run trains the model and imports the demo
STEP_TIMEOUT = 30_000  # ms: any later step (an import, a relabel that refits the model)
CHROMIUM = next(
    (
        p
        for p in (
            os.environ.get("CHROMIUM"),
            shutil.which("chromium"),
            shutil.which("chromium-browser"),
        )
        if p
    ),
    None,
)
# Flags this machine needs: no sandbox as root, and no background calls to a closed network.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip

pytestmark = pytest.mark.e2e
expect.set_options(timeout=STEP_TIMEOUT)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if CHROMIUM:
        return
    skip = pytest.mark.skip(
        reason="no chromium found (apt-get install chromium); browser journeys skipped"
    )
    for item in items:
        if "e2e" in item.keywords:
            item.add_marker(skip)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def app_url(tmp_path: Path) -> Iterator[str]:
    """A fresh app on its own port and database; stopped after the test."""
    port = _free_port()
    env = {
        **os.environ,
        "GOODWILL_DB": f"sqlite:///{tmp_path}/e2e.sqlite3",
        "PYTHONUNBUFFERED": "1",
    }
    log = (tmp_path / "streamlit.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.headless", "true", "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.3)
        else:
            raise RuntimeError((tmp_path / "streamlit.log").read_text()[-2000:])
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    """The window the README's screenshots are taken in; downloads accepted."""
    return {**browser_context_args, "viewport": VIEWPORT, "accept_downloads": True}


@dataclass
class Watched:
    """What a page did that no journey expects: dialogs opened, requests off this machine."""

    dialogs: list[str] = field(default_factory=list)
    offsite: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


@pytest.fixture
def watched() -> Watched:
    return Watched()


@pytest.fixture
def page(page: Page, watched: Watched) -> Iterator[Page]:
    """A page that stays on this machine and fails the test if the app opens a dialog.

    Any request off 127.0.0.1 is aborted and recorded (the app is offline first; a hostile
    post's <img> would show up here), and an alert(), confirm() or prompt() is dismissed and
    recorded: no journey expects one.
    """

    def dialog(d: Dialog) -> None:
        watched.dialogs.append(d.message)
        d.dismiss()

    def route(r: Route) -> None:
        watched.requests.append(r.request.url)
        if urlsplit(r.request.url).hostname == "127.0.0.1":
            r.continue_()
        else:
            watched.offsite.append(r.request.url)
            r.abort()

    page.on("dialog", dialog)
    page.route("**/*", route)
    page.set_default_timeout(STEP_TIMEOUT)
    yield page
    assert not watched.dialogs, f"the app opened a dialog: {watched.dialogs}"


@pytest.fixture
def shot():
    """Save a screenshot of the window under test-results/screenshots (the README's docs/*.png
    are copies of these), once the page's charts are drawn."""
    SHOTS.mkdir(parents=True, exist_ok=True)

    def take(page: Page, name: str, charts: int = 0) -> Path:
        if charts:
            wait_for_charts(page, charts)
        settle(page)
        page.mouse.move(0, 0)  # no hover toolbar or tooltip in the picture
        path = SHOTS / f"{name}.png"
        page.screenshot(path=str(path), animations="disabled")
        return path

    return take


# --- helpers the journeys share ---------------------------------------------------------------
def settle(page: Page, timeout: float = FIRST_START_TIMEOUT) -> None:
    """Wait until the app's script run is over (Streamlit's own e2e tests wait on this)."""
    page.wait_for_timeout(150)  # a rerun just triggered may not have started yet
    page.locator("[data-testid='stApp'][data-test-script-state='notRunning']").wait_for(
        timeout=timeout
    )
    expect(page.get_by_test_id("stSkeleton")).to_have_count(0, timeout=timeout)


def open_page(page: Page, app_url: str, path: str = "", heading: str | None = None) -> Page:
    """Open the app at a page (path "" is Balance) and wait for its title and a settled run."""
    page.goto(f"{app_url}/{path}")
    expect(page.get_by_role("heading", name=heading or "Balance", exact=True)).to_be_visible(
        timeout=FIRST_START_TIMEOUT
    )
    settle(page)
    return page


def go_to(page: Page, title: str) -> None:
    """Follow the sidebar's link to a page, in the same session."""
    page.get_by_test_id("stSidebarNav").get_by_role("link", name=title, exact=True).click()
    expect(page.get_by_role("heading", name=title, exact=True)).to_be_visible()
    settle(page)


def wait_for_charts(page: Page, count: int) -> None:
    """At least count Vega charts drawn (vega-embed's svg or canvas inside each)."""
    drawn = page.get_by_test_id("stVegaLiteChart").filter(has=page.locator("svg.marks, canvas"))
    expect(drawn.nth(count - 1)).to_be_visible(timeout=FIRST_START_TIMEOUT)


_BALANCE = re.compile(r"([\d,]+) give : ([\d,]+) ask")


def balance_counts(page: Page) -> tuple[int, int]:
    """(give, ask) as the Balance page states them under its first figure."""
    caption = page.get_by_test_id("stCaptionContainer").filter(has_text=_BALANCE).first
    expect(caption).to_be_visible(timeout=FIRST_START_TIMEOUT)
    found = _BALANCE.search(caption.inner_text())
    assert found, caption.inner_text()
    return int(found[1].replace(",", "")), int(found[2].replace(",", ""))


def upload(page: Page, files: list[Path | FilePayload]) -> None:
    """Put files in the Import page's uploader and press Import files."""
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(files)
    for f in files:
        name = f.name if isinstance(f, Path) else f["name"]
        expect(page.get_by_role("button", name=f"Remove {name}")).to_be_visible()  # uploaded
    page.get_by_role("button", name="Import files").click()
    settle(page)
