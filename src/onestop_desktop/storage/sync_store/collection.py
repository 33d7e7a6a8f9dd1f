"""Tombstone collection: deleted rows removed with their history once every device holds the delete, and the
stubs kept of them (id, tombstone hlc and the versions held; no values) so a late copy of their history is ignored."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from ..db import Connection, DatabaseError
from ._sql import IS_CHANGE, dump, ident
from .changes import forget_history, row_changes


class Tombstone(NamedTuple):
    table: str
    row_id: str
    hlc: str  # of the change that deleted it


class CollectedRow(NamedTuple):
    table: str
    row_id: str
    hlc: str  # of its tombstone
    versions: str  # JSON object text: column -> hlc of the version held when it was collected


def tombstones(conn: Connection, tables: Iterable[str]) -> list[Tombstone]:
    """Every deleted row held that no conflict or missing parent holds up."""
    out: list[Tombstone] = []
    for table in tables:
        t = ident(table)
        out += [
            Tombstone(table, str(row_id), str(hlc))
            for row_id, hlc in conn.execute(
                f"SELECT r.id, coalesce(json_extract(h.versions, '$.deleted_at'), (SELECT max(c.hlc) FROM change_meta c"
                f" WHERE c.table_name = ?1 AND c.row_id = r.id AND {IS_CHANGE})) FROM {t} r INDEXED BY {t}_tombstones"
                " LEFT JOIN sync_held h ON h.table_name = ?1 AND h.row_id = r.id WHERE r.deleted_at IS NOT NULL"
                " AND NOT EXISTS (SELECT 1 FROM sync_conflicts WHERE table_name = ?1 AND row_id = r.id)"
                " AND NOT EXISTS (SELECT 1 FROM sync_waiting WHERE table_name = ?1 AND row_id = r.id)",
                (table,),
            )
            if hlc
        ]
    return out


def collect(conn: Connection, table: str, row_id: str, hlc: str) -> bool:
    """Remove a deleted row and its history, keeping only its id and tombstone's hlc; False (and nothing removed)
    while other rows still refer to it. Needs a write context that allows purging."""
    conn.execute("SAVEPOINT collect_row")
    try:
        conn.execute(f"DELETE FROM {ident(table)} WHERE id = ?", (row_id,))
    except DatabaseError:
        conn.execute("ROLLBACK TO collect_row")
        conn.execute("RELEASE collect_row")
        return False
    held = conn.execute(
        "SELECT versions FROM sync_held WHERE table_name = ? AND row_id = ?", (table, row_id)
    ).fetchone()
    if held is not None:
        versions = str(held[0])
    else:  # written once: its one change's versions
        written: dict[str, str] = {}
        for change in row_changes(conn, table, row_id):
            written.update(dict.fromkeys(json.loads(change.data), change.hlc))
        versions = dump(written)
    forget_history(conn, table, row_id)  # the purge marker goes too
    add_collected(conn, [CollectedRow(table, row_id, hlc, versions)])
    conn.execute("RELEASE collect_row")
    return True


def collected(conn: Connection) -> list[CollectedRow]:
    return [
        CollectedRow(str(t), str(r), str(h), str(v))
        for t, r, h, v in conn.execute("SELECT table_name, row_id, hlc, versions FROM sync_collected")
    ]


def add_collected(conn: Connection, rows: Iterable[Sequence[str]]) -> None:
    """Stubs from `collect`, or from an enrolment file (JSON arrays: extra items are ignored)."""
    conn.executemany(
        "INSERT OR REPLACE INTO sync_collected (table_name, row_id, hlc, versions) VALUES (?, ?, ?, ?)",
        [CollectedRow(*(str(x) for x in r[:4])) for r in rows],
    )
