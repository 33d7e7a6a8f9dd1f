"""The period report's 삭제 지원 table: items found, requested, removed, refused and re-uploaded per month, small
cells suppressed, and never an address or a platform in the workbook or the PDF."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
from pypdf import PdfReader

from onestop_desktop.domain.periods import parse_period
from onestop_desktop.domain.reporting import PublishedTable
from onestop_desktop.domain.takedown import Channel, FoundBy, ItemForm, ItemKind, ItemStatus, Recipient, RequestForm
from onestop_desktop.domain.taxonomy import CrimeType
from onestop_desktop.services.session import Session

from .report_data import add_case

Q3 = parse_period("2026-Q3")
SECRET = "zq81x7secretpath"
PLATFORM = "비밀동영상사이트"


def _takedown_table(session: Session) -> PublishedTable:
    return next(t for t in session.reports.build(Q3, "실적 보고").tables if t.key == "takedown")


def _items(session: Session) -> None:
    """7 items found in July; 6 first requested in August (one of them twice); 5 removed and 1 refused in
    September; one item found in June and one in October, which must not count as found."""
    case_id = add_case(session, "2026-06-01", crimes=frozenset({CrimeType.DIGITAL_SEX}))
    takedown = session.takedown
    ids = []
    for n in range(7):
        form = ItemForm(PLATFORM, f"https://v{n}.example.invalid/{SECRET}", "", ItemKind.VIDEO, "2026-07-10",
                        FoundBy.CLIENT)  # fmt: skip
        ids.append(takedown.add_item(case_id, form))
    for found_on in ("2026-06-20", "2026-10-02"):
        takedown.add_item(case_id, ItemForm(PLATFORM, "", "단체방", ItemKind.THREAT, found_on))
    for item_id in ids[:6]:
        takedown.add_request(case_id, item_id, RequestForm(Recipient.DSC_CENTER, "2026-08-05", Channel.ONLINE_FORM))
    takedown.add_request(case_id, ids[0], RequestForm(Recipient.KCSC, "2026-09-01", Channel.DOCUMENT))
    for item_id in ids[:5]:
        takedown.set_status(case_id, item_id, ItemStatus.REMOVED, parse_period("2026-09").start)
    takedown.set_status(case_id, ids[5], ItemStatus.REFUSED, parse_period("2026-09").start)


def test_the_report_counts_items_by_month_and_status_with_small_cells_hidden(admin_session: Session) -> None:
    _items(admin_session)
    table = _takedown_table(admin_session)
    assert table.columns == ("발견 항목", "삭제 요청", "삭제 확인", "삭제 거부", "재유포")
    rows = dict(table.rows)
    assert rows["2026년 7월"][:3] == (7, 0, 0)
    assert rows["2026년 8월"][:2] == (0, 6)  # the second request of one item is not a second item
    assert rows["2026년 9월"][2] == 5
    assert rows["2026년 9월"][3] not in (1, "1")  # a single refusal is a small cell
    assert "2026년 6월" not in rows and "2026년 10월" not in rows


def test_no_address_or_platform_reaches_the_files(admin_session: Session, tmp_path: Path) -> None:
    _items(admin_session)
    workbook_doc = admin_session.reports.render(Q3, "xlsx", "실적 보고")
    target = tmp_path / "r.xlsx"
    admin_session.reports.save(workbook_doc, target)
    cells = " ".join(str(c.value) for ws in openpyxl.load_workbook(target) for row in ws.iter_rows()
                     for c in row if c.value is not None)  # fmt: skip
    assert "삭제 지원" in cells and "발견 항목" in cells
    pdf = admin_session.reports.render(Q3, "pdf", "실적 보고")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.data)).pages)
    assert "삭제 지원" in text
    for output in (cells, text):
        assert SECRET not in output and "example.invalid" not in output and PLATFORM not in output
