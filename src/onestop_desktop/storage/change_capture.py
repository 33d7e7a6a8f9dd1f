"""Change capture: triggers that log every write to replicated tables, and refuse unlogged ones.

For each table named in `captured_tables` this installs triggers that
- abort any INSERT, UPDATE or DELETE made outside a write context (so no code path, not
  even a raw SQL statement, can change case data without an actor and a change-log row);
- append to `change_log` in the same transaction: the full row on insert, only the changed
  columns on update (per-field merging needs that), and a tombstone marker on delete. While sync
  applies other devices' changes (write_context.applying) it logs those changes itself, as written.
Rows are deleted by setting `deleted_at` (a tombstone); a real DELETE is a purge and needs
a write context that allows it.
"""

from __future__ import annotations

from . import change_rows as lean
from .db import Connection

TRIGGER_PREFIX = "cc_"
_GUARD = "SELECT RAISE(ABORT, 'onestop: write outside a change-logged transaction')"
_KINDS = ("guard_insert", "guard_update", "guard_delete", "log_insert", "log_update", "log_delete")
_LEAN_KINDS = (*_KINDS, "keep_update", "keep_delete")


def captured_tables(conn: Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT name FROM captured_tables ORDER BY name")]


def _columns(conn: Connection, table: str) -> list[tuple[str, str]]:
    return [(row[1], (row[2] or "").upper()) for row in conn.execute(f"PRAGMA table_info({table})")]


_value = lean.value_sql


def _trigger_sql(table: str, columns: list[tuple[str, str]], sync_aware: bool) -> list[str]:
    p = f"{TRIGGER_PREFIX}{table}"
    # Applying other devices' changes: sync inserts those changes into the log itself, exactly as their authors
    # wrote them; the merge's own writes to the table are not changes of their own.
    own = " AND NOT EXISTS (SELECT 1 FROM write_context WHERE applying = 1)" if sync_aware else ""
    full_row = "json_object(" + ", ".join(f"'{c}', {_value('NEW', c, d)}" for c, d in columns) + ")"
    changed = " UNION ALL ".join(
        f"SELECT '{c}' AS k, {_value('NEW', c, d)} AS v WHERE OLD.{c} IS NOT NEW.{c}" for c, d in columns
    )
    any_changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c, _ in columns)
    log = (
        "INSERT INTO change_log (hlc, device_id, user_id, table_name, row_id, op, data) SELECT hlc, device_id, user_id"
    )
    return [
        f"CREATE TRIGGER {p}_guard_insert BEFORE INSERT ON {table} "
        f"WHEN NOT EXISTS (SELECT 1 FROM write_context) BEGIN {_GUARD}; END",
        f"CREATE TRIGGER {p}_guard_update BEFORE UPDATE ON {table} "
        f"WHEN NOT EXISTS (SELECT 1 FROM write_context) BEGIN {_GUARD}; END",
        f"CREATE TRIGGER {p}_guard_delete BEFORE DELETE ON {table} "
        f"WHEN NOT EXISTS (SELECT 1 FROM write_context WHERE allow_purge = 1) "
        f"BEGIN SELECT RAISE(ABORT, 'onestop: rows are tombstoned, not deleted'); END",
        f"CREATE TRIGGER {p}_log_insert AFTER INSERT ON {table} WHEN 1{own} BEGIN "
        f"{log}, '{table}', NEW.id, 'insert', {full_row} FROM write_context; END",
        # A row brought back from its tombstone is logged whole, as a re-insert: a device that has already
        # collected the tombstone (see sync tombstone collection) can build the row from this change alone.
        f"CREATE TRIGGER {p}_log_update AFTER UPDATE ON {table} WHEN ({any_changed}){own} BEGIN "
        f"{log}, '{table}', NEW.id, "
        f"CASE WHEN NEW.deleted_at IS NOT NULL AND OLD.deleted_at IS NULL THEN 'delete' "
        f"WHEN NEW.deleted_at IS NULL AND OLD.deleted_at IS NOT NULL THEN 'insert' ELSE 'update' END, "
        f"CASE WHEN NEW.deleted_at IS NULL AND OLD.deleted_at IS NOT NULL THEN {full_row} "
        f"ELSE (SELECT json_group_object(k, v) FROM ({changed})) END FROM write_context; END",
        f"CREATE TRIGGER {p}_log_delete AFTER DELETE ON {table} BEGIN "
        f"{log}, '{table}', OLD.id, 'purge', '{{}}' FROM write_context; END",
    ]


