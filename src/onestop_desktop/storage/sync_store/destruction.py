"""Destruction (파기) as sync's SQL sees it: the rows of a destroyed case leave the tables together with everything
the change log and sync hold about them, and a stub is kept per row (id only: no values) so that a late copy of one
of their changes, or a row another device created in the case before it heard of the destruction, is never taken
in again.

`destroy_rows` is the one place that deletes change-log history for destroyed rows: a change to the change log's
format (issue 19) adapts this function and nothing else.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Final

from .. import search, tables
from ..db import Connection
from ._sql import ident
from .changes import RowRef, forget_history, row_changes
from .collection import CollectedRow, add_collected
from .rows import waiting_rows

# The stub's clock value: sorts after every real one ("NNN…-NNNN-device"), so every change to the row, however
# late or relayed, counts as superseded (`_COLLECTED` in sync_store/changes.py).
DESTROYED_HLC: Final = "~destroyed"
# Everything sync keeps per row, values included (conflict versions, refused changes, waiting rows).
# The change log itself and the held versions, conflicts and waiting rows go through `forget_history`.
_SYNC_SIDES: Final = ("sync_collected", "sync_refused_changes", "change_signatures")


def destroy_rows(conn: Connection, rows: Sequence[RowRef], *, remember: bool = True) -> None:
    """Delete `rows` (parents before children in `rows`; deleted children first) and their whole history.

    `remember`: keep the stub that makes every later copy of their changes ignored (a destruction); without it
    (a client who leaves a field kit only because none of their cases stays there) nothing is kept.
    Needs a write context that allows purging; the search indexes lose their entries through their triggers
    (`overwrite_freed` merges the index pages afterwards)."""
    for table, row_id in reversed(rows):
        conn.execute(f"DELETE FROM {ident(table)} WHERE id = ?", (row_id,))
    for table, row_id in rows:  # after the rows: their delete left a purge marker in the log, which goes too
        forget_history(conn, table, row_id)
        for side in _SYNC_SIDES:
            conn.execute(f"DELETE FROM {side} WHERE table_name = ? AND row_id = ?", (table, row_id))
    if remember:
        add_collected(conn, [CollectedRow(table, row_id, DESTROYED_HLC, "{}") for table, row_id in rows])


def merged_away_rows(conn: Connection, client_id: str) -> list[RowRef]:
    """The clients merged into `client_id` (directly or along a chain; each keeps its name and points at the
    client it went into), nearest first, then their own client rows: they are the same person's data and go when
    the kept client goes. In the order `destroy_rows` takes (parents first)."""
    found: list[str] = []
    frontier = [client_id]
    while frontier:
        marks = ",".join("?" * len(frontier))
        frontier = [
            str(r[0])
            for r in conn.execute(f"SELECT id FROM clients WHERE merged_into IN ({marks}) ORDER BY id", frontier)
            if str(r[0]) not in found and str(r[0]) != client_id
        ]
        found.extend(frontier)
    rows = [RowRef("clients", c) for c in found]
    for table in tables.CLIENT_TABLES:
        if table != "clients":
            for c in found:
                rows.extend(
                    RowRef(table, str(r[0]))
                    for r in conn.execute(f"SELECT id FROM {ident(table)} WHERE client_id = ?", (c,))
                )
    return rows


def is_destroyed(conn: Connection, table: str, row_id: str) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM sync_collected WHERE table_name = ? AND row_id = ? AND hlc = ?",
            (table, row_id, DESTROYED_HLC),
        ).fetchone()
        is not None
    )


def _parents(table: str, values: dict[str, object]) -> list[RowRef]:
    declared = tables.BY_NAME.get(table)
    if declared is None or declared.owner not in (tables.Owner.CLIENT, tables.Owner.CASE):
        return []
    found: list[RowRef] = []
    for column, parent in (("case_id", "cases"), ("client_id", "clients")):
        if isinstance(values.get(column), str):
            found.append(RowRef(parent, str(values[column])))
    if declared.via is not None and isinstance(values.get(declared.via[1]), str):
        found.append(RowRef(declared.via[0], str(values[declared.via[1]])))
    return found


def late_rows(conn: Connection) -> list[RowRef]:
    """Rows waiting for a parent that was destroyed here (written elsewhere in the case before that device heard
    of the destruction), and their own waiting children: they are destroyed too."""
    waiting = waiting_rows(conn)
    found: list[RowRef] = []
    doomed: set[RowRef] = set()
    parents: dict[RowRef, list[RowRef]] = {}
    for row in waiting:
        values: dict[str, object] = {}
        for change in row_changes(conn, row.table, row.row_id):
            values.update(json.loads(change.data))
        parents[row] = _parents(row.table, values)
    progress = True
    while progress:
        progress = False
        for row in waiting:
            if row in doomed:
                continue
            if any(p in doomed or is_destroyed(conn, p.table, p.row_id) for p in parents[row]):
                doomed.add(row)
                found.append(row)
                progress = True
    return sorted(found, key=lambda r: tables.rank(r.table))


def overwrite_freed(conn: Connection, indexes: Iterable[str] = ("case_search", "note_search")) -> None:
    """After a destruction, in its transaction: merge the full-text indexes so the destroyed rows' tokens leave
    the index pages (the connection's `secure_delete` zeroes what is freed)."""
    search.index_due(conn)  # the destroyed rows' entries leave the indexes now, before the merge
    for index in indexes:
        conn.execute(f"INSERT INTO {ident(index)} ({ident(index)}) VALUES ('optimize')")


def truncate_wal(conn: Connection) -> None:
    """After the destruction committed: copy the write-ahead log into the database and empty it, so no frame
    written before holds the destroyed pages' old content."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


_ATTACHMENT_SUFFIX: Final = "attachment_id"


def referenced_attachments(conn: Connection, rows: list[RowRef]) -> set[str]:
    """Attachments the given rows point at (a takedown item's screenshot, a consent's scan)."""
    found: set[str] = set()
    columns: dict[str, list[str]] = {}
    for table, row_id in rows:
        if table not in columns:
            columns[table] = [
                str(c[1]) for c in conn.execute(f"PRAGMA table_info({table})") if str(c[1]).endswith(_ATTACHMENT_SUFFIX)
            ]
        for column in columns[table]:
            value = conn.execute(f"SELECT {column} FROM {table} WHERE id = ?", (row_id,)).fetchone()
            if value is not None and value[0]:
                found.add(str(value[0]))
    return found


def attachment_still_referenced(conn: Connection, attachment_id: str) -> bool:
    for (table,) in conn.execute("SELECT name FROM captured_tables").fetchall():
        for c in conn.execute(f"PRAGMA table_info({table})").fetchall():
            column = str(c[1])
            if (
                column.endswith(_ATTACHMENT_SUFFIX)
                and conn.execute(f"SELECT 1 FROM {table} WHERE {column} = ? LIMIT 1", (attachment_id,)).fetchone()
            ):
                return True
    return False


def names_another_case(conn: Connection, row: RowRef, case_id: str) -> bool:
    """A register entry of the client's that names another case (a consent form printed for it) stays."""
    if row.table != "documents":
        return False
    found = conn.execute("SELECT case_id FROM documents WHERE id = ?", (row.row_id,)).fetchone()
    return found is not None and found[0] is not None and str(found[0]) != case_id


def orders_to_carry_out(conn: Connection) -> list[tuple[str, str | None]]:
    """Confirmed destructions whose case is still held here: (case id, the client the order named)."""
    return [
        (str(case_id), None if client is None else str(client))
        for case_id, client in conn.execute(
            "SELECT d.destroyed_case, d.destroyed_client FROM destructions d"
            " JOIN cases c ON c.id = d.destroyed_case WHERE d.status = 'done' AND d.deleted_at IS NULL"
        )
    ]
