"""The login screen: success, wrong passphrase with a growing delay, and lockout after five failures."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from onestop_desktop.domain import lockout
from onestop_desktop.services.vault import Vault

from .helpers import (
    ADMIN,
    ADMIN_NAME,
    ADMIN_PASS,
    CENTER,
    STAFF,
    STAFF_NAME,
    STAFF_PASS,
    FakeClock,
    WindowFactory,
    log_in,
)


def test_login_opens_the_users_workspace_with_status_bar(
    qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory
) -> None:
    window = make_window(ready_vault)
    assert window.gate.mode == "login"
    assert not window.admin_menu.menuAction().isVisible()
    assert not window.menu_actions.lock.isEnabled()

    log_in(qtbot, window, STAFF, STAFF_PASS)

    assert window.current is not None
    assert window.stack.currentWidget() is window.current.workspace
    assert window.current.session.user.username == STAFF
    assert STAFF_NAME in window.user_status.text()
    assert "Counselor" in window.user_status.text()
    assert window.center_status.text() == CENTER
    assert CENTER in window.windowTitle()
    # a counselor sees no administration and cannot make backups
    assert not window.admin_menu.menuAction().isVisible()
    assert not window.menu_actions.backup.isVisible()
    assert window.menu_actions.lock.isEnabled()


def test_admin_gets_the_administration_menu(qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory) -> None:
    window = make_window(ready_vault)
    log_in(qtbot, window, ADMIN, ADMIN_PASS)
    assert window.admin_menu.menuAction().isVisible()
    assert all(action.isEnabled() for action in window.menu_actions.admin_actions())
    assert window.menu_actions.backup.isVisible() and window.menu_actions.backup.isEnabled()
    assert "Administrator" in window.user_status.text() and ADMIN_NAME in window.user_status.text()


def test_user_names_are_offered_for_completion(ready_vault: Vault, make_window: WindowFactory) -> None:
    window = make_window(ready_vault)
    completer = window.gate.username.completer()
    assert completer is not None
    model = completer.model()
    names = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert names == {ADMIN, STAFF}


def test_unknown_user_is_told_so(qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory) -> None:
    window = make_window(ready_vault)
    log_in(qtbot, window, "nobody", "Whatever-123")
    assert window.current is None
    assert window.gate.message.isVisible()
    assert "There is no user named 'nobody'" in window.gate.message.text()


def test_wrong_passphrase_delays_then_locks_the_account(
    qtbot: QtBot, ready_vault: Vault, clock: FakeClock, make_window: WindowFactory
) -> None:
    window = make_window(ready_vault)
    gate = window.gate
    for attempt in range(1, lockout.MAX_FAILED_LOGINS):
        log_in(qtbot, window, STAFF, "Not-the-right-one-1")
        assert window.current is None
        assert gate.message.tone == "error"
        assert f"Failed attempts in a row: {attempt} of {lockout.MAX_FAILED_LOGINS}" in gate.message.text()
        delay = lockout.delay_after(attempt)
        assert not gate.submit.isEnabled()
        assert f"Try again in {delay} s" == gate.submit.text()
        assert gate.passphrase.text() == ""
        # pressing Enter while the button waits does nothing (and does not count as an attempt)
        qtbot.keyClick(gate.passphrase, Qt.Key.Key_Return)
        clock.advance(delay - 0.5)
        with qtbot.waitSignal(gate.countdown.ticked, timeout=2000, check_params_cb=lambda left: left == 1):
            pass  # the countdown looked at the clock again: half a second to go
        assert not gate.submit.isEnabled()
        clock.advance(0.5)
        qtbot.waitUntil(gate.submit.isEnabled, timeout=2000)
        assert gate.submit.text() == "&Log in"

    log_in(qtbot, window, STAFF, "Not-the-right-one-1")
    assert "This account is locked after too many failed attempts" in gate.message.text()
    assert "10 minutes" in gate.message.text()

    # even the right passphrase is refused while the account is locked
    log_in(qtbot, window, STAFF, STAFF_PASS)
    assert window.current is None
    assert "locked" in gate.message.text()

    # another account is not affected
    log_in(qtbot, window, ADMIN, ADMIN_PASS)
    assert window.current is not None and window.current.session.user.username == ADMIN
    window.logout()

    clock.advance(lockout.LOCKOUT_SECONDS + 1)
    log_in(qtbot, window, STAFF, STAFF_PASS)
    assert window.current is not None and window.current.session.user.username == STAFF


def test_logout_returns_to_the_login_screen(qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory) -> None:
    window = make_window(ready_vault)
    log_in(qtbot, window, STAFF, STAFF_PASS)
    session = window.current.session if window.current else None
    window.menu_actions.logout.trigger()
    assert window.current is None and window.slots == {}
    assert session is not None and session.is_locked
    assert window.stack.currentWidget() is window.gate and window.gate.mode == "login"
    assert "logged out" in window.gate.message.text()
    assert window.user_status.text() == "Not logged in"
