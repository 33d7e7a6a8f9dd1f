"""A one-line label that shortens its text with "…" to the room it gets, the full text in its tooltip.

A QLabel's minimum width is its whole text: one long client name (60 characters) in a header made the
main window wider than a 1366 px screen. This label asks for little width and elides instead.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MIN_CHARACTERS = 6  # the least a shortened label still shows


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._tip = ""  # a tooltip of the label's own, kept under the full text when that is shown
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:
        self._full = text
        self.setAccessibleName(text)
        self._elide()
        self.updateGeometry()

    def setToolTip(self, tip: str) -> None:
        self._tip = tip
        self._elide()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right() + 2
        return QSize(width, hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        shortest = self.fontMetrics().horizontalAdvance("가" * MIN_CHARACTERS + "…")
        return QSize(min(shortest, self.sizeHint().width()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        margins = self.contentsMargins()
        room = max(0, self.width() - margins.left() - margins.right())
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        super().setText(shown)
        full = self._full if shown != self._full else ""
        super().setToolTip("\n".join(part for part in (full, self._tip) if part))
