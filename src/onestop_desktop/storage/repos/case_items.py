"""What a case accumulates: needs, plan goals, counseling sessions, services, follow-ups."""

from __future__ import annotations

from datetime import date
from typing import Any

from ...domain.casework import CounselingSession, Followup, Goal, Need, ServiceRecord
from ...domain.ids import new_id
from ...domain.taxonomy import CounselingMode, GoalStatus, NeedLevel, ServiceDomain, ServiceStatus
from ..db import Connection
from ..store import WriteTx


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


# -- needs (one row per case and domain) ----------------------------------------------------------
def needs(conn: Connection, case_id: str) -> tuple[Need, ...]:
    rows = conn.execute(
        "SELECT domain, level, note FROM needs WHERE case_id = ? AND deleted_at IS NULL ORDER BY domain", (case_id,)
    ).fetchall()
    return tuple(Need(ServiceDomain(r[0]), NeedLevel(r[1]), r[2]) for r in rows)


def set_need(tx: WriteTx, case_id: str, domain: ServiceDomain, level: NeedLevel, note: str) -> None:
    row_id = f"{case_id}:{domain}"
    if tx.update("needs", row_id, {"level": str(level), "note": note}) == 0:
        tx.insert("needs", {"id": row_id, "case_id": case_id, "domain": str(domain), "level": str(level), "note": note})


# -- plan goals ----------------------------------------------------------------------------------------
def goals(conn: Connection, case_id: str) -> tuple[Goal, ...]:
    rows = conn.execute(
        "SELECT id, domain, goal, target_date, status FROM plan_goals WHERE case_id = ? AND deleted_at IS NULL"
        " ORDER BY created_at",
        (case_id,),
    ).fetchall()
    return tuple(Goal(r[0], ServiceDomain(r[1]) if r[1] else None, r[2], _date(r[3]), GoalStatus(r[4])) for r in rows)


def add_goal(tx: WriteTx, case_id: str, domain: ServiceDomain | None, goal: str, target: date | None) -> str:
    goal_id = new_id()
    tx.insert(
        "plan_goals",
        {
            "id": goal_id,
            "case_id": case_id,
            "domain": str(domain) if domain else None,
            "goal": goal,
            "target_date": target.isoformat() if target else None,
        },
    )
    return goal_id


def belongs_to_case(conn: Connection, table: str, row_id: str, case_id: str) -> bool:
    """The record is a live row of this case (a form names both; the case is what access was checked on)."""
    if table not in _CASE_RECORD_TABLES:
        raise ValueError(table)
    row = conn.execute(
        f"SELECT 1 FROM {table} WHERE id = ? AND case_id = ? AND deleted_at IS NULL", (row_id, case_id)
    ).fetchone()
    return row is not None


_CASE_RECORD_TABLES = frozenset({"plan_goals", "case_services"})


def update_goal(tx: WriteTx, goal_id: str, values: dict[str, object]) -> int:
    return tx.update("plan_goals", goal_id, values)


# -- counseling sessions -----------------------------------------------------------------------------
_COUNSELING_SESSION = (
    "SELECT s.id, s.started_at, s.mode, s.place, s.duration_minutes, s.counselor_id, coalesce(u.display_name, ''),"
    " {note}, {next_steps}, s.updated_at FROM case_sessions s LEFT JOIN users u ON u.id = s.counselor_id"
)


def counseling_sessions(conn: Connection, case_id: str, *, with_notes: bool) -> tuple[CounselingSession, ...]:
    sql = (
        _COUNSELING_SESSION.format(
            note="s.note" if with_notes else "''", next_steps="s.next_steps" if with_notes else "''"
        )
        + " WHERE s.case_id = ? AND s.deleted_at IS NULL ORDER BY s.started_at DESC"
    )
    return tuple(
        CounselingSession(r[0], r[1], CounselingMode(r[2]), r[3], r[4], r[5], r[6], r[7], r[8], r[9])
        for r in conn.execute(sql, (case_id,))
    )


