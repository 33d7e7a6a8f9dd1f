"""Device settings in settings.json: what is needed before login and a user's own preferences, nothing sensitive."""

from __future__ import annotations

import json
from pathlib import Path

from ..domain.settings import OPTIONS_BY_KEY, Option, Scope
from .atomic_file import write_atomic


def load(path: Path) -> dict[str, object]:
    try:
        raw = json.loads(path.read_text("utf-8"))
        return raw if isinstance(raw, dict) else {}
    except (OSError, ValueError):
        return {}


def get(path: Path, option: Option[str] | Option[int] | Option[bool]) -> object:
    return option.coerce(load(path).get(option.key, option.default))


def put(path: Path, option: Option[str] | Option[int] | Option[bool], value: object) -> None:
    if option.scope is not Scope.DEVICE or option.key not in OPTIONS_BY_KEY:
        raise ValueError("only device options live in settings.json")
    current = load(path)
    current[option.key] = value
    write_atomic(path, json.dumps(current, indent=1, ensure_ascii=False).encode("utf-8"))
