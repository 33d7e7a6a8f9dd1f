"""Small building blocks shared by the windows and dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ...domain.errors import OneStopError
from ..errors import error_text
from ..style import TONE_MARGINS


class MessageLabel(QLabel):
    """An inline message under a form: hidden until there is something to say."""

    def __init__(self, parent: QWidget | None = None, *, object_name: str = "message") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setContentsMargins(*TONE_MARGINS)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def _show(self, text: str, tone: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setProperty("tone", tone)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setVisible(bool(text))
        self.updateGeometry()

    def show_error(self, error: OneStopError | str) -> None:
        self._show(error_text(error) if isinstance(error, OneStopError) else error, "error")

    def show_info(self, text: str) -> None:
        self._show(text, "info")

    def show_success(self, text: str) -> None:
        self._show(text, "success")

    def clear_message(self) -> None:
        self._show("", "info")

    @property
    def tone(self) -> str:
        return str(self.property("tone") or "")


class Card(QFrame):
    """A white panel with a title, the unit the welcome page and the login screen are built from."""

    def __init__(self, title: str = "", parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(*((16, 12, 16, 12) if compact else (24, 20, 24, 20)))
        self.body.setSpacing(10)
        self.title = QLabel(title, self)
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self.title.setVisible(bool(title))
        self.body.addWidget(self.title)


def paragraph(text: str, parent: QWidget | None = None, *, object_name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if object_name:
        label.setObjectName(object_name)
    return label
