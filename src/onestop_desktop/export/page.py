"""The page frame every document shares, and building the PDF in memory.

Every page gets a confidentiality band with the recipient, and a footer with who produced
it, when and why, plus `쪽 x / y` counted within its own document. Several documents (the
parts of a packet, the packets of a batch) go into one PDF: a `Begin` marker placed before
a page break switches the page context, and `_NumberingCanvas` keeps the pages until the
end so it can print each document's total.
"""

from __future__ import annotations

import io
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from onestop_desktop import __version__
from onestop_desktop.domain.documents import Production

from . import styles as st
from .flowables import Begin, DeferredText, Lazy
from .fonts import BOLD, REGULAR, ensure_fonts
from .text import fit_lines, produced_line

CONFIDENTIAL_MARK = "대외비 · 개인정보 포함 — 목적 외 사용 금지"
PRODUCER = f"OneStop Desktop {__version__}"

# One lock for every build: a reportlab TTFont keeps per-document subset state.
_build_lock = threading.Lock()

# Streams are deflated only: the ASCII85 layer reportlab adds by default makes them 25 % larger
# and costs time (in pure Python when reportlab's optional C accelerator is not installed).
rl_config.useA85 = 0


@dataclass(frozen=True)
class PageContext:
    """What the band and footer of a page show. Pages are numbered within `doc_key`."""

    doc_key: int
    part: str  # "연계 의뢰서", "동의서 사본", …
    recipient: str  # the receiving agency (or the center for a form to be signed)
    reference: str  # 문서번호, or ""
    production: Production | None
    recipient_label: str = "수신"
    mark: str = CONFIDENTIAL_MARK  # the band's warning; a period report carries no personal data


