"""Satisfaction surveys: versioned questions, asked once, declined without asking again, and answers
that cannot be tied back to a case or read one by one by the counselor."""

from __future__ import annotations

import dataclasses
import inspect
import typing
import uuid
from datetime import date

import pytest

from onestop_desktop.domain import feedback as fb
from onestop_desktop.domain.case_status import CaseStatus, ClosingReason
from onestop_desktop.domain.casework import IntakeForm
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.feedback import (
    FeedbackAnswers,
    FeedbackMethod,
    FeedbackOutcome,
    Question,
    QuestionKind,
    SurveySubject,
)
from onestop_desktop.domain.programs import ProgramForm, ProgramStatus
from onestop_desktop.domain.roles import Role
from onestop_desktop.domain.taxonomy import CrimeType, ServiceDomain
from onestop_desktop.services.feedback import Feedback
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault

TODAY = date(2026, 11, 26)
PASS = "Temp-Pass-1234"
ANSWERS = FeedbackAnswers({"helpful": 5, "kind": 4, "safe": 5}, ServiceDomain.LEGAL, "변호사 연계가 큰 힘이 됐어요")


def _closed_case(session: Session, name: str = "홍길동", lead: str | None = None) -> str:
    case_id = session.intake.create(IntakeForm(name=name, crime_types={CrimeType.STALKING}, lead_counselor_id=lead))
    session.cases.change_status(case_id, CaseStatus.CLOSED, ClosingReason.GOALS_MET)
    return case_id


def _answer(
    session: Session, case_id: str, answers: FeedbackAnswers = ANSWERS, method: FeedbackMethod = FeedbackMethod.KIOSK
) -> None:
    survey = session.feedback.current_survey(SurveySubject.CASE)
    session.feedback.record_answers(SurveySubject.CASE, case_id, method, survey.id, answers, today=TODAY)


def test_the_default_survey_has_the_five_items_a_service_and_a_comment(admin_session: Session) -> None:
    for subject in SurveySubject:
        survey = admin_session.feedback.current_survey(subject)
        assert survey.version == 1
        assert [q.code for q in survey.scale_questions] == list(fb.DEFAULT_SCALE_CODES)
        assert survey.question(QuestionKind.SERVICE) is not None and survey.question(QuestionKind.TEXT) is not None
        assert all(q.text_ko and q.text_en for q in survey.questions)


def test_a_closed_case_is_asked_once(admin_session: Session) -> None:
    open_case = admin_session.intake.create(IntakeForm(name="김영희", crime_types={CrimeType.DOMESTIC}))
    with pytest.raises(OneStopError) as not_closed:
        _answer(admin_session, open_case)
    assert not_closed.value.params["problems"][0].message == fb.NOT_CLOSED
    case_id = _closed_case(admin_session)
    _answer(admin_session, case_id)
    [request] = admin_session.feedback.status_for_case(case_id)
    assert (request.outcome, request.method, request.recorded_on) == (
        FeedbackOutcome.ANSWERED,
        FeedbackMethod.KIOSK,
        TODAY,
    )
    with pytest.raises(OneStopError) as again:
        admin_session.feedback.record_declined(SurveySubject.CASE, case_id, FeedbackMethod.PHONE)
    assert again.value.params["problems"][0].message == fb.ALREADY_ASKED


def test_a_refusal_is_recorded_and_never_asked_again(admin_session: Session) -> None:
    case_id = _closed_case(admin_session)
    admin_session.feedback.record_declined(SurveySubject.CASE, case_id, FeedbackMethod.PHONE, today=TODAY)
    with pytest.raises(OneStopError):
        _answer(admin_session, case_id)
    [request] = admin_session.feedback.status_for_case(case_id)
    assert request.outcome is FeedbackOutcome.DECLINED
    with admin_session.store.read() as conn:
        assert conn.execute("SELECT count(*) FROM feedback_responses").fetchone()[0] == 0


