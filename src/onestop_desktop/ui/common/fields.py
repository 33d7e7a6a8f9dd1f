"""Input widgets of the case forms: dates typed as YYYY-MM-DD, enum choosers with translated labels,
crime-type check boxes, and the read-only value labels of the overview."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from ...domain.taxonomy import CRIME_TYPE_LABELS, CrimeType
from .forms import line_edit
from .text import label

E = TypeVar("E", bound=Enum)


def date_edit(parent: QWidget, object_name: str, accessible_name: str) -> QLineEdit:
    placeholder = QCoreApplication.translate("CaseFields", "YYYY-MM-DD")
    edit = line_edit(object_name, accessible_name, parent, placeholder=placeholder, max_length=12)
    edit.setMaximumWidth(150)
    return edit


def text_edit(
    parent: QWidget, object_name: str, accessible_name: str, *, placeholder: str = "", max_length: int = 200
) -> QLineEdit:
    return line_edit(object_name, accessible_name, parent, placeholder=placeholder, max_length=max_length)


def note_edit(parent: QWidget, object_name: str, accessible_name: str, *, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(object_name)
    edit.setAccessibleName(accessible_name)
    edit.setTabChangesFocus(True)
    if lines:
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    else:
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 5 + 14)
    return edit


def enum_combo(
    parent: QWidget, object_name: str, accessible_name: str, labels: Mapping[E, str], *, none_text: str | None = None
) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(object_name)
    combo.setAccessibleName(accessible_name)
    if none_text is not None:
        combo.addItem(none_text, "")
    for member in labels:
        combo.addItem(label(labels, member), str(member.value))
    return combo


def set_choice(combo: QComboBox, value: Enum | str | None) -> None:
    raw = "" if value is None else str(value.value if isinstance(value, Enum) else value)
    index = combo.findData(raw)
    combo.setCurrentIndex(index if index >= 0 else 0)


def choice(combo: QComboBox) -> str:
    return str(combo.currentData() or "")


class CrimeTypeBoxes(QWidget):
    """One check box per crime type, in two columns."""

    def __init__(self, parent: QWidget | None = None, *, object_prefix: str = "crime") -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("CaseFields", "Crime types"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.boxes: dict[CrimeType, QCheckBox] = {}
        for n, crime in enumerate(CrimeType):
            box = QCheckBox(label(CRIME_TYPE_LABELS, crime), self)
            box.setObjectName(f"{object_prefix}-{crime}")
            self.boxes[crime] = box
            grid.addWidget(box, n // 2, n % 2)

    def chosen(self) -> set[CrimeType]:
        return {crime for crime, box in self.boxes.items() if box.isChecked()}

    def choose(self, types: set[CrimeType] | frozenset[CrimeType]) -> None:
        for crime, box in self.boxes.items():
            box.setChecked(crime in types)


def value_label(parent: QWidget, object_name: str = "") -> QLabel:
    """A read-only value in a form (selectable, wraps)."""
    shown = QLabel(parent)
    if object_name:
        shown.setObjectName(object_name)
    shown.setWordWrap(True)
    shown.setTextFormat(Qt.TextFormat.PlainText)
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return shown
