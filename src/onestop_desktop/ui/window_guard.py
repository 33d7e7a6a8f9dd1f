"""Hiding every window of a session behind the lock screen, and bringing them back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid


def close_popups() -> None:
    """Open menus and completer pop-ups would otherwise stay on top of the lock screen."""
    for _ in range(20):
        popup = QApplication.activePopupWidget()
        if popup is None:
            return
        popup.close()


def hide_other_windows(keep: QWidget) -> list[QWidget]:
    """Hide every visible top-level window except `keep`; returns them in stacking order."""
    hidden: list[QWidget] = []
    for window in QApplication.topLevelWidgets():
        if window is keep or not window.isVisible() or not window.isWindow():
            continue
        if window.windowType() in (Qt.WindowType.ToolTip, Qt.WindowType.Popup):
            window.hide()  # transient: not brought back
            continue
        window.hide()
        hidden.append(window)
    return hidden


def show_again(windows: list[QWidget]) -> None:
    for window in windows:
        if isValid(window):
            window.show()
            window.raise_()


def close_all(windows: list[QWidget]) -> None:
    for window in windows:
        if isValid(window):
            window.close()
            window.deleteLater()
