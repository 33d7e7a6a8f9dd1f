"""Staff accounts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .roles import Role

USERNAME_PATTERN = re.compile(r"^[a-z][a-z0-9._-]{2,31}$")


def is_valid_username(username: str) -> bool:
    return bool(USERNAME_PATTERN.match(username))


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
