"""core.sources.discord: the data package zip, the person's own messages in servers' channels
as posts with "Server / #channel" as their channel; private conversations left out."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from archives import zip_of

from core.errors import UserError
from core.sources.sniff import parse_upload

CSV_HEADER = "ID,Timestamp,Contents,Attachments\n"


def package() -> bytes:
    server = {"id": "111", "type": 0, "name": "general",
              "guild": {"id": "999", "name": "Coffee Roasters"}}  # fmt: skip
    private = {"id": "222", "type": 1, "recipients": ["1", "2"]}
    return zip_of(
        {
            "package/README.txt": "Your data package",
            "package/account/user.json": json.dumps({"id": "1", "username": "sam"}),
            "package/messages/index.json": json.dumps({"111": "general in Coffee Roasters",
                                                       "222": "Direct Message with kim"}),
            "package/messages/c111/channel.json": json.dumps(server),
            "package/messages/c111/messages.csv": CSV_HEADER
            + '900001,2024-03-04 05:06:07.123000+00:00,"Tip: grind just before you brew",\n'
            + "900002,2024-03-05 08:00:00+00:00,,https://cdn.discordapp.com/a/1.png\n"
            + "900003,2024-03-05 09:00:00+00:00,,\n",
            "package/messages/c222/channel.json": json.dumps(private),
            "package/messages/c222/messages.csv": CSV_HEADER
            + "900010,2024-03-06 10:00:00+00:00,my private words,\n",
            "package/activity/analytics/events-2024.json": '{"event_type": "x"}\n',
        }
    )  # fmt: skip


def test_server_messages_are_posts_per_channel_and_private_ones_are_left_out() -> None:
    [result] = parse_upload("package.zip", package())
    assert result.format == "Discord" and not result.notes
    tip, picture = result.posts
    assert tip.id == "discord:900001" and tip.source == "discord"
    assert tip.text == "Tip: grind just before you brew" and tip.kind == "post"
    assert tip.channel == "Coffee Roasters / #general"
    assert tip.published_at == datetime(2024, 3, 4, 5, 6, 7, 123000, tzinfo=UTC)
    assert tip.url == "https://discord.com/channels/999/111/900001"
    assert picture.kind == "media" and picture.text == ""
    assert result.skipped == {"private messages (not posts)": 1, "empty message": 1}
    assert all("private" not in p.text for p in result.posts)


def test_newer_packages_with_messages_json() -> None:
    server = {"id": "5", "name": "announcements", "guild": {"id": "6", "name": "Acme"}}
    messages = [{"ID": "77", "Timestamp": "2024-05-01 12:00:00", "Contents": "We ship today",
                 "Attachments": ""}]  # fmt: skip
    data = zip_of({"messages/c5/channel.json": json.dumps(server),
                   "messages/c5/messages.json": json.dumps(messages)})  # fmt: skip
    [result] = parse_upload("package.zip", data)
    [post] = result.posts
    assert (post.id, post.channel) == ("discord:77", "Acme / #announcements")


def test_one_channels_messages_csv_alone_is_refused_with_a_hint() -> None:
    with pytest.raises(UserError, match="Upload the whole package zip"):
        parse_upload("messages.csv", (CSV_HEADER + "1,2024-03-04 05:06:07+00:00,hi,\n").encode())
