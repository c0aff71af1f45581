"""core.sources.guide: which files of a large archive to upload, and the command for the whole."""

from __future__ import annotations

import shlex

from core.sources import guide


def test_every_platform_names_the_files_that_hold_its_posts() -> None:
    files = {n.platform: " ".join(n.files) for n in guide.NEEDED}
    assert "data/tweets.js" in files["X (Twitter)"] and "tweets-part" in files["X (Twitter)"]
    assert "data/note-tweet.js" in files["X (Twitter)"]
    assert files["LinkedIn"] == "Shares.csv"
    assert "your_posts" in files["Facebook"] and files["Facebook"].endswith(".json")
    assert files["Instagram"].endswith("posts_1.json")
    assert files["Mastodon"] == "outbox.json"
    assert files["Bluesky"] == "repo.car"


def test_the_command_quotes_the_workspace_for_the_shell() -> None:
    command = guide.cli_command("Bob's $HOME; rm -rf ~", "My Downloads/archive.zip")
    assert shlex.split(command) == [
        ".venv/bin/python",
        "-m",
        "core",
        "import",
        "My Downloads/archive.zip",
        "--workspace",
        "Bob's $HOME; rm -rf ~",
    ]


def test_the_intro_says_the_upload_limit() -> None:
    assert "200 MB" in guide.intro(200)
