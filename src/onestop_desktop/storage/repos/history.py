"""A case's history, read from the change log: who changed which fields of what, and when.

The log holds every change as its author wrote it, this device's and (through sync) the others'."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from ...domain.casework import HistoryEntry
from ..db import Connection
from ..hlc import Timestamp

# Child tables and how their rows point at the case.
_CASE_CHILDREN = (
    "case_crime_types",
    "case_team",
    "needs",
    "plan_goals",
    "case_sessions",
    "case_services",
    "followups",
    "referrals",
    "program_enrolments",
    "feedback_requests",  # that the client was surveyed, never what they answered
)


def case_history(conn: Connection, case_id: str, client_id: str, limit: int = 500) -> list[HistoryEntry]:
    parts = ["SELECT seq FROM change_log WHERE table_name = 'cases' AND row_id = :case"]
    parts += [
        f"SELECT seq FROM change_log WHERE table_name = '{t}' AND row_id IN (SELECT id FROM {t} WHERE case_id = :case)"
        for t in _CASE_CHILDREN
    ]
    parts.append("SELECT seq FROM change_log WHERE table_name = 'clients' AND row_id = :client")
    parts.append(
        "SELECT seq FROM change_log WHERE table_name IN ('client_phones', 'client_rrns', 'consents')"
        " AND row_id IN (SELECT id FROM client_phones WHERE client_id = :client"
        " UNION ALL SELECT id FROM client_rrns WHERE client_id = :client"
        " UNION ALL SELECT id FROM consents WHERE client_id = :client)"
    )
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
        fields = tuple(
            sorted(
                k
                for k in json.loads(data)
                if k not in {"updated_at", "updated_by", "created_at", "origin_device", "id"}
            )
        )
        out.append(HistoryEntry(at, username, table, row_id, op, fields))
    return out
