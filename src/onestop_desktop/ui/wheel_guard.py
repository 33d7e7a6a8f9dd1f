"""The mouse wheel scrolls the form; it never changes a dropdown, number or date the user did not click into.

Scrolling a case's overview over the 경찰 신고 dropdown changed 송치·기소 to 수사 종결 and only the unsaved bar
showed it. One application-wide event filter, installed once at start (`install_wheel_guard`, from
`style.apply_style`), covers every combo box, spin box and date edit there is or will be: without focus the wheel
event goes to the viewport of the scroll area around the widget (or, with none, is left for Qt to hand to the
parent), so the form scrolls; and these widgets no longer take focus
from the wheel itself (Qt's default WheelFocus would make the first turn of the wheel focus and then change them).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)  # QAbstractSpinBox covers QSpinBox, QDoubleSpinBox, QDateEdit, QTimeEdit


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(watched, GUARDED) and not watched.hasFocus():
            assert isinstance(event, QWheelEvent)
            if _scroll_instead(watched, event):
                event.accept()
            else:
                event.ignore()  # not accepted: QApplication passes a real wheel event on to the parent
            return True
        if isinstance(watched, GUARDED) and kind == QEvent.Type.Polish:
            _no_wheel_focus(watched)
        return False


def _no_wheel_focus(widget: QWidget) -> None:
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _scroll_instead(widget: QWidget, event: QWheelEvent) -> bool:
    """Hand the turn to the viewport of the nearest scroll area around `widget`; False when there is none.

    Sent explicitly because Qt does not pass synthesized wheel events on to parents."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    if parent is None:
        return False
    viewport = parent.viewport()
    local = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
    forwarded = QWheelEvent(local, event.globalPosition(), event.pixelDelta(), event.angleDelta(), event.buttons(),
                            event.modifiers(), event.phase(), event.inverted(), event.source())  # fmt: skip
    QApplication.sendEvent(viewport, forwarded)
    return True


_GUARD: list[WheelGuard] = []  # the one guard of the process, held here (never collected while installed)


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the one guard on the application (again: it is never installed twice)."""
    if not _GUARD:
        _GUARD.append(WheelGuard())
    guard = _GUARD[0]
    app.removeEventFilter(guard)
    app.installEventFilter(guard)
    return guard


def suspend_wheel_guard(app: QApplication) -> None:
    """Take the guard off while the style is replaced (`install_wheel_guard` sets it again): a Python filter
    that saw the re-polish of every widget of an application started a second time in one process (the tests)
    crashed PySide."""
    if _GUARD:
        app.removeEventFilter(_GUARD[0])