def test_answers_are_checked_against_the_survey(admin_session: Session) -> None:
    case_id = _closed_case(admin_session)
    for bad in (
        FeedbackAnswers({"helpful": 6}),
        FeedbackAnswers({"nosuch": 3}),
        FeedbackAnswers(),
        FeedbackAnswers({"helpful": True}),
        FeedbackAnswers(comment="x" * 1001),
    ):
        with pytest.raises(OneStopError) as refused:
            _answer(admin_session, case_id, bad)
        assert refused.value.code is ErrorCode.INVALID_INPUT
    assert admin_session.feedback.status_for_case(case_id) == []  # nothing half-written


def test_a_program_survey_needs_a_completed_enrolment(admin_session: Session) -> None:
    case_id = admin_session.intake.create(IntakeForm(name="박민수", crime_types={CrimeType.SEXUAL}))
    program_id = admin_session.programs.create(
        ProgramForm(name="자조모임", starts_on="2026-11-01", status=ProgramStatus.RUNNING)
    )
    enrolment = admin_session.programs.enrol(program_id, case_id, today=TODAY)
    survey = admin_session.feedback.current_survey(SurveySubject.PROGRAM)
    with pytest.raises(OneStopError) as early:
        admin_session.feedback.record_answers(
            SurveySubject.PROGRAM,
            case_id,
            FeedbackMethod.PAPER,
            survey.id,
            ANSWERS,
            enrolment_id=enrolment,
            today=TODAY,
        )
    assert early.value.params["problems"][0].message == fb.NOT_COMPLETED
    admin_session.programs.complete(enrolment, today=TODAY)
    admin_session.feedback.record_answers(
        SurveySubject.PROGRAM, case_id, FeedbackMethod.PAPER, survey.id, ANSWERS, enrolment_id=enrolment, today=TODAY
    )
    [history] = admin_session.programs.for_case(case_id, today=TODAY)
    assert history.surveyed
    with admin_session.store.read() as conn:
        assert conn.execute("SELECT program_id, subject FROM feedback_responses").fetchall() == [
            (program_id, "program")
        ]


def test_a_new_version_leaves_old_answers_with_theirs(admin_session: Session, vault: Vault) -> None:
    first, second = _closed_case(admin_session), _closed_case(admin_session, "김영희")
    v1 = admin_session.feedback.current_survey(SurveySubject.CASE)
    _answer(admin_session, first)
    questions = [
        *v1.questions[:3],
        Question("wait", QuestionKind.SCALE5, "대기 시간은 적절했습니까?", "Was the waiting time reasonable?"),
    ]
    with pytest.raises(OneStopError):  # two comment questions
        admin_session.feedback.publish(
            SurveySubject.CASE,
            [*questions, Question("c1", QuestionKind.TEXT, "a", "a"), Question("c2", QuestionKind.TEXT, "b", "b")],
        )
    admin_session.users.add("kim", "김상담", Role.COUNSELOR, PASS)
    kim = vault.login("kim", PASS)
    with pytest.raises(OneStopError) as denied:
        kim.feedback.publish(SurveySubject.CASE, questions)
    assert denied.value.code is ErrorCode.PERMISSION_DENIED
    v2 = admin_session.feedback.publish(SurveySubject.CASE, questions, today=TODAY)
    assert v2.version == 2 and kim.feedback.current_survey(SurveySubject.CASE).id == v2.id
    assert [v.version for v in kim.feedback.versions(SurveySubject.CASE)] == [2, 1]
    kim.feedback.record_answers(
        SurveySubject.CASE, second, FeedbackMethod.PHONE, v2.id, FeedbackAnswers({"wait": 2}), today=TODAY
    )
    with pytest.raises(OneStopError):  # the old version's code is not in the new one
        _answer(admin_session, _closed_case(admin_session, "이나래"), FeedbackAnswers({"recommend": 4}))
    with admin_session.store.read() as conn:
        rows = dict(conn.execute("SELECT survey_version_id, answers FROM feedback_responses").fetchall())
    assert rows == {v1.id: '{"helpful": 5, "kind": 4, "safe": 5}', v2.id: '{"wait": 2}'}
    assert admin_session.feedback.current_survey(SurveySubject.PROGRAM).version == 1  # the other subject
    kim.logout()


