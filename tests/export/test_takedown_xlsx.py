"""The 삭제지원 hand-over sheet: whatever a platform, address, description or note holds, no cell is a formula
and the text reads back as typed (behind the one protective quote when it starts like a formula)."""

from __future__ import annotations

import io
from datetime import date, datetime

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from onestop_desktop.domain.documents import Production
from onestop_desktop.domain.spreadsheet_cells import safe_text
from onestop_desktop.domain.takedown import (
    Channel,
    FoundBy,
    ItemKind,
    ItemStatus,
    Recipient,
    TakedownItem,
    TakedownRequest,
)
from onestop_desktop.export.takedown_xlsx import COLUMNS, TakedownList, takedown_list_xlsx

DAY = date(2026, 11, 2)
PRODUCTION = Production("김상담", datetime(2026, 12, 1, 10, 0), "=기관 발송")
formula_like = st.one_of(
    st.text(max_size=40),
    st.sampled_from(['=HYPERLINK("https://x.example.invalid","열기")', "+1+1", "-2", "@SUM(1)", "\t=1"]),
)


def _item(n: int, platform: str, url: str, description: str, original: str | None = None) -> TakedownItem:
    request = TakedownRequest(f"r{n}", f"i{n}", Recipient.KCSC, DAY, Channel.DOCUMENT, "")
    return TakedownItem(f"i{n}", "c", platform, url, description, ItemKind.DEEPFAKE, DAY, FoundBy.AGENCY,
                        ItemStatus.REQUESTED, DAY, original, None, "", (request,))  # fmt: skip


def _xml_line_ends(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _values(data: bytes) -> list[openpyxl.cell.cell.Cell]:
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    return [c for ws in workbook for row in ws.iter_rows() for c in row if c.value is not None]


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(platform=formula_like, description=formula_like)
def test_no_text_ever_becomes_a_formula(platform: str, description: str) -> None:
    url = "https://video.example.invalid/watch/zq81x7"
    cells = _values(takedown_list_xlsx(TakedownList("D1-2026-00001", (_item(1, platform, url, description),),
                                                    PRODUCTION)))  # fmt: skip
    assert not any(c.data_type == "f" for c in cells)
    texts = [str(c.value) for c in cells]
    for typed in (platform, description):
        # XML end-of-line handling reads a stored CR or CRLF back as LF: the line break a spreadsheet shows.
        kept = ILLEGAL_CHARACTERS_RE.sub("", typed)
        if kept.strip():
            assert _xml_line_ends(safe_text(kept)) in texts or _xml_line_ends(kept) in texts
    assert url in texts


def test_the_agency_columns_and_the_reupload_reference() -> None:
    items = (_item(1, "사이트", "https://a.example.invalid/1", ""), _item(2, "미러", "", "단체방", original="i1"))
    workbook = openpyxl.load_workbook(io.BytesIO(takedown_list_xlsx(TakedownList("D1-2026-00001", items,
                                                                                 PRODUCTION))))  # fmt: skip
    sheet = workbook.worksheets[0]
    header = [c.value for c in sheet[5]]
    assert header == [title for title, _ in COLUMNS]
    second = [c.value for c in sheet[7]]
    assert second[0] == 2 and second[3] == "단체방" and second[4] == "딥페이크" and second[10] == 1
    assert "방송통신심의위원회 · 2026-11-02 · 공문" in second[9]
    assert sheet["A3"].value == "출력 사유: =기관 발송"  # the purpose is text after a label, never a formula
    assert workbook.properties.creator and workbook.properties.created == datetime(2000, 1, 1)
