"""Everything `onestop-admin check` verifies, as a list of problems (empty means healthy)."""

from __future__ import annotations

from .audit_head import missing_triggers
from .audit_log import verify as verify_audit
from .change_capture import missing_capture
from .db import Connection, DatabaseError


def problems(conn: Connection) -> list[str]:
    found: list[str] = []
    try:
        for (message,) in conn.execute("PRAGMA cipher_integrity_check").fetchall():
            found.append(f"cipher: {message}")
        result = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            # SQLite may put several findings in one row, separated by newlines: one problem per line.
            found.extend(f"sqlite: {line}" for row in result for line in str(row).splitlines() if line.strip())
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall():
            found.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
        found.extend(f"audit: {p.reason}" for p in verify_audit(conn))
        found.extend(f"audit: the append-only trigger {name} is missing" for name in missing_triggers(conn))
        found.extend(f"change capture: table {t} is not fully captured" for t in missing_capture(conn))
        if conn.execute("SELECT count(*) FROM write_context").fetchone()[0]:
            found.append("change capture: a write context was left behind")
    except DatabaseError as exc:
        found.append(f"database: {type(exc).__name__} while checking")
    return found
