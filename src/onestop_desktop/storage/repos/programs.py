"""Programs, their meetings, enrolments of cases and attendance marks."""

from __future__ import annotations

from datetime import date
from typing import Any

from ...domain.ids import new_id
from ...domain.programs import (
    AttendanceStatus,
    Enrolment,
    EnrolmentStatus,
    FacilitatorKind,
    Program,
    ProgramKind,
    ProgramMeeting,
    ProgramQuery,
    ProgramStatus,
    attendance_id,
    enrolment_id,
)
from ..db import Connection
from ..store import WriteTx

_PROGRAM = (
    "p.id, p.name, p.kind, p.description, p.facilitator_kind, p.facilitator_user_id, p.facilitator_agency_id,"
    " CASE WHEN p.facilitator_kind = 'in_house' THEN coalesce(u.display_name, p.facilitator_name)"
    " ELSE coalesce(a.name, p.facilitator_name) END,"
    " p.place, p.online, p.capacity, p.starts_on, p.ends_on, p.status,"
    " (SELECT count(*) FROM program_sessions s WHERE s.program_id = p.id AND s.deleted_at IS NULL),"
    " (SELECT count(*) FROM program_enrolments e WHERE e.program_id = p.id AND e.deleted_at IS NULL"
    "  AND e.status IN ('enrolled', 'completed')),"
    " p.updated_at"
)
_PROGRAM_FROM = (
    "programs p LEFT JOIN users u ON u.id = p.facilitator_user_id"
    " LEFT JOIN agencies a ON a.id = p.facilitator_agency_id"
)
EDITABLE = frozenset(
    {
        "name",
        "kind",
        "description",
        "facilitator_kind",
        "facilitator_user_id",
        "facilitator_agency_id",
        "facilitator_name",
        "place",
        "online",
        "capacity",
        "starts_on",
        "ends_on",
        "status",
    }
)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _program(r: Any) -> Program:
    return Program(
        id=r[0],
        name=r[1],
        kind=ProgramKind(r[2]),
        description=r[3],
        facilitator_kind=FacilitatorKind(r[4]),
        facilitator_user_id=r[5],
        facilitator_agency_id=r[6],
        facilitator_name=r[7] or "",
        place=r[8],
        online=bool(r[9]),
        capacity=r[10],
        starts_on=date.fromisoformat(r[11]),
        ends_on=_day(r[12]),
        status=ProgramStatus(r[13]),
        meeting_count=int(r[14]),
        enrolled_count=int(r[15]),
        updated_at=r[16],
    )


def _where(query: ProgramQuery) -> tuple[str, list[object]]:
    clauses, params = ["p.deleted_at IS NULL"], list[object]()
    text = query.text.strip()
    if text:
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        clauses.append("(p.name LIKE ? ESCAPE '\\' OR p.place LIKE ? ESCAPE '\\')")
        params += [f"%{escaped}%", f"%{escaped}%"]
    if query.kind is not None:
        clauses.append("p.kind = ?")
        params.append(str(query.kind))
    if query.status is not None:
        clauses.append("p.status = ?")
        params.append(str(query.status))
    return " AND ".join(clauses), params


