"""The windows of the 동기화 menu that stay open beside the work: 동기화 충돌 and 기기 관리, one of each per user
(each user has their own), and the sync folder dialog."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from ...services.session import Session
from ..ops import BackgroundRunner
from ..sync.conflict_dialog import ConflictDialog
from ..sync.device_enrolment_dialog import ChooseFile
from ..sync.devices_dialog import DevicesDialog
from ..sync.folder_dialog import SyncFolderDialog
from ..workspace import Workspace


@dataclass
class SyncWindows:
    window: QMainWindow
    runner: BackgroundRunner
    active_session: Callable[[], Session]
    active_workspace: Callable[[], Workspace | None]
    refresh_status: Callable[[], None]
    choose_enrolment_path: ChooseFile
    conflict_dialogs: dict[str, ConflictDialog] = field(default_factory=dict)  # per user name
    devices_dialogs: dict[str, DevicesDialog] = field(default_factory=dict)

    def has_input(self, username: str) -> bool:
        """Whether the user's conflict window holds a half-typed combined value."""
        dialog = self.conflict_dialogs.get(username)
        return dialog is not None and dialog.has_input()

    def reload(self, username: str) -> None:
        """After a sync: the user's open sync windows show what it changed."""
        if username in self.conflict_dialogs:
            self.conflict_dialogs[username].reload()
        if username in self.devices_dialogs:
            self.devices_dialogs[username].reload()

    def show_conflicts(self) -> ConflictDialog:
        session = self.active_session()
        name = session.user.username
        dialog = self.conflict_dialogs.get(name)
        if dialog is None:
            dialog = ConflictDialog(session, self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.resolved.connect(self._conflict_resolved)
            dialog.open_case.connect(self._open_conflict_case)
            dialog.destroyed.connect(lambda: self.conflict_dialogs.pop(name, None))
            self.conflict_dialogs[name] = dialog
        else:
            dialog.reload()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _conflict_resolved(self) -> None:
        workspace = self.active_workspace()
        if workspace is not None:
            workspace.after_sync(reread_cases=True)
        self.refresh_status()

    def _open_conflict_case(self, case_id: str) -> None:
        workspace = self.active_workspace()
        if workspace is not None:
            workspace.open_case(case_id)
            self.window.activateWindow()

    def show_devices(self, allowed: bool) -> DevicesDialog | None:
        session = self.active_session()
        if not allowed:
            return None
        name = session.user.username
        dialog = self.devices_dialogs.get(name)
        if dialog is None:
            dialog = DevicesDialog(session, self.runner, self.window, self.choose_enrolment_path)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(self.refresh_status)
            dialog.destroyed.connect(lambda: self.devices_dialogs.pop(name, None))
            self.devices_dialogs[name] = dialog
        dialog.open()
        return dialog

    def open_sync_folder(self) -> None:
        dialog = SyncFolderDialog(self.active_session(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh_status)
        dialog.open()
