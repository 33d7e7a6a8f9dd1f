"""Conflicts the merge found and a person has to settle: two values neither writer had seen, or an edit after a
delete. One row per (row, column, sides); the case it belongs to is kept so the case list can mark it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ..db import Connection
from .changes import RowRef


class ConflictEntry(NamedTuple):
    """A conflict as the merge states it."""

    id: str
    kind: str  # 'field' or 'delete'
    column: str
    versions: str  # JSON array: per side, value, hlc, device and user


class ConflictRow(NamedTuple):
    id: str
    kind: str
    table: str
    row_id: str
    column: str
    versions: str
    case_id: str  # "" for a row of no case


_SELECT = "SELECT id, kind, table_name, row_id, col, versions, case_id FROM sync_conflicts"


def _row(r: Sequence[object]) -> ConflictRow:
    return ConflictRow(*(str(x) if x is not None else "" for x in r))


def replace_conflicts(
    conn: Connection, table: str, row_id: str, conflicts: Sequence[ConflictEntry], case_id: str | None
) -> None:
    conn.execute("DELETE FROM sync_conflicts WHERE table_name = ? AND row_id = ?", (table, row_id))
    conn.executemany(
        "INSERT OR REPLACE INTO sync_conflicts (id, kind, table_name, row_id, col, versions, case_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(c.id, c.kind, table, row_id, c.column, c.versions, case_id) for c in conflicts],
    )


def conflicts(conn: Connection, limit: int = 500, offset: int = 0) -> list[ConflictRow]:
    return [
        _row(r)
        for r in conn.execute(f"{_SELECT} ORDER BY table_name, row_id, col, id LIMIT ? OFFSET ?", (limit, offset))
    ]


def conflict(conn: Connection, conflict_id: str) -> ConflictRow | None:
    r = conn.execute(f"{_SELECT} WHERE id = ?", (conflict_id,)).fetchone()
    return _row(r) if r else None


def conflict_count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM sync_conflicts").fetchone()[0])


def conflicts_of_case(conn: Connection, case_id: str) -> list[ConflictRow]:
    return [_row(r) for r in conn.execute(f"{_SELECT} WHERE case_id = ? ORDER BY table_name, col, id", (case_id,))]


def cases_in_conflict(conn: Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT DISTINCT case_id FROM sync_conflicts WHERE case_id IS NOT NULL")}


def rows_with_conflicts(conn: Connection) -> set[RowRef]:
    return {RowRef(str(t), str(r)) for t, r in conn.execute("SELECT DISTINCT table_name, row_id FROM sync_conflicts")}
