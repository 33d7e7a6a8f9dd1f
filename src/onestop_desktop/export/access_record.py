"""열람 자료: everything the center holds about one person, drawn from `domain.access_record.AccessRecord` (already
decided: the contact section through `contact_privacy`, other people's data left out with a note).

Two outputs of the same record: a readable PDF in the documents' page frame, and a zip holding the record as JSON
(`access-record.json`) with the kept files (signed consent scans) under `attachments/`.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from onestop_desktop.domain.access_record import AccessRecord, AccessTable
from onestop_desktop.domain.korean import official_date

from . import styles as st
from .fonts import BOLD, REGULAR, ensure_fonts
from .grid import grid_style, table
from .page import PageContext, PdfBytes, build
from .text import markup, para

TITLE = "개인정보 열람 자료"
SUBJECT = "개인정보 열람 청구에 따른 제공 (개인정보 보호법 제35조)"
NOTICE = (
    "이 자료는 정보주체의 열람 청구에 따라 센터가 보유한 본인의 개인정보를 모두 담은 것입니다. "
    "다른 사람의 개인정보로서 열람을 제한한 부분은 아래 ‘열람 제한 안내’에 적었습니다."
)
JSON_NAME = "access-record.json"
_LONG_CELL = 160  # a row with a longer cell is drawn as a block (a table row cannot split across pages)
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def _widths(section: AccessTable) -> list[float]:
    """HTML's automatic table layout: every column at least as wide as its longest word (a date, a phone number,
    a case number never breaks) and a short text kept on one or two lines; the rest of the width shared by how
    much more each column would take to show its text on one line."""
    pad = 5 * mm
    least, wanted = [], []
    for index, (_, label) in enumerate(section.columns):
        cells = [row[index] for row in section.rows]
        heading = max(stringWidth(w, BOLD, st.LABEL_SIZE) for w in label.split())
        word = max([heading, *(stringWidth(w, REGULAR, st.SMALL_SIZE) for cell in cells for w in cell.split())])
        text = max([stringWidth(label, BOLD, st.LABEL_SIZE), *(stringWidth(c, REGULAR, st.SMALL_SIZE) for c in cells)])
        least.append(max(min(word, 40 * mm), min(text / 2, 12 * mm)) + pad)
        wanted.append(max(min(text, 110 * mm) + pad, least[-1]))
    if sum(least) >= st.CONTENT_WIDTH:
        return [st.CONTENT_WIDTH * w / sum(least) for w in least]
    if sum(wanted) <= st.CONTENT_WIDTH:
        spare = (st.CONTENT_WIDTH - sum(wanted)) / len(wanted)
        return [w + spare for w in wanted]
    share = (st.CONTENT_WIDTH - sum(least)) / (sum(wanted) - sum(least))
    return [m + (w - m) * share for m, w in zip(least, wanted, strict=True)]


def _grid(section: AccessTable) -> Flowable:
    head = [Paragraph(markup(label), st.LABEL_CENTER) for _, label in section.columns]
    rows: list[list[Any]] = [head, *([para(cell, st.SMALL) for cell in row] for row in section.rows)]
    style = [*grid_style(), ("BACKGROUND", (0, 0), (-1, 0), st.HEAD_BG), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    return table(rows, _widths(section), style, repeatRows=1)


def _blocks(section: AccessTable) -> list[Flowable]:
    """Rows with long text: the first column as a heading, every other field as "label: value" paragraphs."""
    flow: list[Flowable] = []
    labels = [label for _, label in section.columns]
    for row in section.rows:
        head = " · ".join(cell for cell in row[:2] if cell and len(cell) <= _LONG_CELL)
        flow.append(para(head, st.BODY_BOLD))
        for label, cell in zip(labels, row, strict=True):
            if cell and (len(cell) > _LONG_CELL or cell not in head):
                flow.append(para(f"{label}: {cell}", st.NOTICE))
        flow.append(Spacer(1, 2 * mm))
    return flow


def _section(section: AccessTable) -> list[Flowable]:
    heading = Paragraph(markup(section.title), st.SECTION)
    if not section.rows:
        return [KeepTogether([heading, para("해당 기록이 없습니다.", st.SMALL)])]
    long = any(len(cell) > _LONG_CELL for row in section.rows for cell in row)
    flow = [heading, *(_blocks(section) if long else [_grid(section)])]
    if section.note:
        flow += [Spacer(1, 1.5 * mm), para("※ " + section.note, st.NOTICE)]
    return flow


def story(record: AccessRecord) -> list[Flowable]:
    produced = record.production.produced_at.date()
    flow: list[Flowable] = [
        Paragraph(markup(TITLE), st.TITLE),
        Paragraph(markup(f"{record.center_name} · {official_date(produced)}"), st.SUBTITLE),
        Spacer(1, 4 * mm),
        table(
            [
                [
                    para("정보주체", st.LABEL),
                    para(record.subject),
                    para("청구 사례번호", st.LABEL),
                    para(record.case_number),
                ]
            ],
            [28 * mm, st.CONTENT_WIDTH / 2 - 28 * mm, 30 * mm, st.CONTENT_WIDTH / 2 - 30 * mm],
            [*grid_style(), ("BACKGROUND", (0, 0), (0, 0), st.LABEL_BG), ("BACKGROUND", (2, 0), (2, 0), st.LABEL_BG)],
        ),
        Spacer(1, 3 * mm),
        para("· " + NOTICE, st.NOTICE),
    ]
    for section in record.tables:
        flow += _section(section)
    flow.append(Paragraph(markup("열람 제한 안내"), st.SECTION))
    notes = record.omitted or ("열람을 제한한 부분이 없습니다.",)
    flow += [para("· " + note, st.NOTICE) for note in notes]
    return flow


def render_access_record(record: AccessRecord) -> PdfBytes:
    """The readable 열람 자료 (PDF)."""
    ensure_fonts()
    context = PageContext(
        0, TITLE, record.subject, record.case_number, record.production, recipient_label="열람 청구인"
    )
    return build(story(record), context, title=TITLE, author=record.center_name, subject=SUBJECT)


def render_access_archive(record: AccessRecord) -> bytes:
    """The machine-readable 열람 자료: a zip with `access-record.json` and the kept files under `attachments/`.
    Entries carry a fixed date, so the same record makes the same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo(JSON_NAME, _ZIP_DATE), record.as_json().encode("utf-8"), zipfile.ZIP_DEFLATED)
        for attachment in record.attachments:
            archive.writestr(
                zipfile.ZipInfo(f"attachments/{attachment.name}", _ZIP_DATE), attachment.data, zipfile.ZIP_DEFLATED
            )
    return buffer.getvalue()
