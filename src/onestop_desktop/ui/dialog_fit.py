"""Dialogs grow to show a wrapped message in full.

Qt sizes a window by its size hint, which does not follow the height a word-wrapped label needs at
the window's width: a long inline message (a refusal listing missing consents) would be cut off at
the bottom. `keep_fitted(dialog)` grows the dialog whenever its layout changes (and shrinks it to fit
only when it is first shown).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid


def fit_height(window: QWidget, *, shrink: bool = False) -> None:
    """Make `window` as tall as its content needs at its current width (with `shrink`, also shorter)."""
    if not isValid(window) or window.layout() is None:
        return
    layout = window.layout()
    assert layout is not None
    layout.activate()
    wanted = window.heightForWidth(window.width()) if window.hasHeightForWidth() else -1
    wanted = max(wanted, window.minimumSizeHint().height())
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:  # grow, but not past the screen: the dialog's own scroll areas take the rest
        wanted = min(wanted, max(window.height(), screen.availableGeometry().height() - TITLE_BAR))
    if wanted > window.height() or (shrink and wanted < window.height()):
        window.resize(window.width(), wanted)


def fit_later(window: QWidget, *, shrink: bool = False) -> None:
    """`fit_height` once the layout has taken the change that is being made now."""
    QTimer.singleShot(0, window, lambda: fit_height(window, shrink=shrink))


TITLE_BAR = 32  # what the window manager adds above a window, which availableGeometry does not count


def size_within_screen(window: QWidget, width: int, height: int, room: QSize | None = None) -> None:
    """Resize to `width` x `height`, or less where the screen's free area (`room`; without the taskbar) is
    smaller: 1366x768 less a taskbar leaves 1366x728; 125 % scaling of 1920x1080 leaves about 1536x824."""
    if room is None:
        screen = window.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else QSize(width, height + TITLE_BAR)
    window.resize(min(width, room.width()), min(height, room.height() - TITLE_BAR))


class _Fitter(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._pending = False
        self._shown = False  # the first fit also shrinks: Qt's first size follows the narrow size hint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._fit)
        return False

    def _fit(self) -> None:
        self._pending = False
        if isValid(self.window) and self.window.isVisible():
            fit_height(self.window, shrink=not self._shown)
            self._shown = True


def keep_fitted(window: QWidget) -> None:
    window.installEventFilter(_Fitter(window))