def _lean_trigger_sql(table: str, tab: int, columns: list[tuple[str, str]]) -> list[str]:
    """The lean form's triggers (see change_rows.py): the same guards and rule, into `change_rows`; an insert keeps
    no values while the row holds them, and every update or purge of the row writes them back first."""
    p = f"{TRIGGER_PREFIX}{table}"
    own = " AND NOT EXISTS (SELECT 1 FROM write_context WHERE applying = 1)"
    full_row = lean.row_json_sql("NEW", columns)
    changed = " UNION ALL ".join(
        f"SELECT '{c}' AS k, {_value('NEW', c, d)} AS v WHERE OLD.{c} IS NOT NEW.{c}" for c, d in columns
    )
    any_changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c, _ in columns)
    log = (
        "INSERT INTO change_rows (tab, row_id, clock, device, account, op, data)"
        f" SELECT {tab}, {{row}}, {lean.CLOCK_SQL.format('w.hlc')},"
        " (SELECT id FROM change_names WHERE name = w.device_id), (SELECT id FROM change_names WHERE name = w.user_id)"
    )
    keep = (
        f"UPDATE change_rows SET data = {lean.row_json_sql('OLD', columns)}"
        f" WHERE tab = {tab} AND row_id = OLD.id AND data IS NULL"
    )
    return [
        *_trigger_sql(table, columns, True)[:3],
        f"CREATE TRIGGER {p}_keep_update BEFORE UPDATE ON {table} BEGIN {keep}; END",
        f"CREATE TRIGGER {p}_keep_delete BEFORE DELETE ON {table} BEGIN {keep}; END",
        f"CREATE TRIGGER {p}_log_insert AFTER INSERT ON {table} WHEN 1{own} BEGIN "
        f"{log.format(row='NEW.id')}, 0, NULL FROM write_context AS w; END",
        f"CREATE TRIGGER {p}_log_update AFTER UPDATE ON {table} WHEN ({any_changed}){own} BEGIN "
        f"{log.format(row='NEW.id')}, "
        "CASE WHEN NEW.deleted_at IS NOT NULL AND OLD.deleted_at IS NULL THEN 2 "
        "WHEN NEW.deleted_at IS NULL AND OLD.deleted_at IS NOT NULL THEN 0 ELSE 1 END, "
        f"CASE WHEN NEW.deleted_at IS NULL AND OLD.deleted_at IS NOT NULL THEN {full_row} "
        f"ELSE (SELECT json_group_object(k, v) FROM ({changed})) END FROM write_context AS w; END",
        f"CREATE TRIGGER {p}_log_delete AFTER DELETE ON {table} BEGIN "
        f"{log.format(row='OLD.id')}, 3, '{{}}' FROM write_context AS w; END",
    ]


def drop_capture(conn: Connection) -> None:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ? ESCAPE '\\'",
            (TRIGGER_PREFIX.replace("_", "\\_") + "%",),
        )
    ]
    for name in names:
        conn.execute(f"DROP TRIGGER {name}")
    # the lean form's view names every captured column: a migration may change them
    lean.drop_view(conn)


def install_capture(conn: Connection) -> None:
    """(Re)create the triggers for every captured table from its current columns."""
    drop_capture(conn)
    sync_aware = any(row[1] == "applying" for row in conn.execute("PRAGMA table_info(write_context)"))
    is_lean = lean.is_lean(conn)
    tables = {table: _columns(conn, table) for table in captured_tables(conn)}
    if is_lean:
        lean.install_view(conn, tables)
        conn.execute("DROP TRIGGER IF EXISTS sync_capture")
        conn.execute(lean.SYNC_CAPTURE)
        # the author device and user of every change are numbers: named once per transaction
        conn.execute(
            f"CREATE TRIGGER {TRIGGER_PREFIX}write_context_names AFTER INSERT ON write_context BEGIN"
            " INSERT OR IGNORE INTO change_names (name) VALUES (NEW.device_id), (NEW.user_id); END"
        )
    tab_ids = lean.name_ids(conn, tables) if is_lean else {}
    for table, columns in tables.items():
        if not any(name == "id" for name, _ in columns) or not any(name == "deleted_at" for name, _ in columns):
            raise RuntimeError(f"captured table {table} needs 'id' and 'deleted_at' columns")
        statements = (
            _lean_trigger_sql(table, tab_ids[table], columns) if is_lean else _trigger_sql(table, columns, sync_aware)
        )
        for statement in statements:
            conn.execute(statement)
        # Tombstone collection looks for deleted rows at every sync: a small index finds them without a scan.
        conn.execute(f"CREATE INDEX IF NOT EXISTS {table}_tombstones ON {table} (id) WHERE deleted_at IS NOT NULL")


def missing_capture(conn: Connection) -> list[str]:
    """Captured tables lacking any of their triggers, and tables that look replicated but are not captured."""
    problems = []
    triggers = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    captured = captured_tables(conn)
    kinds = _LEAN_KINDS if lean.is_lean(conn) else _KINDS
    for table in captured:
        if any(f"{TRIGGER_PREFIX}{table}_{kind}" not in triggers for kind in kinds):
            problems.append(table)
    has_sync = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_held'").fetchone()
    if lean.is_lean(conn) and "change_log" not in {
        str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")
    }:
        problems.append("change_log (the view the history is read through)")
    if has_sync and "sync_capture" not in triggers:
        problems.append("change_log (the trigger that keeps the versions sync merges from)")
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        columns = {name for name, _ in _columns(conn, table)}
        if {"origin_device", "updated_by"} <= columns and table not in captured:
            problems.append(table)
    return problems
