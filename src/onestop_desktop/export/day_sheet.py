"""The outreach day sheet (외근 일정표): one worker's visits of a day, drawn only from `domain.day_sheet.DaySheet`,
which already left out what must not travel (names unless chosen, withheld addresses)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from onestop_desktop.domain.day_sheet import DaySheet
from onestop_desktop.domain.korean import official_date

from . import styles as st
from .fonts import ensure_fonts
from .grid import grid_style, table
from .page import PageContext, PdfBytes, build
from .text import markup, para

TITLE = "외근 일정표"
SUBJECT = "방문 일정 (현장 휴대용)"
EMPTY = "이 날 일정이 없습니다."
NOTICE = "현장 휴대용: 업무 후 파쇄하거나 센터에 반납하십시오. 주소 비공개 대상자의 주소는 싣지 않습니다."
_HEADER = ("시간", "사례번호", "구분", "대상", "장소·주소", "안전 연락 수칙")
_WIDTHS = (23 * mm, 35 * mm, 11 * mm, 16 * mm, 40 * mm)


def story(sheet: DaySheet) -> list[Flowable]:
    flow: list[Flowable] = [
        Paragraph(markup(f"{TITLE} — {official_date(sheet.day)}"), st.TITLE),
        Paragraph(markup(f"{sheet.center_name} · {sheet.worker}"), st.SUBTITLE),
        Spacer(1, 4 * mm),
        Paragraph(markup("· " + NOTICE), st.NOTICE),
        Spacer(1, 3 * mm),
    ]
    if not sheet.rows:
        return [*flow, para(EMPTY, st.BODY)]
    rows: list[list[Any]] = [[Paragraph(markup(h), st.LABEL_CENTER) for h in _HEADER]]
    for row in sheet.rows:
        rules = [para(line, st.ALERT_NOTE if "금지" in line or "동거" in line else st.SMALL) for line in
                 row.safe_contact] or ""  # fmt: skip
        when = para(f"{row.start:%H:%M}–{row.end:%H:%M}", st.VALUE_CENTER)
        rows.append([when, para(row.case_number, st.VALUE), para(row.kind, st.VALUE_CENTER), para(row.who, st.VALUE),
                     para(row.place, st.VALUE), rules])  # fmt: skip
    widths = [*_WIDTHS, st.CONTENT_WIDTH - sum(_WIDTHS)]
    style = [*grid_style(), ("BACKGROUND", (0, 0), (-1, 0), st.HEAD_BG), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    return [*flow, table(rows, widths, style, repeatRows=1)]


def render_day_sheet(sheet: DaySheet) -> PdfBytes:
    ensure_fonts()
    context = PageContext(0, TITLE, sheet.worker, sheet.day.isoformat(), sheet.production, recipient_label="담당")
    return build(story(sheet), context, title=TITLE, author=sheet.center_name, subject=SUBJECT)
