"""Audit entries that travel in bundles: this device's chain (and its earlier identities'), and whether a bundle's
entries are held already. Appending another device's entries is `audit_log.accept_remote` (it checks the chain)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final, NamedTuple

from ..db import Connection
from .changes import own_ids


class AuditEntry(NamedTuple):
    """An audit entry as a bundle carries it (a JSON array in this order)."""

    device_id: str
    device_seq: int
    at: str
    user_id: str
    username: str
    action: str
    subject_type: str
    subject_id: str
    detail: str
    prev_hash: str
    hash: str


_AUDIT_COLUMNS: Final = ", ".join(AuditEntry._fields)
_WIDTH: Final = len(AuditEntry._fields)


def all_audit(conn: Connection) -> list[AuditEntry]:
    """Every device's audit chain, for a new workstation's enrolment."""
    return [
        AuditEntry(*r) for r in conn.execute(f"SELECT {_AUDIT_COLUMNS} FROM audit_log ORDER BY device_id, device_seq")
    ]


def own_audit_after(conn: Connection, device_id: str, after_device_seq: int) -> list[AuditEntry]:
    """This device's audit entries after a sequence; the first time, the chains of its earlier identities too."""
    earlier = own_ids(conn, device_id)[1:] if after_device_seq == 0 else []
    rows = [
        AuditEntry(*r)
        for old in earlier
        for r in conn.execute(f"SELECT {_AUDIT_COLUMNS} FROM audit_log WHERE device_id = ? ORDER BY device_seq", (old,))
    ]
    return rows + [
        AuditEntry(*r)
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
