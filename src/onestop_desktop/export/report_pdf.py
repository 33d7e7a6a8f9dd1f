"""The period report as a PDF: the same page frame, fonts and 출력 line as the other documents, a table per
figure and a bar chart beside the counts that have one.

Charts are single-series horizontal bars with the number written at the end of each bar, so they read the
same printed in grey; a suppressed count gets no bar, only its "<5" or "x". Only published values (see
domain/reporting.py) reach this module.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from onestop_desktop.domain.korean import official_date
from onestop_desktop.domain.reporting import ActivityReport, PublishedTable

from . import styles as st
from .fonts import BOLD, REGULAR, ensure_fonts
from .grid import table
from .page import PageContext, PdfBytes, build
from .text import markup

TITLE = "실적 보고"
SUBJECT = "범죄피해자 지원 실적 (집계)"
MARK = "대외 제공용 집계 · 개인정보 없음 · 소수 집계 비공개"
_BAR_HEIGHT = 9.0
_BAR_GAP = 4.5
_LABEL_WIDTH = 46 * mm
_BAR_FILL = st.MUTED
_AXIS = st.GRID


def _value_text(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return "" if value is None else str(value)


def chart(values: tuple[tuple[str, int | None], ...], suppressed_text: dict[str, str]) -> Drawing:
    """Horizontal bars, one per row, each labelled with its number; suppressed rows show their mark only."""
    width = st.CONTENT_WIDTH
    height = len(values) * (_BAR_HEIGHT + _BAR_GAP) + _BAR_GAP
    drawing = Drawing(width, height)
    drawing.initialFontName, drawing.initialFontSize = REGULAR, 8  # else the renderer selects Helvetica first
    top = max((v for _, v in values if v is not None), default=0) or 1
    room = width - _LABEL_WIDTH - 18 * mm
    drawing.add(Line(_LABEL_WIDTH, 0, _LABEL_WIDTH, height, strokeColor=_AXIS, strokeWidth=0.6))
    for index, (label, value) in enumerate(values):
        y = height - (index + 1) * (_BAR_HEIGHT + _BAR_GAP)
        text = label if stringWidth(label, REGULAR, 8) < _LABEL_WIDTH - 6 else label[:14] + "…"
        drawing.add(String(_LABEL_WIDTH - 4, y + 2.2, text, fontName=REGULAR, fontSize=8, fillColor=st.INK,
                           textAnchor="end"))  # fmt: skip
        if value is None:
            drawing.add(String(_LABEL_WIDTH + 4, y + 2.2, suppressed_text.get(label, ""), fontName=BOLD, fontSize=8,
                               fillColor=st.INK))  # fmt: skip
            continue
        length = room * value / top
        if length > 0:
            drawing.add(Rect(_LABEL_WIDTH, y, length, _BAR_HEIGHT, fillColor=_BAR_FILL, strokeColor=st.INK,
                             strokeWidth=0.4))  # fmt: skip
        drawing.add(String(_LABEL_WIDTH + length + 3, y + 2.2, f"{value:,}", fontName=BOLD, fontSize=8,
                           fillColor=st.INK))  # fmt: skip
    return drawing


def _table(published: PublishedTable) -> Flowable:
    header = [Paragraph(markup(published.row_header), st.LABEL_CENTER),
              *(Paragraph(markup(c), st.LABEL_CENTER) for c in published.columns)]  # fmt: skip
    rows: list[list[Any]] = [header]
    for label, values in published.rows:
        rows.append([Paragraph(markup(label), st.VALUE), *(_value_text(v) for v in values)])
    n_cols = len(published.columns)
    first = min(60 * mm, st.CONTENT_WIDTH - n_cols * 18 * mm)
    widths = [first, *([(st.CONTENT_WIDTH - first) / max(1, n_cols)] * n_cols)]
    last = len(rows) - 1
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, st.GRID),
        ("BOX", (0, 0), (-1, -1), 1.0, st.FRAME),
        ("BACKGROUND", (0, 0), (-1, 0), st.HEAD_BG),
        ("BACKGROUND", (0, last), (-1, last), st.LABEL_BG),
        ("FONTNAME", (1, last), (-1, last), BOLD),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    return table(rows, widths, commands, repeatRows=1)


def story(report: ActivityReport) -> list[Flowable]:
    period = report.period
    flow: list[Flowable] = [
        Paragraph(markup(f"{period.label} {TITLE}"), st.TITLE),
        Paragraph(
            markup(f"{report.center_name} · {official_date(period.start)} ~ {official_date(period.last_day)}"),
            st.SUBTITLE,
        ),
        Spacer(1, 4 * mm),
    ]
    flow += [Paragraph(markup("· " + note), st.NOTICE) for note in report.notes]
    flow.append(Spacer(1, 3 * mm))
    for number, published in enumerate(report.tables, start=1):
        part: list[Flowable] = [Paragraph(markup(f"{number}. {published.title}"), st.SECTION), _table(published)]
        flow.append(CondPageBreak(60 * mm))
        flow.append(KeepTogether(part) if len(published.rows) <= 14 else part[0])
        if len(published.rows) > 14:
            flow.append(part[1])
        if published.chart_values and any(v for _, v in published.chart_values):
            marks = {label: _value_text(values[-1] if published.columns[-1] == "계" else values[0])
                     for label, values in published.rows}  # fmt: skip
            flow += [Spacer(1, 2 * mm), chart(published.chart_values, marks)]
        flow.append(Spacer(1, 4 * mm))
    return flow


def render_activity_report(report: ActivityReport) -> PdfBytes:
    ensure_fonts()
    context = PageContext(0, f"{period_part(report)}", "협력 기관 제출용 (개인정보 없음)", report.period.code,
                          report.production, recipient_label="용도", mark=MARK)  # fmt: skip
    return build(story(report), context, title=f"{report.period.label} {TITLE}", author=report.center_name,
                 subject=SUBJECT)  # fmt: skip


def period_part(report: ActivityReport) -> str:
    return f"{report.period.label} {TITLE}"
