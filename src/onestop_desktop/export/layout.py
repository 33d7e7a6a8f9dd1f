"""The page frame every document shares, and small builders for form tables.

Every page gets a confidentiality band with the recipient, and a footer with who produced
it, when and why, plus `쪽 x / y` counted within its own document. Several documents (the
parts of a packet, the packets of a batch) go into one PDF: a `Begin` marker placed before
a page break switches the page context, and `_NumberingCanvas` keeps the pages until the
end so it can print each document's total.
"""

from __future__ import annotations

import hashlib
import io
import threading
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from onestop_desktop import __version__
from onestop_desktop.domain.documents import Production
from onestop_desktop.domain.korean import official_date

from . import styles as st
from .fonts import BOLD, REGULAR, ensure_fonts

CONFIDENTIAL_MARK = "대외비 · 개인정보 포함 — 목적 외 사용 금지"
PRODUCER = f"OneStop Desktop {__version__}"

# One lock for every build: a reportlab TTFont keeps per-document subset state.
_build_lock = threading.Lock()

# Streams are deflated only: the ASCII85 layer reportlab adds by default makes them 25 % larger
# and costs time (in pure Python when reportlab's optional C accelerator is not installed).
rl_config.useA85 = 0


# -- text helpers ---------------------------------------------------------------------------------


def markup(text: str) -> str:
    """Paragraph markup for user text: escaped, line breaks kept."""
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


_parsed: dict[tuple[str, int], list[Any]] = {}


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph from the templates' own markup, parsing each (markup, style) once: most of a form's
    text is the same on every copy. For fixed wording and module-level styles only (the key holds the
    style's identity); a client's data goes through `para`, which keeps nothing."""
    key = (text, id(style))
    frags = _parsed.get(key)
    if frags is None:
        made = Paragraph(text, style)
        if len(_parsed) > 20_000:
            _parsed.clear()
        _parsed[key] = made.frags
        return made
    return Paragraph(text, style, frags=frags)


def para(text: str, style: ParagraphStyle = st.VALUE) -> Paragraph:
    """A Paragraph of plain user text (escaped, never cached)."""
    return Paragraph(markup(text), style)


def clear_caches() -> None:
    """Forget every laid-out block and parsed text (e.g. when the session locks)."""
    _parsed.clear()
    _fitted.clear()
    Stamp._cache.clear()


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking between words; a word wider than `width` is cut between characters."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if stringWidth(candidate, font, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        for char in word:
            if line and stringWidth(line + char, font, size) > width:
                lines.append(line)
                line = ""
            line += char
    if line:
        lines.append(line)
    return lines


_fitted: dict[tuple[str, str, float, float, int], tuple[float, list[str]]] = {}


def fit_lines(text: str, font: str, size: float, width: float, max_lines: int) -> tuple[float, list[str]]:
    """At most `max_lines` lines of `text` in `width`, shrinking the type (down to 5 pt) until they fit."""
    key = (text, font, size, width, max_lines)
    found = _fitted.get(key)
    if found is None:
        while True:
            lines = wrap_lines(text, font, size, width)
            if len(lines) <= max_lines or size <= 5:
                break
            size -= 0.5
        found = (size, lines[: max(max_lines, 1)] if size > 5 else lines)
        if len(_fitted) > 2_000:
            _fitted.clear()
        _fitted[key] = found
    return found


def produced_line(production: Production) -> str:
    stamp = f"{official_date(production.produced_at.date())} {production.produced_at:%H:%M}"
    return f"출력: {production.produced_by}, {stamp}, 사유: {production.purpose}"


# -- page context -----------------------------------------------------------------------------------


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


class Begin(ActionFlowable):  # type: ignore[misc]
    """Switches the page context for the pages that follow; place it before a PageBreak."""

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context

    def apply(self, doc: Any) -> None:
        doc.context = self.context


class Lazy(Flowable):  # type: ignore[misc]
    """A placeholder the document expands into flowables when it reaches it (batches stay small)."""

    def __init__(self, expand: Callable[[], list[Flowable]]) -> None:
        super().__init__()
        self.expand = expand

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:  # pragma: no cover - always expanded first
        pass


class Call(ActionFlowable):  # type: ignore[misc]
    """Runs a callback when layout reaches this point (progress after each packet)."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self.callback = callback

    def apply(self, doc: Any) -> None:
        self.callback()


class DeferredText(Flowable):  # type: ignore[misc]
    """Text known only once the whole PDF is laid out (a part's page count on a cover sheet).

    `fill(totals, part_pages)` returns the text; the canvas draws it when it saves.
    """

    def __init__(self, fill: Callable[[dict[int, int], dict[tuple[int, str], int]], str], style: ParagraphStyle,
                 width: float) -> None:  # fmt: skip
        super().__init__()
        self.fill = fill
        self.style = style
        self.width = width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.style.leading

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, self.style.leading - self.style.fontSize)
        deferred: list[tuple[float, float, DeferredText]] = self.canv._onestop_deferred
        deferred.append((x, y + 1, self))


