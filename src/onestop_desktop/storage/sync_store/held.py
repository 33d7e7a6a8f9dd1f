"""The versions this device holds: per row, the hlc of each column's winning value (`sync_held`), and the values
they name (the digest's input).

A row written once has no `sync_held` entry: its versions are its one change's (the `sync_capture` trigger adds the
entry when a local edit makes it need one, the merge when a remote change does).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from ..change_rows import with_values
from ..db import Connection
from ._sql import IS_CHANGE, dump


class HeldVersions(NamedTuple):
    table: str
    row_id: str
    versions: dict[str, str]  # column -> hlc of the value held


class HeldField(NamedTuple):
    table: str
    row_id: str
    column: str
    value: Any


def set_held(conn: Connection, rows: Sequence[HeldVersions]) -> None:
    """The version (hlc) of each column this device now holds, per (table, row)."""
    conn.executemany(
        "INSERT OR REPLACE INTO sync_held (table_name, row_id, versions) VALUES (?, ?, ?)",
        [(r.table, r.row_id, dump(r.versions)) for r in rows],
    )


def held_values(conn: Connection) -> Iterator[HeldField]:
    """Every field of every live row held, in canonical order (the digest's input). A row without a sync_held
    entry was written once: it holds that change's values."""
    # a table at a time (names in order; each table's changes come in row order from the index, no sort)
    tables = sorted(
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM change_names AS n WHERE EXISTS (SELECT 1 FROM change_rows WHERE tab = n.id)"
        )
    )

    def table_rows(table: str) -> Iterator[list[Any]]:
        cursor = conn.execute(
            "SELECT c.table_name, c.row_id, h.versions, c.hlc, c.data FROM change_meta c LEFT JOIN sync_held h"
            " ON h.table_name = c.table_name AND h.row_id = c.row_id"
            f" WHERE c.table_name = ? AND c.{IS_CHANGE} ORDER BY c.row_id, c.seq",
            (table,),
        )
        while batch := [list(r) for r in cursor.fetchmany(2000)]:
            with_values(conn, batch, 0, 1, 4)  # lean inserts: their rows hold the values
            yield from batch

    rows = (row for table in tables for row in table_rows(table))
    current: tuple[str, str] | None = None
    versions: dict[str, str] | None = None
    values: dict[str, Any] = {}

    def flush() -> Iterator[HeldField]:
        # Deleted rows are left out: each device collects them when it can, and the digest must not differ then.
        if current is not None and values.get("deleted_at") is None:
            for col in sorted(values):
                if col not in ("updated_at", "created_at"):
                    yield HeldField(*current, col, values[col])

    for table, row_id, held, hlc, data in rows:
        if (table, row_id) != current:
            yield from flush()
            current, versions, values = (table, row_id), (json.loads(held) if held else None), {}
        for col, value in json.loads(data).items():
            if versions is None or versions.get(col) == hlc:
                values[col] = value
    yield from flush()
