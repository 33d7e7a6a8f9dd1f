"""A case's history, read from the change log: who changed which fields of what, and when.

The log holds every change as its author wrote it, this device's and (through sync) the others'."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from ...domain.casework import HistoryEntry
from ..db import Connection
from ..hlc import Timestamp
from ..tables import Owner, in_case_history


def _changes_of(table: str, parent: str) -> str:
    """The change-log rows of a table's rows whose `<parent>_id` is the `:<parent>` parameter."""
    return (
        f"SELECT seq FROM change_log WHERE table_name = '{table}'"
        f" AND row_id IN (SELECT id FROM {table} WHERE {parent}_id = :{parent})"
    )


def case_history(conn: Connection, case_id: str, client_id: str, limit: int = 500) -> list[HistoryEntry]:
    parts = ["SELECT seq FROM change_log WHERE table_name = 'cases' AND row_id = :case"]
    parts += [_changes_of(t, "case") for t in in_case_history(Owner.CASE)]
    parts.append("SELECT seq FROM change_log WHERE table_name = 'clients' AND row_id = :client")
    parts += [_changes_of(t, "client") for t in in_case_history(Owner.CLIENT)]
    rows = conn.execute(
        "SELECT l.hlc, coalesce(u.username, l.user_id), l.table_name, l.row_id, l.op, l.data FROM change_log l"
        " LEFT JOIN users u ON u.id = l.user_id"
        # by when each change was made (its hlc), not when it reached this device
        f" WHERE l.seq IN ({' UNION ALL '.join(parts)}) ORDER BY l.hlc DESC, l.seq DESC LIMIT :limit",
        {"case": case_id, "client": client_id, "limit": limit},
    ).fetchall()
    out = []
    for hlc, username, table, row_id, op, data in rows:
        wall = Timestamp.parse(hlc).wall_ms / 1000
        at = datetime.fromtimestamp(wall, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        values = json.loads(data)
        fields = tuple(
            sorted(k for k in values if k not in {"updated_at", "updated_by", "created_at", "origin_device", "id"})
        )
        reason = str(values.get("deleted_reason") or "") if op == "delete" else ""
        out.append(HistoryEntry(at, username, table, row_id, op, fields, reason))
    return out
