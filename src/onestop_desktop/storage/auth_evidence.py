"""The database's memory of the files outside it (migration 0110's `auth_evidence`, one local row)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from .auth_state import AccountState
from .db import Connection


@dataclass(frozen=True)
class SeenAuthState:
    file_id: str  # '' until an unlock has recorded one
    sealed_total: int
    accounts: dict[str, AccountState]


def _present(conn: Connection) -> bool:
    """False on a schema before 0110 (services run on older schemas in the migration tests, and a database is
    read before it is migrated when a backup is checked)."""
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'auth_evidence'").fetchone()
    return found is not None


def seen(conn: Connection) -> SeenAuthState:
    if not _present(conn):
        return SeenAuthState("", 0, {})
    row = conn.execute("SELECT file_id, sealed_total, accounts FROM auth_evidence").fetchone()
    if row is None:
        return SeenAuthState("", 0, {})
    accounts = {str(k): AccountState.from_json(dict(v)) for k, v in dict(json.loads(row[2])).items()}
    return SeenAuthState(str(row[0]), int(row[1]), accounts)


def record(conn: Connection, file_id: str, sealed_total: int, accounts: dict[str, dict[str, float]]) -> None:
    """Inside the caller's bookkeeping transaction."""
    if not _present(conn):
        return
    conn.execute(
        "UPDATE auth_evidence SET file_id = ?, sealed_total = ?, accounts = ?",
        (file_id, sealed_total, json.dumps(accounts)),
    )


def forget_file(conn: Connection) -> None:
    """A restored database has not seen this folder's auth-state.json: compare from the next unlock on."""
    if _present(conn):
        conn.execute("UPDATE auth_evidence SET file_id = '', sealed_total = 0")


def head_signed(conn: Connection) -> bool:
    if not _present(conn):
        return False
    row = conn.execute("SELECT audit_head_signed FROM auth_evidence").fetchone()
    return bool(row and row[0])


def mark_head_signed(conn: Connection) -> None:
    if _present(conn):
        conn.execute("UPDATE auth_evidence SET audit_head_signed = 1 WHERE audit_head_signed = 0")