_FRAME_HEIGHT = st.PAGE_SIZE[1] - st.MARGIN_TOP - st.MARGIN_BOTTOM


class Stamp(Flowable):  # type: ignore[misc]
    """A block that comes out the same on every copy (a consent section, the notices).

    It is laid out once per process and drawn once per PDF as a Form XObject that every later
    copy references: a batch of 200 packets lays out and stores its fixed text once. `key`
    must hold everything the block's content depends on. A block never splits: one that does
    not fit moves to the next page, like KeepTogether; one taller than a page flows as usual.
    """

    # key and width -> ([(flowable, height, space before, space after)], total height, first space before)
    _cache: dict[tuple[Hashable, float], tuple[list[tuple[Flowable, float, float, float]], float, float]] = {}

    def __init__(self, key: Hashable, make: Callable[[], list[Flowable]]) -> None:
        super().__init__()
        self.key = key
        self.make = make
        self._layout: list[tuple[Flowable, float, float, float]] | None = None
        self._lead = 0.0

    def _lay_out(self, width: float) -> None:
        cache_key = (self.key, round(width, 2))
        found = Stamp._cache.get(cache_key)
        if found is None:
            placed: list[tuple[Flowable, float, float, float]] = []
            height = lead = 0.0
            for index, flowable in enumerate(self.make()):
                _, h = flowable.wrap(width, _FRAME_HEIGHT)
                before = flowable.getSpaceBefore()
                if index == 0:  # the frame applies it (and drops it at the top of a page)
                    lead, before = before, 0.0
                after = flowable.getSpaceAfter()
                placed.append((flowable, h, before, after))
                height += before + h + after
            if len(Stamp._cache) > 500:
                Stamp._cache.clear()
            found = Stamp._cache[cache_key] = (placed, height, lead)
        self._layout, self.height, self._lead = found
        self.width = width
        self._name = "Stamp" + hashlib.sha1(repr(cache_key).encode("utf-8")).hexdigest()[:20]

    def getSpaceBefore(self) -> float:
        """The first flowable's space before (a section heading's), applied outside the stamp."""
        if self._layout is None:
            self._lay_out(st.CONTENT_WIDTH)
        return self._lead

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        self._lay_out(availWidth)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self._lay_out(availWidth)
        if self.height <= _FRAME_HEIGHT:
            return []  # next page
        return self.make()

    def draw(self) -> None:
        canvas = self.canv
        drawn: set[str] = canvas._onestop_forms
        if self._name not in drawn:
            canvas.beginForm(self._name, 0, 0, self.width, self.height)
            y = self.height
            for flowable, h, before, after in self._layout or ():
                y -= before + h
                flowable.drawOn(canvas, 0, y)
                y -= after
            canvas.endForm()
            drawn.add(self._name)
        canvas.doForm(self._name)


# -- the canvas -------------------------------------------------------------------------------------------


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


# -- form tables -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    content: Flowable | str | list[Flowable]
    span: int = 1
    label: bool = False
    style: ParagraphStyle = st.VALUE


