"""Programs and workshops (프로그램·워크숍): the programs themselves and their meetings (PROGRAMS_MANAGE),
enrolment, attendance and completion of cases (PROGRAMS_RECORD, limited like all case work to the
cases the user may see: an outreach worker only records for cases assigned to them).
"""

from __future__ import annotations

import re
from datetime import date

from ..domain.audit import AuditAction
from ..domain.casework import FieldProblem
from ..domain.errors import ErrorCode, OneStopError
from ..domain.programs import (
    ALREADY_ENROLLED,
    BAD_CAPACITY,
    BAD_TIME,
    ENDS_BEFORE_START,
    MAX_CAPACITY,
    MEETING_OUTSIDE,
    NEED_FACILITATOR_AGENCY,
    NEED_NAME,
    NOT_ENROLLED,
    NOT_HELD_YET,
    OPEN_FOR_ENROLMENT,
    PROGRAM_CLOSED,
    PROGRAM_FULL,
    PROGRAM_STATUS_LABELS,
    AttendanceStatus,
    Enrolment,
    EnrolmentStatus,
    FacilitatorKind,
    Program,
    ProgramForm,
    ProgramMeeting,
    ProgramMeetingForm,
    ProgramQuery,
    ProgramStatus,
    can_move,
)
from ..domain.roles import Permission
from ..domain.validation import BAD_TRANSITION, Validator
from ..storage import repos
from ..storage.audit_log import AuditRecord
from ..storage.store import WriteTx
from ._auth import requires
from .case_access import record, require_case, visibility
from .session import Session

_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def _refuse(problems: list[FieldProblem]) -> OneStopError:
    return OneStopError(ErrorCode.INVALID_INPUT, count=len(problems), problems=problems)


