"""The period report as an .xlsx workbook: a cover sheet, then one sheet per table, numbers as numbers.

Counts are written as integers and averages as numbers with one decimal, so a partner can add them up
in a spreadsheet; suppressed entries are the text "<5" or "x" (never a number that could be mistaken for
a count). The workbook is made in memory; the service writes it atomically where the user chose.
"""

from __future__ import annotations

import io
from datetime import datetime

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from onestop_desktop.domain.korean import official_date
from onestop_desktop.domain.reporting import ActivityReport, PublishedTable
from onestop_desktop.domain.spreadsheet_cells import cell_value

from .page import PRODUCER

_HEAD_FILL = PatternFill("solid", fgColor="DDE3EC")
_TOTAL_FILL = PatternFill("solid", fgColor="ECEFF4")
_THIN = Side(style="thin", color="8A9099")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_BOLD = Font(bold=True)
_MAX_SHEET_TITLE = 31  # Excel's limit
_FIXED_TIME = datetime(2000, 1, 1)  # workbook metadata carries no production time of its own


def _put(sheet: Worksheet, row: int, column: int, value: str | float | None) -> Cell:
    """Every cell goes in here: text never becomes a formula (`cell_value`), and characters XML cannot
    hold are dropped rather than failing the whole workbook."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    return sheet.cell(row=row, column=column, value=cell_value(value))


def _sheet_title(number: int, table: PublishedTable) -> str:
    title = f"{number}. {table.title.split(' — ')[0]} {table.title.split(' — ')[-1]}"
    for bad in "[]:*?/\\":
        title = title.replace(bad, " ")
    return title[:_MAX_SHEET_TITLE]


def activity_report_xlsx(report: ActivityReport) -> bytes:
    workbook = Workbook()
    cover = workbook.active
    assert cover is not None
    cover.title = "개요"
    production = report.production
    lines = [
        (f"{report.period.label} 실적 보고", True),
        (f"기관: {report.center_name}" if report.center_name else "", False),
        (f"기간: {official_date(report.period.start)} ~ {official_date(report.period.last_day)}", False),
        (
            f"출력: {production.produced_by}, {official_date(production.produced_at.date())} "
            f"{production.produced_at:%H:%M}, 사유: {production.purpose}",
            False,
        ),
        ("", False),
        *((note, False) for note in report.notes),
        ("", False),
        ("표 목록", True),
        *((f"{n}. {t.title}", False) for n, t in enumerate(report.tables, start=1)),
    ]
    for row, (text, bold) in enumerate(lines, start=1):
        if text:
            cell = _put(cover, row, 1, text)
            cell.font = Font(bold=bold, size=14 if row == 1 else 11)
    cover.column_dimensions["A"].width = 100
    for number, table in enumerate(report.tables, start=1):
        _table_sheet(workbook, number, table)
    workbook.properties.creator = PRODUCER
    workbook.properties.lastModifiedBy = PRODUCER
    workbook.properties.title = f"{report.period.label} 실적 보고"
    workbook.properties.created = _FIXED_TIME
    workbook.properties.modified = _FIXED_TIME
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _table_sheet(workbook: Workbook, number: int, table: PublishedTable) -> None:
    sheet = workbook.create_sheet(_sheet_title(number, table))
    _put(sheet, 1, 1, f"{number}. {table.title}").font = Font(bold=True, size=13)
    header_row = 3
    for column, text in enumerate((table.row_header, *table.columns), start=1):
        cell = _put(sheet, header_row, column, text)
        cell.font, cell.fill, cell.border = _BOLD, _HEAD_FILL, _BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for offset, (label, values) in enumerate(table.rows, start=1):
        row = header_row + offset
        is_total = offset == len(table.rows)
        label_cell = _put(sheet, row, 1, label)
        label_cell.border = _BOX
        if is_total:
            label_cell.font, label_cell.fill = _BOLD, _TOTAL_FILL
        for column, value in enumerate(values, start=2):
            cell = _put(sheet, row, column, value)
            cell.border = _BOX
            cell.alignment = Alignment(horizontal="right")
            if isinstance(value, float):
                cell.number_format = "0.0"
            elif isinstance(value, int):
                cell.number_format = "#,##0"
            if is_total:
                cell.font, cell.fill = _BOLD, _TOTAL_FILL
    sheet.column_dimensions["A"].width = max(16, min(40, max(len(label) for label, _ in table.rows) * 2 + 2))
    for column in range(2, len(table.columns) + 2):
        sheet.column_dimensions[get_column_letter(column)].width = 14
    sheet.row_dimensions[header_row].height = 32
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=2)
