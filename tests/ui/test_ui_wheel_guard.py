"""The wheel scrolls the form and never changes a dropdown, spin box or date edit that has no focus."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from onestop_desktop.ui.style import apply_style
from onestop_desktop.ui.wheel_guard import install_wheel_guard


def _wheel(widget: QWidget, steps: int = -1) -> None:
    """A real wheel turn (one notch down) over the middle of `widget`, delivered through QApplication."""
    local = QPointF(widget.rect().center())
    event = QWheelEvent(local, QPointF(widget.mapToGlobal(local.toPoint())), QPoint(), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)  # fmt: skip
    QApplication.sendEvent(widget, event)


def _form(qtbot: QtBot) -> tuple[QScrollArea, QComboBox, QSpinBox, QDateEdit, QLineEdit]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_style(app)  # what the application does at start
    area = QScrollArea()
    body = QWidget()
    layout = QVBoxLayout(body)
    other = QLineEdit(body)
    combo = QComboBox(body)
    combo.addItems(["송치·기소", "수사 중", "수사 종결"])
    spin = QSpinBox(body)
    spin.setRange(0, 100)
    spin.setValue(50)
    date_edit = QDateEdit(QDate(2026, 12, 7), body)
    layout.addWidget(other)
    for widget in (combo, spin, date_edit):
        layout.addWidget(widget)
        layout.addSpacing(600)
    area.setWidget(body)
    area.resize(400, 300)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    other.setFocus()
    return area, combo, spin, date_edit, other


def test_the_wheel_over_an_unfocused_field_scrolls_the_form_and_changes_nothing(qtbot: QtBot) -> None:
    area, combo, spin, date_edit, _other = _form(qtbot)
    bar = area.verticalScrollBar()
    for widget in (combo, spin, date_edit):
        area.ensureWidgetVisible(widget)
        before = bar.value()
        _wheel(widget)
        assert bar.value() > before, type(widget).__name__  # the form scrolled instead
    assert combo.currentText() == "송치·기소" and spin.value() == 50 and date_edit.date() == QDate(2026, 12, 7)


def test_a_focused_field_still_takes_the_wheel(qtbot: QtBot) -> None:
    _area, combo, spin, date_edit, _other = _form(qtbot)  # the names keep the form alive
    for widget in (combo, spin, date_edit):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        _wheel(widget)
    assert combo.currentText() != "송치·기소" and spin.value() != 50 and date_edit.date() != QDate(2026, 12, 7)


def test_the_guard_is_installed_once_and_the_wheel_no_longer_gives_focus(qtbot: QtBot) -> None:
    _area, combo, spin, date_edit, _other = _form(qtbot)  # the names keep the form alive
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_style(app)
    assert install_wheel_guard(app) is install_wheel_guard(app)  # one guard per application
    assert all(w.focusPolicy() == Qt.FocusPolicy.StrongFocus for w in (combo, spin, date_edit))
