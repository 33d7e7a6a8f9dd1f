"""Retention and destruction (파기): the schedule administrators set, the 파기 대상 list, ordering and confirming a
destruction, the 파기 기록, and the backups that still hold destroyed data.

A destruction removes the case here at once (sync/destruction.py) and travels as a signed `destructions` row, so
every other device removes it at its next sync. When the center requires it (a setting) and has two active
administrators, the order waits for a second administrator's confirmation. The audit entries and the record name
the case number only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..domain.audit import AuditAction
from ..domain.errors import ErrorCode, OneStopError
from ..domain.retention import (
    METHOD,
    RECORD_KIND_CASE,
    DestructionRecord,
    DestructionStatus,
    DueCase,
    Schedule,
    destruction_id,
    due_on,
    legal_holds,
)
from ..domain.roles import Permission
from ..domain.settings import (
    DESTRUCTION_SECOND_ADMIN,
    RETENTION_ACCESS_CHANGES_YEARS,
    RETENTION_ACCESS_LOG_YEARS,
    RETENTION_CASE_YEARS,
)
from ..storage import repos
from ..storage.audit_log import AuditRecord
from ..storage.db import Connection
from ..storage.repos.retention import CaseForDestruction
from ..storage.store import WriteTx
from ..sync import destruction
from ._auth import requires
from .session import Session
from .settings import CenterSettings


@dataclass(frozen=True)
class Outcome:
    case_number: str
    done: bool  # False: waiting for a second administrator


@dataclass(frozen=True)
class BackupBefore:
    """A backup made before the last destruction: it still holds the destroyed data."""

    at: str  # UTC, ISO
    detail: str  # the file's name and size as the backup's audit entry recorded them


class Retention:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- the schedule -------------------------------------------------------------------------------------------
    def schedule(self) -> Schedule:
        settings = CenterSettings(self.session)
        return Schedule(
            int(str(settings.get(RETENTION_CASE_YEARS))),
            int(str(settings.get(RETENTION_ACCESS_LOG_YEARS))),
            int(str(settings.get(RETENTION_ACCESS_CHANGES_YEARS))),
        )

    def second_admin_required(self) -> bool:
        """A second administrator confirms, when the setting asks for one and the center has two."""
        if not bool(CenterSettings(self.session).get(DESTRUCTION_SECOND_ADMIN)):
            return False
        with self.session.store.read() as conn:
            return repos.retention.active_admins(conn) >= 2

    # -- the 파기 대상 list -------------------------------------------------------------------------------------
    @requires(Permission.DESTROY_RECORDS)
    def due(self, on: date | None = None) -> list[DueCase]:
        """Closed cases whose retention has ended by `on` (today by default), the earliest due first."""
        day = on or date.today()
        years = self.schedule().case_years
        with self.session.store.read() as conn:
            found = [
                DueCase(case_id, number, closed, due_on(closed, years))
                for case_id, number, closed in repos.retention.closed_cases(conn)
            ]
        return sorted((c for c in found if c.due_on <= day), key=lambda c: (c.due_on, c.case_number))

    @requires(Permission.DESTROY_RECORDS)
    def due_count(self, on: date | None = None) -> int:
        """How many cases are due: 내 할 일 reminds administrators while any is (every month until they are
        destroyed)."""
        return len(self.due(on))

    # -- destruction --------------------------------------------------------------------------------------------
    @requires(Permission.DESTROY_RECORDS)
    def destroy(
        self, case_numbers: Sequence[str], reason: str, *, early: bool = False, today: date | None = None
    ) -> list[Outcome]:
        """Order the destruction of cases (all or none): each must be due, or `early` (the client asked, 제36조)
        with no other law keeping it. Carried out at once unless a second administrator must confirm."""
        day = today or date.today()
        self._at_workstation()
        reason = " ".join(reason.split())
        if not reason:
            raise OneStopError(ErrorCode.INVALID_VALUE, field="reason", reason="")
        years = self.schedule().case_years
        with self.session.store.read() as conn:
            cases = [self._destroyable(conn, n.strip(), years, early, day) for n in dict.fromkeys(case_numbers)]
        wait = self.second_admin_required()
        outcomes: list[Outcome] = []
        with self.session.store.write(self.session.actor, allow_purge=True) as tx:
            for case in cases:
                due = due_on(case.closed_on, years) if case.closed_on else None
                repos.retention.order(
                    tx,
                    {
                        "id": destruction_id(case.id),
                        "destroyed_case": case.id,
                        "case_number": case.case_number,
                        "record_kind": RECORD_KIND_CASE,
                        "closed_on": case.closed_on.isoformat() if case.closed_on else None,
                        "due_on": due.isoformat() if due else None,
                        "early": int(due is None or day < due),
                        "reason": reason,
                        "method": METHOD,
                        "requested_by": self.session.user.id,
                        "requested_at": tx.now,
                        "status": DestructionStatus.PENDING.value,
                    },
                )
                if not wait:
                    self._carry_out(tx, case, day, confirmed_by=None)
                else:
                    tx.audit(self._audit(destruction_id(case.id), f"destruction of case {case.case_number} ordered"))
                outcomes.append(Outcome(case.case_number, not wait))
            if not wait:
                destruction.finish(tx.conn)
        if not wait:
            self._truncate_wal()
        return outcomes

    @requires(Permission.DESTROY_RECORDS)
    def confirm(self, case_numbers: Sequence[str], today: date | None = None) -> list[Outcome]:
        """A second administrator confirms pending orders: the cases are destroyed now."""
        day = today or date.today()
        self._at_workstation()
        with self.session.store.read() as conn:
            cases = [self._pending(conn, n.strip()) for n in dict.fromkeys(case_numbers)]
        with self.session.store.write(self.session.actor, allow_purge=True) as tx:
            for case in cases:
                self._carry_out(tx, case, day, confirmed_by=self.session.user.id)
            destruction.finish(tx.conn)
        self._truncate_wal()
        return [Outcome(c.case_number, True) for c in cases]

    @requires(Permission.DESTROY_RECORDS)
    def pending(self) -> list[DestructionRecord]:
        with self.session.store.read() as conn:
            return [r for r in repos.retention.records(conn) if r.status is DestructionStatus.PENDING]

    @requires(Permission.DESTROY_RECORDS)
    def log(self) -> list[DestructionRecord]:
        """The 파기 기록, latest first."""
        with self.session.store.read() as conn:
            records = [r for r in repos.retention.records(conn) if r.status is DestructionStatus.DONE]
        self.session.record(AuditAction.VIEW, "destruction_log", "", f"{len(records)} record(s)")
        return records

    @requires(Permission.BACKUP)
    def backups_before_last_destruction(self) -> list[BackupBefore]:
        """Backups made before the latest destruction: they still hold what it removed (keep them locked away,
        or destroy them too)."""
        with self.session.store.read() as conn:
            last = repos.retention.last_destroyed_at(conn)
            made = repos.retention.backups_made(conn)
        if last is None:
            return []
        return [BackupBefore(at, detail) for at, detail in made if at < last]

    # -- the steps ----------------------------------------------------------------------------------------------
    def _at_workstation(self) -> None:
        """Other devices refuse a field kit's writes to shared tables, so an order made on one would destroy the
        case on that kit alone."""
        with self.session.store.read() as conn:
            scope = repos.retention.device_scope(conn, self.session.store.device.device_id)
        if scope == "field":
            raise OneStopError(ErrorCode.DESTRUCTION_AT_WORKSTATION)

    def _destroyable(self, conn: Connection, number: str, years: int, early: bool, day: date) -> CaseForDestruction:
        case = repos.retention.case_by_number(conn, number)
        if case is None:
            known = repos.retention.record_for_case(conn, number)
            if known is not None and known[0].status is DestructionStatus.DONE:
                done = known[0].destroyed_on.isoformat() if known[0].destroyed_on else ""
                raise OneStopError(ErrorCode.ALREADY_DESTROYED, number=number, day=done)
            raise OneStopError(ErrorCode.CASE_NUMBER_UNKNOWN, number=number)
        existing = repos.retention.record_for_case(conn, number)
        if existing is not None and existing[0].status is DestructionStatus.PENDING:
            raise OneStopError(ErrorCode.SECOND_ADMIN_NEEDED, number=number)  # ordered already: another confirms
        due = due_on(case.closed_on, years) if case.status == "closed" and case.closed_on else None
        if due is not None and due <= day:
            return case  # the law requires it now: nothing holds it back
        if not early:
            raise OneStopError(ErrorCode.NOT_DUE_FOR_DESTRUCTION, number=number, due=due.isoformat() if due else "-")
        holds = legal_holds(day, case.relief_decision_on, repos.safety.measures(conn, case.id))
        if holds:
            raise OneStopError(ErrorCode.LEGAL_HOLD, number=number, law=holds[0].law, what=holds[0].what)
        return case

    def _pending(self, conn: Connection, number: str) -> CaseForDestruction:
        found = repos.retention.record_for_case(conn, number)
        case = repos.retention.case_by_number(conn, number)
        if found is None or found[0].status is not DestructionStatus.PENDING or case is None:
            raise OneStopError(ErrorCode.DESTRUCTION_NOT_PENDING, number=number)
        if found[0].requested_by == self.session.user.username:
            raise OneStopError(ErrorCode.SECOND_ADMIN_NEEDED, number=number)
        return case

    def _carry_out(self, tx: WriteTx, case: CaseForDestruction, day: date, *, confirmed_by: str | None) -> None:
        client_goes = not repos.retention.client_has_other_cases(tx.conn, case.client_id, case.id)
        record_id = destruction_id(case.id)
        repos.retention.confirm(tx, record_id, confirmed_by, day, case.client_id if client_goes else None)
        destruction.destroy_case(tx.conn, case.id, case.client_id if client_goes else None)
        detail = f"case {case.case_number} destroyed" + (" with its client" if client_goes else "")
        tx.audit(self._audit(record_id, detail))

    def _audit(self, record_id: str, detail: str) -> AuditRecord:
        user = self.session.user
        return AuditRecord(user.id, user.username, AuditAction.DELETE, "destruction", record_id, detail)

    def _truncate_wal(self) -> None:
        with self.session.store.read() as conn:
            destruction.truncate(conn)
