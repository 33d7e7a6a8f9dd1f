"""The change log as sync reads and adds to it: one row per change (insert, update or tombstone of one row).

A change's `data` is the columns it set, `bases` the version (hlc) of each of those columns its author held before,
`resolves` the conflict sides it settles. Other devices' changes are stored exactly as their authors wrote them, so
the log is the history everyone sees. One transaction's writes to one row share an hlc and are one change, even
where the capture trigger logged them as several rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Final, NamedTuple

from .. import change_rows as lean
from ..db import Connection
from ._sql import CHANGE_COLUMNS, IS_CHANGE, dump, ident, json_object, marks


class ChangeRow(NamedTuple):
    """A change as stored and sent (a bundle carries it as a JSON array of these nine strings, in this order)."""

    table: str
    row_id: str
    hlc: str
    device_id: str
    user_id: str
    op: str  # insert, update or delete
    data: str  # JSON object text: column -> value
    bases: str  # JSON object text: column -> the hlc its author held before; "" if none
    resolves: str  # JSON object text: column -> space-separated hlcs of the conflict sides it settles; "" if none


class RowRef(NamedTuple):
    table: str
    row_id: str


class OwnChange(NamedTuple):
    seq: int  # the change's last change-log row here (what `sync_peers.sent_upto` counts in)
    change: ChangeRow


def begin_applying(conn: Connection) -> None:
    """From here to the end of the transaction, writes are sync's: the capture triggers neither log them as
    changes of this device nor move its held versions (sync records both itself)."""
    conn.execute("UPDATE write_context SET applying = 1")


def _stored(conn: Connection, changes: Sequence[ChangeRow], *, add: bool) -> list[tuple[Any, ...]]:
    """Changes as `change_rows` keeps them (numbers for names, the clock); None where a name is not known here."""
    ids = lean.name_ids(conn, {n for c in changes for n in (c.table, c.device_id, c.user_id)}, add=add)
    return [
        (
            ids.get(c.table),
            c.row_id,
            lean.clock_of(c.hlc),
            ids.get(c.device_id),
            ids.get(c.user_id),
            lean.OP_CODE[c.op],
            c.data,
            c.bases,
            c.resolves,
            c.table,
            c.hlc,
        )
        for c in changes
    ]


# (`+device`: found by its row, not among every change of its author)
_HELD: Final = "EXISTS (SELECT 1 FROM change_rows WHERE tab = ?1 AND row_id = ?2 AND clock = ?3 AND +device = ?4)"
# A change to a row collected here that its tombstone superseded (a late or relayed copy): held, in effect.
_COLLECTED: Final = "EXISTS (SELECT 1 FROM sync_collected WHERE table_name = ?10 AND row_id = ?2 AND hlc >= ?11)"


def insert_changes(conn: Connection, changes: Sequence[ChangeRow]) -> set[RowRef]:
    """Store changes not held yet; return the rows to re-merge (every row named: re-merging is idempotent)."""
    begin_applying(conn)
    conn.executemany(
        "INSERT INTO change_rows (tab, row_id, clock, device, account, op, data, bases, resolves)"
        f" SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9 WHERE NOT {_HELD} AND NOT {_COLLECTED}",
        _stored(conn, changes, add=True),
    )
    return {RowRef(c.table, c.row_id) for c in changes}


def rows_with_history(conn: Connection, table: str, row_ids: Sequence[str]) -> set[str]:
    """The rows among `row_ids` this device knows anything of: a change held, or a tombstone collected."""
    tab = lean.name_ids(conn, [table], add=False).get(table)
    found: set[str] = set()
    for start in range(0, len(row_ids), 500):
        part = row_ids[start : start + 500]
        if tab is not None:
            found.update(
                str(r[0])
                for r in conn.execute(
                    f"SELECT DISTINCT row_id FROM change_rows WHERE tab = ? AND row_id IN ({marks(part)})", (tab, *part)
                )
            )
        found.update(
            str(r[0])
            for r in conn.execute(
                f"SELECT row_id FROM sync_collected WHERE table_name = ? AND row_id IN ({marks(part)})", (table, *part)
            )
        )
    return found


def insert_first_changes(conn: Connection, table: str, changes: Sequence[ChangeRow]) -> None:
    """The inserts of rows just made from them, for rows that had no history here (`rows_with_history`): stored
    without the held/collected checks, and lean at once where the row holds exactly their values."""
    begin_applying(conn)
    columns = lean.lean_columns(conn, table)
    held = lean.held_texts(conn, ident(table), [c.row_id for c in changes], columns) if columns else {}
    conn.executemany(
        "INSERT INTO change_rows (tab, row_id, clock, device, account, op, data, bases, resolves)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (*row[:6], None if held.get(row[1]) == row[6] else row[6], *row[7:9])
            for row in _stored(conn, changes, add=True)
        ],
    )


def all_held(conn: Connection, changes: Sequence[ChangeRow]) -> bool:
    """Every change (a row at one hlc, by one device) already held, or superseded by a tombstone collected here."""

    def held(part: Sequence[ChangeRow]) -> bool:
        return all(
            conn.execute(f"SELECT 1 WHERE {_HELD} OR {_COLLECTED}", row).fetchone() is not None
            for row in _stored(conn, part, add=False)
        )

    # A new bundle's first change is new as a rule: the rest is not converted only to be asked about.
    return held(changes[:1]) and held(changes[1:])


def lean_inserts(conn: Connection, table: str, row_ids: Sequence[str]) -> None:
    """Rows just inserted from their one change: the row holds its values, so the change keeps none."""
    lean.make_lean(conn, table, row_ids)


def forget_history(conn: Connection, table: str, row_id: str) -> None:
    """Remove a row's changes (collected or purged here) and what sync holds about it."""
    tab = lean.name_ids(conn, [table], add=False).get(table)
    conn.execute("DELETE FROM change_rows WHERE tab = ? AND row_id = ?", (tab, row_id))
    for side in ("sync_held", "sync_conflicts", "sync_waiting"):
        conn.execute(f"DELETE FROM {side} WHERE table_name = ? AND row_id = ?", (table, row_id))


