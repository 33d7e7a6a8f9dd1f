"""열람·정정·삭제·처리정지 requests: logged with the day received, due 10 days later, open on 내 할 일 of the case's
workers until the answer and its day are recorded; replicated like every case row."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from onestop_desktop.domain.casework import IntakeForm
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.roles import Role
from onestop_desktop.domain.subject_requests import AnswerForm, RequestForm, RequestKind, RequestOutcome, due_on
from onestop_desktop.domain.taxonomy import CrimeType
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault

TODAY = date.today()


def _case(session: Session) -> str:
    return session.intake.create(IntakeForm(name="정열람", birth_date="1985-03-04", crime_types={CrimeType.OTHER}))


def test_a_request_is_due_ten_days_after_receipt_and_open_until_answered(admin_session: Session) -> None:
    case_id = _case(admin_session)
    received = TODAY - timedelta(days=3)
    request_id = admin_session.subject_requests.log(
        case_id, RequestForm(RequestKind.ACCESS, received.isoformat(), "상담 기록 사본 요청")
    )
    [logged] = admin_session.subject_requests.for_case(case_id)
    assert logged.due_on == received + timedelta(days=10) == due_on(received)
    assert logged.is_open and logged.days_left(TODAY) == 7
    assert [r.id for r in admin_session.subject_requests.my_reminders()] == [request_id]
    admin_session.subject_requests.answer(request_id, AnswerForm(RequestOutcome.GRANTED, TODAY.isoformat()))
    [answered] = admin_session.subject_requests.for_case(case_id)
    assert answered.answered_on == TODAY and answered.outcome is RequestOutcome.GRANTED
    assert admin_session.subject_requests.my_reminders() == []
    with admin_session.store.read() as conn:
        ops = [r[0] for r in conn.execute("SELECT op FROM change_log WHERE table_name = 'subject_requests'")]
    assert ops == ["insert", "update"]
    audit = admin_session.audit.export_csv(TODAY - timedelta(days=1))
    assert "subject request answered: access, granted" in audit and "사본" not in audit


def test_a_refusal_needs_its_reason_and_an_answer_cannot_precede_the_request(admin_session: Session) -> None:
    case_id = _case(admin_session)
    request_id = admin_session.subject_requests.log(case_id, RequestForm(RequestKind.SUSPENSION, TODAY.isoformat()))
    with pytest.raises(OneStopError) as caught:
        earlier = (TODAY - timedelta(days=1)).isoformat()
        admin_session.subject_requests.answer(request_id, AnswerForm(RequestOutcome.REFUSED, earlier))
    assert {p.field for p in caught.value.params["problems"]} == {"answered_on", "answer"}
    with pytest.raises(OneStopError) as future:
        admin_session.subject_requests.log(case_id, RequestForm(RequestKind.ACCESS, (TODAY + timedelta(1)).isoformat()))
    assert future.value.code is ErrorCode.INVALID_INPUT


def test_reminders_are_for_the_cases_one_works_on(admin_session: Session, vault: Vault) -> None:
    case_id = _case(admin_session)
    admin_session.subject_requests.log(case_id, RequestForm(RequestKind.CORRECTION, TODAY.isoformat()))
    admin_session.users.add("counsel1", "상담원", Role.COUNSELOR, "Temp-Pass-1234")
    counselor = vault.login("counsel1", "Temp-Pass-1234")
    try:
        assert counselor.subject_requests.my_reminders() == []  # not on the team
        assert len(counselor.subject_requests.open_in_scope()) == 1  # but the center's list shows it
    finally:
        counselor.logout()