def label(text: str, span: int = 1, style: ParagraphStyle = st.LABEL) -> Cell:
    return Cell(text, span, True, style)


def value(content: Flowable | str | list[Flowable], span: int = 1, style: ParagraphStyle = st.VALUE) -> Cell:
    return Cell(content, span, False, style)


_PAD_X = 4
_ALIGN = {0: "LEFT", 1: "CENTER", 2: "RIGHT", 4: "LEFT"}


class Grid:
    """A ruled form table: label cells shaded, value cells white, spans by column count.

    Text that fits on one line is drawn by the table itself; longer text becomes a wrapping
    Paragraph. (Most cells are short, and a Paragraph costs far more to lay out.)
    """

    def __init__(self, widths: Sequence[float]) -> None:
        self.widths = list(widths)
        self.rows: list[list[Any]] = []
        self.heights: list[float | None] = []
        self.commands: list[tuple[Any, ...]] = []

    def row(self, *cells: Cell, background: Any = None, height: float | None = None) -> Grid:
        y = len(self.rows)
        row: list[Any] = []
        for cell in cells:
            x = len(row)
            end = (x + cell.span - 1, y)
            row.append(self._content(cell, (x, y), end, sum(self.widths[x : x + cell.span]) - 2 * _PAD_X))
            row.extend([""] * (cell.span - 1))
            if cell.span > 1:
                self.commands.append(("SPAN", (x, y), end))
            if cell.label:
                self.commands.append(("BACKGROUND", (x, y), end, st.LABEL_BG))
        if len(row) != len(self.widths):
            raise ValueError(f"row {y} has {len(row)} columns, expected {len(self.widths)}")
        if background is not None:
            self.commands.append(("BACKGROUND", (0, y), (-1, y), background))
        self.rows.append(row)
        self.heights.append(height)
        return self

    def _content(self, cell: Cell, start: tuple[int, int], end: tuple[int, int], room: float) -> Any:
        content, style = cell.content, cell.style
        if not isinstance(content, str):
            return content
        if "\n" in content or stringWidth(content, style.fontName, style.fontSize) > room:
            return para(content, style)
        if style.fontName != REGULAR:
            self.commands.append(("FONTNAME", start, end, style.fontName))
        if style.fontSize != st.BODY_SIZE or style.leading != st.BODY.leading:
            self.commands.append(("FONTSIZE", start, end, style.fontSize))
            self.commands.append(("LEADING", start, end, style.leading))
        if style.textColor != st.INK:
            self.commands.append(("TEXTCOLOR", start, end, style.textColor))
        if style.alignment:
            self.commands.append(("ALIGN", start, end, _ALIGN.get(style.alignment, "LEFT")))
        return content

    def build(self, *, repeat_rows: int = 0, extra: Iterable[tuple[Any, ...]] = ()) -> Table:
        heights = self.heights
        return table(self.rows, self.widths, [*grid_style(), *self.commands, *extra], repeatRows=repeat_rows,
                     rowHeights=heights if any(h is not None for h in heights) else None)  # fmt: skip


def table(rows: Sequence[Sequence[Any]], widths: Sequence[float], commands: Iterable[tuple[Any, ...]] = (),
          **options: Any) -> Table:  # fmt: skip
    """A Table that never falls back to Helvetica: reportlab sets the cell font even for flowable cells."""
    made = Table([list(r) for r in rows], colWidths=list(widths), **options)
    made.setStyle(TableStyle([*_FONT, *commands]))
    return made


_FONT: list[tuple[Any, ...]] = [
    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
    ("FONTSIZE", (0, 0), (-1, -1), st.BODY_SIZE),
    ("LEADING", (0, 0), (-1, -1), st.BODY.leading),
    ("TEXTCOLOR", (0, 0), (-1, -1), st.INK),
]
NO_PADDING: list[tuple[Any, ...]] = [
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


def grid_style() -> list[tuple[Any, ...]]:
    return [
        ("GRID", (0, 0), (-1, -1), 0.5, st.GRID),
        ("BOX", (0, 0), (-1, -1), 1.0, st.FRAME),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
