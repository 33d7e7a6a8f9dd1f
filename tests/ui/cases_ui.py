"""Helpers for driving the case screens in tests."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.main_window import MainWindow
from onestop_desktop.ui.workspace import Workspace

from .helpers import WindowFactory, log_in


def open_workspace(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, username: str, passphrase: str
) -> tuple[MainWindow, Workspace]:
    window = make_window(vault)
    log_in(qtbot, window, username, passphrase)
    assert window.current is not None, window.gate.message.text()
    return window, window.current.workspace


def unsaved_question() -> QMessageBox:
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "unsavedChanges" and w.isVisible()
    ]
    assert len(boxes) == 1, f"expected one save question, found {len(boxes)}"
    return boxes[0]


def no_unsaved_question() -> bool:
    return not any(
        isinstance(w, QMessageBox) and w.objectName() == "unsavedChanges" and w.isVisible()
        for w in QApplication.topLevelWidgets()
    )


def answer(box: QMessageBox, button: QMessageBox.StandardButton) -> None:
    box.button(button).click()


def names(workspace: Workspace) -> list[str]:
    model = workspace.list_page.model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key; Hangul arrives as an input method's committed syllables do.

    (`qtbot.keyClicks` only knows Latin-1 characters.)"""
    for char in text:
        if char.isascii():
            key = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, key)
            QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, 0, Qt.KeyboardModifier.NoModifier, char))
        else:
            commit = QInputMethodEvent()
            commit.setCommitString(char)
            QApplication.sendEvent(widget, commit)
