"""The change log's lean form (migration 0230): `change_rows` stores it, the `change_log` view reads it as before.

What a change row no longer repeats:
- an insert's values while its row still holds them (`data` NULL): the row is the content. Every UPDATE or DELETE
  of the row first writes the insert's values back into its change row (the `cc_<table>_keep_*` triggers, which
  run for sync's own writes too), so the insert reads the same before and after;
- names: the table, the author device and user are small integers into `change_names`, the hlc one integer
  (wall ms x 1,000,000 + counter; its device is the author's, as every hlc names its device); the op a number.

`change_log` is a view with the old columns, regenerated with the capture triggers after every migration (it
names every captured column), so readers — the history screen, sync, check — see every change's values
unchanged. Writers use `change_rows` (the capture triggers, `sync_store.changes`).
A migration that changes a captured table's columns: the inserts still lean are written out first with the columns
they were made with (`change_columns` records them), so a new column never appears in an old insert.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any, Final

from .db import Connection

OPS: Final = ("insert", "update", "delete", "purge")
OP_CODE: Final = {name: code for code, name in enumerate(OPS)}
CLOCK_SQL: Final = "CAST(substr({0}, 1, 13) || substr({0}, 15, 6) AS INTEGER)"  # hlc text -> clock integer


def is_lean(conn: Connection) -> bool:
    """Whether this database keeps the lean form (schema 0230 on)."""
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'change_rows'").fetchone()
    return found is not None


def meta_view(conn: Connection) -> str:
    """What to read changes from where a lean insert's values may come back NULL (see `with_values`)."""
    return "change_meta" if is_lean(conn) else "change_log"


def last_seq(conn: Connection) -> int:
    table = "change_rows" if is_lean(conn) else "change_log"
    return int(conn.execute(f"SELECT coalesce(max(seq), 0) FROM {table}").fetchone()[0])


def clock_of(hlc: str) -> int:
    """The clock integer of a canonical hlc text (13-digit wall ms, 6-digit counter, device)."""
    digits = hlc[:13] + hlc[14:20]
    if len(hlc) < 22 or hlc[13] != "-" or hlc[20] != "-" or not (digits.isascii() and digits.isdigit()):
        raise ValueError("not a clock value")
    return int(digits)


def name_ids(conn: Connection, names: Iterable[str], *, add: bool = True) -> dict[str, int]:
    """The integer of each name (table, device or user id); new names are added unless `add` is False."""
    wanted = sorted(set(names))
    if add:
        conn.executemany("INSERT OR IGNORE INTO change_names (name) VALUES (?)", [(n,) for n in wanted])
    out: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        marks = ", ".join("?" * len(part))
        found = conn.execute(f"SELECT id, name FROM change_names WHERE name IN ({marks})", part)
        out.update((str(n), int(i)) for i, n in found)
    return out


def value_sql(ref: str, column: str, decl: str) -> str:
    # JSON cannot hold BLOBs: carry them as hex text with a marker the reader understands.
    if "BLOB" in decl:
        return f"CASE WHEN {ref}.{column} IS NULL THEN NULL ELSE 'hex:' || hex({ref}.{column}) END"
    return f"{ref}.{column}"


def row_json_sql(ref: str, columns: Sequence[tuple[str, str]]) -> str:
    """The whole row as the change log holds an insert (the text every device's trigger makes)."""
    return "json_object(" + ", ".join(f"'{c}', {value_sql(ref, c, d)}" for c, d in columns) + ")"


def lean_columns(conn: Connection, table: str) -> list[tuple[str, str]] | None:
    """The columns the table's lean inserts were made with (None: not recorded yet)."""
    row = conn.execute("SELECT columns FROM change_columns WHERE table_name = ?", (table,)).fetchone()
    return None if row is None else [(str(c), str(d)) for c, d in json.loads(row[0])]


def write_out_lean(conn: Connection, table: str, columns: Sequence[tuple[str, str]]) -> None:
    """Give every lean insert of `table` its values again (before its columns change)."""
    tab = name_ids(conn, [table])[table]
    conn.execute(
        f"UPDATE change_rows SET data = (SELECT {row_json_sql('t', columns)} FROM {table} AS t"
        " WHERE t.id = change_rows.row_id) WHERE tab = ? AND data IS NULL",
        (tab,),
    )