def _combine(first: ChangeRow, later: ChangeRow) -> ChangeRow:
    """Two log rows of one transaction's change to one row (same hlc): later values win, the first bases stand."""
    data = {**json.loads(first.data), **json.loads(later.data)}
    bases = {**json_object(later.bases), **json_object(first.bases)}
    resolves = {**json_object(first.resolves), **json_object(later.resolves)}
    return first._replace(
        data=dump(data), bases=dump(bases) if bases else "", resolves=dump(resolves) if resolves else ""
    )


def _fold(rows: Iterable[OwnChange]) -> list[OwnChange]:
    """One entry per change, in the order first logged; `seq` is the change's last log row."""
    out: dict[tuple[str, str, str], OwnChange] = {}
    for seq, row in rows:
        key = (row.table, row.row_id, row.hlc)
        held = out.get(key)
        out[key] = OwnChange(seq, row if held is None else _combine(held.change, row))
    return list(out.values())


def _changes(conn: Connection, where: str, args: Sequence[Any]) -> list[OwnChange]:
    rows = [
        list(r)
        for r in conn.execute(
            f"SELECT seq, {CHANGE_COLUMNS} FROM change_meta WHERE {IS_CHANGE} AND {where} ORDER BY seq", args
        )
    ]
    lean.with_values(conn, rows, 1, 2, 7)
    return _fold(OwnChange(int(seq), ChangeRow(*rest)) for seq, *rest in rows)


