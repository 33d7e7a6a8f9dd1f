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

from .db import Connection

TRIGGER_PREFIX = "cc_"
_GUARD = "SELECT RAISE(ABORT, 'onestop: write outside a change-logged transaction')"
_KINDS = ("guard_insert", "guard_update", "guard_delete", "log_insert", "log_update", "log_delete")


def captured_tables(conn: Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT name FROM captured_tables ORDER BY name")]


def _columns(conn: Connection, table: str) -> list[tuple[str, str]]:
    return [(row[1], (row[2] or "").upper()) for row in conn.execute(f"PRAGMA table_info({table})")]


def _value(ref: str, column: str, decl: str) -> str:
    # JSON cannot hold BLOBs: carry them as hex text with a marker the reader understands.
    if "BLOB" in decl:
        return f"CASE WHEN {ref}.{column} IS NULL THEN NULL ELSE 'hex:' || hex({ref}.{column}) END"
    return f"{ref}.{column}"


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


def install_capture(conn: Connection) -> None:
    """(Re)create the triggers for every captured table from its current columns."""
    drop_capture(conn)
    sync_aware = any(row[1] == "applying" for row in conn.execute("PRAGMA table_info(write_context)"))
    for table in captured_tables(conn):
        columns = _columns(conn, table)
        if not any(name == "id" for name, _ in columns) or not any(name == "deleted_at" for name, _ in columns):
            raise RuntimeError(f"captured table {table} needs 'id' and 'deleted_at' columns")
        for statement in _trigger_sql(table, columns, sync_aware):
            conn.execute(statement)
        # Tombstone collection looks for deleted rows at every sync: a small index finds them without a scan.
        conn.execute(f"CREATE INDEX IF NOT EXISTS {table}_tombstones ON {table} (id) WHERE deleted_at IS NOT NULL")


def missing_capture(conn: Connection) -> list[str]:
    """Captured tables lacking any of their triggers, and tables that look replicated but are not captured."""
    problems = []
    triggers = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    captured = captured_tables(conn)
    for table in captured:
        if any(f"{TRIGGER_PREFIX}{table}_{kind}" not in triggers for kind in _KINDS):
            problems.append(table)
    has_sync = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_held'").fetchone()
    if has_sync and "sync_capture" not in triggers:
        problems.append("change_log (the trigger that keeps the versions sync merges from)")
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        columns = {name for name, _ in _columns(conn, table)}
        if {"origin_device", "updated_by"} <= columns and table not in captured:
            problems.append(table)
    return problems
