"""Opens every window and dialog a logged-in administrator can reach, generically, for the accessibility tests.

Nothing is hand-picked: every action of the menu bar is triggered, then every push button of each case tab and
of each window or dialog that appeared (two levels deep), with the first row of each table chosen so that the
buttons acting on a row are enabled. Each window or dialog seen is handed to `visit` (once per class) and
closed again. Blocking calls (`exec`, the static file/input/message boxes) are replaced for the tour so that
nothing waits for a person.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

import onestop_desktop.ui
from onestop_desktop.ui.main_window import MainWindow

# Actions and buttons that would end the session or hand the screen to a client: not used on the tour.
LEAVING = ("lock", "logout", "quit", "kiosk")


def nothing_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    def non_blocking_exec(self: QDialog) -> int:
        self.open()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", non_blocking_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.Cancel)


def _open_windows(main: QWidget) -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w is not main and not isinstance(w, QMenu) and w.windowType() != Qt.WindowType.ToolTip
    ]


def _leaves(name: str) -> bool:
    return any(word in name.lower() for word in LEAVING)


class Tour:
    def __init__(self, qtbot: QtBot, window: MainWindow, visit: Callable[[QWidget], None]) -> None:
        self.qtbot = qtbot
        self.window = window
        self.visit = visit
        self.seen: dict[str, QWidget] = {}
        self.problems: list[str] = []  # what `visit` found wrong
        self._depth = 0

    def _collect(self, before: list[QWidget]) -> None:
        self.qtbot.wait(20)
        for widget in _open_windows(self.window):
            if widget in before or not isValid(widget):
                continue
            key = type(widget).__qualname__
            if isinstance(widget, QMessageBox):
                key += ":" + widget.objectName()
            if key not in self.seen:
                self.seen[key] = widget
                self.visit(widget)
                if self._depth < 2:
                    self._depth += 1
                    self.buttons_of(widget)
                    self._depth -= 1
            if isValid(widget):
                if isinstance(widget, QDialog):
                    widget.done(0)
                widget.close()
        self.qtbot.wait(10)

    def press(self, trigger: Callable[[], object]) -> None:
        before = _open_windows(self.window)
        trigger()
        self._collect(before)

    def menu_actions(self) -> None:
        for menu in self.window.menuBar().findChildren(QMenu):
            for action in menu.actions():
                if action.isSeparator() or action.menu() or not action.isEnabled() or not action.isVisible():
                    continue
                if not _leaves(action.objectName()):
                    self.press(action.trigger)

    def buttons_of(self, root: QWidget) -> None:
        """Press the buttons of `root`, on every page of its tab widgets."""
        tab_widgets = [t for t in root.findChildren(QTabWidget) if t.isVisibleTo(root)]
        for tabs in tab_widgets or [None]:
            for index in range(tabs.count() if tabs else 1):
                if not isValid(root):
                    return
                if tabs is not None and isValid(tabs):
                    tabs.setCurrentIndex(index)
                self._press_visible_buttons(root)

    def _press_visible_buttons(self, root: QWidget) -> None:
        for view in root.findChildren(QAbstractItemView):
            model = view.model()
            if model is not None and model.rowCount() and view.isVisibleTo(root):
                view.setCurrentIndex(model.index(0, 0))
        for button in root.findChildren(QPushButton):
            if not isValid(root):
                return
            if not isValid(button) or not button.isEnabled() or not button.isVisibleTo(root):
                continue
            if not _leaves(button.objectName()):
                self.press(button.click)


def shown_in(widget: QWidget, root: QWidget) -> bool:
    """Visible with `root`, counting the hidden pages of tab and stacked widgets as shown (a click away)."""
    while widget is not root:
        parent = widget.parentWidget()
        if parent is None:
            return False
        if widget.isHidden() and not isinstance(parent, QStackedWidget):
            return False
        widget = parent
    return True


def focusable(root: QWidget) -> Iterator[QWidget]:
    """The widgets of `root` that Tab can reach."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and shown_in(widget, root):
            yield widget


def dialog_classes() -> set[str]:
    """Every QDialog subclass the UI package defines."""
    for module in pkgutil.walk_packages(onestop_desktop.ui.__path__, "onestop_desktop.ui."):
        importlib.import_module(module.name)

    def below(cls: type) -> Iterator[type]:
        for sub in cls.__subclasses__():
            yield sub
            yield from below(sub)

    return {c.__qualname__ for c in below(QDialog) if c.__module__.startswith("onestop_desktop.")}
