"""The records kept in a case file: needs and plan goals, counseling sessions, services provided, follow-ups.

Like every case edit: permission (decorator), access to the case, the whole form validated at once, one
transaction with the audit entry.
"""

from __future__ import annotations

from datetime import date

from ..domain.audit import AuditAction
from ..domain.casework import CounselingSessionForm, FollowupForm, GoalForm, ServiceForm
from ..domain.errors import ErrorCode, OneStopError
from ..domain.roles import Permission
from ..domain.taxonomy import NeedLevel, ServiceDomain
from ..domain.validation import BAD_DATETIME, BAD_DURATION, Validator, parse_local_datetime
from ..storage import repos
from ..storage.db import Connection
from ._auth import requires
from .case_access import record
from .case_editing import CaseEditing, iso, refuse


class CaseRecords(CaseEditing):
    @staticmethod
    def _own_record(conn: Connection, table: str, row_id: str, case_id: str) -> None:
        """Access was checked on `case_id`: the record edited must be that case's, or a case the user may see
        would open the door to one they may not (the whole transaction, audit entry included, is undone)."""
        if not repos.case_items.belongs_to_case(conn, table, row_id, case_id):
            raise OneStopError(ErrorCode.NOT_FOUND)

    # -- needs and plan -----------------------------------------------------------------------------
    @requires(Permission.CASE_EDIT)
    def set_need(self, case_id: str, domain: ServiceDomain, level: NeedLevel, note: str = "") -> None:
        v = Validator(date.today())
        v.text("note", note, max_length=1000)
        refuse(v.problems)
        with self._editing(case_id, AuditAction.UPDATE, f"need: {domain}") as tx:
            repos.case_items.set_need(tx, case_id, domain, level, note.strip())

    def _goal_values(self, form: GoalForm) -> dict[str, object]:
        v = Validator(date.today())
        goal = v.text("goal", form.goal, required=True, max_length=500)
        target = v.any_date("target_date", form.target_date)
        refuse(v.problems)
        return {
            "domain": str(form.domain) if form.domain else None,
            "goal": goal,
            "target_date": iso(target),
            "status": str(form.status),
        }

    @requires(Permission.CASE_EDIT)
    def add_goal(self, case_id: str, form: GoalForm) -> str:
        values = self._goal_values(form)
        with self._editing(case_id, AuditAction.UPDATE, "plan goal added") as tx:
            goal_id = repos.case_items.add_goal(tx, case_id, form.domain, str(values["goal"]), None)
            repos.case_items.update_goal(tx, goal_id, values)
        return goal_id

    @requires(Permission.CASE_EDIT)
    def update_goal(self, case_id: str, goal_id: str, form: GoalForm) -> None:
        values = self._goal_values(form)
        with self._editing(case_id, AuditAction.UPDATE, "plan goal changed") as tx:
            self._own_record(tx.conn, "plan_goals", goal_id, case_id)
            repos.case_items.update_goal(tx, goal_id, values)

    # -- counseling sessions ---------------------------------------------------------------------------
    def _counseling_session_values(self, form: CounselingSessionForm) -> dict[str, object]:
        v = Validator(date.today())
        started = parse_local_datetime(form.started_at)
        if started is None:
            v.fail("started_at", BAD_DATETIME)
        elif date.fromisoformat(started[:10]) > date.today():
            v.fail("started_at", "This date cannot be in the future.")
        duration = form.duration_minutes.strip() or "0"
        if not duration.isdigit() or not 0 <= int(duration) <= 1440:
            v.fail("duration_minutes", BAD_DURATION)
        place = v.text("place", form.place, max_length=100)
        note = v.text("note", form.note, max_length=20000)
        next_steps = v.text("next_steps", form.next_steps, max_length=2000)
        refuse(v.problems)
        return {
            "started_at": started,
            "mode": str(form.mode),
            "place": place or "",
            "duration_minutes": int(duration),
            "counselor_id": form.counselor_id or self.session.user.id,
            "note": note or "",
            "next_steps": next_steps or "",
        }

    @requires(Permission.NOTES_WRITE)
    def add_counseling_session(self, case_id: str, form: CounselingSessionForm) -> str:
        values = self._counseling_session_values(form)
        with self._editing(case_id, AuditAction.CREATE, "counseling session") as tx:
            counseling_session_id = repos.case_items.add_counseling_session(tx, case_id, values)
        return counseling_session_id

    @requires(Permission.NOTES_WRITE)
    def update_counseling_session(
        self, counseling_session_id: str, form: CounselingSessionForm, expected_updated_at: str | None = None
    ) -> None:
        values = self._counseling_session_values(form)
        with self.session.store.read() as conn:
            case_id = repos.case_items.case_of_counseling_session(conn, counseling_session_id)
        if case_id is None:
            raise OneStopError(ErrorCode.NOT_FOUND)
        with self._editing(case_id, AuditAction.UPDATE, "counseling session") as tx:
            self._expect(tx, "case_sessions", counseling_session_id, expected_updated_at)
            repos.case_items.update_counseling_session(tx, counseling_session_id, values)

    # -- services provided ------------------------------------------------------------------------------
    def _service_values(self, form: ServiceForm) -> dict[str, object]:
        v = Validator(date.today())
        service = v.text("service", form.service, required=True, max_length=200)
        provider = v.text("provider_name", form.provider_name, max_length=100)
        provided = v.past_date("provided_on", form.provided_on)
        amount = v.amount("amount_krw", form.amount_krw)
        refuse(v.problems)
        return {
            "domain": str(form.domain),
            "service": service,
            "provider_kind": form.provider_kind,
            "provider_name": provider or "",
            "provided_on": iso(provided),
            "amount_krw": amount,
            "status": str(form.status),
        }

    @requires(Permission.CASE_EDIT)
    def add_service(self, case_id: str, form: ServiceForm) -> str:
        values = self._service_values(form)
        with self._editing(case_id, AuditAction.CREATE, "service") as tx:
            service_id = repos.case_items.add_service(tx, case_id, values)
        return service_id

    @requires(Permission.CASE_EDIT)
    def update_service(self, case_id: str, service_id: str, form: ServiceForm) -> None:
        values = self._service_values(form)
        with self._editing(case_id, AuditAction.UPDATE, "service") as tx:
            self._own_record(tx.conn, "case_services", service_id, case_id)
            repos.case_items.update_service(tx, service_id, values)

    # -- follow-ups -----------------------------------------------------------------------------------------
    @requires(Permission.FOLLOWUPS_EDIT)
    def add_followup(self, case_id: str, form: FollowupForm) -> str:
        v = Validator(date.today())
        title = v.text("title", form.title, required=True, max_length=200)
        due = v.any_date("due_date", form.due_date, required=True)
        refuse(v.problems)
        self._check(case_id)
        assert title is not None and due is not None
        with self.session.store.write(self.session.actor) as tx:
            followup_id = repos.case_items.add_followup(
                tx, case_id, title, due, form.assignee_id or self.session.user.id
            )
            repos.cases.touch(tx, case_id)
            record(tx, self.session, AuditAction.CREATE, case_id, "follow-up")
        return followup_id

    @requires(Permission.FOLLOWUPS_EDIT)
    def complete_followup(self, followup_id: str, done: bool = True) -> None:
        with self.session.store.read() as conn:
            case_id = repos.case_items.case_of_followup(conn, followup_id)
        if case_id is None:
            raise OneStopError(ErrorCode.NOT_FOUND)
        with self._editing(case_id, AuditAction.UPDATE, "follow-up done" if done else "follow-up reopened") as tx:
            repos.case_items.update_followup(tx, followup_id, {"done_on": date.today().isoformat() if done else None})
