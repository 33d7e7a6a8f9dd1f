"""Dialogs grow to show a wrapped message in full.

Qt sizes a window by its size hint, which does not follow the height a word-wrapped label needs at
the window's width: a long inline message (a refusal listing missing consents) would be cut off at
the bottom. `keep_fitted(dialog)` grows the dialog whenever its layout changes; it never shrinks it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid


def fit_height(window: QWidget) -> None:
    """Make `window` tall enough for its content at its current width (never smaller)."""
    layout = window.layout()
    if layout is None or not isValid(window):
        return
    layout.activate()
    wanted = window.heightForWidth(window.width()) if window.hasHeightForWidth() else -1
    wanted = max(wanted, window.minimumSizeHint().height())
    if wanted > window.height():
        window.resize(window.width(), wanted)


class _Fitter(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._pending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._fit)
        return False

    def _fit(self) -> None:
        self._pending = False
        if isValid(self.window) and self.window.isVisible():
            fit_height(self.window)


def keep_fitted(window: QWidget) -> None:
    window.installEventFilter(_Fitter(window))