def page(conn: Connection, query: ProgramQuery, offset: int, limit: int) -> list[Program]:
    """Newest start first (the `programs_starts` index yields that order)."""
    where, params = _where(query)
    rows = conn.execute(
        f"SELECT {_PROGRAM} FROM {_PROGRAM_FROM} WHERE {where} ORDER BY p.starts_on DESC, p.id LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ).fetchall()
    return [_program(r) for r in rows]


def count(conn: Connection, query: ProgramQuery) -> int:
    where, params = _where(query)
    return int(conn.execute(f"SELECT count(*) FROM programs p WHERE {where}", params).fetchone()[0])


def get(conn: Connection, program_id: str) -> Program | None:
    row = conn.execute(
        f"SELECT {_PROGRAM} FROM {_PROGRAM_FROM} WHERE p.id = ? AND p.deleted_at IS NULL", (program_id,)
    ).fetchone()
    return _program(row) if row else None


def insert(tx: WriteTx, values: dict[str, object]) -> str:
    program_id = new_id()
    tx.insert("programs", {**values, "id": program_id})
    return program_id


def update(tx: WriteTx, program_id: str, values: dict[str, object]) -> int:
    unknown = set(values) - EDITABLE
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    return tx.update("programs", program_id, values)


# -- meetings -----------------------------------------------------------------------------------------
def meetings(conn: Connection, program_id: str) -> list[ProgramMeeting]:
    rows = conn.execute(
        "SELECT s.id, s.program_id, s.held_on, s.start_time, s.topic,"
        " (SELECT count(*) FROM program_attendance a WHERE a.session_id = s.id AND a.status = 'present'"
        "  AND a.deleted_at IS NULL)"
        " FROM program_sessions s WHERE s.program_id = ? AND s.deleted_at IS NULL ORDER BY s.held_on, s.start_time",
        (program_id,),
    ).fetchall()
    return [ProgramMeeting(r[0], r[1], date.fromisoformat(r[2]), r[3], r[4], int(r[5])) for r in rows]


def meeting(conn: Connection, meeting_id: str) -> ProgramMeeting | None:
    row = conn.execute(
        "SELECT id, program_id, held_on, start_time, topic FROM program_sessions WHERE id = ? AND deleted_at IS NULL",
        (meeting_id,),
    ).fetchone()
    return ProgramMeeting(row[0], row[1], date.fromisoformat(row[2]), row[3], row[4], 0) if row else None


def insert_meeting(tx: WriteTx, program_id: str, values: dict[str, object]) -> str:
    meeting_id = new_id()
    tx.insert("program_sessions", {**values, "id": meeting_id, "program_id": program_id})
    return meeting_id


def update_meeting(tx: WriteTx, meeting_id: str, values: dict[str, object]) -> int:
    unknown = set(values) - {"held_on", "start_time", "topic"}
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    return tx.update("program_sessions", meeting_id, values)


def remove_meeting(tx: WriteTx, meeting_id: str) -> int:
    return tx.tombstone("program_sessions", meeting_id)


# -- enrolments ----------------------------------------------------------------------------------------
_ENROLMENT = (
    "e.id, e.program_id, p.name, p.kind, p.status, e.case_id, c.case_number, coalesce(cl.alias, cl.name),"
    " e.enrolled_on, e.status, e.completed_on,"
    " (SELECT count(*) FROM program_sessions s WHERE s.program_id = e.program_id AND s.deleted_at IS NULL"
    "  AND s.held_on <= ? AND (s.held_on >= e.enrolled_on OR EXISTS (SELECT 1 FROM program_attendance m"
    "  WHERE m.session_id = s.id AND m.enrolment_id = e.id AND m.deleted_at IS NULL))),"
    " (SELECT count(*) FROM program_attendance a JOIN program_sessions s ON s.id = a.session_id"
    "  WHERE a.enrolment_id = e.id AND a.status = 'present' AND a.deleted_at IS NULL AND s.deleted_at IS NULL),"
    " EXISTS (SELECT 1 FROM feedback_requests r WHERE r.enrolment_id = e.id AND r.deleted_at IS NULL),"
    " e.updated_at"
)
_ENROLMENT_FROM = (
    "program_enrolments e JOIN programs p ON p.id = e.program_id JOIN cases c ON c.id = e.case_id"
    " JOIN clients cl ON cl.id = c.client_id"
)


def _enrolment(r: Any) -> Enrolment:
    return Enrolment(
        id=r[0],
        program_id=r[1],
        program_name=r[2],
        program_kind=ProgramKind(r[3]),
        program_status=ProgramStatus(r[4]),
        case_id=r[5],
        case_number=r[6],
        client_display_name=r[7],
        enrolled_on=date.fromisoformat(r[8]),
        status=EnrolmentStatus(r[9]),
        completed_on=_day(r[10]),
        meetings_held=int(r[11]),
        meetings_present=int(r[12]),
        surveyed=bool(r[13]),
        updated_at=r[14],
    )


def for_case(conn: Connection, case_id: str, today: date) -> list[Enrolment]:
    rows = conn.execute(
        f"SELECT {_ENROLMENT} FROM {_ENROLMENT_FROM} WHERE e.case_id = ? AND e.deleted_at IS NULL"
        " AND p.deleted_at IS NULL ORDER BY e.enrolled_on DESC, p.name",
        (today.isoformat(), case_id),
    ).fetchall()
    return [_enrolment(r) for r in rows]


def roster(
    conn: Connection, program_id: str, today: date, visible_case_sql: str, params: tuple[object, ...]
) -> list[Enrolment]:
    """The program's participants among the cases the reader may see, by name."""
    rows = conn.execute(
        f"SELECT {_ENROLMENT} FROM {_ENROLMENT_FROM} WHERE e.program_id = ? AND e.deleted_at IS NULL"
        f" AND c.deleted_at IS NULL AND {visible_case_sql} ORDER BY coalesce(cl.alias, cl.name), c.case_number",
        (today.isoformat(), program_id, *params),
    ).fetchall()
    return [_enrolment(r) for r in rows]


def enrolment(conn: Connection, enrolment: str, today: date) -> Enrolment | None:
    row = conn.execute(
        f"SELECT {_ENROLMENT} FROM {_ENROLMENT_FROM} WHERE e.id = ? AND e.deleted_at IS NULL",
        (today.isoformat(), enrolment),
    ).fetchone()
    return _enrolment(row) if row else None


def enrolment_status(conn: Connection, program_id: str, case_id: str) -> EnrolmentStatus | None:
    row = conn.execute(
        "SELECT status FROM program_enrolments WHERE id = ? AND deleted_at IS NULL",
        (enrolment_id(program_id, case_id),),
    ).fetchone()
    return EnrolmentStatus(row[0]) if row else None


def enrol(tx: WriteTx, program_id: str, case_id: str, on: date) -> str:
    """Insert the enrolment, or take a dropped one up again (same id on every device)."""
    row_id = enrolment_id(program_id, case_id)
    exists = tx.conn.execute("SELECT 1 FROM program_enrolments WHERE id = ?", (row_id,)).fetchone()
    values: dict[str, object] = {"status": str(EnrolmentStatus.ENROLLED), "completed_on": None}
    if exists:
        tx.conn.execute(  # also brings back a tombstoned row, which update() would not touch
            "UPDATE program_enrolments SET deleted_at = NULL, status = ?, completed_on = NULL, enrolled_on = ?,"
            " updated_at = ?, updated_by = ? WHERE id = ?",
            (str(EnrolmentStatus.ENROLLED), on.isoformat(), tx.now, tx.actor.user_id, row_id),
        )
    else:
        tx.insert(
            "program_enrolments",
            {
                **values,
                "id": row_id,
                "program_id": program_id,
                "case_id": case_id,
                "enrolled_on": on.isoformat(),
                "enrolled_by": tx.actor.user_id,
            },
        )
    return row_id


def set_enrolment_status(tx: WriteTx, enrolment: str, status: EnrolmentStatus, on: date | None) -> int:
    completed = on.isoformat() if status is EnrolmentStatus.COMPLETED and on else None
    return tx.update("program_enrolments", enrolment, {"status": str(status), "completed_on": completed})


# -- attendance ----------------------------------------------------------------------------------------
def attendance(
    conn: Connection, program_id: str, visible_case_sql: str, params: tuple[object, ...]
) -> dict[tuple[str, str], AttendanceStatus]:
    rows = conn.execute(
        "SELECT a.enrolment_id, a.session_id, a.status FROM program_attendance a"
        " JOIN program_enrolments e ON e.id = a.enrolment_id JOIN cases c ON c.id = e.case_id"
        f" WHERE e.program_id = ? AND a.deleted_at IS NULL AND e.deleted_at IS NULL AND {visible_case_sql}",
        (program_id, *params),
    ).fetchall()
    return {(r[0], r[1]): AttendanceStatus(r[2]) for r in rows}


def set_attendance(tx: WriteTx, enrolment: str, meeting_id: str, status: AttendanceStatus | None) -> str:
    """Mark (or, with None, clear) one participant's attendance at one meeting."""
    row_id = attendance_id(enrolment, meeting_id)
    row = tx.conn.execute("SELECT deleted_at FROM program_attendance WHERE id = ?", (row_id,)).fetchone()
    if status is None:
        if row is not None and row[0] is None:
            tx.tombstone("program_attendance", row_id)
        return row_id
    if row is None:
        tx.insert(
            "program_attendance",
            {
                "id": row_id,
                "enrolment_id": enrolment,
                "session_id": meeting_id,
                "status": str(status),
                "recorded_by": tx.actor.user_id,
            },
        )
    else:
        tx.conn.execute(
            "UPDATE program_attendance SET status = ?, recorded_by = ?, deleted_at = NULL, updated_at = ?,"
            " updated_by = ? WHERE id = ?",
            (str(status), tx.actor.user_id, tx.now, tx.actor.user_id, row_id),
        )
    return row_id