class Programs:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _audit(self, tx: WriteTx, action: AuditAction, program_id: str, detail: str) -> None:
        user = self.session.user
        tx.audit(AuditRecord(user.id, user.username, action, "program", program_id, detail))

    # -- programs ---------------------------------------------------------------------------------------
    @requires(Permission.USE_APP)
    def page(self, query: ProgramQuery, offset: int = 0, limit: int = 100) -> list[Program]:
        with self.session.store.read() as conn:
            return repos.programs.page(conn, query, offset, max(1, min(limit, 500)))

    @requires(Permission.USE_APP)
    def count(self, query: ProgramQuery) -> int:
        with self.session.store.read() as conn:
            return repos.programs.count(conn, query)

    @requires(Permission.USE_APP)
    def get(self, program_id: str) -> Program:
        with self.session.store.read() as conn:
            program = repos.programs.get(conn, program_id)
        if program is None:
            raise OneStopError(ErrorCode.NOT_FOUND)
        return program

    def _values(self, form: ProgramForm, today: date) -> dict[str, object]:
        v = Validator(today)
        name = v.text("name", form.name, max_length=100)
        description = v.text("description", form.description, max_length=2000)
        place = v.text("place", form.place, max_length=200)
        facilitator_name = v.text("facilitator_name", form.facilitator_name, max_length=100)
        if name is None and not form.name.strip():
            v.fail("name", NEED_NAME)
        starts = v.any_date("starts_on", form.starts_on, required=True)
        ends = v.any_date("ends_on", form.ends_on)
        if starts is not None and ends is not None and ends < starts:
            v.fail("ends_on", ENDS_BEFORE_START)
        capacity: int | None = None
        if form.capacity.strip():
            text = form.capacity.strip().removesuffix("명").strip()
            if not text.isdigit() or not 1 <= int(text) <= MAX_CAPACITY:
                v.fail("capacity", BAD_CAPACITY)
            else:
                capacity = int(text)
        kind = FacilitatorKind(form.facilitator_kind)
        if kind is FacilitatorKind.AGENCY and not form.facilitator_agency_id and facilitator_name is None:
            v.fail("facilitator_agency_id", NEED_FACILITATOR_AGENCY)
        if v.problems:
            raise _refuse(v.problems)
        assert starts is not None and name is not None
        return {
            "name": name,
            "kind": str(form.kind),
            "description": description or "",
            "facilitator_kind": str(kind),
            "facilitator_user_id": form.facilitator_user_id if kind is FacilitatorKind.IN_HOUSE else None,
            "facilitator_agency_id": form.facilitator_agency_id if kind is FacilitatorKind.AGENCY else None,
            "facilitator_name": facilitator_name or "",
            "place": place or "",
            "online": int(form.online),
            "capacity": capacity,
            "starts_on": starts.isoformat(),
            "ends_on": ends.isoformat() if ends else None,
            "status": str(ProgramStatus(form.status)),
        }

    @requires(Permission.PROGRAMS_MANAGE)
    def create(self, form: ProgramForm, today: date | None = None) -> str:
        values = self._values(form, today or date.today())
        with self.session.store.write(self.session.actor) as tx:
            program_id = repos.programs.insert(tx, values)
            self._audit(tx, AuditAction.CREATE, program_id, "program")
        return program_id

    @requires(Permission.PROGRAMS_MANAGE)
    def update(
        self, program_id: str, form: ProgramForm, expected_version: str | None = None, today: date | None = None
    ) -> None:
        values = self._values(form, today or date.today())
        with self.session.store.write(self.session.actor) as tx:
            current = tx.version("programs", program_id)
            if current is None:
                raise OneStopError(ErrorCode.NOT_FOUND)
            if expected_version is not None and current != expected_version:
                raise OneStopError(ErrorCode.EDIT_CONFLICT)
            repos.programs.update(tx, program_id, values)
            self._audit(tx, AuditAction.UPDATE, program_id, "program")

    # -- meetings ---------------------------------------------------------------------------------------
    @requires(Permission.USE_APP)
    def meetings(self, program_id: str) -> list[ProgramMeeting]:
        with self.session.store.read() as conn:
            return repos.programs.meetings(conn, program_id)

    def _meeting_values(self, program: Program, form: ProgramMeetingForm) -> dict[str, object]:
        v = Validator(date.today())
        held = v.any_date("held_on", form.held_on, required=True)
        time = form.start_time.strip()
        match = _TIME.match(time)
        if time and not match:
            v.fail("start_time", BAD_TIME)
        topic = v.text("topic", form.topic, max_length=200)
        if held is not None and (held < program.starts_on or (program.ends_on is not None and held > program.ends_on)):
            v.fail("held_on", MEETING_OUTSIDE)
        if v.problems:
            raise _refuse(v.problems)
        assert held is not None
        normalised = f"{int(match.group(1)):02d}:{match.group(2)}" if match else ""
        return {"held_on": held.isoformat(), "start_time": normalised, "topic": topic or ""}

    @requires(Permission.PROGRAMS_MANAGE)
    def add_meeting(self, program_id: str, form: ProgramMeetingForm) -> str:
        values = self._meeting_values(self.get(program_id), form)
        with self.session.store.write(self.session.actor) as tx:
            meeting_id = repos.programs.insert_meeting(tx, program_id, values)
            self._audit(tx, AuditAction.CREATE, program_id, "program session")
        return meeting_id

    @requires(Permission.PROGRAMS_MANAGE)
    def update_meeting(self, meeting_id: str, form: ProgramMeetingForm) -> None:
        with self.session.store.read() as conn:
            found = repos.programs.meeting(conn, meeting_id)
        if found is None:
            raise OneStopError(ErrorCode.NOT_FOUND)
        values = self._meeting_values(self.get(found.program_id), form)
        with self.session.store.write(self.session.actor) as tx:
            repos.programs.update_meeting(tx, meeting_id, values)
            self._audit(tx, AuditAction.UPDATE, found.program_id, "program session")

    @requires(Permission.PROGRAMS_MANAGE)
    def remove_meeting(self, meeting_id: str) -> None:
        with self.session.store.read() as conn:
            found = repos.programs.meeting(conn, meeting_id)
        if found is None:
            raise OneStopError(ErrorCode.NOT_FOUND)
        with self.session.store.write(self.session.actor) as tx:
            repos.programs.remove_meeting(tx, meeting_id)
            self._audit(tx, AuditAction.DELETE, found.program_id, "program session")

    # -- enrolments -------------------------------------------------------------------------------------
    @requires(Permission.USE_APP)
    def for_case(self, case_id: str, today: date | None = None) -> list[Enrolment]:
        """The client's program history, newest first."""
        with self.session.store.read() as conn:
            require_case(self.session, conn, case_id)
            return repos.programs.for_case(conn, case_id, today or date.today())

    @requires(Permission.USE_APP)
    def roster(self, program_id: str, today: date | None = None) -> list[Enrolment]:
        """Participants among the cases this user may see (an outreach worker: their own)."""
        scope_sql, params = visibility(self.session).sql()
        with self.session.store.read() as conn:
            return repos.programs.roster(conn, program_id, today or date.today(), scope_sql, params)

    @requires(Permission.USE_APP)
    def attendance(self, program_id: str) -> dict[tuple[str, str], AttendanceStatus]:
        """(enrolment id, meeting id) → mark, for the participants this user may see."""
        scope_sql, params = visibility(self.session).sql()
        with self.session.store.read() as conn:
            return repos.programs.attendance(conn, program_id, scope_sql, params)

    def _enrolment(self, enrolment_id: str, today: date) -> Enrolment:
        with self.session.store.read() as conn:
            found = repos.programs.enrolment(conn, enrolment_id, today)
            if found is None:
                raise OneStopError(ErrorCode.NOT_FOUND)
            require_case(self.session, conn, found.case_id)
        return found

    @requires(Permission.PROGRAMS_RECORD)
    def enrol(self, program_id: str, case_id: str, today: date | None = None) -> str:
        today = today or date.today()
        program = self.get(program_id)
        with self.session.store.write(self.session.actor) as tx:
            require_case(self.session, tx.conn, case_id)
            current = repos.programs.enrolment_status(tx.conn, program_id, case_id)
            if current in (EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED):
                raise _refuse([FieldProblem("program", ALREADY_ENROLLED)])
            if program.status not in OPEN_FOR_ENROLMENT:
                raise _refuse(
                    [FieldProblem("program", PROGRAM_CLOSED, {"status": PROGRAM_STATUS_LABELS[program.status]})]
                )
            taken = repos.programs.get(tx.conn, program_id)
            if program.capacity is not None and taken is not None and taken.enrolled_count >= program.capacity:
                raise _refuse([FieldProblem("program", PROGRAM_FULL, {"capacity": str(program.capacity)})])
            enrolment_id = repos.programs.enrol(tx, program_id, case_id, today)
            repos.cases.touch(tx, case_id)
            record(tx, self.session, AuditAction.CREATE, case_id, f"program enrolment {program_id}")
        return enrolment_id

    def _move(self, enrolment_id: str, target: EnrolmentStatus, today: date | None) -> None:
        today = today or date.today()
        found = self._enrolment(enrolment_id, today)
        if not can_move(found.status, target):
            raise _refuse([FieldProblem("status", BAD_TRANSITION)])
        with self.session.store.write(self.session.actor) as tx:
            repos.programs.set_enrolment_status(tx, enrolment_id, target, today)
            repos.cases.touch(tx, found.case_id)
            record(
                tx,
                self.session,
                AuditAction.UPDATE,
                found.case_id,
                f"program enrolment {found.program_id}: {found.status} -> {target}",
            )

    @requires(Permission.PROGRAMS_RECORD)
    def complete(self, enrolment_id: str, today: date | None = None) -> None:
        self._move(enrolment_id, EnrolmentStatus.COMPLETED, today)

    @requires(Permission.PROGRAMS_RECORD)
    def drop(self, enrolment_id: str, today: date | None = None) -> None:
        self._move(enrolment_id, EnrolmentStatus.DROPPED, today)

    @requires(Permission.PROGRAMS_RECORD)
    def resume(self, enrolment_id: str, today: date | None = None) -> None:
        """Back to taking part: a dropped client returns, or a completion was recorded by mistake."""
        self._move(enrolment_id, EnrolmentStatus.ENROLLED, today)

    @requires(Permission.PROGRAMS_RECORD)
    def record_attendance(
        self, enrolment_id: str, meeting_id: str, status: AttendanceStatus | None, today: date | None = None
    ) -> None:
        """Mark one participant at one meeting (None clears the mark)."""
        today = today or date.today()
        found = self._enrolment(enrolment_id, today)
        with self.session.store.read() as conn:
            held = repos.programs.meeting(conn, meeting_id)
        if held is None or held.program_id != found.program_id:
            raise OneStopError(ErrorCode.NOT_FOUND)
        if held.held_on > today:
            raise _refuse([FieldProblem("session", NOT_HELD_YET)])
        if found.status is EnrolmentStatus.DROPPED:
            raise _refuse([FieldProblem("status", NOT_ENROLLED)])
        with self.session.store.write(self.session.actor) as tx:
            repos.programs.set_attendance(tx, enrolment_id, meeting_id, status)
            record(
                tx,
                self.session,
                AuditAction.UPDATE,
                found.case_id,
                f"program attendance {found.program_id}: {status or 'cleared'}",
            )
