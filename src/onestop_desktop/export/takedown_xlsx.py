"""The 삭제지원 item list as an .xlsx workbook in the columns the removal-support agencies use.

Every text cell goes through `cell_value` (a platform named `=HYPERLINK(...)` stays text) and addresses are plain
text, never hyperlinks: the workbook holds no formula and opens nothing by itself. Made in memory; the service
writes it atomically where the user chose and records it in the document register.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from onestop_desktop.domain.documents import Production
from onestop_desktop.domain.korean import official_date
from onestop_desktop.domain.spreadsheet_cells import cell_value
from onestop_desktop.domain.takedown import (
    CHANNEL_KO,
    FOUND_BY_KO,
    ITEM_KIND_KO,
    ITEM_STATUS_KO,
    RECIPIENT_KO,
    TakedownItem,
)

from .page import PRODUCER

COLUMNS = (
    ("연번", 6),
    ("플랫폼(사이트명)", 22),
    ("URL", 48),
    ("위치 설명(URL이 없는 경우)", 28),
    ("유형", 12),
    ("발견일", 12),
    ("발견자", 10),
    ("진행 상태", 12),
    ("상태 일자", 12),
    ("삭제 요청 내역(기관·일자·방법)", 44),
    ("재유포 원본 연번", 10),
    ("증거 캡처 보관", 10),
)
_HEAD_FILL = PatternFill("solid", fgColor="DDE3EC")
_THIN = Side(style="thin", color="8A9099")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_FIXED_TIME = datetime(2000, 1, 1)  # no production time in the workbook's metadata


@dataclass(frozen=True)
class TakedownList:
    """What the hand-over sheet shows: one case's items, and who produced it, when and why."""

    case_number: str
    items: tuple[TakedownItem, ...]
    production: Production
    center_name: str = ""


def _put(sheet: Worksheet, row: int, column: int, value: str | int | None) -> Cell:
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    return sheet.cell(row=row, column=column, value=cell_value(value))


def _requests(item: TakedownItem) -> str:
    return "\n".join(
        f"{RECIPIENT_KO[r.recipient]} · {r.requested_on.isoformat()} · {CHANNEL_KO[r.channel]}" for r in item.requests
    )


def item_rows(items: tuple[TakedownItem, ...]) -> list[tuple[str | int, ...]]:
    """The sheet's rows (also drawn in the PDF packet): numbered by finding order, a re-upload naming its original."""
    number = {item.id: i for i, item in enumerate(items, start=1)}
    return [
        (
            number[item.id],
            item.platform,
            item.url,
            item.description,
            ITEM_KIND_KO[item.kind],
            item.found_on.isoformat(),
            FOUND_BY_KO[item.found_by],
            ITEM_STATUS_KO[item.status],
            item.status_on.isoformat(),
            _requests(item),
            number.get(item.original_item_id or "", ""),
            "있음" if item.evidence_attachment_id else "",
        )
        for item in items
    ]


def takedown_list_xlsx(sheet_data: TakedownList) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "삭제지원 목록"
    production = sheet_data.production
    _put(sheet, 1, 1, f"디지털 성범죄 피해 촬영물 삭제지원 요청 목록 — 사건 {sheet_data.case_number}").font = Font(
        bold=True, size=13
    )
    by = f"{sheet_data.center_name} " if sheet_data.center_name else ""
    _put(sheet, 2, 1, f"작성: {by}{production.produced_by}, {official_date(production.produced_at.date())}")
    _put(sheet, 3, 1, f"출력 사유: {production.purpose}")
    header_row = 5
    for column, (title, width) in enumerate(COLUMNS, start=1):
        cell = _put(sheet, header_row, column, title)
        cell.font, cell.fill, cell.border = Font(bold=True), _HEAD_FILL, _BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[cell.column_letter].width = width
    for offset, row in enumerate(item_rows(sheet_data.items), start=1):
        for column, value in enumerate(row, start=1):
            cell = _put(sheet, header_row + offset, column, value)
            cell.border, cell.alignment = _BOX, Alignment(vertical="top", wrap_text=True)
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    properties = workbook.properties
    properties.creator = properties.lastModifiedBy = PRODUCER
    properties.created = properties.modified = _FIXED_TIME
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
