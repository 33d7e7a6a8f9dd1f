"""An attached signed consent form can be opened again (from memory, audited) and saved as a copy only with its
출력 사유 (registered and audited), never into the data folder."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from onestop_desktop.domain.casework import ConsentForm, IntakeForm
from onestop_desktop.domain.consent import ConsentKind
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.taxonomy import CrimeType
from onestop_desktop.services.session import Session

SCAN = b"%PDF-1.4 a signed form"


def _consent_with_scan(session: Session) -> tuple[str, str]:
    case_id = session.intake.create(
        IntakeForm(name="스캔내담자", birth_date="1990-01-02", crime_types={CrimeType.OTHER})
    )
    given = (date.today() - timedelta(days=1)).isoformat()
    consent_id = session.consents.record(
        case_id, ConsentForm(kind=ConsentKind.COLLECTION, given_on=given, purpose="상담 및 지원")
    )
    session.consents.attach_scan(case_id, consent_id, "서명동의서.pdf", "application/pdf", SCAN)
    return case_id, consent_id


def test_the_scan_opens_again_and_the_viewing_is_audited(admin_session: Session) -> None:
    case_id, consent_id = _consent_with_scan(admin_session)
    scan = admin_session.consents.scan(case_id, consent_id)
    assert (scan.filename, scan.data, scan.is_pdf) == ("서명동의서.pdf", SCAN, True)
    latest = admin_session.audit.recent(1)[0]
    assert str(latest.action) == "view" and "signed consent form viewed" in latest.detail


def test_a_copy_needs_a_purpose_is_registered_and_stays_out_of_the_data_folder(
    admin_session: Session, tmp_path: Path
) -> None:
    case_id, consent_id = _consent_with_scan(admin_session)
    target = tmp_path / "copy.pdf"
    with pytest.raises(OneStopError) as no_purpose:
        admin_session.consents.save_scan(case_id, consent_id, target, "  ")
    assert no_purpose.value.code is ErrorCode.INVALID_INPUT and not target.exists()
    inside = admin_session.vault.data_dir.root / "copy.pdf"
    with pytest.raises(OneStopError) as refused:
        admin_session.consents.save_scan(case_id, consent_id, inside, "법원 제출")
    assert refused.value.code is ErrorCode.OUTPUT_IN_DATA_FOLDER
    admin_session.consents.save_scan(case_id, consent_id, target, "법원 제출")
    assert target.read_bytes() == SCAN
    with admin_session.store.read() as conn:
        rows = conn.execute("SELECT kind, purpose, destination FROM documents").fetchall()
    assert rows == [("consent_scan", "법원 제출", "file")]
    assert str(admin_session.audit.recent(1)[0].action) == "export"
