"""What every edit of a case shares: the access check, one transaction that also moves the case up the "recent
activity" order and writes the audit entry, the stale-copy check, and refusing a form with all its problems."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date

from ..domain.audit import AuditAction
from ..domain.casework import FieldProblem
from ..domain.errors import ErrorCode, OneStopError
from ..storage import repos
from ..storage.store import WriteTx
from .case_access import record, require_case
from .session import Session


def refuse(problems: list[FieldProblem]) -> None:
    if problems:
        raise OneStopError(ErrorCode.INVALID_INPUT, count=len(problems), problems=problems)


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


class CaseEditing:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _check(self, case_id: str) -> None:
        with self.session.store.read() as conn:
            require_case(self.session, conn, case_id)

    @contextlib.contextmanager
    def _editing(self, case_id: str, action: AuditAction, detail: str) -> Iterator[WriteTx]:
        """One edit of a case: check access, write in one transaction, then move the case up the
        "recent activity" order and record the edit in the audit trail, in that same transaction."""
        self._check(case_id)
        with self.session.store.write(self.session.actor) as tx:
            yield tx
            repos.cases.touch(tx, case_id)
            record(tx, self.session, action, case_id, detail)

    def _expect(self, tx: WriteTx, table: str, row_id: str, expected: str | None) -> None:
        if expected is None:
            return
        current = tx.version(table, row_id)
        if current is None:
            raise OneStopError(ErrorCode.NOT_FOUND)
        if current != expected:
            raise OneStopError(ErrorCode.EDIT_CONFLICT)
