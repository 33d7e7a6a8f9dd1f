"""The main window: menus, status bar, and a stack of the login/lock screen and one workspace per user.

Several users may share this computer. Locking hides every window of the active user and
drops their data key; another user may then log in with a session of their own while the
first user's workspace (with any unsaved input) waits, hidden, until they log in again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QMainWindow, QMessageBox, QStackedWidget, QWidget

from .. import APP_NAME
from ..domain.errors import ErrorCode, OneStopError
from ..services.session import Session
from ..services.sync import SyncReport
from ..services.vault import Vault
from .case_actions import CaseActions
from .cases.unsaved import confirm_leaving
from .demo_hint import DemoHint
from .dialogs.about_dialog import AboutDialog
from .dialogs.audit_dialog import AuditDialog
from .dialogs.change_passphrase import ChangePassphraseDialog
from .dialogs.settings_dialog import SettingsDialog
from .dialogs.user_admin import UserAdminDialog
from .errors import error_text, role_label
from .feedback.kiosk import KioskWindow
from .gate_page import GatePage, LockedUser
from .i18n import LANGUAGES
from .idle_lock import IdleTimer
from .main_actions import MainActions
from .ops import BackgroundRunner
from .sync.conflict_dialog import ConflictDialog
from .sync.devices_dialog import DevicesDialog
from .sync.enrol_dialog import ChooseFile, ask_enrolment_path
from .sync.folder_dialog import SyncFolderDialog
from .sync.status_widget import SyncStatusWidget
from .sync.sync_control import AUTO_SYNC_IDLE_MS, SyncControl
from .tasks import ChoosePath, SessionTasks, ask_backup_path
from .window_guard import close_all, close_popups, hide_other_windows, show_again
from .workspace import Workspace

MINUTE_MS = 60_000


@dataclass
class SessionSlot:
    session: Session
    workspace: Workspace
    center_name: str
    hidden_windows: list[QWidget] = field(default_factory=list)
    deferred: list[Callable[[], None]] = field(default_factory=list)

    def locked_user(self) -> LockedUser:
        user = self.session.user
        return LockedUser(user.username, user.display_name, role_label(user.role))


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
        self.slots: dict[str, SessionSlot] = {}
        self.current: SessionSlot | None = None
        self._recent: list[str] = []  # user names, most recently active last
        self._pending: Session | None = None
        self._idle_override = idle_interval_ms
        self._quit_confirmed = False
        self._kiosk: KioskWindow | None = None  # a client's survey in progress (ui/feedback/kiosk.py)
        self.kiosk_cover: QWidget | None = None
        self._unsaved_confirmed = False
        self.idle = IdleTimer(idle_interval_ms or 10 * MINUTE_MS, self)
        self.idle.inactivity_detected.connect(self.lock)
        self.menu_actions = MainActions(self)
        self.case_actions = CaseActions(self, self._active_workspace)
        self.tasks = SessionTasks(self, self.runner, self._deliver, choose_backup_path)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("centralStack")
        self.setCentralWidget(self.stack)
        self.gate = GatePage(self._authenticate, vault.usernames, vault.clock, self, tick_ms=tick_ms)
        self.gate.authenticated.connect(self._on_authenticated)
        self.stack.addWidget(self.gate)
        if demo is not None:
            self.gate.show_demo(demo)
        self.choose_enrolment_path = choose_enrolment_path
        self.conflict_dialogs: dict[str, ConflictDialog] = {}  # per user name: each user has their own
        self.devices_dialogs: dict[str, DevicesDialog] = {}
        self._build_menus()
        self._build_status_bar()
        self.sync = SyncControl(
            self, self.runner, self.sync_status, self._sync_session, self._has_unsaved_input, idle_ms=sync_idle_ms
        )
        self.sync.synced.connect(self._after_sync)
        self.sync.revoked.connect(self._device_revoked)
        self._connect_actions()
        self._show_gate_state()
        self.resize(1280, 760)

    # -- chrome ----------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.menu_actions
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addActions([a.backup, a.change_passphrase, a.settings])
        file_menu.addSeparator()
        file_menu.addActions([a.lock, a.logout])
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        self.case_menu = self.menuBar().addMenu(self.tr("&Cases"))
        self.case_menu.setObjectName("caseMenu")
        self.case_actions.fill(self.case_menu)
        self.sync_menu = self.menuBar().addMenu(self.tr("S&ync"))
        self.sync_menu.setObjectName("syncMenu")
        self.sync_menu.addActions([a.sync, a.conflicts, a.sync_folder])
        self.sync_menu.addSeparator()
        self.sync_menu.addAction(a.devices)
        self.report_menu = self.menuBar().addMenu(self.tr("&Reports"))
        self.report_menu.setObjectName("reportMenu")
        self.case_actions.fill_reports(self.report_menu)
        self.admin_menu = self.menuBar().addMenu(self.tr("&Administration"))
        self.admin_menu.setObjectName("adminMenu")
        self.admin_menu.addActions([a.users, a.audit, a.check, self.case_actions.agencies, self.case_actions.surveys])
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(a.about)

    def _build_status_bar(self) -> None:
        self.user_status = QLabel(self)
        self.user_status.setObjectName("statusUser")
        self.center_status = QLabel(self)
        self.center_status.setObjectName("statusCenter")
        self.demo_status = QLabel(self.tr("DEMO — fictional data"), self)
        self.demo_status.setObjectName("demoMarker")
        self.demo_status.setVisible(self.demo is not None)
        self.sync_status = SyncStatusWidget(self)
        self.sync_status.sync_requested.connect(self.menu_actions.sync.trigger)
        self.sync_status.conflicts_requested.connect(self.show_conflicts)
        self.sync_status.quarantine_requested.connect(self.show_devices)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.statusBar().addPermanentWidget(self.demo_status)
        self.statusBar().addPermanentWidget(self.user_status)
        self.statusBar().addPermanentWidget(self.center_status)

    def _connect_actions(self) -> None:
        a = self.menu_actions
        a.lock.triggered.connect(self.lock)
        a.logout.triggered.connect(self.logout)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(lambda: self._open(AboutDialog(self)))
        a.change_passphrase.triggered.connect(self._change_passphrase)
        a.settings.triggered.connect(self._settings)
        a.users.triggered.connect(lambda: self._open(UserAdminDialog(self._active_session(), self)))
        a.audit.triggered.connect(lambda: self._open(AuditDialog(self._active_session(), self)))
        a.backup.triggered.connect(lambda: self.tasks.backup(self._active_session()))
        a.check.triggered.connect(lambda: self.tasks.check(self._active_session()))
        a.sync.triggered.connect(self.sync.sync_now)
        a.conflicts.triggered.connect(self.show_conflicts)
        a.sync_folder.triggered.connect(self._sync_folder)
        a.devices.triggered.connect(self.show_devices)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _active_session(self) -> Session:
        assert self.current is not None and not self.current.session.is_locked
        return self.current.session

    def _active_workspace(self) -> Workspace | None:
        slot = self.current
        if slot is None or slot.session.is_locked or self.stack.currentWidget() is not slot.workspace:
            return None
        return slot.workspace

    def _title(self, center: str) -> str:
        title = f"{center} — {APP_NAME}" if center else APP_NAME
        title = self.tr("{title} (portable mode)").format(title=title) if self.portable else title
        return self.tr("[DEMO] {title}").format(title=title) if self.demo is not None else title

    def _show_gate_state(self) -> None:
        slot = self.current
        session = slot.session if slot is not None else None
        self.menu_actions.apply(session)
        self.case_actions.apply(session)
        unlocked = session is not None and not session.is_locked
        self.admin_menu.menuAction().setVisible(unlocked and self.menu_actions.any_admin_visible())
        self.case_menu.menuAction().setVisible(unlocked)
        self.sync_menu.menuAction().setVisible(unlocked and self.menu_actions.sync.isVisible())
        self.sync.session_changed()
        self.report_menu.menuAction().setVisible(unlocked)
        if slot is None:
            self.user_status.setText(self.tr("Not logged in"))
            self.center_status.setText("")
            self.setWindowTitle(self._title(""))
        elif slot.session.is_locked:
            self.user_status.setText(self.tr("Locked: {name}").format(name=slot.session.user.display_name))
            self.center_status.setText("")
            self.setWindowTitle(self._title(""))
        else:
            user = slot.session.user
            self.user_status.setText(
                self.tr("{name} · {role}").format(name=user.display_name, role=role_label(user.role))
            )
            self.center_status.setText(slot.center_name)
            self.setWindowTitle(self._title(slot.center_name))

    # -- logging in ------------------------------------------------------------------------------
    def _authenticate(self, username: str, passphrase: str) -> None:
        slot = self.slots.get(username)
        if slot is not None:
            slot.session.unlock(passphrase)
        else:
            self._pending = self.vault.login(username, passphrase)

    def _on_authenticated(self, username: str) -> None:
        slot = self.slots.get(username)
        if slot is not None:
            self._activate(slot)
            return
        session, self._pending = self._pending, None
        if session is None:
            return
        if session.user.must_change_passphrase:
            dialog = ChangePassphraseDialog(session, forced=True, parent=self)
            dialog.accepted.connect(lambda: self.adopt(session))
            dialog.rejected.connect(lambda: self._refuse_unchanged(session))
            self._open(dialog)
            return
        self.adopt(session)

    def _refuse_unchanged(self, session: Session) -> None:
        session.logout()
        self.gate.show_login(
            self.tr("You were logged out because the passphrase was not changed."), return_to=self._most_recent_locked()
        )

    def adopt(self, session: Session) -> None:
        """Give a freshly logged-in session its own workspace and make it the active one."""
        center = session.settings.center_name
        self.menu_actions.apply(session)
        workspace = Workspace(session, self.runner, center, session.settings.idle_lock_minutes, self.stack)
        workspace.kiosk_requested.connect(self.enter_kiosk)
        workspace.conflicts_requested.connect(self.show_conflicts)
        slot = SessionSlot(session, workspace, center)
        self.slots[session.user.username] = slot
        self.stack.addWidget(workspace)
        self._activate(slot)

    def _activate(self, slot: SessionSlot) -> None:
        self.current = slot
        name = slot.session.user.username
        self._recent = [n for n in self._recent if n != name] + [name]
        self.stack.setCurrentWidget(slot.workspace)
        self._show_gate_state()
        self.idle.set_interval(self._idle_override or slot.session.settings.idle_lock_minutes * MINUTE_MS)
        self.idle.start()
        windows, slot.hidden_windows = slot.hidden_windows, []
        show_again(windows)
        deferred, slot.deferred = slot.deferred, []
        for show in deferred:
            show()
        slot.workspace.setFocus()

    def _most_recent_locked(self) -> LockedUser | None:
        for name in reversed(self._recent):
            slot = self.slots.get(name)
            if slot is not None and slot.session.is_locked:
                return slot.locked_user()
        return None

    # -- locking and logging out ----------------------------------------------------------------
    def lock(self) -> None:
        """Hide everything of the active user behind the lock screen and drop their key."""
        slot = self.current
        if slot is None or slot.session.is_locked:
            return
        self._end_kiosk()
        self.idle.stop()
        close_popups()
        slot.hidden_windows += hide_other_windows(self)
        self.stack.setCurrentWidget(self.gate)
        self.runner.wait_idle()  # a background job may be using the database: let it finish first
        slot.session.lock()
        self.gate.show_unlock(slot.locked_user())
        self._show_gate_state()

    def logout(self) -> None:
        """Log the active user out, after asking about unsaved input (save, don't save, cancel)."""
        slot = self.current
        if slot is None:
            return
        if slot.session.is_locked:
            self._logout_now(slot)
            return
        confirm_leaving(self, slot.workspace, self.tr("Save them before logging out?"), lambda: self._logout_now(slot))

    def _logout_now(self, slot: SessionSlot) -> None:
        if slot is not self.current:
            return
        self.idle.stop()
        close_popups()
        close_all(hide_other_windows(self))
        self.runner.wait_idle()
        slot.session.logout()
        self._discard(slot)
        self.current = None
        self.gate.show_login(
            self.tr("{name} logged out.").format(name=slot.session.user.display_name),
            return_to=self._most_recent_locked(),
        )
        self.stack.setCurrentWidget(self.gate)
        self._show_gate_state()

    def _discard(self, slot: SessionSlot) -> None:
        self.slots.pop(slot.session.user.username, None)
        self._recent = [n for n in self._recent if n != slot.session.user.username]
        close_all(slot.hidden_windows)
        self.stack.removeWidget(slot.workspace)
        slot.workspace.deleteLater()

    def _deliver(self, session: Session, show: Callable[[], None]) -> None:
        """Show a background result now, or when its user is back at an unlocked screen."""
        slot = self.slots.get(session.user.username)
        if slot is None or slot.session is not session:
            return  # logged out meanwhile: nobody to tell
        if slot is self.current and not session.is_locked:
            show()
        else:
            slot.deferred.append(show)

    # -- a client's survey on this screen ------------------------------------------------------------------
    def enter_kiosk(self, kiosk: KioskWindow) -> None:
        """Give the screen to a client's survey: every other window hidden, this one covered and inert,
        and when it ends the counselor's screen comes back only through the lock screen."""
        slot = self.current
        if slot is None or slot.session.is_locked or self._kiosk is not None:
            kiosk.deleteLater()
            return
        close_popups()
        slot.hidden_windows += hide_other_windows(self)
        if self.kiosk_cover is None:
            self.kiosk_cover = QLabel(self.tr("A satisfaction survey is in progress."), self.stack)
            self.kiosk_cover.setObjectName("kioskCover")
            self.kiosk_cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(self.kiosk_cover)
        self.stack.setCurrentWidget(self.kiosk_cover)
        self.menuBar().setEnabled(False)
        self.menu_actions.apply(None)
        self.case_actions.apply(None)
        self._kiosk = kiosk
        kiosk.finished.connect(self._kiosk_finished)
        kiosk.start()

    def _kiosk_finished(self) -> None:
        if self._kiosk is None:
            return  # ended by locking
        self._kiosk = None
        self.menuBar().setEnabled(True)
        self.lock()

    def _end_kiosk(self) -> None:
        kiosk, self._kiosk = self._kiosk, None
        if kiosk is not None:
            self.menuBar().setEnabled(True)
            kiosk.abandon()

    # -- sync -------------------------------------------------------------------------------------
    def _sync_session(self) -> Session | None:
        slot = self.current
        return slot.session if slot is not None and not slot.session.is_locked else None

    def _has_unsaved_input(self) -> bool:
        workspace = self._active_workspace()
        if workspace is None:
            return False
        dialog = self.conflict_dialogs.get(workspace.session.user.username)
        return bool(workspace.unsaved()) or (dialog is not None and dialog.has_input())

    def _after_sync(self, report: SyncReport) -> None:
        workspace = self._active_workspace()
        if workspace is not None:
            # Re-reading an open case is audited as a view; doing it after a sync that brought nothing would
            # make every idle sync a new change for the other devices, and they would trade bundles forever.
            workspace.after_sync(reread_cases=report.changes > 0)
        session = self._sync_session()
        name = session.user.username if session is not None else ""
        if name in self.conflict_dialogs:
            self.conflict_dialogs[name].reload()
        if name in self.devices_dialogs:
            self.devices_dialogs[name].reload()

    def show_conflicts(self) -> ConflictDialog:
        session = self._active_session()
        name = session.user.username
        dialog = self.conflict_dialogs.get(name)
        if dialog is None:
            dialog = ConflictDialog(session, self)
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
        workspace = self._active_workspace()
        if workspace is not None:
            workspace.after_sync(reread_cases=True)
        self.sync.refresh_status()

    def _open_conflict_case(self, case_id: str) -> None:
        workspace = self._active_workspace()
        if workspace is not None:
            workspace.open_case(case_id)
            self.activateWindow()

    def show_devices(self) -> DevicesDialog | None:
        session = self._active_session()
        if not self.menu_actions.devices.isEnabled():
            return None
        name = session.user.username
        dialog = self.devices_dialogs.get(name)
        if dialog is None:
            dialog = DevicesDialog(session, self.runner, self, self.choose_enrolment_path)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(self.sync.refresh_status)
            dialog.destroyed.connect(lambda: self.devices_dialogs.pop(name, None))
            self.devices_dialogs[name] = dialog
        dialog.open()
        return dialog

    def _sync_folder(self) -> None:
        dialog = SyncFolderDialog(self._active_session(), self)
        dialog.accepted.connect(self.sync.refresh_status)
        self._open(dialog)

    def _device_revoked(self, session: Session) -> None:
        """The center revoked this device and its data is gone: nobody can stay logged in."""
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Sync"),
            error_text(OneStopError(ErrorCode.DEVICE_REVOKED)),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("deviceRevoked")
        box.finished.connect(self.close)
        self._quit_confirmed = self._unsaved_confirmed = True
        for slot in list(self.slots.values()):
            close_all(slot.hidden_windows)
            self._discard(slot)
        self.current = None
        self.stack.setCurrentWidget(self.gate)
        self._show_gate_state()
        self._open(box)

    # -- dialogs ----------------------------------------------------------------------------------
    def _change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self._active_session(), parent=self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(self.tr("Your passphrase was changed."), 8000))
        self._open(dialog)

    def _settings(self) -> None:
        dialog = SettingsDialog(self.vault, self._active_session(), self)
        dialog.idle_minutes_changed.connect(self._idle_minutes_changed)
        dialog.language_changed.connect(self._language_changed)
        self._open(dialog)

    def _idle_minutes_changed(self, minutes: int) -> None:
        if self._idle_override is None:
            self.idle.set_interval(minutes * MINUTE_MS)
        for slot in self.slots.values():
            slot.workspace.set_idle_minutes(minutes)

    def _language_changed(self, language: str) -> None:
        name = dict(LANGUAGES).get(language, language)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Language"),
            self.tr("OneStop will be shown in {language} the next time it starts.").format(language=name),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("languageNotice")
        self._open(box)

    # -- closing -----------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._kiosk is not None:  # only the survey's own buttons end it
            event.ignore()
            return
        slot = self.current
        if slot is not None and not slot.session.is_locked and not self._unsaved_confirmed and slot.workspace.unsaved():
            event.ignore()
            confirm_leaving(self, slot.workspace, self.tr("Save them before exiting?"), self._close_anyway)
            return
        others = [s for s in self.slots.values() if s is not self.current]
        if others and not self._quit_confirmed:
            event.ignore()
            self._ask_quit(others)
            return
        self.end_all_sessions()
        event.accept()

    def _close_anyway(self) -> None:
        self._unsaved_confirmed = True
        self.close()

    def end_all_sessions(self) -> None:
        """Log every user out (a locked session has already dropped its key) and close their windows."""
        self._end_kiosk()
        self.idle.stop()
        self.sync.stop()
        self.runner.wait_idle()
        for slot in list(self.slots.values()):
            slot.session.logout()
            close_all(slot.hidden_windows)
        self.slots.clear()
        self._recent.clear()
        self.current = None
        if self._pending is not None:
            self._pending.logout()
            self._pending = None

    def _ask_quit(self, others: list[SessionSlot]) -> None:
        names = ", ".join(s.session.user.display_name for s in others)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Exit OneStop"),
            self.tr(
                "The locked screens of {names} are still open. Exiting logs them out and discards their "
                "unsaved input. Exit anyway?"
            ).format(names=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmQuit")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("E&xit"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(button: QAbstractButton) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self._quit_confirmed = True
                self.close()
            else:
                self._unsaved_confirmed = False  # staying: unsaved input is asked about again next time

        box.buttonClicked.connect(answered)
        self._open(box)
