"""The discreet safety card: one A7 page (74 × 105 mm) to carry in a wallet.

If the offender finds it, it must read like any list of phone numbers: a neutral title, neutral labels, no client
name, no logo, and no word for victim, crime, violence or the center unless the counselor chose to name the center
(domain notes §C). The document metadata is as plain as the page.
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from onestop_desktop.domain.safety import EMERGENCY_NUMBERS, SafetyCard

from .fonts import BOLD, REGULAR, ensure_fonts
from .page import PdfBytes

CARD_SIZE = (74 * mm, 105 * mm)  # A7, portrait
_MARGIN = 5 * mm
_TITLE = "자주 쓰는 번호"
# Neutral words only: nothing here may say 피해, 범죄, 폭력 or 센터 (a test reads the card back).
_NUMBER_LABELS = {
    "112": "긴급 (말하기 어려우면 숫자 버튼)",
    "1366": "24시간 상담",
    "119": "구급·화재",
    "182": "경찰 민원 (긴급 아님)",
}
_HOTLINE = "상담 전화"
_CODE_WORD = "약속한 말"
_CONTACTS = "믿을 수 있는 사람"


def render_safety_card(card: SafetyCard) -> PdfBytes:
    ensure_fonts()
    buffer = io.BytesIO()
    width, height = CARD_SIZE
    canvas = Canvas(buffer, pagesize=CARD_SIZE, invariant=True, pageCompression=1)
    canvas.setTitle(_TITLE)
    canvas.setAuthor("")
    canvas.setSubject("")
    canvas.setCreator("")
    text_width = width - 2 * _MARGIN
    canvas.setStrokeGray(0.75)
    canvas.setLineWidth(0.4)
    canvas.roundRect(1.5 * mm, 1.5 * mm, width - 3 * mm, height - 3 * mm, 2 * mm)  # where to cut
    y = height - _MARGIN - 9

    def line(text: str, font: str, size: float, gap: float = 1.5) -> None:
        nonlocal y
        for part in simpleSplit(text, font, size, text_width) or [""]:
            canvas.setFont(font, size)
            canvas.drawString(_MARGIN, y, part)
            y -= size + gap

    line(card.center_name or _TITLE, BOLD, 10, 4)
    for number in (*EMERGENCY_NUMBERS, *((card.hotline,) if card.hotline else ())):
        label = _NUMBER_LABELS.get(number, _HOTLINE)
        canvas.setFont(BOLD, 11)
        canvas.drawString(_MARGIN, y, number)
        label_x = _MARGIN + max(16 * mm, stringWidth(number, BOLD, 11) + 3 * mm)
        canvas.setFont(REGULAR, 6.5)
        if label_x + stringWidth(label, REGULAR, 6.5) > width - _MARGIN:  # a long number: the label goes beneath
            y -= 8
            label_x = _MARGIN
        canvas.drawString(label_x, y + 1, label)
        y -= 15
    y -= 2
    if card.code_word:
        line(f"{_CODE_WORD}: {card.code_word}", BOLD, 8, 3)
    if card.contacts:
        line(f"{_CONTACTS}", BOLD, 7)
        for contact_line in card.contacts.splitlines():
            if y < _MARGIN + 6:  # the card is one page: what does not fit is left off, never a second page
                break
            line(contact_line, REGULAR, 7)
    canvas.showPage()
    canvas.save()
    return PdfBytes(buffer.getvalue(), 1)
