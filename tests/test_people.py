"""core.people: the name recorded with a person's labels, plans and settings changes."""

from __future__ import annotations

import getpass

import pytest

from core import people
from core.errors import UserError


def test_a_name_saved_once_is_the_one_recorded(tmp_path) -> None:
    assert people.saved_name() == ""
    assert people.save_name("  Ana   Lima ") == "Ana Lima"
    assert people.current_user() == "Ana Lima"
    assert (tmp_path / "profile.json").exists()  # the profile conftest points at, not ~/.config


def test_goodwill_user_overrides_the_saved_name(monkeypatch) -> None:
    people.save_name("Ana")
    monkeypatch.setenv("GOODWILL_USER", "ci-bot")
    assert people.current_user() == "ci-bot"
    assert people.from_environment()


def test_without_a_name_the_login_stands_in() -> None:
    assert not people.from_environment()
    assert people.current_user() == people.clean_name(getpass.getuser())


def test_an_empty_name_is_refused_and_a_long_one_cut() -> None:
    with pytest.raises(UserError, match="the name your team knows you by"):
        people.save_name("   ")
    assert len(people.save_name("x" * 500)) == people.MAX_NAME


def test_a_broken_profile_is_ignored(tmp_path) -> None:
    (tmp_path / "profile.json").write_text("{not json")
    assert people.saved_name() == ""
    (tmp_path / "profile.json").write_text('["a list"]')
    assert people.saved_name() == ""
