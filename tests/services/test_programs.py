"""Programs through the services: meetings, enrolment, attendance, completion and role limits."""

from __future__ import annotations

from datetime import date

import pytest

from onestop_desktop.domain.casework import IntakeForm
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.programs import (
    ALREADY_ENROLLED,
    AttendanceStatus,
    EnrolmentStatus,
    ProgramForm,
    ProgramKind,
    ProgramMeetingForm,
    ProgramQuery,
    ProgramStatus,
    attendance_id,
    enrolment_id,
)
from onestop_desktop.domain.roles import Role
from onestop_desktop.domain.taxonomy import CrimeType
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault

TODAY = date(2026, 11, 26)
PASS = "Temp-Pass-1234"


def _case(session: Session, name: str = "홍길동", lead: str | None = None) -> str:
    return session.intake.create(IntakeForm(name=name, crime_types={CrimeType.STALKING}, lead_counselor_id=lead))


def _program(session: Session, capacity: str = "", status: ProgramStatus = ProgramStatus.RUNNING) -> str:
    form = ProgramForm(
        name="트라우마 회복 워크숍 3기",
        kind=ProgramKind.TRAUMA_RECOVERY,
        place="센터 교육실",
        capacity=capacity,
        starts_on="2026-11-01",
        ends_on="2026-12-20",
        status=status,
    )
    return session.programs.create(form, today=TODAY)


def _meetings(session: Session, program_id: str, days: tuple[str, ...]) -> list[str]:
    return [
        session.programs.add_meeting(program_id, ProgramMeetingForm(d, "14:00", f"{i}회기"))
        for i, d in enumerate(days, 1)
    ]


def _login(admin: Session, vault: Vault, username: str, role: Role) -> Session:
    admin.users.add(username, username, role, PASS)
    return vault.login(username, PASS)


def test_a_program_is_validated_and_listed_newest_first(admin_session: Session) -> None:
    with pytest.raises(OneStopError) as bad:
        admin_session.programs.create(
            ProgramForm(name=" ", starts_on="2026-12-01", ends_on="2026-11-01", capacity="0"), today=TODAY
        )
    assert bad.value.code is ErrorCode.INVALID_INPUT
    assert {p.field for p in bad.value.params["problems"]} == {"name", "ends_on", "capacity"}
    first = _program(admin_session)
    later = admin_session.programs.create(
        ProgramForm(name="가족 프로그램", kind=ProgramKind.FAMILY, starts_on="2027-01-05", online=True), today=TODAY
    )
    assert [p.id for p in admin_session.programs.page(ProgramQuery())] == [later, first]
    assert admin_session.programs.count(ProgramQuery(text="워크숍")) == 1
    assert admin_session.programs.count(ProgramQuery(kind=ProgramKind.FAMILY)) == 1
    assert admin_session.programs.get(later).online


def test_attendance_and_completion(admin_session: Session) -> None:
    case_id = _case(admin_session)
    program_id = _program(admin_session)
    s1, s2, s3 = _meetings(admin_session, program_id, ("2026-11-05", "2026-11-12", "2026-12-03"))
    enrolment = admin_session.programs.enrol(program_id, case_id, today=date(2026, 11, 2))
    assert enrolment == enrolment_id(program_id, case_id)
    with pytest.raises(OneStopError) as twice:  # enrolled once only
        admin_session.programs.enrol(program_id, case_id, today=TODAY)
    assert twice.value.params["problems"][0].message == ALREADY_ENROLLED
    admin_session.programs.record_attendance(enrolment, s1, AttendanceStatus.PRESENT, today=TODAY)
    admin_session.programs.record_attendance(enrolment, s2, AttendanceStatus.ABSENT, today=TODAY)
    admin_session.programs.record_attendance(enrolment, s2, AttendanceStatus.PRESENT, today=TODAY)  # corrected
    with pytest.raises(OneStopError) as ahead:
        admin_session.programs.record_attendance(enrolment, s3, AttendanceStatus.PRESENT, today=TODAY)
    assert ahead.value.params["problems"][0].field == "session"
    marks = admin_session.programs.attendance(program_id)
    assert marks == {(enrolment, s1): AttendanceStatus.PRESENT, (enrolment, s2): AttendanceStatus.PRESENT}
    with admin_session.store.read() as conn:
        ids = {r[0] for r in conn.execute("SELECT id FROM program_attendance")}
    assert ids == {attendance_id(enrolment, s1), attendance_id(enrolment, s2)}  # one row per mark, corrected
    [history] = admin_session.programs.for_case(case_id, today=TODAY)
    assert (history.meetings_held, history.meetings_present, history.status) == (2, 2, EnrolmentStatus.ENROLLED)
    admin_session.programs.complete(enrolment, today=TODAY)
    [done] = admin_session.programs.for_case(case_id, today=TODAY)
    assert done.status is EnrolmentStatus.COMPLETED and done.completed_on == TODAY
    with pytest.raises(OneStopError):
        admin_session.programs.drop(enrolment, today=TODAY)  # completed → only back to enrolled
    admin_session.programs.resume(enrolment, today=TODAY)
    admin_session.programs.drop(enrolment, today=TODAY)
    with pytest.raises(OneStopError) as dropped:
        admin_session.programs.record_attendance(enrolment, s1, AttendanceStatus.PRESENT, today=TODAY)
    assert dropped.value.params["problems"][0].field == "status"
    again = admin_session.programs.enrol(program_id, case_id, today=TODAY)  # comes back: same row
    assert again == enrolment
    assert admin_session.programs.get(program_id).enrolled_count == 1
    admin_session.programs.record_attendance(enrolment, s1, None, today=TODAY)
    assert admin_session.programs.attendance(program_id) == {(enrolment, s2): AttendanceStatus.PRESENT}


