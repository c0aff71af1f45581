"""Who is at the keyboard: the name stored with each label, plan and settings change they make.

A person sets their name once, in Settings, and it is kept in a small profile file on their own
machine (GOODWILL_PROFILE, by default ~/.config/goodwill-ledger/profile.json), so every app they
run, whichever database it points at, records them the same way. GOODWILL_USER overrides it (a
shared server run per person, a script, CI). Without either, the machine's login name stands in.
"""

from __future__ import annotations

import getpass
import json
import os
from pathlib import Path

from core.errors import UserError

USER_ENV = "GOODWILL_USER"
PROFILE_ENV = "GOODWILL_PROFILE"
MAX_NAME = 80


def profile_path() -> Path:
    return Path(
        os.environ.get(PROFILE_ENV) or Path.home() / ".config" / "goodwill-ledger" / "profile.json"
    )


def saved_name() -> str:
    """The name set in Settings on this machine, or "" when none was."""
    try:
        data = json.loads(profile_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    return clean_name(data.get("name")) if isinstance(data, dict) else ""


def current_user() -> str:
    return clean_name(os.environ.get(USER_ENV)) or saved_name() or _login()


def from_environment() -> bool:
    """Whether GOODWILL_USER decides the name (Settings then says so instead of offering it)."""
    return bool(clean_name(os.environ.get(USER_ENV)))


def save_name(name: str) -> str:
    name = clean_name(name)
    if not name:
        raise UserError("Type the name your team knows you by.")
    path = profile_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"name": name}), encoding="utf-8")
    except OSError as exc:
        raise UserError(f"Your name could not be saved in {path} ({exc.strerror}).") from None
    return name


def clean_name(value: object) -> str:
    return " ".join(str(value or "").split())[:MAX_NAME]


def _login() -> str:
    try:
        return clean_name(getpass.getuser())
    except (OSError, KeyError):
        return ""
