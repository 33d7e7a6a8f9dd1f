"""The main window's menu bar: 파일, 사례, 동기화, 보고서, 관리, 도움말, and which of them a session sees.

The texts keep the translation context "MainWindow" they had when the window built its own menus.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMenu

from ...services.session import Session
from ..case_actions import CaseActions
from ..main_actions import MainActions


class MainMenus:
    def __init__(self, window: QMainWindow, actions: MainActions, case_actions: CaseActions) -> None:
        self.actions = actions
        self.case_actions = case_actions
        bar = window.menuBar()
        file_menu = self._menu(window, QCoreApplication.translate("MainWindow", "&File"), "fileMenu")
        file_menu.addActions([actions.backup, actions.change_passphrase, actions.settings])
        file_menu.addSeparator()
        file_menu.addActions([actions.lock, actions.logout])
        file_menu.addSeparator()
        file_menu.addAction(actions.quit)
        self.case_menu = self._menu(window, QCoreApplication.translate("MainWindow", "&Cases"), "caseMenu")
        case_actions.fill(self.case_menu)
        self.sync_menu = self._menu(window, QCoreApplication.translate("MainWindow", "S&ync"), "syncMenu")
        self.sync_menu.addActions([actions.sync, actions.conflicts, actions.sync_folder])
        self.sync_menu.addSeparator()
        self.sync_menu.addAction(actions.devices)
        self.report_menu = self._menu(window, QCoreApplication.translate("MainWindow", "&Reports"), "reportMenu")
        case_actions.fill_reports(self.report_menu)
        self.admin_menu = self._menu(window, QCoreApplication.translate("MainWindow", "&Administration"), "adminMenu")
        self.admin_menu.addActions(
            [
                actions.users,
                actions.audit,
                actions.register,
                actions.check,
                actions.retention,
                case_actions.agencies,
                case_actions.surveys,
                case_actions.checklist,
                case_actions.duplicates,
            ]
        )
        help_menu = self._menu(window, QCoreApplication.translate("MainWindow", "&Help"), "helpMenu")
        help_menu.addAction(actions.about)
        self.bar = bar

    @staticmethod
    def _menu(window: QMainWindow, title: str, object_name: str) -> QMenu:
        menu = window.menuBar().addMenu(title)
        menu.setObjectName(object_name)
        return menu

    def show_for(self, session: Session | None) -> None:
        """Enable the actions `session` may use (none without one) and show only the menus it can use."""
        self.actions.apply(session)
        self.case_actions.apply(session)
        unlocked = session is not None and not session.is_locked
        self.admin_menu.menuAction().setVisible(unlocked and self.actions.any_admin_visible())
        self.case_menu.menuAction().setVisible(unlocked)
        self.sync_menu.menuAction().setVisible(unlocked and self.actions.sync.isVisible())
        self.report_menu.menuAction().setVisible(unlocked)

    def set_inert(self, inert: bool) -> None:
        """While a client's survey has the screen: no menu answers, no shortcut fires."""
        self.bar.setEnabled(not inert)
        if inert:
            self.actions.apply(None)
            self.case_actions.apply(None)
