"""Removing a record entered by mistake (a session, service, plan goal, follow-up or consent on the wrong case).

Permission (the kind's own edit permission), access to the case, the rule of `domain.corrections.may_remove`
(the author within a day, an administrator later), then one transaction: the tombstone with its reason and the
audit entry. The row stays (tombstoned) so the case history and sync carry the removal; tombstone collection
removes its content later like any deleted row's.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from ..domain.audit import AuditAction
from ..domain.casework import FieldProblem
from ..domain.corrections import (
    MAX_NOTE,
    NEED_NOTE,
    TOO_LATE,
    RemovableKind,
    RemovalReason,
    may_remove,
)
from ..domain.errors import ErrorCode, OneStopError
from ..domain.roles import Permission, Role
from ..domain.validation import Validator
from ..storage import repos
from ..storage.db import Connection
from ..storage.repos import corrections as rows
from .case_access import record, require_case
from .case_editing import refuse
from .session import Session

# Removing needs what adding needs.
PERMISSIONS: dict[RemovableKind, Permission] = {
    RemovableKind.SESSION: Permission.NOTES_WRITE,
    RemovableKind.SERVICE: Permission.CASE_EDIT,
    RemovableKind.GOAL: Permission.CASE_EDIT,
    RemovableKind.FOLLOWUP: Permission.FOLLOWUPS_EDIT,
    RemovableKind.CONSENT: Permission.CONSENT_RECORD,
}


def _entered_at(text: str) -> datetime:
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class Corrections:
    def __init__(self, session: Session) -> None:
        self.session = session

    def may_remove(self, case_id: str, kind: RemovableKind, row_id: str, now: datetime | None = None) -> bool:
        """Whether this user may remove the record now (the UI greys the action out otherwise)."""
        if not self.session.can(PERMISSIONS[kind]):
            return False
        with self.session.store.read() as conn:
            if not self._belongs(conn, case_id, kind, row_id):
                return False
            author, created = rows.entered(conn, kind, row_id)
        return self._allowed(author, created, now)

    def _allowed(self, author: str | None, created: str, now: datetime | None) -> bool:
        return may_remove(author_id=author, created_at=_entered_at(created), now=now or datetime.now(UTC),
                          user_id=self.session.user.id, is_admin=self.session.role is Role.ADMIN)  # fmt: skip

    @staticmethod
    def _belongs(conn: Connection, case_id: str, kind: RemovableKind, row_id: str) -> bool:
        owner = rows.owner_of(conn, kind, row_id)
        if owner is None:
            return False
        if owner[0] == "client":
            return repos.cases.client_id_of(conn, case_id) == owner[1]
        return owner[1] == case_id

    def remove(
        self, case_id: str, kind: RemovableKind, row_id: str, reason: RemovalReason, note: str = "",
        now: datetime | None = None,
    ) -> None:  # fmt: skip
        """Tombstone the record with its reason, audited as "<kind> removed: <reason>" (the note stays in the
        encrypted record only: it may name people)."""
        self.session.require(PERMISSIONS[kind])
        v = Validator(date.today())
        cleaned = v.text("note", note, max_length=MAX_NOTE) or ""
        if reason is RemovalReason.OTHER and not cleaned:
            v.fail("note", NEED_NOTE)
        refuse(v.problems)
        with self.session.store.read() as conn:
            require_case(self.session, conn, case_id)
            if not self._belongs(conn, case_id, kind, row_id):
                raise OneStopError(ErrorCode.NOT_FOUND)
            author, created = rows.entered(conn, kind, row_id)
        if not self._allowed(author, created, now):
            refuse([FieldProblem("reason", TOO_LATE)])
        with self.session.store.write(self.session.actor) as tx:
            if rows.tombstone(tx, kind, row_id, reason, cleaned) != 1:
                raise OneStopError(ErrorCode.NOT_FOUND)
            repos.cases.touch(tx, case_id)
            record(tx, self.session, AuditAction.DELETE, case_id, f"{kind.name.lower()} removed: {reason}")
