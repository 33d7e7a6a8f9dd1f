"""Who may see which case, checked once for every case-work use case, and the audit of each view."""

from __future__ import annotations

from ..domain.audit import AuditAction
from ..domain.errors import ErrorCode, OneStopError
from ..domain.roles import PERMISSION_LABELS, ROLE_LABELS, Permission
from ..storage import repos
from ..storage.audit_log import AuditRecord
from ..storage.db import Connection
from ..storage.repos.case_list import Visibility
from ..storage.store import WriteTx
from .session import Session


def visibility(session: Session) -> Visibility:
    return Visibility(session.user.id, session.can(Permission.CASES_ALL))


def require_case(session: Session, conn: Connection, case_id: str) -> None:
    """The case exists and this user may see it (an outreach worker: only cases assigned to them)."""
    if repos.cases.client_id_of(conn, case_id) is None:
        raise OneStopError(ErrorCode.NOT_FOUND)
    if not session.can(Permission.CASES_ALL) and not repos.cases.is_assigned(conn, case_id, session.user.id):
        raise OneStopError(
            ErrorCode.PERMISSION_DENIED, role=ROLE_LABELS[session.role], action=PERMISSION_LABELS[Permission.CASES_ALL]
        )


def case_id_for(session: Session, conn: Connection, case_ref: str) -> str:
    """A case named the way people name it: its visible number (D1-2026-00001) or its internal id. A number
    outside the user's scope is refused exactly like one that does not exist, so its existence is not told."""
    case_id = repos.cases.id_by_number(conn, case_ref) or case_ref.strip()
    if repos.cases.client_id_of(conn, case_id) is None:
        raise OneStopError(ErrorCode.CASE_NUMBER_UNKNOWN, number=case_ref.strip())
    if not session.can(Permission.CASES_ALL) and not repos.cases.is_assigned(conn, case_id, session.user.id):
        raise OneStopError(ErrorCode.CASE_NUMBER_UNKNOWN, number=case_ref.strip())
    return case_id


def record(tx: WriteTx, session: Session, action: AuditAction, case_id: str, detail: str = "") -> None:
    tx.audit(AuditRecord(session.user.id, session.user.username, action, "case", case_id, detail))
