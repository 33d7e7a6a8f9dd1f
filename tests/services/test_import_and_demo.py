"""Spreadsheet import (all or nothing, named rows, idempotent), stats, and demo data."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.roles import Role
from onestop_desktop.resources import resource
from onestop_desktop.services.importer import Importer
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault

EXAMPLE = resource("examples", "import-example.csv")


def _stats(session: Session) -> dict[str, int]:
    return dict(session.stats.counts())


def _write(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _example_rows() -> list[list[str]]:
    with EXAMPLE.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_the_example_file_imports_and_a_second_import_adds_nobody(admin_session: Session) -> None:
    result = admin_session.importer.run(EXAMPLE)
    assert (result.created, result.skipped) == (6, 0)
    stats = _stats(admin_session)
    assert stats["clients"] == 6 and stats["cases.status.closed"] == 2 and stats["cases.crime_type.stalking"] == 1
    again = admin_session.importer.run(EXAMPLE)
    assert (again.created, again.skipped) == (0, 6)
    assert _stats(admin_session) == stats


def test_cp949_files_from_korean_spreadsheets(admin_session: Session, tmp_path: Path) -> None:
    path = _write(tmp_path / "cp949.csv", _example_rows(), encoding="cp949")
    assert admin_session.importer.run(path).created == 6


def test_xlsx_workbooks(admin_session: Session, tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in _example_rows():
        sheet.append(row)
    workbook.save(tmp_path / "clients.xlsx")
    assert admin_session.importer.run(tmp_path / "clients.xlsx").created == 6


def test_one_bad_row_refuses_the_whole_file_and_names_the_row(admin_session: Session, tmp_path: Path) -> None:
    rows = _example_rows()
    bad = list(rows[3])
    bad[0], bad[3], bad[4] = "x" * 5000, "2099-13-45", "0101234"
    rows.insert(4, bad)  # line 5 of the file
    before = _stats(admin_session)
    with pytest.raises(OneStopError) as caught:
        admin_session.importer.run(_write(tmp_path / "bad.csv", rows))
    assert caught.value.code is ErrorCode.IMPORT_REJECTED
    problems = caught.value.params["problems"]
    assert {p.row for p in problems} == {5}
    assert {p.column for p in problems} == {"성명", "생년월일", "연락처"}
    assert _stats(admin_session) == before


def test_missing_name_column_and_unreadable_files(admin_session: Session, tmp_path: Path) -> None:
    with pytest.raises(OneStopError) as no_name:
        admin_session.importer.run(_write(tmp_path / "x.csv", [["이름아님", "연락처"], ["a", "010-1234-5678"]]))
    assert no_name.value.code is ErrorCode.IMPORT_REJECTED
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(b"\x00\x01 not a workbook")
    with pytest.raises(OneStopError) as unreadable:
        admin_session.importer.run(garbage)
    assert unreadable.value.code is ErrorCode.IMPORT_UNREADABLE
    with pytest.raises(OneStopError) as missing:
        admin_session.importer.run(tmp_path / "nope.csv")
    assert missing.value.code is ErrorCode.FILE_NOT_FOUND


def test_only_administrators_import(admin_session: Session, vault: Vault) -> None:
    admin_session.users.add("kim", "김상담", Role.COUNSELOR, "Temp-Pass-1234")
    kim = vault.login("kim", "Temp-Pass-1234")
    with pytest.raises(OneStopError) as caught:
        Importer(kim).run(EXAMPLE)
    assert caught.value.code is ErrorCode.PERMISSION_DENIED
    kim.logout()


def test_demo_seed_is_complete_and_consistent(admin_session: Session) -> None:
    result = admin_session.demo.seed(60, 3)
    assert (result.clients, result.counseling_sessions) == (60, 180)
    stats = _stats(admin_session)
    assert stats["clients"] == 60 and stats["sessions"] == 180
    assert all(stats[f"cases.status.{s}"] > 0 for s in ("intake", "active", "on_hold", "closed"))
    assert admin_session.maintenance.check() == []
    assert admin_session.audit.verify()[1] == []
