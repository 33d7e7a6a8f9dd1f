"""Changing one's own passphrase: forced after a login with a temporary one, and from the File menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.dialogs.change_passphrase import ChangePassphraseDialog

from .helpers import ADMIN, ADMIN_PASS, STAFF, STAFF_PASS, FakeClock, WindowFactory, log_in

TEMP = "Ganeun-51-Baram!"
CHOSEN = "Uri-jip-Gangaji-88"


@pytest.fixture
def vault_with_new_user(ready_vault: Vault) -> Vault:
    from onestop_desktop.domain.roles import Role

    admin = ready_vault.login(ADMIN, ADMIN_PASS)
    admin.users.add("sora", "정소라", Role.OUTREACH, TEMP)
    admin.logout()
    return ready_vault


def _forced_dialog(window: object) -> ChangePassphraseDialog:
    shown = [d for d in window.findChildren(ChangePassphraseDialog) if d.isVisible()]  # type: ignore[attr-defined]
    assert len(shown) == 1 and shown[0].forced
    return shown[0]


def test_first_login_forces_a_new_passphrase_and_cancel_logs_out(
    qtbot: QtBot, vault_with_new_user: Vault, make_window: WindowFactory
) -> None:
    window = make_window(vault_with_new_user)
    log_in(qtbot, window, "sora", TEMP)
    dialog = _forced_dialog(window)
    assert window.current is None  # nothing of the workspace yet
    assert window.stack.currentWidget() is window.gate
    assert "정소라" in dialog.findChildren(type(window.gate.intro))[0].text()

    qtbot.mouseClick(dialog.findChild(QPushButton, "changePassphraseCancel"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert window.current is None and window.slots == {}
    assert "not changed" in window.gate.message.text()
    # the passphrase is still the temporary one, and the next login asks again
    log_in(qtbot, window, "sora", TEMP)
    _forced_dialog(window)


def test_forced_change_then_the_workspace_opens(
    qtbot: QtBot, vault_with_new_user: Vault, clock: FakeClock, make_window: WindowFactory
) -> None:
    vault = vault_with_new_user
    window = make_window(vault)
    log_in(qtbot, window, "sora", TEMP)
    dialog = _forced_dialog(window)
    ok = dialog.findChild(QPushButton, "changePassphraseOk")

    qtbot.keyClicks(dialog.current, TEMP)
    qtbot.keyClicks(dialog.new, TEMP)
    qtbot.keyClicks(dialog.repeated, TEMP)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "the new passphrase is the same as the current one" in dialog.message.text()

    for edit in (dialog.new, dialog.repeated):
        edit.clear()
        qtbot.keyClicks(edit, CHOSEN)
    assert dialog.feedback.acceptable
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)

    assert window.current is not None and window.current.session.user.username == "sora"
    assert not window.current.session.user.must_change_passphrase
    assert window.stack.currentWidget() is window.current.workspace
    window.logout()

    with pytest.raises(OneStopError) as refused:
        vault.login("sora", TEMP)
    assert refused.value.code is ErrorCode.WRONG_CREDENTIALS
    clock.advance(2)
    log_in(qtbot, window, "sora", CHOSEN)
    assert window.current is not None
    assert not [d for d in window.findChildren(ChangePassphraseDialog) if d.isVisible()]
    # other accounts are not disturbed by the re-wrapped key
    window.logout()
    for name, passphrase in ((ADMIN, ADMIN_PASS), (STAFF, STAFF_PASS)):
        vault.login(name, passphrase).logout()


def test_change_from_the_file_menu(qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory) -> None:
    window = make_window(ready_vault)
    log_in(qtbot, window, STAFF, STAFF_PASS)
    window.menu_actions.change_passphrase.trigger()
    dialog = window.findChild(ChangePassphraseDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.forced
    qtbot.keyClicks(dialog.current, "not-my-passphrase-1")
    qtbot.keyClicks(dialog.new, CHOSEN)
    qtbot.keyClicks(dialog.repeated, CHOSEN)
    qtbot.mouseClick(dialog.findChild(QPushButton, "changePassphraseOk"), Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "The passphrase is wrong."
    dialog.current.clear()
    qtbot.keyClicks(dialog.current, STAFF_PASS)
    qtbot.mouseClick(dialog.findChild(QPushButton, "changePassphraseOk"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert "changed" in window.statusBar().currentMessage()
    assert window.current is not None and not window.current.session.is_locked
    # the lock screen now wants the new passphrase
    window.lock()
    log_in(qtbot, window, STAFF, CHOSEN)
    assert not window.current.session.is_locked
