"""Closing the main window: refused while a client's survey has the screen; asks about the active user's unsaved
input, then (when other users' locked screens are still open) whether to log them out too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from ..common.unsaved import confirm_leaving
from .sessions import SessionSlot

if TYPE_CHECKING:
    from ..main_window import MainWindow


class ExitGuard:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.quit_confirmed = False  # logging out the other, locked users was agreed to
        self.unsaved_confirmed = False  # losing the active user's unsaved input was agreed to

    def may_close(self) -> bool:
        """True when the window may close now; otherwise it asks (or refuses) and closes later if agreed."""
        w = self.window
        if w.kiosk_host.active:  # only the survey's own buttons end it
            return False
        slot = w.sessions.current
        if slot is not None and not slot.session.is_locked and not self.unsaved_confirmed and slot.workspace.unsaved():
            question = QCoreApplication.translate("MainWindow", "Save them before exiting?")
            confirm_leaving(w, slot.workspace, question, self._close_anyway)
            return False
        others = [s for s in w.sessions.slots.values() if s is not slot]
        if others and not self.quit_confirmed:
            self._ask_quit(others)
            return False
        return True

    def _close_anyway(self) -> None:
        self.unsaved_confirmed = True
        self.window.close()

    def _ask_quit(self, others: list[SessionSlot]) -> None:
        names = ", ".join(s.session.user.display_name for s in others)
        buttons = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("MainWindow", "Exit OneStop"),
            QCoreApplication.translate(
                "MainWindow",
                "The locked screens of {names} are still open. Exiting logs them out and discards their "
                "unsaved input. Exit anyway?",
            ).format(names=names),
            buttons.Yes | buttons.Cancel,
            self.window,
        )
        box.setObjectName("confirmQuit")
        box.button(buttons.Yes).setText(QCoreApplication.translate("MainWindow", "E&xit"))
        box.button(buttons.Cancel).setText(QCoreApplication.translate("MainWindow", "Cancel"))
        box.setDefaultButton(buttons.Cancel)

        def answered(button: QAbstractButton) -> None:
            if box.standardButton(button) == buttons.Yes:
                self.quit_confirmed = True
                self.window.close()
            else:
                self.unsaved_confirmed = False  # staying: unsaved input is asked about again next time

        box.buttonClicked.connect(answered)
        self.window.open_dialog(box)
