"""The dialogs of the 파일 menu that change the user's own settings: passphrase and preferences (idle lock,
language). The texts keep the translation context "MainWindow" they had in the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ..dialogs.change_passphrase import ChangePassphraseDialog
from ..dialogs.settings_dialog import SettingsDialog
from ..i18n import LANGUAGES

if TYPE_CHECKING:
    from ..main_window import MainWindow


class FileMenuDialogs:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def change_passphrase(self) -> None:
        w = self.window
        dialog = ChangePassphraseDialog(w.active_session(), parent=w)
        changed = QCoreApplication.translate("MainWindow", "Your passphrase was changed.")
        dialog.accepted.connect(lambda: w.status.show_message(changed, 8000))
        w.open_dialog(dialog)

    def settings(self) -> None:
        w = self.window
        dialog = SettingsDialog(w.vault, w.active_session(), w)
        dialog.idle_minutes_changed.connect(w.set_idle_minutes)
        dialog.language_changed.connect(self._language_changed)
        w.open_dialog(dialog)

    def _language_changed(self, language: str) -> None:
        name = dict(LANGUAGES).get(language, language)
        notice = QCoreApplication.translate(
            "MainWindow", "OneStop will be shown in {language} the next time it starts."
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("MainWindow", "Language"),
            notice.format(language=name),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("languageNotice")
        self.window.open_dialog(box)