def make_lean(conn: Connection, table: str, row_ids: Sequence[str]) -> None:
    """Drop the values of these rows' inserts where the row holds exactly them (rows inserted by sync)."""
    columns = lean_columns(conn, table)
    if not columns or not row_ids:
        return
    tab = name_ids(conn, [table])[table]
    conn.executemany(
        "UPDATE change_rows SET data = NULL WHERE tab = ?1 AND row_id = ?2 AND op = 0 AND data IS NOT NULL"
        f" AND data = (SELECT {row_json_sql('t', columns)} FROM {table} AS t WHERE t.id = ?2)",
        [(tab, r) for r in row_ids],
    )


def install_view(conn: Connection, tables: dict[str, list[tuple[str, str]]]) -> None:
    """Record each table's columns (writing out lean inserts made with others) and (re)create `change_log`."""
    ids = name_ids(conn, tables)
    for table, columns in tables.items():
        before = lean_columns(conn, table)
        if before is not None and before != columns:
            current = {c for c, _ in columns}
            write_out_lean(conn, table, [(c, d) for c, d in before if c in current])
        conn.execute(
            "INSERT OR REPLACE INTO change_columns (table_name, columns) VALUES (?, ?)",
            (table, json.dumps(columns)),
        )
    lean_values = " ".join(
        f"WHEN {ids[t]} THEN (SELECT {row_json_sql('t', cols)} FROM {t} AS t WHERE t.id = r.row_id)"
        for t, cols in sorted(tables.items())
    )
    data = f"coalesce(r.data, CASE r.tab {lean_values} END)" if lean_values else "r.data"
    ops = " ".join(f"WHEN {code} THEN '{name}'" for code, name in enumerate(OPS))
    select = (
        " SELECT r.seq, printf('%013d-%06d-%s', r.clock / 1000000, r.clock % 1000000, d.name), d.name, u.name,"
        " t.name, r.row_id, CASE r.op {ops} END, {data}, r.bases, r.resolves"
        " FROM change_rows AS r JOIN change_names AS t ON t.id = r.tab JOIN change_names AS d ON d.id = r.device"
        " JOIN change_names AS u ON u.id = r.account"
    )
    drop_view(conn)
    names = "(seq, hlc, device_id, user_id, table_name, row_id, op, data, bases, resolves)"
    conn.execute(f"CREATE VIEW change_log {names} AS" + select.format(ops=ops, data=data))
    # The same without the values of lean inserts (NULL): a statement naming `change_log` carries a subquery per
    # table and costs ~1 ms to prepare and ~0.2 ms to run; hot paths read this one and `with_values` fills in.
    conn.execute(f"CREATE VIEW change_meta {names} AS" + select.format(ops=ops, data="r.data"))


def held_texts(
    conn: Connection, table: str, row_ids: Sequence[str], columns: Sequence[tuple[str, str]]
) -> dict[str, str]:
    """Each row's values as a lean insert of it reads (`row_json_sql`), by id; rows not there are left out."""
    values: dict[str, str] = {}
    ids = sorted(set(row_ids))
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        marks = ", ".join("?" * len(part))
        # both columns come out as text (json_object() gives text): the pairs go into the dict as they come
        select = f"SELECT CAST(t.id AS TEXT), {row_json_sql('t', columns)} FROM {table} AS t WHERE t.id IN ({marks})"
        values.update(conn.execute(select, part))
    return values


def with_values(conn: Connection, rows: list[list[Any]], table_at: int, row_at: int, data_at: int) -> None:
    """Fill in, in place, the values of lean inserts (data None) read from `change_meta`: the rows hold them."""
    lean_rows: dict[str, list[list[Any]]] = {}
    for row in rows:
        if row[data_at] is None:
            lean_rows.setdefault(str(row[table_at]), []).append(row)
    for table, found in lean_rows.items():
        values = held_texts(conn, table, [str(r[row_at]) for r in found], lean_columns(conn, table) or [])
        for r in found:
            r[data_at] = values.get(str(r[row_at]), "{}")


