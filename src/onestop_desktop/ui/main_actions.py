"""The main window's actions: texts, shortcuts, and who may use them when."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ..domain.roles import Permission
from ..services.session import Session


class MainActions(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.backup = self._make("backup", self.tr("Make a &backup…"), "Ctrl+Shift+B")
        self.change_passphrase = self._make("changePassphrase", self.tr("Change my &passphrase…"))
        self.settings = self._make("settings", self.tr("&Settings…"), QKeySequence.StandardKey.Preferences, "Ctrl+,")
        self.lock = self._make("lock", self.tr("&Lock"), "Ctrl+L")
        self.logout = self._make("logout", self.tr("Log &out"), "Ctrl+Shift+L")
        self.quit = self._make("quit", self.tr("E&xit"), QKeySequence.StandardKey.Quit, "Ctrl+Q")
        self.users = self._make("users", self.tr("&User accounts…"), "Ctrl+Shift+U")
        self.audit = self._make("audit", self.tr("&Audit trail…"), "Ctrl+Shift+A")
        self.register = self._make("register", self.tr("&Output register…"))
        self.check = self._make("check", self.tr("&Check the data"))
        self.about = self._make("about", self.tr("&About OneStop"))
        self.sync = self._make("sync", self.tr("&Sync now"), "F9", "Ctrl+Shift+S")
        self.conflicts = self._make("syncConflicts", self.tr("Sync &conflicts…"))
        self.sync_folder = self._make("syncFolder", self.tr("Sync &folder…"))
        self.devices = self._make("devices", self.tr("&Devices…"))
        self.retention = self._make("retention", self.tr("&Retention and destruction…"))
        self.permissions: dict[QAction, Permission] = {
            self.backup: Permission.BACKUP,
            self.users: Permission.MANAGE_USERS,
            self.audit: Permission.VIEW_AUDIT,
            self.register: Permission.VIEW_AUDIT,
            self.check: Permission.CHECK_INTEGRITY,
            self.sync: Permission.SYNC,
            self.conflicts: Permission.SYNC,
            self.sync_folder: Permission.SYNC,
            self.devices: Permission.MANAGE_DEVICES,
            self.retention: Permission.DESTROY_RECORDS,
        }
        # Usable only while someone is logged in and the screen is not locked.
        self.session_actions = (
            self.backup,
            self.change_passphrase,
            self.settings,
            self.lock,
            self.logout,
            self.users,
            self.audit,
            self.register,
            self.check,
            self.sync,
            self.conflicts,
            self.sync_folder,
            self.devices,
            self.retention,
        )

    def _make(self, name: str, text: str, *shortcuts: str | QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self.parent())
        action.setObjectName(f"action_{name}")
        sequences: list[QKeySequence] = []
        for shortcut in shortcuts:
            for sequence in (
                QKeySequence.keyBindings(shortcut)
                if isinstance(shortcut, QKeySequence.StandardKey)
                else [QKeySequence(shortcut)]
            ):
                if not sequence.isEmpty() and sequence not in sequences:
                    sequences.append(sequence)
        if sequences:
            action.setShortcuts(sequences)
        return action

    def admin_actions(self) -> tuple[QAction, ...]:
        return (self.users, self.audit, self.register, self.check, self.devices, self.retention)

    def apply(self, session: Session | None) -> None:
        """Show what the active user may do; with no unlocked session only About and Exit remain."""
        unlocked = session is not None and not session.is_locked
        for action in self.session_actions:
            permission = self.permissions.get(action)
            allowed = permission is None or (session is not None and session.can(permission))
            if session is not None:
                action.setVisible(allowed)
            action.setEnabled(unlocked and allowed)

    def any_admin_visible(self) -> bool:
        return any(action.isVisible() for action in self.admin_actions())
