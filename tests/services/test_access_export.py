"""열람 자료 through the service: every case of the person and what each holds, the referrals with what was sent
to whom, the register and access log naming them, read back from the PDF (pypdf: text, embedded fonts, pages)
and from the zip (JSON and the kept scan); other people's data left out with a note; registered and audited."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from onestop_desktop.domain.casework import ClientForm, ConsentForm, CounselingSessionForm, IntakeForm, ReferralForm
from onestop_desktop.domain.consent import ConsentKind, DataItem
from onestop_desktop.domain.contact_privacy import ADDRESS_WITHHELD
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.roles import Role
from onestop_desktop.domain.subject_requests import RequestForm, RequestKind
from onestop_desktop.domain.taxonomy import CrimeType, ServiceDomain
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault

TODAY = date.today()
SCAN = b"\x89PNG\r\n\x1a\n-signed-form-"


def _text(data: bytes) -> str:
    return "".join("".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def person(admin_session: Session) -> str:
    s = admin_session
    case_id = s.intake.create(IntakeForm(name="열람표식", birth_date="1990-03-15", phone="010-2345-6789",
                                         crime_types={CrimeType.STALKING}))  # fmt: skip
    second = s.intake.create(IntakeForm(name="열람표식", birth_date="1990-03-15", crime_types={CrimeType.OTHER}))
    with s.store.read() as conn:  # the same person's second case (what the one-client work will make common)
        client_id = conn.execute("SELECT client_id FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
    with s.store.write(s.actor) as tx:
        tx.update("cases", second, {"client_id": client_id})
    hidden = ClientForm(name="열람표식", birth_date="1990-03-15", address_road="서울 동작구 숨김로 77",
                        address_private=True, guardian_name="보호자표식", guardian_relation="모",
                        guardian_phone="010-9999-8888")  # fmt: skip
    s.cases.update_client(case_id, hidden, s.cases.open(case_id).client.updated_at)
    smile = next(a.id for a in s.agencies.list() if a.name.startswith("스마일센터"))
    given = (TODAY - timedelta(days=1)).isoformat()
    consent = s.consents.record(case_id, ConsentForm(kind=ConsentKind.COLLECTION, given_on=given, purpose="상담"))
    s.consents.attach_scan(case_id, consent, "scan.png", "image/png", SCAN)
    s.consents.record(case_id, ConsentForm(kind=ConsentKind.THIRD_PARTY, agency_id=smile, given_on=given,
                                           items=frozenset({DataItem.NAME, DataItem.CRIME_TYPE})))  # fmt: skip
    sent = frozenset({DataItem.NAME, DataItem.CRIME_TYPE})
    referral = s.referrals.create(
        case_id, ReferralForm(agency_id=smile, domain=ServiceDomain.PSYCH, reason="심리", items=sent)
    )
    s.documents.record_printed(s.documents.referral_letter(referral, "기관 발송"))
    s.cases.add_counseling_session(second, CounselingSessionForm(started_at=f"{given} 10:00", note="둘째사례상담내용"))
    s.subject_requests.log(case_id, RequestForm(RequestKind.ACCESS, TODAY.isoformat()))
    return case_id


def test_the_pdf_holds_every_case_and_what_was_sent_to_whom(
    admin_session: Session, person: str, tmp_path: Path
) -> None:
    target = tmp_path / "열람.pdf"
    pages = admin_session.access_export.export(person, target, "본인 열람 청구")
    data = target.read_bytes()
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == pages >= 2
    body = _text(data)
    numbers = [r.case_number for r in admin_session.cases.numbers()]
    for needle in ("개인정보열람자료", "열람표식", *numbers, "둘째사례상담내용", "스마일센터", "연계의뢰서", "기관발송",
                   "010-2345-6789", "접속기록", "조회", "열람", "본인열람청구"):  # fmt: skip
        assert needle in body, needle
    assert ADDRESS_WITHHELD.replace(" ", "") in body and "숨김로" not in body
    assert "보호자표식" not in body and "9999" not in body and "보호자(법정대리인)의성명" in body
    fonts = {str(f["/BaseFont"]) for p in reader.pages for f in (p["/Resources"]["/Font"].get_object()).values()}
    assert fonts and all("Helvetica" not in f for f in fonts)


def test_the_zip_holds_the_json_and_the_kept_scan(admin_session: Session, person: str, tmp_path: Path) -> None:
    target = tmp_path / "access.zip"
    admin_session.access_export.export(person, target)
    with zipfile.ZipFile(target) as archive:
        record = json.loads(archive.read("access-record.json"))
        scans = [n for n in archive.namelist() if n.startswith("attachments/")]
        assert scans and archive.read(scans[0]) == SCAN
    sections = {s["key"]: s for s in record["sections"]}
    assert record["subject"] == "열람표식" and len(sections["cases"]["rows"]) == 2
    assert sections["referrals"]["rows"][0]["agency"].startswith("스마일센터")
    assert {"성명", "피해 유형"} <= set(sections["referrals"]["rows"][0]["items"].split(", "))
    person_rows = {r["item"]: r["value"] for r in sections["person"]["rows"]}
    assert person_rows["주소"] == ADDRESS_WITHHELD
    assert "보호자표식" not in json.dumps(record, ensure_ascii=False) and record["omitted"]


def test_each_output_is_registered_with_its_purpose_and_audited(
    admin_session: Session, person: str, tmp_path: Path
) -> None:
    admin_session.access_export.export(person, tmp_path / "a.pdf", "본인 열람 청구")
    with admin_session.store.read() as conn:
        rows = conn.execute("SELECT kind, purpose, case_id FROM documents WHERE kind = 'access_record'").fetchall()
    assert rows == [("access_record", "본인 열람 청구", person)]
    assert "access_record: 본인 열람 청구" in admin_session.audit.export_csv(TODAY - timedelta(days=1))
    with pytest.raises(OneStopError) as inside:
        admin_session.access_export.export(person, admin_session.vault.data_dir.root / "x.pdf")
    assert inside.value.code is ErrorCode.OUTPUT_IN_DATA_FOLDER
    with pytest.raises(OneStopError) as exists:
        admin_session.access_export.export(person, tmp_path / "a.pdf")
    assert exists.value.code is ErrorCode.OUTPUT_EXISTS


def test_staff_without_notes_cannot_make_it(admin_session: Session, person: str, vault: Vault, tmp_path: Path) -> None:
    admin_session.users.add("staff1", "행정", Role.STAFF, "Temp-Pass-1234")
    staff = vault.login("staff1", "Temp-Pass-1234")
    try:
        with pytest.raises(OneStopError) as caught:
            staff.access_export.export(person, tmp_path / "s.pdf")
        assert caught.value.code is ErrorCode.PERMISSION_DENIED
    finally:
        staff.logout()
    assert not (tmp_path / "s.pdf").exists()