def test_an_answer_row_says_nothing_about_who_when_or_which_case(admin_session: Session) -> None:
    case_id = _closed_case(admin_session)
    _answer(admin_session, case_id)
    with admin_session.store.read() as conn:
        conn.row_factory = None
        columns = [r[1] for r in conn.execute("PRAGMA table_info(feedback_responses)")]
        row = dict(zip(columns, conn.execute("SELECT * FROM feedback_responses").fetchone(), strict=True))
        request = conn.execute("SELECT id, created_at FROM feedback_requests").fetchone()
    assert row["created_at"] == row["updated_at"] == "2026-11-01T00:00:00.000Z"
    assert row["answered_month"] == "2026-11"
    assert row["updated_by"] == "anonymous" and admin_session.user.id not in row.values()
    assert uuid.UUID(row["id"]).version == 4  # random, not time-ordered like new_id()
    assert case_id not in row.values() and request[0] not in row.values()
    assert not any(str(v).startswith(request[1][:16]) for v in row.values())  # not the request's minute


def _answer_bearing(kind: object) -> set[str]:
    if dataclasses.is_dataclass(kind):
        return {f.name for f in dataclasses.fields(kind)}
    return set()


def test_no_feedback_service_returns_an_answer_with_its_case() -> None:
    identity = {"case_id", "client_id", "enrolment_id", "case_number", "client_display_name"}
    answer = {"scores", "answers", "comment", "text", "means", "helped_most"}
    for name, method in inspect.getmembers(Feedback, inspect.isfunction):
        if name.startswith("_"):
            continue
        returned = typing.get_type_hints(method).get("return")
        kinds = [returned, *typing.get_args(returned)]
        for kind in kinds:
            fields = _answer_bearing(kind)
            assert not (fields & identity and fields & answer), f"{name} returns {kind}"


def test_a_counselor_cannot_read_the_answers_of_their_clients(admin_session: Session, vault: Vault) -> None:
    admin_session.users.add("kim", "김상담", Role.COUNSELOR, PASS)
    kim = vault.login("kim", PASS)
    cases = [_closed_case(admin_session, n, lead=kim.user.id) for n in ("가람", "나래", "다솜", "라온", "마루")]
    for case_id in cases[:4]:
        _answer(kim, case_id)
    for call in (
        lambda: kim.feedback.summary(SurveySubject.CASE, TODAY, TODAY),
        lambda: kim.feedback.comments(TODAY, TODAY),
    ):
        with pytest.raises(OneStopError) as denied:
            call()
        assert denied.value.code is ErrorCode.PERMISSION_DENIED
    assert all(not _answer_bearing(type(r)) & {"scores", "comment"} for r in kim.feedback.status_for_case(cases[0]))
    small = admin_session.feedback.summary(SurveySubject.CASE, TODAY, TODAY)
    assert (small.answered, small.shown, small.means) == (4, False, {})  # four people could be recognised
    assert admin_session.feedback.comments(TODAY, TODAY) == []
    _answer(kim, cases[4], FeedbackAnswers({"helpful": 3}, ServiceDomain.PSYCH))
    kim.feedback.record_declined(
        SurveySubject.CASE, _closed_case(admin_session, "바람"), FeedbackMethod.PHONE, today=TODAY
    )
    shown = admin_session.feedback.summary(SurveySubject.CASE, TODAY, TODAY)
    assert (shown.answered, shown.declined, shown.shown) == (5, 1, True)
    assert shown.means["helpful"] == pytest.approx(4.6) and shown.helped_most[ServiceDomain.LEGAL] == 4
    comments = admin_session.feedback.comments(TODAY, TODAY)
    assert [c.text for c in comments] == [ANSWERS.comment] * 4 and all(c.month == "2026-11" for c in comments)
    kim.logout()
