"""What the sync_store modules share: identifiers checked before they enter SQL, JSON text, common clauses."""

from __future__ import annotations

import json
from collections.abc import Sized
from typing import Any, Final

from ..db import Connection

CHANGE_COLUMNS: Final = "table_name, row_id, hlc, device_id, user_id, op, data, bases, resolves"
IS_CHANGE: Final = "op IN ('insert', 'update', 'delete')"  # not the local 'purge' markers


def ident(name: str) -> str:
    """A table or column name, refused unless it is a plain identifier (names come from bundles too)."""
    if not name.replace("_", "").isalnum() or not name[0].isalpha():
        raise ValueError(f"not an identifier: {name!r}")
    return name


def dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def json_object(text: str) -> dict[str, Any]:
    return json.loads(text) if text else {}


def marks(values: Sized) -> str:
    """One `?` per value, for an `IN (...)`."""
    return ", ".join("?" * len(values))


def one(conn: Connection, sql: str, arg: str) -> str | None:
    """The first column of the first row, as text; None when there is no row or it is NULL."""
    r = conn.execute(sql, (arg,)).fetchone()
    return None if r is None or r[0] is None else str(r[0])
