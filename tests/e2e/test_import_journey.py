"""Importing in the browser: a blog feed and an X archive zip, built here, move the balance."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from playwright.sync_api import Page, expect

from .conftest import balance_counts, go_to, open_page, upload

GIVES = [
    "How we dial in a new espresso: a step-by-step guide with the numbers we use.",
    "Thanks to everyone who came to the tasting yesterday. Notes and photos from the night.",
    "Five things we learned about water hardness and brewing, with a free chart.",
]
ASKS = [
    "Buy our winter blend today: 20% off this week only. Order now!",
    "Sign up for the Brew Club subscription and get your first bag free. Subscribe today!",
]


def feed(path: Path) -> Path:
    items = "".join(
        f"<item><title>Post {i}</title><link>https://other-blog.example/{i}</link>"
        f"<guid>https://other-blog.example/{i}</guid><description>{text}</description>"
        f"<pubDate>Mon, 0{i + 1} Jun 2026 09:30:00 GMT</pubDate></item>"
        for i, text in enumerate([*GIVES, ASKS[0]])
    )
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Another '
        f"blog</title><link>https://other-blog.example/</link>{items}</channel></rss>",
        encoding="utf-8",
    )
    return path


def x_archive(path: Path) -> Path:
    tweets = [
        {
            "tweet": {
                "id_str": f"19000000000000000{i}",
                "id": f"19000000000000000{i}",
                "created_at": f"Tue Jun 0{i + 2} 10:00:00 +0000 2026",
                "full_text": text,
                "favorite_count": "4",
                "retweet_count": "1",
                "lang": "en",
                "entities": {"urls": [], "hashtags": [], "user_mentions": []},
            }
        }
        for i, text in enumerate([*GIVES[:2], *ASKS])
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("data/tweets.js", "window.YTD.tweets.part0 = " + json.dumps(tweets))
        zf.writestr("data/manifest.js", "window.__THAR_CONFIG = {}")
    return path


def test_uploading_a_feed_and_an_x_archive_changes_the_balance(
    page: Page, app_url: str, tmp_path: Path
) -> None:
    open_page(page, app_url)
    give_before, ask_before = balance_counts(page)

    go_to(page, "Import")
    upload(page, [feed(tmp_path / "blog.xml"), x_archive(tmp_path / "twitter-archive.zip")])
    expect(page.get_by_text("Imported 2 of 2 file(s)")).to_be_visible()
    expect(page.get_by_text("4 new, 0 updated").first).to_be_visible()
    expect(page.get_by_text("blog.xml", exact=True).first).to_be_visible()
    history = page.get_by_test_id("stDataFrame").last  # "Imported so far" lists both files
    expect(history.get_by_text("twitter-archive.zip")).to_have_count(1)

    go_to(page, "Balance")
    give, ask = balance_counts(page)
    assert give + ask == give_before + ask_before + 8
    assert give > give_before and ask > ask_before