def only_changes(conn: Connection, table: str, row_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """For the rows whose history here is one change-log row: that change's (hlc, device)."""
    tab = lean.name_ids(conn, [table], add=False).get(table)
    if tab is None or not row_ids:
        return {}
    found = conn.execute(
        "SELECT r.row_id, printf('%013d-%06d-%s', min(r.clock) / 1000000, min(r.clock) % 1000000, d.name), d.name"
        f" FROM change_rows AS r JOIN change_names AS d ON d.id = r.device WHERE r.tab = ? AND r.row_id IN"
        f" ({marks(row_ids)}) GROUP BY r.row_id HAVING count(*) = 1",
        (tab, *row_ids),
    )
    return {str(r): (str(hlc), str(device)) for r, hlc, device in found}


def row_changes(conn: Connection, table: str, row_id: str) -> list[ChangeRow]:
    return [c.change for c in _changes(conn, "table_name = ? AND row_id = ?", (table, row_id))]


def changes_of_rows(conn: Connection, rows: Iterable[RowRef]) -> list[ChangeRow]:
    out: list[ChangeRow] = []
    for table, row_id in rows:
        out.extend(row_changes(conn, table, row_id))
    return out


def changes_by_row(conn: Connection, table: str, row_ids: Sequence[str]) -> dict[str, list[ChangeRow]]:
    out: dict[str, list[ChangeRow]] = {}
    for _, c in _changes(conn, f"table_name = ? AND row_id IN ({marks(row_ids)})", (table, *row_ids)):
        out.setdefault(c.row_id, []).append(c)
    return out


def all_changes(conn: Connection) -> list[ChangeRow]:
    return [c.change for c in _changes(conn, "1", ())]


def all_changes_in_pages(conn: Connection, page: int = 5000) -> Iterator[list[ChangeRow]]:
    """Every change in log order, about `page` at a time (an enrolment file streams a whole center's log). A page
    ends between transactions only: one transaction's log rows for a row are one change, and they share its hlc."""
    after = 0
    carry: list[list[Any]] = []
    while True:
        fetched = [
            list(r)
            for r in conn.execute(
                f"SELECT seq, {CHANGE_COLUMNS} FROM change_meta WHERE {IS_CHANGE} AND seq > ? ORDER BY seq LIMIT ?",
                (after, page),
            )
        ]
        rows = carry + fetched
        carry = []
        if len(fetched) == page:  # the last transaction may go on in the next page: it waits for it
            after = int(fetched[-1][0])
            cut = len(rows)
            while cut > 0 and rows[cut - 1][3] == rows[-1][3]:
                cut -= 1
            rows, carry = rows[:cut], rows[cut:]
        if rows:
            lean.with_values(conn, rows, 1, 2, 7)
            yield [c.change for c in _fold(OwnChange(int(seq), ChangeRow(*rest)) for seq, *rest in rows)]
        if len(fetched) < page:
            return


def own_ids(conn: Connection, device_id: str) -> list[str]:
    """This device's id and the ids this database had before it was restored or copied."""
    previous = str(conn.execute("SELECT previous_ids FROM sync_state").fetchone()[0]).split()
    return [device_id, *previous]


def own_changes_after(conn: Connection, device_id: str, after_seq: int) -> list[OwnChange]:
    ids = own_ids(conn, device_id)
    return _changes(conn, f"device_id IN ({marks(ids)}) AND seq > ?", (*ids, after_seq))


def changes_by_author(conn: Connection, device_id: str) -> list[ChangeRow]:
    return [c.change for c in _changes(conn, "device_id = ?", (device_id,))]


def last_own_change(conn: Connection, device_id: str) -> int:
    ids = own_ids(conn, device_id)
    row = conn.execute(
        "SELECT max(seq) FROM change_rows WHERE op IN (0, 1, 2)"
        f" AND device IN (SELECT id FROM change_names WHERE name IN ({marks(ids)}))",
        tuple(ids),
    ).fetchone()
    return int(row[0] or 0)


def pending_own_changes(conn: Connection, device_id: str) -> int:
    """Own changes not yet sent to at least one active peer (the status bar's "waiting to go out")."""
    row = conn.execute(
        "SELECT min(p.sent_upto) FROM sync_peers p JOIN devices d ON d.id = p.device_id WHERE d.status = 'active'"
    ).fetchone()
    upto = int(row[0] or 0) if row and row[0] is not None else 0
    return int(
        conn.execute(
            "SELECT count(*) FROM change_rows WHERE device = (SELECT id FROM change_names WHERE name = ?)"
            " AND seq > ? AND op IN (0, 1, 2)",
            (device_id, upto),
        ).fetchone()[0]
    )
