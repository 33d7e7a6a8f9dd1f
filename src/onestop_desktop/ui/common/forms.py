"""Field helpers: case-normalising line edits, a form row label with a mnemonic, and named push buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget


def line_edit(
    object_name: str,
    accessible_name: str,
    parent: QWidget | None = None,
    *,
    placeholder: str = "",
    max_length: int = 100,
) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(object_name)
    edit.setAccessibleName(accessible_name)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(max_length)
    return edit


def passphrase_edit(object_name: str, accessible_name: str, parent: QWidget | None = None) -> QLineEdit:
    edit = line_edit(object_name, accessible_name, parent, max_length=256)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def buddy_label(text: str, buddy: QWidget, parent: QWidget | None = None) -> QLabel:
    """A form label whose `&` mnemonic moves the focus to `buddy`."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def _force_case(edit: QLineEdit, upper: bool) -> None:
    def normalise(text: str) -> None:
        wanted = text.upper() if upper else text.lower()
        if wanted != text:
            cursor = edit.cursorPosition()
            edit.setText(wanted)
            edit.setCursorPosition(cursor)

    edit.textEdited.connect(normalise)


def username_edit(object_name: str, accessible_name: str, parent: QWidget | None = None) -> QLineEdit:
    """A user name field that keeps what is typed: a `UsernameHint` under it says what is not allowed."""
    return line_edit(object_name, accessible_name, parent, max_length=64)


def device_code_edit(object_name: str, accessible_name: str, parent: QWidget | None = None) -> QLineEdit:
    edit = line_edit(object_name, accessible_name, parent, max_length=8)
    _force_case(edit, upper=True)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[A-Za-z0-9]{0,8}"), edit))
    return edit


def named_button(
    parent: QWidget, name: str, text: str, slot: Callable[..., object], visible: bool = True
) -> QPushButton:
    """A push button with an object name (tests and accessibility find it by that) wired to `slot`."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.clicked.connect(slot)
    if not visible:
        button.setVisible(False)
    return button
