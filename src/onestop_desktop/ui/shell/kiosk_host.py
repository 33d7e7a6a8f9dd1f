"""The main window hosting a client's survey (`ui/feedback/kiosk.py`): every other window hidden, the workspace
replaced by a cover, menus inert; when the survey ends, the counselor's screen comes back only through the lock
screen. An idle lock while it shows abandons it without recording anything."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from ..feedback.kiosk import KioskWindow
from ..window_guard import close_popups, hide_other_windows
from .menus import MainMenus
from .sessions import SessionSlot


class KioskHost:
    def __init__(self, window: QMainWindow, stack: QStackedWidget, menus: MainMenus, lock: Callable[[], None]) -> None:
        self.window = window
        self.stack = stack
        self.menus = menus
        self.lock = lock
        self.kiosk: KioskWindow | None = None  # a client's survey in progress
        self.cover: QWidget | None = None

    @property
    def active(self) -> bool:
        return self.kiosk is not None

    def enter(self, slot: SessionSlot | None, kiosk: KioskWindow) -> None:
        """Give the screen to the survey, for `slot` (the active, unlocked user)."""
        if slot is None or slot.session.is_locked or self.kiosk is not None:
            kiosk.deleteLater()
            return
        close_popups()
        slot.hidden_windows += hide_other_windows(self.window)
        if self.cover is None:
            self.cover = QLabel(
                QCoreApplication.translate("MainWindow", "A satisfaction survey is in progress."), self.stack
            )
            self.cover.setObjectName("kioskCover")
            self.cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(self.cover)
        self.stack.setCurrentWidget(self.cover)
        self.menus.set_inert(True)
        self.kiosk = kiosk
        kiosk.finished.connect(self._finished)
        kiosk.start()

    def _finished(self) -> None:
        if self.kiosk is None:
            return  # ended by locking
        self.kiosk = None
        self.menus.set_inert(False)
        self.lock()

    def end(self) -> None:
        """Abandon a survey in progress (locking, exiting): nothing of it is recorded."""
        kiosk, self.kiosk = self.kiosk, None
        if kiosk is not None:
            self.menus.set_inert(False)
            kiosk.abandon()
