"""Staff accounts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .roles import Role

USERNAME_PATTERN = re.compile(r"^[a-z][a-z0-9._-]{2,31}$")


def is_valid_username(username: str) -> bool:
    return bool(USERNAME_PATTERN.match(username))


def username_capitals(text: str) -> str:
    """The capital letters typed in a user name (each once, in order): they must be typed in lower case."""
    return "".join(dict.fromkeys(c for c in text if "A" <= c <= "Z"))


def username_strangers(text: str) -> str:
    """The characters a user name can never hold (each once, in order), capitals aside."""
    allowed = set("abcdefghijklmnopqrstuvwxyz0123456789._-ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return "".join(dict.fromkeys(c for c in text if c not in allowed))


@dataclass(frozen=True, slots=True)
class User:
    id: str
    username: str
    display_name: str
    role: Role
    active: bool
    must_change_passphrase: bool
    created_at: str
    updated_at: str