def case_of_counseling_session(conn: Connection, counseling_session_id: str) -> str | None:
    row = conn.execute(
        "SELECT case_id FROM case_sessions WHERE id = ? AND deleted_at IS NULL", (counseling_session_id,)
    ).fetchone()
    return str(row[0]) if row else None


def add_counseling_session(tx: WriteTx, case_id: str, values: dict[str, object]) -> str:
    counseling_session_id = new_id()
    tx.insert("case_sessions", {**values, "id": counseling_session_id, "case_id": case_id})
    return counseling_session_id


def update_counseling_session(tx: WriteTx, counseling_session_id: str, values: dict[str, object]) -> int:
    return tx.update("case_sessions", counseling_session_id, values)


# -- services provided ---------------------------------------------------------------------------------
def services(conn: Connection, case_id: str) -> tuple[ServiceRecord, ...]:
    rows = conn.execute(
        "SELECT id, domain, service, provider_kind, provider_name, provided_on, amount_krw, status FROM case_services"
        " WHERE case_id = ? AND deleted_at IS NULL ORDER BY coalesce(provided_on, created_at) DESC",
        (case_id,),
    ).fetchall()
    return tuple(
        ServiceRecord(r[0], ServiceDomain(r[1]), r[2], r[3], r[4], _date(r[5]), r[6], ServiceStatus(r[7])) for r in rows
    )


def add_service(tx: WriteTx, case_id: str, values: dict[str, object]) -> str:
    service_id = new_id()
    tx.insert("case_services", {**values, "id": service_id, "case_id": case_id})
    return service_id


def update_service(tx: WriteTx, service_id: str, values: dict[str, object]) -> int:
    return tx.update("case_services", service_id, values)


# -- follow-ups --------------------------------------------------------------------------------------------
_FOLLOWUP = (
    "SELECT f.id, f.case_id, c.case_number, coalesce(cl.alias, cl.name), f.title, f.due_date, f.assignee_id,"
    " coalesce(u.display_name, ''), f.done_on FROM followups f JOIN cases c ON c.id = f.case_id"
    " JOIN clients cl ON cl.id = c.client_id LEFT JOIN users u ON u.id = f.assignee_id"
)


def _followup(r: Any) -> Followup:
    return Followup(r[0], r[1], r[2], r[3], r[4], date.fromisoformat(r[5]), r[6], r[7], _date(r[8]))


def followups(conn: Connection, case_id: str) -> tuple[Followup, ...]:
    rows = conn.execute(
        _FOLLOWUP + " WHERE f.case_id = ? AND f.deleted_at IS NULL ORDER BY f.done_on IS NOT NULL, f.due_date",
        (case_id,),
    ).fetchall()
    return tuple(_followup(r) for r in rows)


def due_followups(
    conn: Connection, assignee_id: str, until: date, visible_case_sql: str, params: tuple[object, ...]
) -> tuple[Followup, ...]:
    """Open follow-ups of one person due on or before `until` (overdue ones included), oldest first."""
    rows = conn.execute(
        _FOLLOWUP + " WHERE f.assignee_id = ? AND f.done_on IS NULL AND f.deleted_at IS NULL AND f.due_date <= ?"
        f" AND c.deleted_at IS NULL AND {visible_case_sql} ORDER BY f.due_date LIMIT 500",
        (assignee_id, until.isoformat(), *params),
    ).fetchall()
    return tuple(_followup(r) for r in rows)


def case_of_followup(conn: Connection, followup_id: str) -> str | None:
    row = conn.execute("SELECT case_id FROM followups WHERE id = ? AND deleted_at IS NULL", (followup_id,)).fetchone()
    return str(row[0]) if row else None


def add_followup(tx: WriteTx, case_id: str, title: str, due: date, assignee_id: str | None) -> str:
    followup_id = new_id()
    tx.insert(
        "followups",
        {
            "id": followup_id,
            "case_id": case_id,
            "title": title,
            "due_date": due.isoformat(),
            "assignee_id": assignee_id,
        },
    )
    return followup_id


def update_followup(tx: WriteTx, followup_id: str, values: dict[str, object]) -> int:
    return tx.update("followups", followup_id, values)