def test_capacity_and_closed_programs_refuse_enrolment(admin_session: Session) -> None:
    program_id = _program(admin_session, capacity="1")
    first, second = _case(admin_session), _case(admin_session, "김영희")
    admin_session.programs.enrol(program_id, first, today=TODAY)
    with pytest.raises(OneStopError) as full:
        admin_session.programs.enrol(program_id, second, today=TODAY)
    assert full.value.params["problems"][0].params == {"capacity": "1"}
    finished = _program(admin_session, status=ProgramStatus.FINISHED)
    with pytest.raises(OneStopError):
        admin_session.programs.enrol(finished, second, today=TODAY)


def test_sessions_must_lie_within_the_program(admin_session: Session) -> None:
    program_id = _program(admin_session)
    with pytest.raises(OneStopError) as outside:
        admin_session.programs.add_meeting(program_id, ProgramMeetingForm("2027-03-01", "9:5"))
    assert {p.field for p in outside.value.params["problems"]} == {"held_on", "start_time"}
    meeting_id = admin_session.programs.add_meeting(program_id, ProgramMeetingForm("2026-11-10", "9:05", "소개"))
    assert admin_session.programs.meetings(program_id)[0].start_time == "09:05"
    admin_session.programs.update_meeting(meeting_id, ProgramMeetingForm("2026-11-11", "10:00", "소개"))
    admin_session.programs.remove_meeting(meeting_id)
    assert admin_session.programs.meetings(program_id) == []


def test_role_limits(admin_session: Session, vault: Vault) -> None:
    field = _login(admin_session, vault, "field1", Role.OUTREACH)
    desk = _login(admin_session, vault, "desk1", Role.STAFF)
    own = _case(admin_session, "김철수", lead=field.user.id)
    other = _case(admin_session, "박민수")
    program_id = _program(admin_session)
    [meeting_id] = _meetings(admin_session, program_id, ("2026-11-05",))
    with pytest.raises(OneStopError) as denied:
        field.programs.create(ProgramForm(name="자조모임", starts_on="2026-12-01"))
    assert denied.value.code is ErrorCode.PERMISSION_DENIED
    mine = field.programs.enrol(program_id, own, today=TODAY)
    with pytest.raises(OneStopError) as not_assigned:
        field.programs.enrol(program_id, other, today=TODAY)
    assert not_assigned.value.code is ErrorCode.PERMISSION_DENIED
    theirs = desk.programs.enrol(program_id, other, today=TODAY)  # staff: every case, may record
    desk.programs.create(ProgramForm(name="법률 정보 설명회", kind=ProgramKind.LEGAL_INFO, starts_on="2026-12-01"))
    field.programs.record_attendance(mine, meeting_id, AttendanceStatus.PRESENT, today=TODAY)
    with pytest.raises(OneStopError):
        field.programs.record_attendance(theirs, meeting_id, AttendanceStatus.PRESENT, today=TODAY)
    with pytest.raises(OneStopError):
        field.programs.complete(theirs, today=TODAY)
    assert [e.case_id for e in field.programs.roster(program_id, today=TODAY)] == [own]
    assert {e.case_id for e in desk.programs.roster(program_id, today=TODAY)} == {own, other}
    assert set(field.programs.attendance(program_id)) == {(mine, meeting_id)}
    with pytest.raises(OneStopError):
        field.programs.for_case(other)
    field.logout()
    desk.logout()


def test_every_change_is_audited_against_the_case(admin_session: Session) -> None:
    case_id = _case(admin_session)
    program_id = _program(admin_session)
    enrolment = admin_session.programs.enrol(program_id, case_id, today=TODAY)
    admin_session.programs.complete(enrolment, today=TODAY)
    entries = [e for e in admin_session.audit.recent() if e.subject_id == case_id]
    assert any("enrolment" in e.detail for e in entries)
    assert any("completed" in e.detail for e in entries)
    assert any(e.subject_type == "program" and e.subject_id == program_id for e in admin_session.audit.recent())


def test_the_case_history_shows_enrolment_and_survey_but_no_answer(admin_session: Session) -> None:
    from onestop_desktop.domain.case_status import CaseStatus, ClosingReason
    from onestop_desktop.domain.feedback import FeedbackAnswers, FeedbackMethod, SurveySubject

    case_id = _case(admin_session)
    program_id = _program(admin_session)
    enrolment = admin_session.programs.enrol(program_id, case_id, today=TODAY)
    admin_session.programs.complete(enrolment, today=TODAY)
    admin_session.cases.change_status(case_id, CaseStatus.CLOSED, ClosingReason.GOALS_MET)
    survey = admin_session.feedback.current_survey(SurveySubject.CASE)
    admin_session.feedback.record_answers(
        SurveySubject.CASE,
        case_id,
        FeedbackMethod.PAPER,
        survey.id,
        FeedbackAnswers({"helpful": 2}, comment="대기 시간이 길었어요"),
        today=TODAY,
    )
    history = admin_session.cases.history(case_id)
    tables = {entry.table for entry in history}
    assert {"program_enrolments", "feedback_requests"} <= tables and "feedback_responses" not in tables
    assert not any("대기 시간" in str(entry) or '"helpful"' in str(entry) for entry in history)
