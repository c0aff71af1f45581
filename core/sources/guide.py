"""Which files inside a platform's archive hold the posts: for an archive too large to upload.

The browser upload is capped (.streamlit/config.toml, maxUploadSize); the posts are a small part
of most archives (an X archive is mostly media). This is the Import page's help, kept as data
next to the readers it describes so the two change together; the command line imports a whole
archive of any size (core.ingest.import_path reads a zip member by member).
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass


@dataclass(frozen=True)
class NeededFiles:
    """The file(s) of one platform's archive that hold the posts, and what to know about them
    (the note is Markdown: our own words, file names in backticks)."""

    platform: str
    files: tuple[str, ...]
    note: str = ""


NEEDED: tuple[NeededFiles, ...] = (
    NeededFiles(
        "X (Twitter)",
        (
            "data/tweets.js",
            "data/tweets-part1.js, tweets-part2.js, … (if there are any)",
            "data/note-tweet.js",
        ),
        "Select them together in one upload: `note-tweet.js` holds the full text of posts "
        "longer than 280 characters.",
    ),
    NeededFiles(
        "LinkedIn",
        ("Shares.csv",),
        "Newer exports add a number to the name (`Shares_1234567.csv`); `InstantReposts.csv` "
        "adds your reposts.",
    ),
    NeededFiles(
        "Facebook",
        ("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",),
        "Older downloads: `posts/your_posts_1.json`; add `…_2.json` and later ones too. The "
        "download must be in JSON, not HTML.",
    ),
    NeededFiles(
        "Instagram",
        ("your_instagram_activity/content/posts_1.json",),
        "Threads posts are in `your_instagram_activity/threads/threads_and_replies.json`.",
    ),
    NeededFiles("Mastodon", ("outbox.json",)),
    NeededFiles("Bluesky", ("repo.car",), "It is the whole export, and small."),
    NeededFiles(
        "Reddit",
        ("posts.csv", "comments.csv"),
        "Big files are split (`comments_1.csv`, `comments_2.csv`): add every part.",
    ),
    NeededFiles("TikTok", ("user_data_tiktok.json",), "Older downloads: `user_data.json`."),
    NeededFiles(
        "Discord",
        ("messages/",),
        "Zip the `messages` folder with its `c…` folders: each `channel.json` says whether a "
        "channel is a server's (imported) or a private conversation (left out).",
    ),
)

ARCHIVE_PLACEHOLDER = "PATH/TO/ARCHIVE.zip"


def cli_command(workspace: str, archive: str = ARCHIVE_PLACEHOLDER) -> str:
    """The command that imports a whole archive of any size into this workspace, run from the
    Goodwill Ledger folder; arguments quoted for a POSIX shell."""
    return (
        f".venv/bin/python -m core import {shlex.quote(archive)} "
        f"--workspace {shlex.quote(workspace)}"
    )


def intro(limit_mb: int) -> str:
    return (
        f"The browser takes files up to {limit_mb} MB. Most of an archive is photos and videos; "
        "your posts are in one or two small files. Unzip the archive and upload only these:"
    )


def cli_intro() -> str:
    return "Or import the whole archive, of any size, from the command line:"
