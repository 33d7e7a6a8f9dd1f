"""Audit entries that travel in bundles: this device's chain (and its earlier identities'), and whether a bundle's
entries are held already. Appending another device's entries is `audit_log.accept_remote` (it checks the chain)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from ..db import Connection
from .changes import own_ids

_AUDIT_COLUMNS: Final = (
    "device_id, device_seq, at, user_id, username, action, subject_type, subject_id, detail, prev_hash, hash"
)
_WIDTH: Final = 11  # columns of an entry as a bundle carries it, in the order above


def all_audit(conn: Connection) -> list[tuple[Any, ...]]:
    """Every device's audit chain, for a new workstation's enrolment."""
    return [tuple(r) for r in conn.execute(f"SELECT {_AUDIT_COLUMNS} FROM audit_log ORDER BY device_id, device_seq")]


def own_audit_after(conn: Connection, device_id: str, after_device_seq: int) -> list[tuple[Any, ...]]:
    """This device's audit entries after a sequence; the first time, the chains of its earlier identities too."""
    earlier = own_ids(conn, device_id)[1:] if after_device_seq == 0 else []
    rows = [
        tuple(r)
        for old in earlier
        for r in conn.execute(f"SELECT {_AUDIT_COLUMNS} FROM audit_log WHERE device_id = ? ORDER BY device_seq", (old,))
    ]
    return rows + [
        tuple(r)
        for r in conn.execute(
            f"SELECT {_AUDIT_COLUMNS} FROM audit_log WHERE device_id = ? AND device_seq > ? ORDER BY device_seq",
            (device_id, after_device_seq),
        )
    ]


def last_audit_seq(conn: Connection, device_id: str) -> int:
    r = conn.execute("SELECT max(device_seq) FROM audit_log WHERE device_id = ?", (device_id,)).fetchone()
    return int(r[0] or 0)


def audit_held(conn: Connection, rows: object) -> bool:
    """Whether every entry of a bundle's (unchecked) audit list is held here already, hash for hash."""
    if not isinstance(rows, list):
        return False
    return all(isinstance(r, list) and len(r) == _WIDTH and _held_entry(conn, r) for r in rows)


def _held_entry(conn: Connection, entry: Sequence[Any]) -> bool:
    device_id, device_seq, *_, entry_hash = entry
    return (
        conn.execute(
            "SELECT 1 FROM audit_log WHERE device_id = ? AND device_seq = ? AND hash = ?",
            (device_id, device_seq, entry_hash),
        ).fetchone()
        is not None
    )
