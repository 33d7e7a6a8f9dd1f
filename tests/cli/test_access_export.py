"""`onestop-admin access-export`: the exact contract of the acceptance script (CASE_NUMBER --out FILE.pdf|FILE.zip
[--purpose TEXT]), text pdftotext-style readers can extract, the zip's JSON, and one-line refusals."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from onestop_desktop.domain.casework import IntakeForm
from onestop_desktop.domain.taxonomy import CrimeType

from ..conftest import ADMIN_PASSPHRASE
from ..export.pdfcheck import reader, squeezed, text
from .conftest import Installation


def _case(installed: Installation) -> str:
    session = installed.vault().login("admin", ADMIN_PASSPHRASE)
    try:
        case_id = session.intake.create(IntakeForm(name="명령열람", crime_types={CrimeType.SEXUAL}))
        return session.cases.open(case_id).case.case_number
    finally:
        session.logout()


def test_access_export_writes_a_readable_pdf_and_a_zip(installed: Installation, tmp_path: Path) -> None:
    number = _case(installed)
    pdf = tmp_path / "access.pdf"
    made = installed.admin("access-export", number, "--out", str(pdf), "--purpose", "본인 열람 청구", lang="ko")
    assert made.code == 0, made
    assert "열람 자료" in made.out and str(pdf) in made.out
    body = squeezed(text(pdf.read_bytes()))
    assert "명령열람" in body and number in body and "본인열람청구" in body
    assert len(reader(pdf.read_bytes()).pages) >= 1
    archive = tmp_path / "access.zip"
    assert installed.admin("access-export", number, "--out", str(archive)).code == 0
    with zipfile.ZipFile(archive) as opened:
        record = json.loads(opened.read("access-record.json"))
    assert record["case_number"] == number and record["format"] == "onestop-access-record/1"


def test_refusals_are_one_line(installed: Installation, tmp_path: Path) -> None:
    number = _case(installed)
    target = tmp_path / "a.pdf"
    assert installed.admin("access-export", number, "--out", str(target)).code == 0
    for argv in (
        (number, "--out", str(target)),  # exists, no --force
        (number, "--out", str(tmp_path / "a.txt")),  # wrong kind
        ("D1-2026-99999", "--out", str(tmp_path / "b.pdf")),  # unknown case
    ):
        refused = installed.admin("access-export", *argv)
        assert refused.code != 0 and len(refused.err.strip().splitlines()) == 1, (argv, refused)
        assert "Traceback" not in refused.err
    assert installed.admin("access-export", number, "--out", str(target), "--force").code == 0
