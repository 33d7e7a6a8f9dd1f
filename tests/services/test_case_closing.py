"""종결 with a look first, consents that state their purpose, and a 첨부 that lists only what is attached."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from onestop_desktop.domain.case_closing import Disposition, OpenKind
from onestop_desktop.domain.case_status import CaseStatus, ClosingReason
from onestop_desktop.domain.casework import ConsentForm, FollowupForm, IntakeForm, ReferralForm
from onestop_desktop.domain.consent import ConsentKind, DataItem
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.referrals import ReferralStatus
from onestop_desktop.domain.taxonomy import CrimeType, RiskLevel, ServiceDomain
from onestop_desktop.services.session import Session

TODAY = date.today()
YESTERDAY = (TODAY - timedelta(days=1)).isoformat()
ITEMS = frozenset({DataItem.NAME, DataItem.CRIME_TYPE})


def _case(session: Session) -> str:
    return session.intake.create(
        IntakeForm(name="종결내담자", birth_date="1988-02-03", crime_types={CrimeType.STALKING})
    )


def _smile(session: Session) -> str:
    return next(a.id for a in session.agencies.list() if a.name.startswith("스마일센터"))


def _referral(session: Session, case_id: str, *, sent: bool) -> str:
    smile = _smile(session)
    session.consents.record(case_id, ConsentForm(kind=ConsentKind.COLLECTION, given_on=YESTERDAY, purpose="상담"))
    session.consents.record(
        case_id, ConsentForm(kind=ConsentKind.THIRD_PARTY, agency_id=smile, given_on=YESTERDAY, items=ITEMS)
    )
    referral = session.referrals.create(
        case_id, ReferralForm(agency_id=smile, domain=ServiceDomain.PSYCH, reason="심리치료 연계", items=ITEMS)
    )
    if sent:
        session.referrals.change_status(referral, ReferralStatus.SENT, "팩스 발송")
    return referral


def _pdf_text(data: bytes) -> str:
    return "".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages).replace(" ", "")


def test_the_review_lists_what_is_still_open(admin_session: Session) -> None:
    session = admin_session
    case_id = _case(session)
    session.cases.assess_risk(case_id, RiskLevel.CRITICAL)
    overdue = (TODAY - timedelta(days=3)).isoformat()
    task = session.cases.add_followup(case_id, FollowupForm("안전 확인 전화", overdue))
    referral = _referral(session, case_id, sent=True)
    review = session.cases.closing_review(case_id)
    kinds = {item.kind: item for item in review.items}
    assert review.status is CaseStatus.INTAKE and review.note_required
    assert kinds[OpenKind.TASK].id == task and kinds[OpenKind.TASK].overdue
    assert kinds[OpenKind.REFERRAL].id == referral
    assert sum(item.kind is OpenKind.CONSENT for item in review.items) == 2  # signed on paper, no scan attached


def test_a_high_risk_case_needs_a_note_on_every_path(admin_session: Session) -> None:
    session = admin_session
    case_id = _case(session)
    session.cases.assess_risk(case_id, RiskLevel.CRITICAL)
    for attempt in (
        lambda: session.cases.change_status(case_id, CaseStatus.CLOSED, ClosingReason.GOALS_MET),
        lambda: session.cases.close(case_id, ClosingReason.GOALS_MET, note="   "),
    ):
        with pytest.raises(OneStopError) as refused:
            attempt()
        assert refused.value.code is ErrorCode.INVALID_INPUT
        assert [p.field for p in refused.value.params["problems"]] == ["closing_note"]
    assert session.cases.open(case_id).case.status is CaseStatus.INTAKE
    session.cases.close(case_id, ClosingReason.GOALS_MET, note="가해자 접근금지 결정, 본인 종결 희망 확인")
    assert session.cases.open(case_id).case.status is CaseStatus.CLOSED
    with session.store.read() as conn:
        note = conn.execute("SELECT closing_note FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
    assert note == "가해자 접근금지 결정, 본인 종결 희망 확인"


def test_closing_applies_each_choice_in_one_go(admin_session: Session) -> None:
    session = admin_session
    case_id = _case(session)
    done_task = session.cases.add_followup(case_id, FollowupForm("종결 안내", TODAY.isoformat()))
    kept_task = session.cases.add_followup(case_id, FollowupForm("3개월 후 안부", TODAY.isoformat()))
    referral = _referral(session, case_id, sent=True)
    choices = {kept_task: Disposition.KEEP, referral: Disposition.CANCEL}
    session.cases.close(case_id, ClosingReason.TRANSFERRED, choices=choices)
    tasks = {f.id: f.done_on for f in session.cases.open(case_id).followups}
    assert tasks == {done_task: TODAY, kept_task: None}  # unchosen tasks are done by default
    assert session.referrals.get(referral).status is ReferralStatus.CANCELLED
    assert session.cases.open(case_id).case.status is CaseStatus.CLOSED


def test_a_collection_consent_needs_its_purpose(admin_session: Session) -> None:
    case_id = _case(admin_session)
    for kind in (ConsentKind.COLLECTION, ConsentKind.COLLECTION_OPTIONAL, ConsentKind.SENSITIVE):
        with pytest.raises(OneStopError) as refused:
            admin_session.consents.record(case_id, ConsentForm(kind=kind, given_on=YESTERDAY, purpose="  "))
        assert [p.field for p in refused.value.params["problems"]] == ["purpose"]
    refusal = ConsentForm(kind=ConsentKind.COLLECTION, agreed=False, given_on=YESTERDAY)
    admin_session.consents.record(case_id, refusal)  # a refusal agrees to no purpose


def test_the_letter_lists_the_consent_copy_only_when_a_signed_scan_is_attached(admin_session: Session) -> None:
    session = admin_session
    case_id = _case(session)
    referral = _referral(session, case_id, sent=False)
    before = _pdf_text(session.documents.referral_letter(referral, "기관 발송").data)
    assert "사본1부" not in before and "사본첨부없음" in before
    third = next(c for c in session.consents.for_case(case_id) if c.kind is ConsentKind.THIRD_PARTY)
    session.consents.attach_scan(case_id, third.id, "동의서.pdf", "application/pdf", b"%PDF-1.4 signed")
    after = _pdf_text(session.documents.referral_letter(referral, "기관 발송").data)
    assert "동의서사본1부" in after and "사본첨부없음" not in after
