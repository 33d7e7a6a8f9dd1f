"""The change log in its lean form (issue 19): `change_rows`, read through a `change_log` view with the old columns.

The log had become most of the database (seed-demo 2,000 clients: 69 MB of 109 MB), mostly because every insert
kept a second copy of its row as JSON, and every change repeated its table name, author device and user, and an
hlc that spells the device again (~185 bytes before any value, twice more in the indexes). Now:
- an insert whose row still holds exactly its values keeps none (`data` NULL; the capture triggers write them back
  before the row is first updated or purged, see storage/change_rows.py);
- the table, device and user are integers into `change_names`; the hlc one integer (its device is the author's);
  the op a number; the indexes are (tab, row_id) and (device, seq).

The rows are copied in sequence order a step at a time and the old ones deleted behind them (SQLite keeps a
statement's undo pages in memory: one statement over a million rows ran to gigabytes in 0100), so memory stays
flat at any size (1.02 million field writes: 120 MB peak, 4 s). The sequence counter carries over (peers'
`sent_upto` counts in it). The freed pages (half the file) stay in it and are reused by new rows: SQLite returns
them only with a VACUUM, which may renumber the rowids the search indexes refer to, so it is not run here. A
device enrolled afresh starts lean. The statements are kept here as they are today: a shipped step never changes.
"""

from __future__ import annotations

import json
from typing import Any

_STEP = 20_000
_CLOCK = "CAST(substr(c.hlc, 1, 13) || substr(c.hlc, 15, 6) AS INTEGER)"


def apply(conn: Any) -> None:
    conn.execute("CREATE TABLE change_names (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)")
    conn.execute("CREATE TABLE change_columns (table_name TEXT PRIMARY KEY, columns TEXT NOT NULL)")
    conn.execute(
        "CREATE TABLE change_rows (seq INTEGER PRIMARY KEY AUTOINCREMENT, tab INTEGER NOT NULL,"
        " row_id TEXT NOT NULL, clock INTEGER NOT NULL, device INTEGER NOT NULL, account INTEGER NOT NULL,"
        " op INTEGER NOT NULL, data TEXT, bases TEXT NOT NULL DEFAULT '', resolves TEXT NOT NULL DEFAULT '')"
    )
    for column in ("table_name", "device_id", "user_id"):
        conn.execute(f"INSERT OR IGNORE INTO change_names (name) SELECT DISTINCT {column} FROM change_log")
    odd = conn.execute(
        f"SELECT count(*) FROM change_log AS c WHERE printf('%013d-%06d-%s', {_CLOCK} / 1000000,"
        f" {_CLOCK} % 1000000, c.device_id) != c.hlc"
    ).fetchone()[0]
    if odd:
        raise RuntimeError(f"{odd} changes whose clock value does not name their device")
    # An insert whose row holds exactly its values (the text the capture trigger made of it) keeps none.
    rows = []
    for (table,) in conn.execute("SELECT name FROM captured_tables ORDER BY name").fetchall():
        columns = [(str(r[1]), str(r[2] or "").upper()) for r in conn.execute(f"PRAGMA table_info({table})")]
        conn.execute("INSERT INTO change_columns (table_name, columns) VALUES (?, ?)", (table, json.dumps(columns)))
        row = "json_object(" + ", ".join(f"'{c}', {_value(c, d)}" for c, d in columns) + ")"
        rows.append(f"WHEN '{table}' THEN (SELECT {row} FROM {table} AS t WHERE t.id = c.row_id)")
    held = f"CASE c.table_name {' '.join(rows)} END" if rows else "NULL"
    last = int(conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0])
    for start in range(0, last + 1, _STEP):
        conn.execute(
            "INSERT INTO change_rows (seq, tab, row_id, clock, device, account, op, data, bases, resolves)"
            f" SELECT c.seq, t.id, c.row_id, {_CLOCK}, d.id, u.id,"
            " CASE c.op WHEN 'insert' THEN 0 WHEN 'update' THEN 1 WHEN 'delete' THEN 2 ELSE 3 END,"
            f" CASE WHEN c.op = 'insert' AND c.data = {held} THEN NULL ELSE c.data END, c.bases, c.resolves"
            " FROM change_log AS c JOIN change_names AS t ON t.name = c.table_name"
            " JOIN change_names AS d ON d.name = c.device_id JOIN change_names AS u ON u.name = c.user_id"
            " WHERE c.seq > ? AND c.seq <= ? ORDER BY c.seq",
            (start, start + _STEP),
        )
        conn.execute("DELETE FROM change_log WHERE seq > ? AND seq <= ?", (start, start + _STEP))
    counter = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'change_log'").fetchone()
    conn.execute("DELETE FROM sqlite_sequence WHERE name = 'change_rows'")
    conn.execute(
        "INSERT INTO sqlite_sequence (name, seq) VALUES ('change_rows', ?)",
        (max(last, int(counter[0]) if counter else 0),),
    )
    conn.execute("DROP TABLE change_log")  # with its indexes and the 0100 trigger (recreated on change_rows)
    conn.execute("CREATE INDEX change_rows_by_row ON change_rows (tab, row_id)")
    conn.execute("CREATE INDEX change_rows_author ON change_rows (device, seq)")


def _value(column: str, decl: str) -> str:
    if "BLOB" in decl:
        return f"CASE WHEN t.{column} IS NULL THEN NULL ELSE 'hex:' || hex(t.{column}) END"
    return f"t.{column}"
