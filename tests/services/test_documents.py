"""Documents through the service: only consented items, refusals, the register, the audit, no stray files."""

from __future__ import annotations

import io
import os
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from onestop_desktop.domain.casework import ClientForm, ConsentForm, IntakeForm, ReferralForm
from onestop_desktop.domain.consent import ConsentKind, DataItem
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.taxonomy import CrimeType, ServiceDomain
from onestop_desktop.services.referrals import ConsentMissing
from onestop_desktop.services.session import Session

TODAY = date.today()


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def referral(admin_session: Session) -> tuple[str, str]:
    case_id = admin_session.intake.create(
        IntakeForm(name="표식내담자", birth_date="1990-03-15", phone="010-2345-6789", crime_types={CrimeType.STALKING})
    )
    case_file = admin_session.cases.open(case_id)
    admin_session.cases.update_client(
        case_id,
        ClientForm(
            name="표식내담자", birth_date="1990-03-15", address_road="서울 동작구 표식로 12", address_private=True
        ),
        case_file.client.updated_at,
    )
    smile = next(a.id for a in admin_session.agencies.list() if a.name.startswith("스마일센터"))
    given = (TODAY - timedelta(days=1)).isoformat()
    admin_session.consents.record(
        case_id, ConsentForm(kind=ConsentKind.COLLECTION, given_on=given, purpose="상담 및 지원 연계")
    )
    admin_session.consents.record(
        case_id,
        ConsentForm(
            kind=ConsentKind.THIRD_PARTY,
            agency_id=smile,
            given_on=given,
            items=frozenset({DataItem.NAME, DataItem.CRIME_TYPE}),
        ),
    )
    referral_id = admin_session.referrals.create(
        case_id,
        ReferralForm(
            agency_id=smile,
            domain=ServiceDomain.PSYCH,
            reason="심리치료 연계",
            items=frozenset({DataItem.NAME, DataItem.CRIME_TYPE}),
        ),
    )
    return case_id, referral_id


def test_a_letter_shows_consented_items_only(admin_session: Session, referral: tuple[str, str]) -> None:
    _, referral_id = referral
    letter = admin_session.documents.referral_letter(referral_id, "기관 발송")
    text = _text(letter.data)
    assert "연계 의뢰서" in text.replace(" ", "") or "연계의뢰서" in text.replace(" ", "")
    assert "표식내담자" in text and "스토킹" in text
    assert "표식로" not in text and "2345" not in text and "6789" not in text  # address and phone were not consented
    reader = PdfReader(io.BytesIO(letter.data))
    assert "표식내담자" not in str(reader.metadata)


def test_locking_the_session_empties_the_documents_caches(admin_session: Session, referral: tuple[str, str]) -> None:
    from onestop_desktop.export import flowables, text

    admin_session.documents.referral_letter(referral[1], "기관 발송")
    assert text._parsed and text._fitted and flowables.Stamp._cache  # rendering filled them: agency names, wording
    admin_session.lock()
    assert not text._parsed and not text._fitted and not flowables.Stamp._cache


def test_a_withdrawn_consent_stops_printing(admin_session: Session, referral: tuple[str, str]) -> None:
    case_id, referral_id = referral
    third = next(c for c in admin_session.consents.for_case(case_id) if c.kind is ConsentKind.THIRD_PARTY)
    admin_session.consents.withdraw(case_id, third.id, TODAY)
    with pytest.raises(ConsentMissing):
        admin_session.documents.packet(referral_id, "기관 발송")


def test_output_needs_a_purpose_and_is_registered_and_audited(
    admin_session: Session, referral: tuple[str, str], tmp_path: Path
) -> None:
    _, referral_id = referral
    with pytest.raises(OneStopError) as no_purpose:
        admin_session.documents.packet(referral_id, "  ")
    assert no_purpose.value.code is ErrorCode.INVALID_INPUT
    temp_before = set(os.listdir(tempfile.gettempdir()))
    packet = admin_session.documents.packet(referral_id, "스마일센터 팩스 발송")
    target = tmp_path / "packet.pdf"
    admin_session.documents.save(packet, target)
    assert target.read_bytes() == packet.data and packet.pages >= 4
    assert set(os.listdir(tempfile.gettempdir())) - temp_before == set()  # no copy left behind
    admin_session.documents.record_printed(packet)
    with admin_session.store.read() as conn:
        rows = conn.execute("SELECT kind, destination, purpose, pages FROM documents ORDER BY created_at").fetchall()
    assert rows == [
        ("packet", "file", "스마일센터 팩스 발송", packet.pages),
        ("packet", "print", "스마일센터 팩스 발송", packet.pages),
    ]
    actions = [str(e.action) for e in admin_session.audit.recent(5)]
    assert actions[:2] == ["print", "export"]


def test_the_ready_batch_holds_every_ready_referral(admin_session: Session, referral: tuple[str, str]) -> None:
    batch = admin_session.documents.ready_batch("일괄 발송")
    assert batch.referral_ids == (referral[1],)
    assert "표식내담자" in _text(batch.data)
    blank = admin_session.documents.consent_form(None, "빈 양식 비치")
    assert "동의" in _text(blank.data) and "표식내담자" not in _text(blank.data)