def drop_view(conn: Connection) -> None:
    if is_lean(conn):  # before 0230 `change_log` is the table itself
        conn.execute("DROP VIEW IF EXISTS change_log")
        conn.execute("DROP VIEW IF EXISTS change_meta")


# This device's own writes: the held version of each column becomes the change's base, then the new version (the
# rule of migration 0100's trigger, on the lean rows). It never reads the view (SQLite would build it whole): a
# change held before this one has its values (a lean insert gets them back before its row is next written), and
# this one's columns, when it is a lean insert, are the table's.
_NAME: Final = "(SELECT name FROM change_names WHERE id = {0})"
_HLC: Final = (
    "printf('%013d-%06d-%s', {0}.clock / 1000000, {0}.clock % 1000000, (SELECT name FROM change_names"
    " WHERE id = {0}.device))"
)
_KEYS: Final = (
    "coalesce(NEW.data, (SELECT json_group_object(json_extract(c.value, '$[0]'), 1)"
    " FROM change_columns AS cc, json_each(cc.columns) AS c WHERE cc.table_name = (SELECT name FROM change_names"
    " WHERE id = NEW.tab)))"
)
SYNC_CAPTURE: Final = f"""
CREATE TRIGGER sync_capture AFTER INSERT ON change_rows
WHEN NEW.op IN (0, 1, 2) AND NOT EXISTS (SELECT 1 FROM write_context WHERE applying = 1)
BEGIN
    INSERT INTO sync_held (table_name, row_id, versions)
    SELECT {_NAME.format("NEW.tab")}, NEW.row_id, json_group_object(k, v) FROM (
        SELECT DISTINCT j.key AS k, {_HLC.format("c")} AS v FROM change_rows AS c, json_each(c.data) AS j
        WHERE c.tab = NEW.tab AND c.row_id = NEW.row_id AND c.op IN (0, 1, 2)
          AND NOT (c.clock = NEW.clock AND c.device = NEW.device)
    )
    WHERE NOT EXISTS (SELECT 1 FROM sync_held WHERE table_name = {_NAME.format("NEW.tab")} AND row_id = NEW.row_id)
    HAVING count(*) > 0;
    -- a row created again under the id of a row collected here is written over the versions it had
    INSERT INTO sync_held (table_name, row_id, versions)
    SELECT s.table_name, s.row_id, s.versions FROM sync_collected AS s
    WHERE s.table_name = {_NAME.format("NEW.tab")} AND s.row_id = NEW.row_id AND s.versions != ''
      AND NOT EXISTS (SELECT 1 FROM sync_held AS h WHERE h.table_name = s.table_name AND h.row_id = NEW.row_id)
      AND NOT EXISTS (SELECT 1 FROM change_rows AS c
                      WHERE c.tab = NEW.tab AND c.row_id = NEW.row_id AND c.op IN (0, 1, 2)
                        AND NOT (c.clock = NEW.clock AND c.device = NEW.device));
    -- (a second write of a column in the same transaction keeps the first one's base: same hlc)
    UPDATE change_rows SET bases = coalesce((
        SELECT json_group_object(j.key, json_extract(h.versions, '$.' || j.key))
        FROM json_each({_KEYS}) AS j, sync_held AS h
        WHERE h.table_name = {_NAME.format("NEW.tab")} AND h.row_id = NEW.row_id
          AND json_extract(h.versions, '$.' || j.key) NOT IN ('', {_HLC.format("NEW")})
        HAVING count(*) > 0
    ), '')
    WHERE seq = NEW.seq
      AND EXISTS (SELECT 1 FROM sync_held WHERE table_name = {_NAME.format("NEW.tab")} AND row_id = NEW.row_id);
    UPDATE sync_held SET versions = json_patch(versions, (
        SELECT json_group_object(j.key, {_HLC.format("NEW")}) FROM json_each({_KEYS}) AS j
    ))
    WHERE table_name = {_NAME.format("NEW.tab")} AND row_id = NEW.row_id;
END
"""
