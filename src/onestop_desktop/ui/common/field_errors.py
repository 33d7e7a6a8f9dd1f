"""Inline validation: each field's message in red under it, what was typed left alone.

A form registers its fields by the name the service uses in `FieldProblem.field`; a refused
form then shows every message at once and puts the focus on the first bad field in reading
order.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...domain.casework import FieldProblem
from .text import problem_text


class FieldErrors:
    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def wrap(self, name: str, widget: QWidget, parent: QWidget) -> QWidget:
        """`widget` with a hidden message line under it; put the result in the form."""
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        message = QLabel(box)
        message.setObjectName("fieldError")
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setVisible(False)
        layout.addWidget(message)
        self._fields[name] = (widget, message)
        return box

    def show(self, problems: Sequence[FieldProblem]) -> list[FieldProblem]:
        """Show each problem under its field; returns those with no field on this form."""
        self.clear()
        elsewhere: list[FieldProblem] = []
        for problem in problems:
            found = self._fields.get(problem.field)
            if found is None:
                elsewhere.append(problem)
                continue
            widget, message = found
            text = problem_text(problem)
            message.setText(f"{message.text()}\n{text}" if message.isVisible() else text)
            message.setVisible(True)
            widget.setAccessibleDescription(text)
            widget.setProperty("invalid", True)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.focus_first()
        return elsewhere

    def focus_first(self) -> None:
        for widget, message in self._fields.values():  # registration order is reading order
            if message.isVisible():
                target = widget
                if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                    focusable = [
                        w
                        for w in widget.findChildren(QWidget)
                        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isEnabled()
                    ]
                    target = focusable[0] if focusable else widget
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def clear(self) -> None:
        for widget, message in self._fields.values():
            if message.isVisible():
                message.clear()
                message.setVisible(False)
                widget.setAccessibleDescription("")
                widget.setProperty("invalid", False)
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def message(self, name: str) -> str:
        """The message shown under a field ("" when none)."""
        found = self._fields.get(name)
        return found[1].text() if found is not None and found[1].isVisible() else ""

    def shown(self) -> dict[str, str]:
        return {name: message.text() for name, (_, message) in self._fields.items() if message.isVisible()}
