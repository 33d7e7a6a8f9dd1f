"""Making the replicated tables hold what the merge decided: inserting and updating rows, and the rows that wait.

Runs inside `Store.write` after `changes.begin_applying`: the capture triggers log nothing of these writes (the
changes they come from are already in the log, as their authors wrote them).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from ..db import Connection, DatabaseError
from ._sql import ident, marks
from .changes import RowRef


class Column(NamedTuple):
    name: str
    decl: str  # declared type, upper case
    notnull: bool
    has_default: bool


_columns_cache: dict[str, list[Column]] = {}
_complete_cache: dict[tuple[str, tuple[str, ...]], bool] = {}


def captured_set(conn: Connection) -> frozenset[str]:
    """The tables this database's schema captures (and so replicates)."""
    return frozenset(str(r[0]) for r in conn.execute("SELECT name FROM captured_tables"))


def table_columns(conn: Connection, table: str) -> list[Column]:
    cached = _columns_cache.get(table)
    if cached is None:
        cached = [
            Column(str(r[1]), str(r[2] or "").upper(), bool(r[3]), r[4] is not None)
            for r in conn.execute(f"PRAGMA table_info({ident(table)})")
        ]
        _columns_cache[table] = cached
    return cached


def sql_value(value: Any, decl: str) -> Any:
    """A value as the change log carries it (JSON) as the column stores it: BLOBs travel as "hex:..." text."""
    if isinstance(value, str) and "BLOB" in decl and value.startswith("hex:"):
        return bytes.fromhex(value[4:])
    return value


def existing_ids(conn: Connection, table: str, row_ids: Sequence[str]) -> set[str]:
    return {
        str(r[0]) for r in conn.execute(f"SELECT id FROM {ident(table)} WHERE id IN ({marks(row_ids)})", tuple(row_ids))
    }


def complete_for_insert(conn: Connection, table: str, columns: tuple[str, ...]) -> bool:
    """Whether values for `columns` make a whole row: every required column there, none unknown."""
    key = (table, columns)
    found = _complete_cache.get(key)
    if found is None:
        present = set(columns)
        known = table_columns(conn, table)
        found = all(c.name in present for c in known if c.notnull and not c.has_default) and (
            present <= {c.name for c in known}
        )
        _complete_cache[key] = found
    return found


def insert_rows(conn: Connection, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> bool:
    """Insert new rows in one statement; False (and nothing inserted) if any is refused."""
    decls = {c.name: c.decl for c in table_columns(conn, table)}
    blobs = [i for i, c in enumerate(columns) if "BLOB" in decls[c]]
    names = ", ".join(ident(c) for c in columns)
    values = rows
    if blobs:
        values = [[sql_value(v, decls[c]) for c, v in zip(columns, row, strict=True)] for row in rows]
    conn.execute("SAVEPOINT sync_rows")
    try:
        conn.executemany(f"INSERT INTO {ident(table)} ({names}) VALUES ({marks(columns)})", values)
    except DatabaseError:
        conn.execute("ROLLBACK TO sync_rows")
        conn.execute("RELEASE sync_rows")
        return False
    conn.execute("RELEASE sync_rows")
    return True


def materialize(conn: Connection, table: str, row_id: str, values: dict[str, Any]) -> bool:
    """Make the row hold `values` (column → value as the change log carries it). False when it cannot exist yet
    (missing insert or parent)."""
    columns = {c.name: c for c in table_columns(conn, table)}
    known = {c: sql_value(v, columns[c].decl) for c, v in values.items() if c in columns}
    exists = conn.execute(f"SELECT 1 FROM {ident(table)} WHERE id = ?", (row_id,)).fetchone() is not None
    conn.execute("SAVEPOINT sync_row")
    try:
        if exists:
            current = conn.execute(
                f"SELECT {', '.join(ident(c) for c in known)} FROM {ident(table)} WHERE id = ?", (row_id,)
            ).fetchone()
            changed = {c: v for (c, v), old in zip(known.items(), current, strict=True) if old != v}
            if changed:
                sets = ", ".join(f"{ident(c)} = ?" for c in changed)
                conn.execute(f"UPDATE {ident(table)} SET {sets} WHERE id = ?", (*changed.values(), row_id))
        else:
            missing = [c.name for c in columns.values() if c.notnull and not c.has_default]
            if any(known.get(n) is None for n in missing):
                conn.execute("RELEASE sync_row")
                return False
            names = ", ".join(ident(c) for c in known)
            conn.execute(f"INSERT INTO {ident(table)} ({names}) VALUES ({marks(known)})", tuple(known.values()))
        conn.execute("RELEASE sync_row")
        return True
    except DatabaseError as exc:
        conn.execute("ROLLBACK TO sync_row")
        conn.execute("RELEASE sync_row")
        if "FOREIGN KEY" in str(exc).upper() or "CONSTRAINT" in str(exc).upper():
            return False
        raise


def set_waiting(conn: Connection, table: str, row_id: str, waiting: bool) -> None:
    """A row whose insert or parent has not arrived waits, and is retried at every merge."""
    if waiting:
        conn.execute("INSERT OR IGNORE INTO sync_waiting (table_name, row_id) VALUES (?, ?)", (table, row_id))
    else:
        conn.execute("DELETE FROM sync_waiting WHERE table_name = ? AND row_id = ?", (table, row_id))


def waiting_rows(conn: Connection) -> list[RowRef]:
    return [RowRef(str(t), str(r)) for t, r in conn.execute("SELECT table_name, row_id FROM sync_waiting")]
