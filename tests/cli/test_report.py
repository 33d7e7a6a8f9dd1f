"""`onestop-admin report`: a period report from a terminal, through the same service as the app."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from ..conftest import ADMIN_PASSPHRASE
from .conftest import OWN_PASSPHRASE, TEMP_PASSPHRASE, Installation


@pytest.fixture
def seeded(installed: Installation) -> Installation:
    assert installed.admin("seed-demo", "--clients", "60", "--sessions-per-case", "1").code == 0
    return installed


def _register(installed: Installation) -> list[tuple[str, str]]:
    session = installed.vault().login("admin", ADMIN_PASSPHRASE)
    try:
        with session.store.read() as conn:
            return [(r[0], r[1]) for r in conn.execute("SELECT kind, purpose FROM documents ORDER BY produced_at")]
    finally:
        session.logout()


@pytest.mark.parametrize("period", ["2026", "2026-Q3", "2026-07", "2026-03-01..2026-04-15"])
def test_a_workbook_for_each_kind_of_period(seeded: Installation, tmp_path: Path, period: str) -> None:
    target = tmp_path / "report.xlsx"
    result = seeded.admin("report", "--period", period, "--out", str(target))
    assert result.code == 0 and str(target) in result.out and result.err == ""
    workbook = openpyxl.load_workbook(target)
    assert len(workbook.worksheets) > 2
    assert _register(seeded) == [("period_report", "실적 보고")]  # the default reason


def test_a_pdf_with_a_reason(seeded: Installation, tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    result = seeded.admin("report", "--period", "2026-Q3", "--out", str(target), "--reason", "법무부 제출", lang="ko")
    assert result.code == 0 and "2026년 3분기" in result.out
    assert "사유: 법무부 제출" in PdfReader(target).pages[0].extract_text()
    assert _register(seeded) == [("period_report", "법무부 제출")]


@pytest.mark.parametrize("period", ["2026-13", "2026-Q5", "26", "2026-02-30..2026-03-01", "last year"])
def test_an_impossible_period_is_one_clear_error(installed: Installation, tmp_path: Path, period: str) -> None:
    result = installed.admin("report", "--period", period, "--out", str(tmp_path / "x.xlsx"))
    assert result.code == 2 and "is not a period" in result.one_error_line()
    assert not (tmp_path / "x.xlsx").exists()


def test_the_file_must_be_xlsx_or_pdf(installed: Installation, tmp_path: Path) -> None:
    result = installed.admin("report", "--period", "2026", "--out", str(tmp_path / "x.csv"))
    assert result.code == 2 and "must end in .xlsx, .pdf" in result.one_error_line()


def test_a_counselor_may_not_make_reports(installed: Installation, tmp_path: Path) -> None:
    stdin = f"{ADMIN_PASSPHRASE}\n{TEMP_PASSPHRASE}\n"
    assert installed.admin("users", "add", "kim", "--name", "김상담", "--role", "counselor", stdin=stdin).code == 0
    assert installed.choose_own("kim").code == 0
    refused = installed.as_user("kim", OWN_PASSPHRASE, "report", "--period", "2026", "--out", str(tmp_path / "r.pdf"))
    assert refused.code == 3 and "does not allow" in refused.one_error_line()
    assert not (tmp_path / "r.pdf").exists()
