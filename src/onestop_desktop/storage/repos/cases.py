"""Cases: the record, its crime types and team, and case numbers unique across devices."""

from __future__ import annotations

from datetime import date
from typing import Any

from ...domain.case_status import CaseStatus, ClosingReason
from ...domain.casework import Case
from ...domain.ids import new_id
from ...domain.taxonomy import RISK_ORDER, CrimeType, IntakeChannel, PoliceReport, RiskLevel
from ..db import Connection
from ..store import WriteTx

_COLUMNS = (
    "id, case_number, client_id, intake_date, intake_channel, referring_agency, incident_date, incident_summary,"
    " police_report, police_station, police_case_number, offender_relationship, risk_level, risk_assessed_on,"
    " risk_assessed_by, status, closed_on, closing_reason, lead_counselor_id, updated_at"
)
EDITABLE = frozenset(
    {
        "intake_date",
        "intake_channel",
        "referring_agency",
        "incident_date",
        "incident_summary",
        "police_report",
        "police_station",
        "police_case_number",
        "offender_relationship",
        "lead_counselor_id",
    }
)


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def next_case_number(tx: WriteTx, device_code: str, year: int) -> str:
    """`D1-2026-00042`: the device code makes it unique across devices without asking a server."""
    row = tx.conn.execute("SELECT last_sequence FROM case_number_counters WHERE year = ?", (year,)).fetchone()
    sequence = (row[0] if row else 0) + 1
    tx.conn.execute(
        "INSERT INTO case_number_counters (year, last_sequence) VALUES (?, ?)"
        " ON CONFLICT (year) DO UPDATE SET last_sequence = excluded.last_sequence",
        (year, sequence),
    )
    return f"{device_code}-{year}-{sequence:05d}"


def crime_types(conn: Connection, case_id: str) -> frozenset[CrimeType]:
    rows = conn.execute(
        "SELECT crime_type FROM case_crime_types WHERE case_id = ? AND deleted_at IS NULL", (case_id,)
    ).fetchall()
    return frozenset(CrimeType(r[0]) for r in rows)


def team(conn: Connection, case_id: str) -> frozenset[str]:
    rows = conn.execute("SELECT user_id FROM case_team WHERE case_id = ? AND deleted_at IS NULL", (case_id,)).fetchall()
    return frozenset(str(r[0]) for r in rows)


def get(conn: Connection, case_id: str) -> Case | None:
    row: Any = conn.execute(f"SELECT {_COLUMNS} FROM cases WHERE id = ? AND deleted_at IS NULL", (case_id,)).fetchone()
    if row is None:
        return None
    return Case(
        id=row[0],
        case_number=row[1],
        client_id=row[2],
        intake_date=date.fromisoformat(row[3]),
        intake_channel=IntakeChannel(row[4]),
        referring_agency=row[5],
        incident_date=_date(row[6]),
        incident_summary=row[7],
        police_report=PoliceReport(row[8]),
        police_station=row[9],
        police_case_number=row[10],
        offender_relationship=row[11],
        risk_level=RiskLevel(row[12]) if row[12] else None,
        risk_assessed_on=_date(row[13]),
        risk_assessed_by=row[14],
        status=CaseStatus(row[15]),
        closed_on=_date(row[16]),
        closing_reason=ClosingReason(row[17]) if row[17] else None,
        lead_counselor_id=row[18],
        crime_types=crime_types(conn, case_id),
        team_ids=team(conn, case_id),
        updated_at=row[19],
    )


def id_by_number(conn: Connection, case_number: str) -> str | None:
    """The case with this visible number (e.g. D1-2026-00001), through the unique index."""
    row = conn.execute(
        "SELECT id FROM cases WHERE case_number = ? AND deleted_at IS NULL", (case_number.strip(),)
    ).fetchone()
    return str(row[0]) if row else None


def client_id_of(conn: Connection, case_id: str) -> str | None:
    row = conn.execute("SELECT client_id FROM cases WHERE id = ? AND deleted_at IS NULL", (case_id,)).fetchone()
    return str(row[0]) if row else None


def is_assigned(conn: Connection, case_id: str, user_id: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM cases c WHERE c.id = ? AND c.deleted_at IS NULL AND (c.lead_counselor_id = ? OR EXISTS"
        " (SELECT 1 FROM case_team t WHERE t.case_id = c.id AND t.user_id = ? AND t.deleted_at IS NULL))",
        (case_id, user_id, user_id),
    ).fetchone()
    return row is not None


def insert(tx: WriteTx, values: dict[str, object]) -> str:
    case_id = str(values.get("id") or new_id())
    tx.insert("cases", {**values, "id": case_id, "last_activity_at": tx.now})
    return case_id


def update(tx: WriteTx, case_id: str, values: dict[str, object]) -> int:
    unknown = set(values) - EDITABLE
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    return tx.update("cases", case_id, {**values, "last_activity_at": tx.now})


def touch(tx: WriteTx, case_id: str) -> None:
    """Something in the case changed: it moves up the "recent activity" sort."""
    tx.update("cases", case_id, {"last_activity_at": tx.now})


def set_status(
    tx: WriteTx,
    case_id: str,
    status: CaseStatus,
    closed_on: date | None,
    reason: ClosingReason | None,
    note: str | None = None,
) -> None:
    tx.update(
        "cases",
        case_id,
        {
            "status": str(status),
            "closed_on": closed_on.isoformat() if closed_on else None,
            "closing_reason": str(reason) if reason else None,
            "closing_note": note or None,
            "last_activity_at": tx.now,
        },
    )


def set_risk(tx: WriteTx, case_id: str, level: RiskLevel, assessed_on: date, assessed_by: str) -> None:
    tx.update(
        "cases",
        case_id,
        {
            "risk_level": str(level),
            "risk_rank": RISK_ORDER[level],
            "risk_assessed_on": assessed_on.isoformat(),
            "risk_assessed_by": assessed_by,
            "last_activity_at": tx.now,
        },
    )


def _set_members(tx: WriteTx, table: str, column: str, case_id: str, wanted: set[str]) -> None:
    """Rows keyed `<case id>:<value>` so two devices adding the same member create the same row."""
    rows = tx.conn.execute(f"SELECT id, {column}, deleted_at FROM {table} WHERE case_id = ?", (case_id,)).fetchall()
    existing = {r[1]: (r[0], r[2]) for r in rows}
    for value in wanted:
        if value not in existing:
            tx.insert(table, {"id": f"{case_id}:{value}", "case_id": case_id, column: value})
        elif existing[value][1] is not None:  # re-added after removal
            tx.conn.execute(
                f"UPDATE {table} SET deleted_at = NULL, updated_at = ?, updated_by = ? WHERE id = ?",
                (tx.now, tx.actor.user_id, existing[value][0]),
            )
    for value, (row_id, deleted_at) in existing.items():
        if value not in wanted and deleted_at is None:
            tx.tombstone(table, row_id)


def set_crime_types(tx: WriteTx, case_id: str, types: set[CrimeType]) -> None:
    _set_members(tx, "case_crime_types", "crime_type", case_id, {str(t) for t in types})


def set_team(tx: WriteTx, case_id: str, user_ids: set[str]) -> None:
    _set_members(tx, "case_team", "user_id", case_id, user_ids)
