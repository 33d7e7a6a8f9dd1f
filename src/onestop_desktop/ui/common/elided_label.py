"""A one-line label that shortens its text with "…" to the room it gets, the full text in its tooltip.

A QLabel's minimum width is its whole text: one long client name (60 characters) in a header made the
main window wider than a 1366 px screen. This label asks for little width and paints its text elided;
`text()` (and what a screen reader reads) stays the whole text.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QStyle, QStyleOption, QWidget

MIN_CHARACTERS = 6  # the least a shortened label still shows


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tip = ""  # a tooltip of the label's own, kept under the full text when that is shown
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def full_text(self) -> str:
        return self.text()

    def shown_text(self) -> str:
        """The text as painted: shortened with "…" when the label is narrower than it."""
        room = max(0, self.contentsRect().width())
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tip()

    def setToolTip(self, tip: str) -> None:
        self._tip = tip
        self._update_tip()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        shortest = self.fontMetrics().horizontalAdvance("가" * MIN_CHARACTERS + "…")
        return QSize(min(shortest, hint.width()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)  # style sheet box
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment().value), self.palette(),
                                  self.isEnabled(), self.shown_text(), self.foregroundRole())  # fmt: skip

    def _update_tip(self) -> None:
        full = self.text() if self.shown_text() != self.text() else ""
        super().setToolTip("\n".join(part for part in (full, self._tip) if part))
