"""열람·정정·삭제·처리정지 requests of a case (`subject_requests`, migration 0220)."""

from __future__ import annotations

from datetime import date
from typing import Any

from ...domain.ids import new_id
from ...domain.subject_requests import RequestKind, RequestOutcome, SubjectRequest
from ..db import Connection
from ..store import WriteTx

_SELECT = (
    "SELECT r.id, r.case_id, c.case_number, r.kind, r.received_on, r.due_on, r.detail, r.outcome, r.answer,"
    " r.answered_on, coalesce(u.display_name, r.received_by), r.updated_at FROM subject_requests r"
    " JOIN cases c ON c.id = r.case_id LEFT JOIN users u ON u.id = r.received_by"
)


def _request(r: Any) -> SubjectRequest:
    return SubjectRequest(
        id=r[0],
        case_id=r[1],
        case_number=r[2],
        kind=RequestKind(r[3]),
        received_on=date.fromisoformat(r[4]),
        due_on=date.fromisoformat(r[5]),
        detail=r[6],
        outcome=RequestOutcome(r[7]) if r[7] else None,
        answer=r[8],
        answered_on=date.fromisoformat(r[9]) if r[9] else None,
        received_by=r[10],
        updated_at=r[11],
    )


def for_case(conn: Connection, case_id: str) -> list[SubjectRequest]:
    rows = conn.execute(
        f"{_SELECT} WHERE r.case_id = ? AND r.deleted_at IS NULL ORDER BY r.received_on DESC, r.created_at DESC",
        (case_id,),
    ).fetchall()
    return [_request(r) for r in rows]


def get(conn: Connection, request_id: str) -> SubjectRequest | None:
    row = conn.execute(f"{_SELECT} WHERE r.id = ? AND r.deleted_at IS NULL", (request_id,)).fetchone()
    return _request(row) if row else None


def open_requests(conn: Connection, scope_sql: str, scope_params: tuple[Any, ...] | list[Any]) -> list[SubjectRequest]:
    """Every unanswered request of the cases `scope_sql` (a condition on `c`, the case) lets through, soonest due
    first."""
    rows = conn.execute(
        f"{_SELECT} WHERE r.answered_on IS NULL AND r.deleted_at IS NULL AND c.deleted_at IS NULL AND ({scope_sql})"
        " ORDER BY r.due_on, r.received_on",
        tuple(scope_params),
    ).fetchall()
    return [_request(r) for r in rows]


def insert(tx: WriteTx, values: dict[str, object]) -> str:
    request_id = new_id()
    tx.insert("subject_requests", {"id": request_id, **values})
    return request_id


def update(tx: WriteTx, request_id: str, values: dict[str, object]) -> int:
    return tx.update("subject_requests", request_id, values)
