"""Removing a record entered by mistake: who entered it and when, which case it belongs to, and the tombstone that
carries the reason (one update, so the change log holds `deleted_at` with the reason and note)."""

from __future__ import annotations

from ...domain.corrections import RemovableKind, RemovalReason
from ..db import Connection
from ..store import WriteTx


def owner_of(conn: Connection, kind: RemovableKind, row_id: str) -> tuple[str, str] | None:
    """("case", case id) or ("client", client id) of a live record; None when there is none."""
    column = "client_id" if kind is RemovableKind.CONSENT else "case_id"
    row = conn.execute(f"SELECT {column} FROM {kind.value} WHERE id = ? AND deleted_at IS NULL", (row_id,)).fetchone()
    if row is None:
        return None
    return ("client" if kind is RemovableKind.CONSENT else "case", str(row[0]))


def entered(conn: Connection, kind: RemovableKind, row_id: str) -> tuple[str | None, str]:
    """Who entered the record (the author of its first change, when the history still holds it) and when
    (`created_at`, ISO UTC)."""
    created = conn.execute(f"SELECT created_at FROM {kind.value} WHERE id = ?", (row_id,)).fetchone()
    author = conn.execute(
        "SELECT user_id FROM change_log WHERE table_name = ? AND row_id = ? AND op = 'insert' ORDER BY seq LIMIT 1",
        (kind.value, row_id),
    ).fetchone()
    return (str(author[0]) if author else None, str(created[0]) if created else "")


def tombstone(tx: WriteTx, kind: RemovableKind, row_id: str, reason: RemovalReason, note: str) -> int:
    return tx.update(kind.value, row_id, {"deleted_at": tx.now, "deleted_reason": str(reason), "deleted_note": note})
