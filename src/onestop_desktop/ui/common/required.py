"""Required fields are marked before anyone submits: a '*' in the field's label (a shape, not a colour), a line
saying what the '*' means, and "필수 항목" in the field's accessible description for screen readers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

MARK = "*"


def _required_text() -> str:
    return QCoreApplication.translate("Required", "Required field")


def set_required(label: QLabel, fields: tuple[QWidget, ...] | list[QWidget], required: bool = True) -> None:
    """Mark (or unmark, for a field required only in some cases) `fields` and their `label`."""
    text = label.text()
    plain = text.replace(MARK, "", 1) if MARK in text else text
    if required:
        colon = plain.endswith(":")
        text = plain[:-1] + MARK + ":" if colon else plain + MARK
    else:
        text = plain
    label.setText(text)
    note = _required_text()
    for field in fields:
        parts = [p for p in field.accessibleDescription().split(" · ") if p and p != note]
        field.setAccessibleDescription(" · ".join([note, *parts] if required else parts))


def required_legend(parent: QWidget | None = None) -> QLabel:
    """The line under a form that says what the mark means."""
    legend = QLabel(QCoreApplication.translate("Required", "* marks a field that must be filled in."), parent)
    legend.setObjectName("muted")
    legend.setWordWrap(True)
    return legend


def is_marked(field: QWidget) -> bool:
    return _required_text() in field.accessibleDescription().split(" · ")
