"""Ruled form tables: label and value cells, spans, and a Table that keeps the documents' font."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from . import styles as st
from .fonts import REGULAR
from .text import para


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
