"""The 파기 대상 list and the 파기 기록 (`destructions`, migration 0210): closed cases by the day they were closed,
and destruction records, which name no person."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import NamedTuple

from ...domain.retention import DestructionRecord, DestructionStatus
from ..db import Connection
from ..store import WriteTx


class CaseForDestruction(NamedTuple):
    id: str
    client_id: str
    case_number: str
    status: str
    closed_on: date | None
    relief_decision_on: date | None


def _day(text: object) -> date | None:
    return date.fromisoformat(str(text)[:10]) if text else None


def closed_cases(conn: Connection) -> Iterator[tuple[str, str, date]]:
    """(id, case number, closed on) of every closed case, earliest closed first."""
    for case_id, number, closed in conn.execute(
        "SELECT id, case_number, closed_on FROM cases INDEXED BY cases_closed_on"
        " WHERE status = 'closed' AND deleted_at IS NULL AND closed_on IS NOT NULL ORDER BY closed_on, case_number"
    ):
        day = _day(closed)
        if day is not None:
            yield str(case_id), str(number), day


def case_by_number(conn: Connection, case_number: str) -> CaseForDestruction | None:
    row = conn.execute(
        "SELECT id, client_id, case_number, status, closed_on, relief_decision_on FROM cases"
        " WHERE case_number = ? AND deleted_at IS NULL",
        (case_number,),
    ).fetchone()
    if row is None:
        return None
    return CaseForDestruction(str(row[0]), str(row[1]), str(row[2]), str(row[3]), _day(row[4]), _day(row[5]))


def client_has_other_cases(conn: Connection, client_id: str, case_id: str) -> bool:
    return (
        conn.execute("SELECT 1 FROM cases WHERE client_id = ? AND id != ? LIMIT 1", (client_id, case_id)).fetchone()
        is not None
    )


def device_scope(conn: Connection, device_id: str) -> str:
    """'all' (a workstation) or 'field' (a field kit)."""
    row = conn.execute("SELECT scope FROM devices WHERE id = ?", (device_id,)).fetchone()
    return "all" if row is None else str(row[0])


def active_admins(conn: Connection) -> int:
    return int(
        conn.execute(
            "SELECT count(*) FROM users WHERE role = 'admin' AND active = 1 AND deleted_at IS NULL"
        ).fetchone()[0]
    )


_RECORD_SQL = (
    "SELECT d.id, d.case_number, d.record_kind, d.closed_on, d.due_on, d.destroyed_on, d.early, d.reason, d.method,"
    " coalesce(r.username, d.requested_by), coalesce(c.username, d.confirmed_by, ''), d.status, d.destroyed_case"
    " FROM destructions d LEFT JOIN users r ON r.id = d.requested_by LEFT JOIN users c ON c.id = d.confirmed_by"
    " WHERE d.deleted_at IS NULL"
)


def _record(row: tuple[object, ...]) -> DestructionRecord:
    return DestructionRecord(
        id=str(row[0]),
        case_number=str(row[1]),
        record_kind=str(row[2]),
        closed_on=_day(row[3]),
        due_on=_day(row[4]),
        destroyed_on=_day(row[5]),
        early=bool(row[6]),
        reason=str(row[7]),
        method=str(row[8]),
        requested_by=str(row[9]),
        confirmed_by=str(row[10] or ""),
        status=DestructionStatus(str(row[11])),
    )


def records(conn: Connection) -> list[DestructionRecord]:
    """Every destruction record, the latest first (pending ones included)."""
    return [
        _record(r)
        for r in conn.execute(f"{_RECORD_SQL} ORDER BY coalesce(d.destroyed_on, d.requested_at) DESC, d.case_number")
    ]


def record_for_case(conn: Connection, case_number: str) -> tuple[DestructionRecord, str] | None:
    """The destruction record of a case number and the case's id (a case number is never reused)."""
    row = conn.execute(f"{_RECORD_SQL} AND d.case_number = ? ORDER BY d.requested_at DESC", (case_number,)).fetchone()
    return None if row is None else (_record(row), str(row[12]))


def order(tx: WriteTx, values: dict[str, object]) -> None:
    """A new destruction order (pending or done)."""
    tx.insert("destructions", values)


def confirm(
    tx: WriteTx, destruction_id: str, confirmed_by: str | None, destroyed_on: date, client_id: str | None
) -> None:
    """The order carried out: `confirmed_by` is the second administrator (None when none was needed)."""
    tx.update(
        "destructions",
        destruction_id,
        {
            "status": DestructionStatus.DONE.value,
            "confirmed_by": confirmed_by,
            "destroyed_on": destroyed_on.isoformat(),
            "destroyed_client": client_id,
        },
    )


def last_destroyed_at(conn: Connection) -> str | None:
    """When the latest destruction was carried out (its row's last change, UTC), for the backup screen."""
    row = conn.execute(
        "SELECT max(updated_at) FROM destructions WHERE status = 'done' AND deleted_at IS NULL"
    ).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def backups_made(conn: Connection) -> list[tuple[str, str]]:
    """(when, file name and size) of every backup this device's trail records, newest first."""
    return [
        (str(at), str(detail))
        for at, detail in conn.execute(
            "SELECT at, detail FROM audit_log INDEXED BY audit_log_action WHERE action = 'backup' ORDER BY seq DESC"
        )
    ]
