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
from ..services.session import Session
from ..services.vault import Vault
from .case_actions import CaseActions
from .cases.unsaved import confirm_leaving
from .demo_hint import DemoHint
from .dialogs.about_dialog import AboutDialog
from .dialogs.audit_dialog import AuditDialog
from .dialogs.change_passphrase import ChangePassphraseDialog
from .dialogs.settings_dialog import SettingsDialog
from .dialogs.user_admin import UserAdminDialog
from .errors import role_label
from .gate_page import GatePage, LockedUser
from .i18n import LANGUAGES
from .idle_lock import IdleTimer
from .main_actions import MainActions
from .ops import BackgroundRunner
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

    def __init__(self, vault: Vault, runner: BackgroundRunner | None = None, *,
                 idle_interval_ms: int | None = None, choose_backup_path: ChoosePath = ask_backup_path,
                 tick_ms: int = 250, demo: DemoHint | None = None, parent: QWidget | None = None) -> None:
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
        self._build_menus()
        self._build_status_bar()
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
        self.report_menu = self.menuBar().addMenu(self.tr("&Reports"))
        self.report_menu.setObjectName("reportMenu")
        self.case_actions.fill_reports(self.report_menu)
        self.admin_menu = self.menuBar().addMenu(self.tr("&Administration"))
        self.admin_menu.setObjectName("adminMenu")
        self.admin_menu.addActions([a.users, a.audit, a.check, self.case_actions.agencies])
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
            self.user_status.setText(self.tr("{name} · {role}").format(name=user.display_name,
                                                                      role=role_label(user.role)))
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
        self.gate.show_login(self.tr("You were logged out because the passphrase was not changed."),
                             return_to=self._most_recent_locked())

    def adopt(self, session: Session) -> None:
        """Give a freshly logged-in session its own workspace and make it the active one."""
        center = session.settings.center_name
        self.menu_actions.apply(session)
        workspace = Workspace(session, self.runner, center, session.settings.idle_lock_minutes, self.stack)
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
        self.idle.stop()
        close_popups()
        slot.hidden_windows = hide_other_windows(self)
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
        confirm_leaving(self, slot.workspace, self.tr("Save them before logging out?"),
                        lambda: self._logout_now(slot))

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
        self.gate.show_login(self.tr("{name} logged out.").format(name=slot.session.user.display_name),
                             return_to=self._most_recent_locked())
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
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Language"), self.tr(
            "OneStop will be shown in {language} the next time it starts.").format(language=name),
            QMessageBox.StandardButton.Ok, self)
        box.setObjectName("languageNotice")
        self._open(box)

    # -- closing -----------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        slot = self.current
        if slot is not None and not slot.session.is_locked and not self._unsaved_confirmed \
                and slot.workspace.unsaved():
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
        self.idle.stop()
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
            QMessageBox.Icon.Question, self.tr("Exit OneStop"),
            self.tr("The locked screens of {names} are still open. Exiting logs them out and discards their "
                    "unsaved input. Exit anyway?").format(names=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
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
