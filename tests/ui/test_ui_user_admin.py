"""User administration through the dialog: add, change role, deactivate, re-activate, reset."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.audit import AuditAction
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.roles import Role
from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.dialogs.user_admin import UserAdminDialog
from onestop_desktop.ui.dialogs.user_forms import AddUserDialog, RoleDialog, TemporaryPassphraseDialog

from .helpers import ADMIN, ADMIN_PASS, STAFF, STAFF_NAME, WindowFactory, log_in

NEW_TEMP = "Noeul-37-Badaga!"


@pytest.fixture
def admin_dialog(qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory) -> UserAdminDialog:
    window = make_window(ready_vault)
    log_in(qtbot, window, ADMIN, ADMIN_PASS)
    window.menu_actions.users.trigger()
    dialog = window.findChild(UserAdminDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _row(dialog: UserAdminDialog, username: str) -> list[str]:
    row = dialog.model.row_of(username)
    assert row >= 0, username
    return [dialog.model.index(row, column).data() for column in range(dialog.model.columnCount())]


def test_lists_accounts_and_protects_the_own_account(qtbot: QtBot, admin_dialog: UserAdminDialog) -> None:
    assert _row(admin_dialog, STAFF)[:4] == [STAFF, STAFF_NAME, "Counselor", "Active"]
    admin_dialog.select(ADMIN)
    assert not admin_dialog.role_button.isEnabled()
    assert not admin_dialog.disable_button.isEnabled()
    assert admin_dialog.reset_button.isEnabled()
    admin_dialog.select(STAFF)
    assert admin_dialog.role_button.isEnabled() and admin_dialog.disable_button.isEnabled()
    assert not admin_dialog.enable_button.isEnabled()


def test_add_user_refuses_a_weak_passphrase_then_adds(qtbot: QtBot, admin_dialog: UserAdminDialog) -> None:
    _click(qtbot, admin_dialog.add_button)
    form = admin_dialog.findChild(AddUserDialog)
    assert form is not None and form.isVisible()
    qtbot.keyClicks(form.display_name, "Park Jiho")
    hint = form.findChild(QLabel, "usernameHint")
    qtbot.keyClicks(form.username, "Jiho.Park 1")
    assert form.username.text() == "Jiho.Park 1"  # kept as typed: nothing lower-cased or dropped in silence
    assert hint.isVisible() and hint.text().startswith("Type J, P in lower case. A user name cannot hold space.")
    assert "3 to 32 lower-case Latin letters" in form.username.accessibleDescription()
    form.username.clear()
    qtbot.keyClicks(form.username, "jiho.park")
    assert not hint.isVisible()
    form.role.setCurrentIndex(form.role.findData(str(Role.OUTREACH)))
    qtbot.keyClicks(form.passphrase, "jiho.park-2024")
    qtbot.keyClicks(form.repeated, "jiho.park-2024")
    assert "user name, the person's name" in form.feedback.text()
    _click(qtbot, form.findChild(QPushButton, "addUserOk"))
    assert form.isVisible()
    assert form.message.tone == "error"
    assert form.message.text().startswith("The passphrase is too weak:")
    assert admin_dialog.model.row_of("jiho.park") == -1

    form.passphrase.clear()
    form.repeated.clear()
    qtbot.keyClicks(form.passphrase, NEW_TEMP)
    qtbot.keyClicks(form.repeated, NEW_TEMP)
    assert form.feedback.acceptable
    _click(qtbot, form.findChild(QPushButton, "addUserOk"))
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=2000)

    assert _row(admin_dialog, "jiho.park") == ["jiho.park", "Park Jiho", "Outreach worker", "Active", "Temporary"]
    assert admin_dialog.selected_user() is not None and admin_dialog.selected_user().username == "jiho.park"
    assert admin_dialog.message.tone == "success"
    session = admin_dialog.session
    last = session.audit.recent(1)[0]
    assert last.action is AuditAction.ACCESS_CHANGE and last.detail == "granted: outreach"
    new_user = session.vault.login("jiho.park", NEW_TEMP)
    assert new_user.user.must_change_passphrase
    new_user.logout()


def test_add_user_with_a_taken_name_is_refused(qtbot: QtBot, admin_dialog: UserAdminDialog) -> None:
    _click(qtbot, admin_dialog.add_button)
    form = admin_dialog.findChild(AddUserDialog)
    assert form is not None
    qtbot.keyClicks(form.display_name, "Another Minji")
    qtbot.keyClicks(form.username, STAFF)
    qtbot.keyClicks(form.passphrase, NEW_TEMP)
    qtbot.keyClicks(form.repeated, NEW_TEMP + "x")
    _click(qtbot, form.findChild(QPushButton, "addUserOk"))
    assert form.message.text() == "The two passphrases are not the same."
    form.repeated.clear()
    qtbot.keyClicks(form.repeated, NEW_TEMP)
    _click(qtbot, form.findChild(QPushButton, "addUserOk"))
    assert form.message.text() == f"The user name '{STAFF}' is already in use."


def test_change_role(qtbot: QtBot, admin_dialog: UserAdminDialog) -> None:
    admin_dialog.select(STAFF)
    _click(qtbot, admin_dialog.role_button)
    form = admin_dialog.findChild(RoleDialog)
    assert form is not None
    form.role.setCurrentIndex(form.role.findData(str(Role.STAFF)))
    _click(qtbot, form.findChild(QPushButton, "roleOk"))
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=2000)
    assert _row(admin_dialog, STAFF)[2] == "Staff"
    assert admin_dialog.session.audit.recent(1)[0].detail == "role: counselor -> staff"


def test_deactivate_asks_first_then_removes_access(qtbot: QtBot, admin_dialog: UserAdminDialog) -> None:
    vault = admin_dialog.session.vault
    admin_dialog.select(STAFF)
    _click(qtbot, admin_dialog.disable_button)
    box = admin_dialog.findChild(QMessageBox, "confirmDisable")
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert _row(admin_dialog, STAFF)[3] == "Active"

    _click(qtbot, admin_dialog.disable_button)
    box = next(b for b in admin_dialog.findChildren(QMessageBox, "confirmDisable") if b.isVisible())
    box.button(QMessageBox.StandardButton.Yes).click()
    assert _row(admin_dialog, STAFF)[3] == "Deactivated"
    assert STAFF not in vault.usernames()
    assert admin_dialog.enable_button.isEnabled() and not admin_dialog.reset_button.isEnabled()

    # re-activate with a temporary passphrase, typed twice
    _click(qtbot, admin_dialog.enable_button)
    form = admin_dialog.findChild(TemporaryPassphraseDialog)
    assert form is not None and form.reactivate
    qtbot.keyClicks(form.passphrase, NEW_TEMP)
    qtbot.keyClicks(form.repeated, NEW_TEMP)
    _click(qtbot, form.findChild(QPushButton, "temporaryPassphraseOk"))
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=2000)
    assert _row(admin_dialog, STAFF)[3:] == ["Active", "Temporary"]
    again = vault.login(STAFF, NEW_TEMP)
    assert again.user.must_change_passphrase
    again.logout()


def test_reset_passphrase(qtbot: QtBot, admin_dialog: UserAdminDialog) -> None:
    vault = admin_dialog.session.vault
    admin_dialog.select(STAFF)
    _click(qtbot, admin_dialog.reset_button)
    form = admin_dialog.findChild(TemporaryPassphraseDialog)
    assert form is not None and not form.reactivate
    qtbot.keyClicks(form.passphrase, "short")
    qtbot.keyClicks(form.repeated, "short")
    assert not form.feedback.acceptable
    _click(qtbot, form.findChild(QPushButton, "temporaryPassphraseOk"))
    assert form.message.tone == "error" and "too weak" in form.message.text()
    form.passphrase.clear()
    form.repeated.clear()
    qtbot.keyClicks(form.passphrase, NEW_TEMP)
    qtbot.keyClicks(form.repeated, NEW_TEMP)
    _click(qtbot, form.findChild(QPushButton, "temporaryPassphraseOk"))
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=2000)
    assert _row(admin_dialog, STAFF)[4] == "Temporary"
    with pytest.raises(OneStopError) as refused:
        vault.login(STAFF, "Bomnal-82-Hyanggi#")
    assert refused.value.code is ErrorCode.WRONG_CREDENTIALS
    vault.clock.advance(2)  # type: ignore[attr-defined]  # the throttle after that failure
    session = vault.login(STAFF, NEW_TEMP)
    session.logout()


def test_service_refusals_are_shown_in_the_form(qtbot: QtBot, admin_dialog: UserAdminDialog) -> None:
    _click(qtbot, admin_dialog.add_button)
    form = admin_dialog.findChild(AddUserDialog)
    assert form is not None
    qtbot.keyClicks(form.username, "ab")
    qtbot.keyClicks(form.passphrase, NEW_TEMP)
    qtbot.keyClicks(form.repeated, NEW_TEMP)
    ok = form.findChild(QPushButton, "addUserOk")
    _click(qtbot, ok)
    assert form.message.text().startswith("A user name has 3 to 32 characters")
    qtbot.keyClicks(form.username, "c")
    _click(qtbot, ok)
    # the service names the field in English; the UI shows its translatable label
    assert form.message.text() == "Display name: enter 1 to 100 characters."
    assert form.isVisible() and admin_dialog.model.row_of("abc") == -1
