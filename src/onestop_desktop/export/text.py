"""Text for the documents: user text escaped into Paragraph markup, the templates' fixed wording parsed once,
and lines fitted into a width (the page band and footer).

Two caches: the templates' parsed wording, and fitted lines (the band's line names the recipient agency);
`clear_text_caches` empties both when a session locks.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from onestop_desktop.domain.documents import Production
from onestop_desktop.domain.korean import official_date

from . import styles as st


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


def clear_text_caches() -> None:
    _parsed.clear()
    _fitted.clear()
