"""Planning in the browser: a planned ask the week cannot afford gets a warning with choices,
and a planned week of asks alone stands in the chart as tall as its asks."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

import numpy as np
from PIL import Image
from playwright.sync_api import Page, expect

from core.reports.charts import ASK_COLOR, PLAN_OPACITY

from .conftest import open_page, settle, wait_for_charts

ASK = "Our Ember & Oak holiday box is here: order today at shop.fernhillcoffee.example, 15% off!"


def add_planned(page: Page, text: str, label: str, day: date | None = None) -> None:
    form = page.get_by_test_id("stForm").filter(has=page.get_by_role("button", name="Add to plan"))
    if day is not None:  # the date field is three spin buttons: year, month and day
        for part, value in (("year", day.year), ("month", day.month), ("day", day.day)):
            form.get_by_role("spinbutton", name=f"{part}, Date").focus()
            page.keyboard.type(f"{value:02d}")
    form.get_by_label("Text").fill(text)
    form.get_by_test_id("stRadio").get_by_text(label, exact=True).click()
    form.get_by_role("button", name="Add to plan").click()
    settle(page)


def pale(color: str, opacity: float) -> tuple[int, int, int]:
    """A colour drawn at `opacity` over the white page."""
    rgb = [int(color[i : i + 2], 16) for i in (1, 3, 5)]
    return tuple(round(opacity * c + (1 - opacity) * 255) for c in rgb)  # type: ignore[return-value]


def pixels_of(png: bytes, rgb: tuple[int, int, int], tolerance: int = 10) -> int:
    """How many pixels of the picture are within `tolerance` of the colour."""
    image = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=int)
    return int((np.abs(image - np.array(rgb)) <= tolerance).all(axis=-1).sum())


def test_a_planned_ask_is_warned_about(page: Page, app_url: str, shot) -> None:
    open_page(page, app_url, "plan", "Plan")
    page.get_by_role("tab", name="Planned posts").click()
    expect(page.get_by_text("No planned posts yet")).to_be_visible()

    add_planned(page, ASK, "ask")

    planned = page.get_by_test_id("stDataFrame").first
    expect(planned.get_by_test_id("glide-cell-2-0")).to_have_text(ASK)  # the Text column
    warning = page.get_by_test_id("stAlertContentWarning").first
    expect(warning).to_contain_text(re.compile(r"Week of .*\d+ give : \d+ ask is below"))
    expect(warning).to_contain_text(re.compile(r"Fix: (move|add|drop) "))
    # The screenshot: the check's charts and warning at the top of the window.
    heading = page.get_by_role("heading", name="Does the plan keep the balance?")
    heading.evaluate("e => e.scrollIntoView({block: 'start'})")
    shot(page, "plan", charts=2)


def test_a_planned_week_of_asks_alone_is_visible_in_the_chart(page: Page, app_url: str) -> None:
    open_page(page, app_url, "plan", "Plan")
    page.get_by_role("tab", name="Planned posts").click()
    # A Tuesday three weeks ahead: no published post sits in that week.
    tuesday = date.today() + timedelta(weeks=3, days=(1 - date.today().weekday()) % 7)
    add_planned(page, ASK, "ask", tuesday)
    expect(
        page.get_by_test_id("stDataFrame").first.get_by_test_id("glide-cell-0-0")
    ).to_contain_text(f"{tuesday.day}")
    warning = page.get_by_test_id("stAlertContentWarning").first
    expect(warning).to_contain_text("0 give : 1 ask is below")

    wait_for_charts(page, 2)
    chart = page.get_by_test_id("stVegaLiteChart").first
    chart.scroll_into_view_if_needed()
    settle(page)
    # The planned week is a pale bar in the ask colour, one post high: before, a 0% give share
    # drew a bar of no height at all.
    png = chart.screenshot()
    drawn = pixels_of(png, pale(ASK_COLOR, PLAN_OPACITY))
    assert drawn > 150, drawn
