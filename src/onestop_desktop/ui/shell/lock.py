"""Locking the screen and logging out.

Locking (idle timer, Ctrl+L) hides every window of the active user behind the lock screen, lets a background
job that may use the database finish, and then drops their key (`Session.lock()`); their windows come back on
unlock. Logging out asks about unsaved input first, then closes the user's windows and forgets their workspace.
A revoked device logs everyone out at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ...domain.errors import ErrorCode, OneStopError
from ...services.session import Session
from ..common.unsaved import confirm_leaving
from ..errors import error_text
from ..window_guard import close_all, close_popups, hide_other_windows
from .sessions import SessionSlot

if TYPE_CHECKING:
    from ..main_window import MainWindow


class ScreenLock:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def lock(self) -> None:
        """Hide everything of the active user behind the lock screen and drop their key."""
        w = self.window
        slot = w.sessions.current
        if slot is None or slot.session.is_locked:
            return
        w.kiosk_host.end()
        w.idle.stop()
        close_popups()
        slot.hidden_windows += hide_other_windows(w)
        w.stack.setCurrentWidget(w.gate)
        w.runner.wait_idle()  # a background job may be using the database: let it finish first
        slot.session.lock()
        w.gate.show_unlock(slot.locked_user())
        w.show_gate_state()

    def logout(self) -> None:
        """Log the active user out, after asking about unsaved input (save, don't save, cancel)."""
        slot = self.window.sessions.current
        if slot is None:
            return
        if slot.session.is_locked:
            self._logout_now(slot)
            return
        question = QCoreApplication.translate("MainWindow", "Save them before logging out?")
        confirm_leaving(self.window, slot.workspace, question, lambda: self._logout_now(slot))

    def _logout_now(self, slot: SessionSlot) -> None:
        w = self.window
        if slot is not w.sessions.current:
            return
        w.idle.stop()
        close_popups()
        close_all(hide_other_windows(w))
        w.runner.wait_idle()
        slot.session.logout()
        self.discard(slot)
        w.gate.show_login(
            QCoreApplication.translate("MainWindow", "{name} logged out.").format(name=slot.session.user.display_name),
            return_to=w.sessions.most_recent_locked(),
        )
        w.stack.setCurrentWidget(w.gate)
        w.show_gate_state()

    def discard(self, slot: SessionSlot) -> None:
        """Forget a logged-out (or revoked) user's slot and workspace."""
        self.window.sessions.remove(slot)
        self.window.stack.removeWidget(slot.workspace)
        slot.workspace.deleteLater()

    def revoked(self, _session: Session) -> None:
        """The center revoked this device and its data is gone: nobody can stay logged in (whoever ran the
        sync that learned it)."""
        w = self.window
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("MainWindow", "Sync"),
            error_text(OneStopError(ErrorCode.DEVICE_REVOKED)),
            QMessageBox.StandardButton.Ok,
            w,
        )
        box.setObjectName("deviceRevoked")
        box.finished.connect(w.close)
        w.exit_guard.quit_confirmed = w.exit_guard.unsaved_confirmed = True
        for slot in list(w.sessions.slots.values()):
            close_all(slot.hidden_windows)
            self.discard(slot)
        w.stack.setCurrentWidget(w.gate)
        w.show_gate_state()
        w.open_dialog(box)
