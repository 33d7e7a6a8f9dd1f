"""The main window: a stack of the login/lock screen and one workspace per user, composed with the parts in
`ui/shell/` (the sessions it holds, menus, status bar, locking and logging out, the kiosk it hosts, the sync
windows, closing). What is left here is the wiring: logging in, switching users, the menu's dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QStackedWidget, QWidget

from ..services.session import Session
from ..services.sync import SyncReport
from ..services.vault import Vault
from .case_actions import CaseActions
from .demo_hint import DemoHint
from .dialog_fit import size_within_screen
from .dialogs.about_dialog import AboutDialog
from .dialogs.audit_dialog import AuditDialog
from .dialogs.change_passphrase import ChangePassphraseDialog
from .dialogs.register_dialog import RegisterDialog
from .dialogs.retention_dialog import RetentionDialog
from .dialogs.user_admin import UserAdminDialog
from .feedback.kiosk import KioskWindow
from .gate_page import GatePage
from .idle_lock import IdleTimer
from .main_actions import MainActions
from .ops import BackgroundRunner
from .shell.closing import ExitGuard
from .shell.file_menu import FileMenuDialogs
from .shell.kiosk_host import KioskHost
from .shell.lock import ScreenLock
from .shell.menus import MainMenus
from .shell.sessions import SessionSlot, WindowSessions
from .shell.status_bar import MainStatusBar
from .shell.sync_windows import SyncWindows
from .sync.conflict_dialog import ConflictDialog
from .sync.device_enrolment_dialog import ChooseFile, ask_enrolment_path
from .sync.devices_dialog import DevicesDialog
from .sync.sync_control import AUTO_SYNC_IDLE_MS, SyncControl
from .tasks import ChoosePath, SessionTasks, ask_backup_path
from .window_guard import show_again
from .workspace import Workspace

MINUTE_MS = 60_000


class MainWindow(QMainWindow):
    portable = False  # set by app.py when the data folder lives beside the executable

    def __init__(
        self,
        vault: Vault,
        runner: BackgroundRunner | None = None,
        *,
        idle_interval_ms: int | None = None,
        choose_backup_path: ChoosePath = ask_backup_path,
        tick_ms: int = 250,
        demo: DemoHint | None = None,
        sync_idle_ms: int = AUTO_SYNC_IDLE_MS,
        choose_enrolment_path: ChooseFile = ask_enrolment_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.vault = vault
        self.demo = demo
        self.runner = runner or BackgroundRunner(self)
        self.sessions = WindowSessions(vault)
        self._idle_override = idle_interval_ms
        self.idle = IdleTimer(idle_interval_ms or 10 * MINUTE_MS, self)
        self.menu_actions = MainActions(self)
        self.case_actions = CaseActions(self, self._active_workspace)
        self.tasks = SessionTasks(self, self.runner, self.sessions.deliver, choose_backup_path)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("centralStack")
        self.setCentralWidget(self.stack)
        self.gate = GatePage(self.sessions.authenticate, vault.usernames, vault.clock, self, tick_ms=tick_ms)
        self.gate.authenticated.connect(self._on_authenticated)
        self.stack.addWidget(self.gate)
        if demo is not None:
            self.gate.show_demo(demo)
        self.menus = MainMenus(self, self.menu_actions, self.case_actions)
        self.status = MainStatusBar(self, demo=demo is not None)
        self.user_status, self.center_status = self.status.user_status, self.status.center_status
        self.demo_status, self.sync_status = self.status.demo_status, self.status.sync_status
        self.admin_menu, self.case_menu = self.menus.admin_menu, self.menus.case_menu
        self.screen_lock = ScreenLock(self)
        self.kiosk_host = KioskHost(self, self.stack, self.menus, self.lock)
        self.exit_guard = ExitGuard(self)
        self.file_dialogs = FileMenuDialogs(self)
        self.sync = SyncControl(
            self, self.runner, self.sync_status, self.sessions.unlocked, self._has_unsaved_input, idle_ms=sync_idle_ms
        )
        self.sync_windows = SyncWindows(
            self,
            self.runner,
            self.active_session,
            self._active_workspace,
            self.sync.refresh_status,
            choose_enrolment_path,
        )
        self.sync.synced.connect(self._after_sync)
        self.sync.revoked.connect(self.screen_lock.revoked)
        self._connect_actions()
        self.show_gate_state()
        size_within_screen(self, 1280, 680)

    # -- the state of the parts, by the names the rest of the UI (and the tests) use ---------------------
    @property
    def current(self) -> SessionSlot | None:
        return self.sessions.current

    @property
    def slots(self) -> dict[str, SessionSlot]:
        return self.sessions.slots

    @property
    def kiosk_cover(self) -> QWidget | None:
        return self.kiosk_host.cover

    def _connect_actions(self) -> None:
        a = self.menu_actions
        self.idle.inactivity_detected.connect(self.lock)
        a.lock.triggered.connect(self.lock)
        a.logout.triggered.connect(self.logout)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(lambda: self.open_dialog(AboutDialog(self)))
        a.change_passphrase.triggered.connect(self.file_dialogs.change_passphrase)
        a.settings.triggered.connect(self.file_dialogs.settings)
        a.users.triggered.connect(lambda: self.open_dialog(UserAdminDialog(self.active_session(), self)))
        a.audit.triggered.connect(lambda: self.open_dialog(AuditDialog(self.active_session(), self)))
        a.register.triggered.connect(lambda: self.open_dialog(RegisterDialog(self.active_session(), self)))
        a.retention.triggered.connect(lambda: self.open_dialog(RetentionDialog(self.active_session(), self)))
        a.backup.triggered.connect(lambda: self.tasks.backup(self.active_session()))
        a.check.triggered.connect(lambda: self.tasks.check(self.active_session()))
        a.sync.triggered.connect(self.sync.sync_now)
        a.conflicts.triggered.connect(self.show_conflicts)
        a.sync_folder.triggered.connect(self.sync_windows.open_sync_folder)
        self.sync.folder_requested.connect(self.sync_windows.open_sync_folder)
        a.devices.triggered.connect(self.show_devices)
        self.sync_status.sync_requested.connect(a.sync.trigger)
        self.sync_status.conflicts_requested.connect(self.show_conflicts)
        self.sync_status.quarantine_requested.connect(self.show_devices)

    def open_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def active_session(self) -> Session:
        session = self.sessions.unlocked()
        assert session is not None
        return session

    def _active_workspace(self) -> Workspace | None:
        slot = self.current
        if slot is None or slot.session.is_locked or self.stack.currentWidget() is not slot.workspace:
            return None
        return slot.workspace

    def show_gate_state(self) -> None:
        """Menus, status bar and title for the active user (or nobody, or a locked screen)."""
        slot = self.current
        self.menus.show_for(slot.session if slot is not None else None)
        self.sync.session_changed()
        self.status.show_slot(slot, portable=self.portable)

    # -- logging in ------------------------------------------------------------------------------
    def _on_authenticated(self, username: str) -> None:
        slot = self.slots.get(username)
        if slot is not None:
            self._activate(slot)
            return
        session = self.sessions.take_pending()
        if session is None:
            return
        if session.user.must_change_passphrase:
            dialog = ChangePassphraseDialog(session, forced=True, parent=self)
            dialog.accepted.connect(lambda: self.adopt(session))
            dialog.rejected.connect(lambda: self._refuse_unchanged(session))
            self.open_dialog(dialog)
            return
        self.adopt(session)

    def _refuse_unchanged(self, session: Session) -> None:
        session.logout()
        self.gate.show_login(
            self.tr("You were logged out because the passphrase was not changed."),
            return_to=self.sessions.most_recent_locked(),
        )

    def adopt(self, session: Session) -> None:
        """Give a freshly logged-in session its own workspace and make it the active one."""
        center = session.settings.center_name
        self.menu_actions.apply(session)
        workspace = Workspace(session, self.runner, center, session.settings.idle_lock_minutes, self.stack)
        workspace.kiosk_requested.connect(self.enter_kiosk)
        workspace.conflicts_requested.connect(self.show_conflicts)
        slot = self.sessions.add(session, workspace, center)
        self.stack.addWidget(workspace)
        self._activate(slot)

    def _activate(self, slot: SessionSlot) -> None:
        self.sessions.make_current(slot)
        self.stack.setCurrentWidget(slot.workspace)
        self.show_gate_state()
        self.idle.set_interval(self._idle_override or slot.session.settings.idle_lock_minutes * MINUTE_MS)
        self.idle.start()
        windows, slot.hidden_windows = slot.hidden_windows, []
        show_again(windows)
        deferred, slot.deferred = slot.deferred, []
        for show in deferred:
            show()
        slot.workspace.setFocus()

    # -- locking, logging out, the kiosk -------------------------------------------------------------------
    def lock(self) -> None:
        self.screen_lock.lock()

    def logout(self) -> None:
        self.screen_lock.logout()

    def enter_kiosk(self, kiosk: KioskWindow) -> None:
        self.kiosk_host.enter(self.current, kiosk)

    # -- sync -------------------------------------------------------------------------------------
    def _has_unsaved_input(self) -> bool:
        workspace = self._active_workspace()
        if workspace is None:
            return False
        return bool(workspace.unsaved()) or self.sync_windows.has_input(workspace.session.user.username)

    def _after_sync(self, report: SyncReport) -> None:
        workspace = self._active_workspace()
        if workspace is not None:
            # Re-reading an open case is audited as a view; doing it after a sync that brought nothing would
            # make every idle sync a new change for the other devices, and they would trade bundles forever.
            workspace.after_sync(reread_cases=report.changes > 0)
        session = self.sessions.unlocked()
        self.sync_windows.reload(session.user.username if session is not None else "")

    def show_conflicts(self) -> ConflictDialog:
        return self.sync_windows.show_conflicts()

    def show_devices(self) -> DevicesDialog | None:
        return self.sync_windows.show_devices(self.menu_actions.devices.isEnabled())

    # -- the File menu's settings --------------------------------------------------------------------
    def set_idle_minutes(self, minutes: int) -> None:
        if self._idle_override is None:
            self.idle.set_interval(minutes * MINUTE_MS)
        for slot in self.slots.values():
            slot.workspace.set_idle_minutes(minutes)

    # -- closing -----------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.exit_guard.may_close():
            event.ignore()
            return
        self.end_all_sessions()
        event.accept()

    def end_all_sessions(self) -> None:
        """Log every user out (a locked session has already dropped its key) and close their windows."""
        self.kiosk_host.end()
        self.idle.stop()
        self.sync.stop()
        self.runner.wait_idle()
        self.sessions.log_everyone_out()