class _NumberingCanvas(Canvas):  # type: ignore[misc]
    """Keeps every page until `save` so each can show `쪽 x / y` of its own document."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._onestop_pages: list[dict[str, Any]] = []
        self._onestop_context: PageContext | None = None
        self._onestop_deferred: list[tuple[float, float, DeferredText]] = []
        self._onestop_forms: set[str] = set()

    def showPage(self) -> None:
        self._onestop_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = self._onestop_pages
        totals: Counter[int] = Counter()
        part_pages: Counter[tuple[int, str]] = Counter()
        for state in pages:
            context: PageContext = state["_onestop_context"]
            totals[context.doc_key] += 1
            part_pages[context.doc_key, context.part] += 1
        seen: Counter[int] = Counter()
        for state in pages:
            self.__dict__.update(state)
            context = state["_onestop_context"]
            seen[context.doc_key] += 1
            self._draw_page_number(seen[context.doc_key], totals[context.doc_key])
            for x, y, item in state["_onestop_deferred"]:
                self.saveState()
                self.setFont(item.style.fontName, item.style.fontSize)
                self.setFillColor(item.style.textColor)
                self.drawString(x, y, item.fill(dict(totals), dict(part_pages)))
                self.restoreState()
            Canvas.showPage(self)
        self._onestop_pages = []
        Canvas.save(self)

    def _draw_page_number(self, number: int, total: int) -> None:
        self.saveState()
        self.setFont(BOLD, 8.5)
        self.setFillColor(st.INK)
        self.drawRightString(st.PAGE_SIZE[0] - st.MARGIN_X, _FOOTER_Y, f"쪽 {number} / {total}")
        self.restoreState()


_BAND_TOP = st.PAGE_SIZE[1] - 11 * mm
_BAND_HEIGHT = 10 * mm
_FOOTER_RULE_Y = 19 * mm
_FOOTER_Y = _FOOTER_RULE_Y - 4.2 * mm


def _decorate(canvas: Canvas, doc: Any) -> None:
    context: PageContext = doc.context
    canvas._onestop_context = context
    canvas._onestop_deferred = []
    width, _ = st.PAGE_SIZE
    left, right = st.MARGIN_X, width - st.MARGIN_X
    canvas.saveState()
    # confidentiality band, with the recipient at the right
    canvas.setFillColor(st.BAND_BG)
    canvas.setStrokeColor(st.ALERT)
    canvas.setLineWidth(0.8)
    canvas.rect(left, _BAND_TOP - _BAND_HEIGHT, right - left, _BAND_HEIGHT, stroke=1, fill=1)
    middle = _BAND_TOP - _BAND_HEIGHT / 2
    canvas.setFillColor(st.ALERT)
    canvas.setFont(BOLD, 8.5)
    canvas.drawString(left + 2.5 * mm, middle - 3, context.mark)
    mark_width = stringWidth(context.mark, BOLD, 8.5) + 8 * mm
    size, lines = fit_lines(f"{context.recipient_label}: {context.recipient}", REGULAR, st.MARK_SIZE,
                            right - left - mark_width - 2.5 * mm, 2)  # fmt: skip
    canvas.setFillColor(st.INK)
    canvas.setFont(REGULAR, size)
    leading = size * 1.2
    y = middle + (len(lines) - 1) * leading / 2 - size * 0.35
    for line in lines:
        canvas.drawRightString(right - 2.5 * mm, y, line)
        y -= leading
    # footer: rule, who produced it when and why, the part and its reference
    canvas.setStrokeColor(st.GRID)
    canvas.setLineWidth(0.5)
    canvas.line(left, _FOOTER_RULE_Y, right, _FOOTER_RULE_Y)
    text_width = right - left - 28 * mm
    texts = [produced_line(context.production)] if context.production is not None else []
    reference = f"문서번호 {context.reference}" if context.reference else ""
    texts.append(" · ".join(p for p in (context.part, reference, PRODUCER) if p))
    canvas.setFillColor(st.MUTED)
    y = _FOOTER_Y
    for text in texts:
        size, lines = fit_lines(text, REGULAR, st.MARK_SIZE, text_width, 2)
        canvas.setFont(REGULAR, size)
        for line in lines:
            canvas.drawString(left, y, line)
            y -= size * 1.25
    canvas.restoreState()


class _Document(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buffer: io.BytesIO, context: PageContext, *, title: str, author: str, subject: str,
                 invariant: bool) -> None:  # fmt: skip
        super().__init__(
            buffer,
            pagesize=st.PAGE_SIZE,
            leftMargin=st.MARGIN_X,
            rightMargin=st.MARGIN_X,
            topMargin=st.MARGIN_TOP,
            bottomMargin=st.MARGIN_BOTTOM,
            title=title,
            author=author,
            subject=subject,
            creator=PRODUCER,
            producer=PRODUCER,
            keywords=[],
            invariant=1 if invariant else 0,
            pageCompression=1,
            initialFontName=REGULAR,
            initialFontSize=st.BODY_SIZE,
            initialLeading=st.BODY.leading,
            lang="ko-KR",
        )
        self.context = context
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_decorate)])

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        while flowables and isinstance(flowables[0], Lazy):
            flowables[0:1] = flowables[0].expand()
        if flowables:
            super().handle_flowable(flowables)


class PdfBytes(bytes):
    """The rendered PDF (a `bytes`), with its page count in `.pages`."""

    pages: int

    def __new__(cls, data: bytes, pages: int) -> PdfBytes:
        made = super().__new__(cls, data)
        made.pages = pages
        return made


def build(story: list[Flowable], first: PageContext, *, title: str, author: str, subject: str = "",
          invariant: bool = False) -> PdfBytes:  # fmt: skip
    """Lay out `story` into an A4 PDF held in memory. `first` is the context of the first page."""
    ensure_fonts()
    buffer = io.BytesIO()
    with _build_lock:
        doc = _Document(buffer, first, title=title, author=author, subject=subject, invariant=invariant)
        doc.build(story, canvasmaker=_NumberingCanvas)
        pages = doc.page
    return PdfBytes(buffer.getvalue(), pages)


def start(context: PageContext, flowables: Sequence[Flowable], *, first: bool) -> list[Flowable]:
    """A document part: switch the context and start a new page (unless it is the very first)."""
    if first:
        return list(flowables)
    return [Begin(context), PageBreak(), *flowables]
