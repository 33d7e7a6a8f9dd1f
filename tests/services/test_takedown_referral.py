"""The 삭제지원 referral carries the item list only as a consented item: in the packet PDF and as an .xlsx
attachment, both refused while the consents do not cover it."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from onestop_desktop.domain.casework import ConsentForm, IntakeForm, ReferralForm
from onestop_desktop.domain.consent import ConsentKind, DataItem
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.takedown import ItemForm, ItemKind
from onestop_desktop.domain.taxonomy import CrimeType, ServiceDomain
from onestop_desktop.services.referrals import ConsentMissing
from onestop_desktop.services.session import Session

GIVEN = (date.today() - timedelta(days=1)).isoformat()
URL = "https://video.example.invalid/watch/zq81x7"
WITH_LIST = frozenset({DataItem.NAME, DataItem.CRIME_TYPE, DataItem.TAKEDOWN})


def _setup(session: Session, items: frozenset[DataItem], consented: frozenset[DataItem]) -> str:
    case_id = session.intake.create(IntakeForm(name="표식내담자", birth_date="1995-03-15",
                                               crime_types={CrimeType.DIGITAL_SEX}))  # fmt: skip
    session.takedown.add_item(case_id, ItemForm("동영상사이트", URL, "", ItemKind.VIDEO, GIVEN))
    agency = next(a.id for a in session.agencies.list() if ServiceDomain.DIGITAL in a.domains)
    session.consents.record(
        case_id, ConsentForm(kind=ConsentKind.COLLECTION, given_on=GIVEN, purpose="상담 및 지원 연계")
    )
    session.consents.record(case_id, ConsentForm(kind=ConsentKind.THIRD_PARTY, agency_id=agency, given_on=GIVEN,
                                                 items=consented))  # fmt: skip
    if DataItem.TAKEDOWN in consented:
        session.consents.record(case_id, ConsentForm(kind=ConsentKind.SENSITIVE, given_on=GIVEN, purpose="삭제 지원",
                                                     items=frozenset({DataItem.TAKEDOWN})))  # fmt: skip
    return session.referrals.create(
        case_id, ReferralForm(agency_id=agency, domain=ServiceDomain.DIGITAL, reason="삭제 지원 요청", items=items)
    )


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def test_a_consented_list_goes_in_the_packet_and_the_attachment(admin_session: Session, tmp_path: Path) -> None:
    referral_id = _setup(admin_session, WITH_LIST, WITH_LIST)
    text = _pdf_text(admin_session.documents.packet(referral_id, "기관 발송").data).replace("\n", "").replace(" ", "")
    assert "삭제지원대상목록" in text and "zq81x7" in text
    document = admin_session.takedown_export.for_referral(referral_id, "기관 발송")
    target = tmp_path / "list.xlsx"
    admin_session.takedown_export.save_document(document, target)
    cells = [c for ws in openpyxl.load_workbook(target) for row in ws.iter_rows() for c in row if c.value is not None]
    assert URL in [c.value for c in cells] and not any(c.data_type == "f" for c in cells)
    with admin_session.store.read() as conn:
        kinds = [r[0] for r in conn.execute("SELECT kind FROM documents WHERE referral_id = ?", (referral_id,))]
    assert "takedown_list" in kinds
    assert "zq81x7" not in admin_session.audit.export_csv(date.today() - timedelta(days=1))


def test_without_the_item_the_list_stays_home(admin_session: Session) -> None:
    items = frozenset({DataItem.NAME, DataItem.CRIME_TYPE})
    referral_id = _setup(admin_session, items, items)
    text = _pdf_text(admin_session.documents.packet(referral_id, "기관 발송").data)
    assert "zq81x7" not in text and "삭제 지원 대상 목록" not in text
    with pytest.raises(OneStopError) as caught:
        admin_session.takedown_export.for_referral(referral_id, "기관 발송")
    assert caught.value.code is ErrorCode.INVALID_INPUT


def test_the_list_is_refused_while_the_consent_does_not_cover_it(admin_session: Session) -> None:
    referral_id = _setup(admin_session, WITH_LIST, frozenset({DataItem.NAME, DataItem.CRIME_TYPE}))
    with pytest.raises(ConsentMissing):
        admin_session.takedown_export.for_referral(referral_id, "기관 발송")
    with pytest.raises(ConsentMissing):
        admin_session.documents.packet(referral_id, "기관 발송")
