"""The staff's job end to end: contact details on letters, dispatch by staff, referrals by visible number, the
output register and the monthly access-log review."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from onestop_desktop.domain.audit import AuditAction
from onestop_desktop.domain.casework import ConsentForm, IntakeForm, ReferralForm
from onestop_desktop.domain.consent import ConsentKind, DataItem
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.oversight import AuditQuery, Month, RegisterQuery
from onestop_desktop.domain.referrals import DispatchMeans, ReferralStatus
from onestop_desktop.domain.roles import Role
from onestop_desktop.domain.taxonomy import CrimeType, ServiceDomain
from onestop_desktop.services.referrals import ConsentMissing
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault

TODAY = date.today()
STAFF_PASS = "Staff-Pass-2026k"


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def _referral(session: Session, name: str, consent: bool = True) -> tuple[str, str]:
    case_id = session.intake.create(IntakeForm(name=name, birth_date="1990-03-15", crime_types={CrimeType.STALKING}))
    smile = next(a.id for a in session.agencies.list() if a.name.startswith("스마일센터"))
    given = (TODAY - timedelta(days=1)).isoformat()
    items = frozenset({DataItem.NAME, DataItem.CRIME_TYPE})
    session.consents.record(
        case_id, ConsentForm(kind=ConsentKind.COLLECTION, given_on=given, purpose="상담 및 지원 연계")
    )
    if consent:
        session.consents.record(
            case_id, ConsentForm(kind=ConsentKind.THIRD_PARTY, agency_id=smile, given_on=given, items=items)
        )
    referral_id = session.referrals.create(
        case_id, ReferralForm(agency_id=smile, domain=ServiceDomain.PSYCH, reason="심리치료 연계", items=items)
    )
    return case_id, referral_id


def _staff(vault: Vault, admin: Session) -> Session:
    admin.users.add("staff1", "서무", Role.STAFF, "Temp-Pass-2026x")
    temp = vault.login("staff1", "Temp-Pass-2026x")
    temp.users.change_own_passphrase("Temp-Pass-2026x", STAFF_PASS, STAFF_PASS)
    temp.logout()
    return vault.login("staff1", STAFF_PASS)


# -- center contact details ------------------------------------------------------------------------
def test_letters_and_cover_sheets_print_the_centers_and_the_counselors_contact(admin_session: Session) -> None:
    admin_session.contacts.set_center("02-555-0100", "02-555-0199", "onestop@example.kr", "서울 중구 세종대로 1")
    admin_session.contacts.set_own("010-2222-3333", "kim@example.kr")
    _, referral_id = _referral(admin_session, "연락처확인")
    text = _text(admin_session.documents.packet(referral_id, "기관 발송").data)
    assert "02-555-0100" in text and "02-555-0199" in text  # 대표 전화, 팩스
    assert "010-2222-3333" in text and "kim@example.kr" in text  # 직통 전화, 이메일
    assert "세종대로" in text
    cover = _text(admin_session.documents.packet(referral_id, "기관 발송").data).split("연계 의뢰서")[0]
    assert "02-555-0100" in cover  # the cover sheet's "if misdelivered, call" number


def test_a_counselor_without_a_direct_line_is_reached_through_the_center(admin_session: Session) -> None:
    admin_session.contacts.set_center("02-555-0100", "", "onestop@example.kr", "")
    _, referral_id = _referral(admin_session, "대표번호")
    text = _text(admin_session.documents.referral_letter(referral_id, "기관 발송").data)
    assert "직통 전화 —" not in text.replace("\n", " ") and "onestop@example.kr" in text


def test_contact_details_are_checked_and_only_administrators_set_the_centers(
    vault: Vault, admin_session: Session
) -> None:
    with pytest.raises(OneStopError) as bad:
        admin_session.contacts.set_center("12345", "", "not-an-address", "")
    assert bad.value.code is ErrorCode.INVALID_INPUT
    assert {p.field for p in bad.value.params["problems"]} == {"center_phone", "center_email"}
    staff = _staff(vault, admin_session)
    try:
        with pytest.raises(OneStopError) as denied:
            staff.contacts.set_center("02-555-0100", "", "", "")
        assert denied.value.code is ErrorCode.PERMISSION_DENIED
        staff.contacts.set_own("02 555 0142", "seomu@example.kr")  # one's own line: anyone
        assert staff.contacts.person().phone == "025550142"
    finally:
        staff.logout()


# -- dispatch and visible numbers --------------------------------------------------------------------
def test_staff_dispatch_printed_referrals_and_the_batch_leaves_them_out(
    vault: Vault, admin_session: Session, tmp_path: Path
) -> None:
    ids = [_referral(admin_session, f"발송{n}")[1] for n in "가나다"]
    numbers = [admin_session.referrals.get(i).number for i in ids]
    staff = _staff(vault, admin_session)
    try:
        with pytest.raises(OneStopError) as unprinted:
            staff.dispatch.mark_sent(numbers[:1], DispatchMeans.POST)
        assert unprinted.value.code is ErrorCode.NOT_PRINTED
        batch = staff.documents.ready_batch("기관 발송")
        staff.documents.save(batch, tmp_path / "batch.pdf")
        assert set(batch.referral_ids) == set(ids)
        with pytest.raises(OneStopError):  # staff may not draft or send through the referral editor
            staff.referrals.change_status(ids[0], ReferralStatus.SENT)
        assert staff.dispatch.mark_sent(numbers[:2], DispatchMeans.FAX) == numbers[:2]
        assert staff.documents.ready_batch("기관 발송").referral_ids == (ids[2],)
        sent = {line.number: line for line in staff.dispatch.lines(ReferralStatus.SENT)}
        assert set(sent) == set(numbers[:2]) and sent[numbers[0]].dispatched_via is DispatchMeans.FAX
        event = staff.referrals.get(ids[0]).events[-1]
        assert (event.status, event.on, event.note) == (ReferralStatus.SENT, TODAY, "팩스 발송")
        with pytest.raises(OneStopError) as again:  # all or none: the sent one refuses the whole call
            staff.dispatch.mark_sent([numbers[2], numbers[0]], DispatchMeans.POST)
        assert again.value.code is ErrorCode.NOT_A_DRAFT
        assert staff.referrals.get(ids[2]).status is ReferralStatus.DRAFT
    finally:
        staff.logout()


def test_a_referral_without_consent_is_not_dispatched(admin_session: Session, tmp_path: Path) -> None:
    _, referral_id = _referral(admin_session, "동의없음", consent=False)
    number = admin_session.referrals.get(referral_id).number
    with pytest.raises(ConsentMissing):
        admin_session.dispatch.mark_sent([number], DispatchMeans.POST)


def test_visible_numbers_are_accepted_and_unknown_ones_told_plainly(admin_session: Session) -> None:
    case_id, referral_id = _referral(admin_session, "번호확인")
    referral = admin_session.referrals.get(referral_id)
    packet = admin_session.documents.packet(referral.number, "기관 발송")
    assert packet.referral_ids == (referral_id,) and referral.number in _text(packet.data)
    assert admin_session.dispatch.referral_id(referral.number) == referral_id
    case_number = admin_session.cases.open(case_id).case.case_number
    assert [line.number for line in admin_session.dispatch.lines(case_ref=case_number)] == [referral.number]
    with pytest.raises(OneStopError) as unknown:
        admin_session.documents.packet("D1-연계-1999-99999", "기관 발송")
    assert unknown.value.code is ErrorCode.REFERRAL_NUMBER_UNKNOWN and "D1-연계-1999-99999" in str(unknown.value)


# -- the output register -------------------------------------------------------------------------------
def test_the_register_lists_every_output_with_its_case(admin_session: Session, tmp_path: Path) -> None:
    case_id, referral_id = _referral(admin_session, "대장확인")
    case_number = admin_session.cases.open(case_id).case.case_number
    admin_session.documents.save(admin_session.documents.packet(referral_id, "기관 발송"), tmp_path / "p.pdf")
    form = admin_session.documents.consent_form(case_id, "서명 받기")
    admin_session.documents.record_printed(form)
    admin_session.documents.record_printed(admin_session.documents.consent_form(None, "빈 양식"))
    rows = admin_session.register.page(RegisterQuery(since=TODAY - timedelta(days=1)), 0, 50)
    assert [(r.kind, r.case_number, r.destination) for r in rows] == [
        ("consent_form", "", "print"),
        ("consent_form", case_number, "print"),
        ("packet", case_number, "file"),
    ]
    assert all(r.username == "admin" for r in rows)
    only_case = admin_session.register.page(RegisterQuery(case_id=case_id), 0, 50)
    assert len(only_case) == 2
    assert admin_session.register.page(RegisterQuery(kind="packet"), 0, 50)[0].purpose == "기관 발송"
    assert admin_session.register.page(RegisterQuery(since=TODAY + timedelta(days=2)), 0, 50) == []
    # a filled-in consent form names its case in the audit trail too (대상 was empty before)
    printed = admin_session.audit.page(AuditQuery(action=AuditAction.PRINT, case_id=case_id), 0, 10)
    assert printed and printed[0].subject_label == case_number


# -- the access-log review -------------------------------------------------------------------------------
def test_audit_pages_are_filtered_in_sql_and_name_cases(admin_session: Session) -> None:
    case_id, _ = _referral(admin_session, "감사확인")
    admin_session.cases.open(case_id)
    case_number = admin_session.cases.open(case_id).case.case_number
    views = admin_session.audit.page(AuditQuery(action=AuditAction.VIEW, case_id=case_id), 0, 10)
    assert len(views) == 2 and all(v.subject_label == case_number for v in views)
    first, second = admin_session.audit.page(AuditQuery(), 0, 1), admin_session.audit.page(AuditQuery(), 1, 1)
    assert first[0].seq > second[0].seq
    assert admin_session.audit.page(AuditQuery(username="nobody"), 0, 10) == []
    assert admin_session.audit.page(AuditQuery(until=TODAY - timedelta(days=1)), 0, 10) == []
    assert "admin" in admin_session.audit.accounts()


def test_the_monthly_review_is_recorded_audited_and_reminded(admin_session: Session) -> None:
    today = date(2026, 12, 7)
    assert admin_session.audit.review_due(today) == Month(2026, 11)
    with pytest.raises(OneStopError) as bad_month:
        admin_session.audit.record_review("2026-13", "이상 없음", today)
    assert bad_month.value.code is ErrorCode.INVALID_MONTH
    with pytest.raises(OneStopError) as ahead:
        admin_session.audit.record_review("2027-01", "이상 없음", today)
    assert ahead.value.code is ErrorCode.INVALID_INPUT
    with pytest.raises(OneStopError):
        admin_session.audit.record_review("2026-11", "  ", today)
    review = admin_session.audit.record_review("2026-11", "월간 점검: 이상 없음", today)
    assert (review.period_start, review.period_end) == (date(2026, 11, 1), date(2026, 11, 30))
    assert admin_session.audit.review_due(today) is None
    assert admin_session.audit.review_due(date(2027, 1, 2)) == Month(2026, 12)
    admin_session.audit.record_review("2026-11", "재점검: 이상 없음", today)
    (stored,) = admin_session.audit.reviews()
    assert stored.findings == "재점검: 이상 없음" and stored.reviewed_by == "관리자"
    entries = admin_session.audit.page(AuditQuery(action=AuditAction.REVIEW), 0, 10)
    assert [e.detail for e in entries] == [
        "access-log review 2026-11 (findings replaced)",
        "access-log review 2026-11",
    ]


def test_only_administrators_read_the_register_and_review(vault: Vault, admin_session: Session) -> None:
    staff = _staff(vault, admin_session)
    try:
        for call in (
            lambda: staff.register.page(RegisterQuery(), 0, 10),
            lambda: staff.audit.page(AuditQuery(), 0, 10),
            lambda: staff.audit.record_review("2026-11", "이상 없음"),
        ):
            with pytest.raises(OneStopError) as denied:
                call()
            assert denied.value.code is ErrorCode.PERMISSION_DENIED
    finally:
        staff.logout()
