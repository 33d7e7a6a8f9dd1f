"""Center settings stored in the database (and therefore replicated and change-logged)."""

from __future__ import annotations

import json

from ..db import Connection
from ..store import WriteTx


def load_all(conn: Connection) -> dict[str, object]:
    return {
        row[0]: json.loads(row[1]) for row in conn.execute("SELECT id, value FROM settings WHERE deleted_at IS NULL")
    }


def put(tx: WriteTx, key: str, value: object) -> None:
    encoded = json.dumps(value, ensure_ascii=False)
    if tx.update("settings", key, {"value": encoded}) == 0:
        tx.insert("settings", {"id": key, "value": encoded})
