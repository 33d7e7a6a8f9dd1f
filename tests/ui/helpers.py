"""Shared test helpers for the UI tests (the fixtures are in conftest.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from onestop_desktop.ui.main_window import MainWindow

CENTER = "한빛 원스톱 솔루션 센터"
ADMIN = "admin"
ADMIN_NAME = "이수진"
ADMIN_PASS = "Haneul-9-Baram-7"
STAFF = "minji"
STAFF_NAME = "김민지"
STAFF_TEMP = "Sanggak-4-Gureum!"
STAFF_PASS = "Bomnal-82-Hyanggi#"

WindowFactory = Callable[..., MainWindow]


class FakeClock:
    """Seconds that move only when a test says so; the vault's throttle and the UI countdown share it."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def log_in(qtbot: QtBot, window: MainWindow, username: str, passphrase: str) -> None:
    gate = window.gate
    assert window.stack.currentWidget() is gate
    if gate.username.isVisible():
        gate.username.clear()
        qtbot.keyClicks(gate.username, username)
    gate.passphrase.clear()
    qtbot.keyClicks(gate.passphrase, passphrase)
    qtbot.mouseClick(gate.submit, Qt.MouseButton.LeftButton)


def visible_texts() -> list[str]:
    """Every text a person could read on screen right now, from every visible window."""
    texts: list[str] = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        for widget in [window, *window.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            if isinstance(widget, (QPlainTextEdit, QTextEdit)):
                texts.append(widget.toPlainText())
            elif isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
                texts.append(widget.text())
    return texts
