"""Settings, About, backup and the data check from the main window's menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QTabWidget
from pytestqt.qtbot import QtBot

from onestop_desktop import __version__
from onestop_desktop.domain.audit import AuditAction
from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.dialogs.about_dialog import AboutDialog
from onestop_desktop.ui.dialogs.audit_dialog import AuditDialog
from onestop_desktop.ui.dialogs.settings_dialog import SettingsDialog
from onestop_desktop.ui.main_window import MINUTE_MS
from onestop_desktop.ui.tasks import BACKUP_SUFFIX

from .helpers import ADMIN, ADMIN_PASS, STAFF, STAFF_PASS, WindowFactory, log_in


def _visible(window: object, kind: type) -> list:  # type: ignore[type-arg]
    return [w for w in window.findChildren(kind) if w.isVisible()]  # type: ignore[attr-defined]


def test_admin_changes_the_idle_lock_and_the_language(
    qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory
) -> None:
    window = make_window(ready_vault)
    log_in(qtbot, window, ADMIN, ADMIN_PASS)
    assert window.idle.interval_ms == 10 * MINUTE_MS
    window.menu_actions.settings.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.idle_minutes.isEnabled()
    assert dialog.idle_minutes.minimum() == 1 and dialog.idle_minutes.maximum() == 60
    dialog.idle_minutes.setValue(3)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.findChild(QPushButton, "settingsSave").click()
    assert not dialog.isVisible()
    session = window.current.session if window.current else None
    assert session is not None and session.settings.idle_lock_minutes == 3
    assert window.idle.interval_ms == 3 * MINUTE_MS
    assert "3 minutes" in window.current.workspace.idle_note.text()
    assert ready_vault.language == "en"
    notice = window.findChild(QMessageBox, "languageNotice")
    assert notice is not None and "next time it starts" in notice.text()
    assert session.audit.recent(1)[0].action is AuditAction.SETTINGS_CHANGE


def test_counselor_sees_the_idle_lock_but_cannot_change_it(
    qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory
) -> None:
    window = make_window(ready_vault)
    log_in(qtbot, window, STAFF, STAFF_PASS)
    window.menu_actions.settings.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    assert not dialog.idle_minutes.isEnabled() and dialog.idle_minutes.value() == 10
    dialog.language.setCurrentIndex(dialog.language.findData("ko"))
    dialog.findChild(QPushButton, "settingsSave").click()
    assert not dialog.isVisible() and ready_vault.language == "ko"


def test_about_names_the_version_and_the_licences(qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory) -> None:
    window = make_window(ready_vault)
    window.menu_actions.about.trigger()  # available before anyone logs in
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert __version__ in dialog.findChild(QLabel, "aboutVersion").text()
    dialog.findChild(QTabWidget).setCurrentIndex(1)
    names = [dialog.components.item(row).text() for row in range(dialog.components.count())]
    assert names[0].startswith("Qt") and "NanumGothic" in names
    assert "GNU Lesser General Public License" in dialog.licence_text.toPlainText()
    assert "replace" in dialog.licence_text.toPlainText()
    dialog.components.setCurrentRow(names.index("NanumGothic"))
    text = dialog.licence_text.toPlainText()
    assert "SIL OPEN FONT LICENSE" in text and "Reserved Font Name" in text
    for row, expected in ((2, "BSD"), (3, "MIT"), (4, "Apache"), (5, "BSD"), (6, "MIT")):
        dialog.components.setCurrentRow(row)
        assert expected in dialog.licence_text.toPlainText()


def test_backup_runs_in_the_background_and_reports(
    qtbot: QtBot, ready_vault: Vault, tmp_path: Path, make_window: WindowFactory
) -> None:
    target = tmp_path / f"backup{BACKUP_SUFFIX}"
    window = make_window(ready_vault, choose_backup_path=lambda parent, suggested: target)
    log_in(qtbot, window, ADMIN, ADMIN_PASS)
    window.menu_actions.backup.trigger()
    qtbot.waitUntil(
        lambda: window.tasks.last_message is not None and window.tasks.last_message.isVisible(), timeout=10_000
    )
    assert "The backup is complete" in window.tasks.last_message.text()
    assert str(target) in window.tasks.last_message.text()
    assert target.exists() and target.stat().st_size > 0
    assert not window.runner.busy
    session = window.current.session if window.current else None
    assert session is not None and session.audit.recent(1)[0].action is AuditAction.BACKUP


def test_backup_result_waits_while_the_screen_is_locked(
    qtbot: QtBot, ready_vault: Vault, tmp_path: Path, make_window: WindowFactory
) -> None:
    target = tmp_path / f"locked{BACKUP_SUFFIX}"
    window = make_window(ready_vault, choose_backup_path=lambda parent, suggested: target)
    log_in(qtbot, window, ADMIN, ADMIN_PASS)
    window.menu_actions.backup.trigger()
    window.lock()  # waits for the job, then drops the key
    assert target.exists()
    qtbot.waitUntil(lambda: window.current is not None and bool(window.current.deferred))  # the result came back
    assert window.tasks.last_message is None  # nothing shown over the lock screen
    assert window.current is not None and window.current.deferred
    log_in(qtbot, window, ADMIN, ADMIN_PASS)
    assert window.tasks.last_message is not None and window.tasks.last_message.isVisible()


def test_data_check_and_audit_trail(qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory) -> None:
    window = make_window(ready_vault)
    log_in(qtbot, window, ADMIN, ADMIN_PASS)
    window.menu_actions.check.trigger()
    qtbot.waitUntil(lambda: window.tasks.last_message is not None, timeout=10_000)
    assert "The check is complete" in window.tasks.last_message.text()
    window.menu_actions.audit.trigger()
    dialog = window.findChild(AuditDialog)
    assert dialog is not None and dialog.model.rowCount() > 0
    subjects = {dialog.model.index(r, 4).data() for r in range(dialog.model.rowCount())}
    assert f"user {STAFF}" in subjects
    dialog.verify_button.click()
    assert dialog.message.tone == "success" and "intact" in dialog.message.text()
