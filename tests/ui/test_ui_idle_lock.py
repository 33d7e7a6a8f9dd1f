"""Idle lock and Ctrl+L: content hidden, unlock, another user in between, the first user's work kept."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.dialogs.user_admin import UserAdminDialog
from onestop_desktop.ui.idle_lock import IdleTimer
from onestop_desktop.ui.main_window import MainWindow

from .helpers import ADMIN, ADMIN_NAME, ADMIN_PASS, STAFF, STAFF_PASS, WindowFactory, log_in, visible_texts

SECRET_NOTE = "call the guardian at 15:00, memo 7731"


def _note_of(window: MainWindow) -> str:
    assert window.current is not None
    return window.current.workspace.list_page.search.text()


def _locked(window: MainWindow) -> bool:
    return window.stack.currentWidget() is window.gate and window.gate.mode == "unlock"


def test_idle_timeout_locks_and_the_same_user_unlocks(
    qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory
) -> None:
    window = make_window(ready_vault, idle_interval_ms=300)
    log_in(qtbot, window, ADMIN, ADMIN_PASS)
    assert window.current is not None
    slot = window.current
    qtbot.keyClicks(slot.workspace.list_page.search, SECRET_NOTE)
    assert window.idle.active

    qtbot.waitUntil(lambda: _locked(window), timeout=3000)

    assert slot.session.is_locked
    assert not slot.workspace.isVisible()
    assert not any(SECRET_NOTE in text for text in visible_texts())
    assert ADMIN_NAME in window.gate.intro.text()
    assert not window.admin_menu.menuAction().isVisible()
    for action in window.menu_actions.session_actions:
        assert not action.isEnabled(), action.objectName()
    assert window.menu_actions.quit.isEnabled() and window.menu_actions.about.isEnabled()
    assert not window.idle.active

    log_in(qtbot, window, ADMIN, "Wrong-passphrase-9")
    assert slot.session.is_locked
    assert window.gate.message.tone == "error"

    assert not window.gate.submit.isEnabled()  # the same growing delay as at login
    ready_vault.clock.advance(5)  # type: ignore[attr-defined]
    qtbot.waitUntil(window.gate.submit.isEnabled, timeout=3000)
    log_in(qtbot, window, ADMIN, ADMIN_PASS)
    assert not slot.session.is_locked
    assert window.current is slot
    assert window.stack.currentWidget() is slot.workspace
    assert _note_of(window) == SECRET_NOTE
    assert window.idle.active


def test_input_keeps_the_screen_unlocked(qtbot: QtBot) -> None:
    timer = IdleTimer(400)
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    fired: list[bool] = []
    timer.inactivity_detected.connect(lambda: fired.append(True))
    timer.start()
    countdown = timer.findChild(QTimer)  # the single-shot timer that input restarts
    assert countdown is not None
    for _ in range(8):  # a key each time more than half the 400 ms has run: together far longer than the interval
        qtbot.waitUntil(lambda: countdown.remainingTime() < 200, timeout=2000)
        qtbot.keyClick(widget, Qt.Key.Key_A)
    assert not fired
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)
    assert fired == [True]
    timer.stop()


def test_ctrl_l_locks(qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory) -> None:
    window = make_window(ready_vault)
    assert window.menu_actions.lock.shortcut() == QKeySequence("Ctrl+L")
    log_in(qtbot, window, STAFF, STAFF_PASS)
    assert window.current is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window.current.workspace.list_page.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert _locked(window)
    assert window.current.session.is_locked


def test_another_user_does_not_see_the_first_users_work(
    qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory
) -> None:
    window = make_window(ready_vault)
    log_in(qtbot, window, ADMIN, ADMIN_PASS)
    admin_slot = window.current
    assert admin_slot is not None
    qtbot.keyClicks(admin_slot.workspace.list_page.search, SECRET_NOTE)
    window.menu_actions.users.trigger()
    dialog = window.findChild(UserAdminDialog)
    assert dialog is not None and dialog.isVisible()

    window.menu_actions.lock.trigger()
    assert admin_slot.session.is_locked
    assert not dialog.isVisible()

    qtbot.mouseClick(window.gate.other_user, Qt.MouseButton.LeftButton)
    assert window.gate.mode == "login" and window.gate.back.isVisible()
    log_in(qtbot, window, STAFF, STAFF_PASS)

    staff_slot = window.current
    assert staff_slot is not None and staff_slot is not admin_slot
    assert staff_slot.session.user.username == STAFF
    assert window.stack.currentWidget() is staff_slot.workspace
    assert _note_of(window) == ""
    assert not admin_slot.workspace.isVisible()
    assert not dialog.isVisible()
    assert admin_slot.session.is_locked
    assert not any(SECRET_NOTE in text for text in visible_texts())
    assert not window.admin_menu.menuAction().isVisible()  # the counselor's menus, not the admin's

    # the counselor locks; the administrator comes back through "another user"
    window.menu_actions.lock.trigger()
    assert window.gate.mode == "unlock" and STAFF in window.gate.username.text()
    qtbot.mouseClick(window.gate.other_user, Qt.MouseButton.LeftButton)
    log_in(qtbot, window, ADMIN, ADMIN_PASS)
    assert window.current is admin_slot
    assert _note_of(window) == SECRET_NOTE
    assert dialog.isVisible()
    assert window.admin_menu.menuAction().isVisible()
    assert staff_slot.session.is_locked and not staff_slot.workspace.isVisible()
    assert set(window.slots) == {ADMIN, STAFF}


def test_back_link_returns_to_the_locked_user(qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory) -> None:
    window = make_window(ready_vault)
    log_in(qtbot, window, STAFF, STAFF_PASS)
    window.lock()
    qtbot.mouseClick(window.gate.other_user, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.gate.back, Qt.MouseButton.LeftButton)
    assert window.gate.mode == "unlock"
    log_in(qtbot, window, STAFF, STAFF_PASS)
    assert window.current is not None and not window.current.session.is_locked


def test_quitting_with_locked_screens_of_others_asks_first(
    qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = make_window(ready_vault)
    log_in(qtbot, window, STAFF, STAFF_PASS)
    staff_session = window.current.session if window.current else None
    window.lock()
    qtbot.mouseClick(window.gate.other_user, Qt.MouseButton.LeftButton)
    log_in(qtbot, window, ADMIN, ADMIN_PASS)
    window.close()
    assert window.isVisible()
    box = window.findChild(QMessageBox, "confirmQuit")
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.isVisible() and len(window.slots) == 2
    window.close()
    box = next(b for b in window.findChildren(QMessageBox, "confirmQuit") if b.isVisible())
    box.button(QMessageBox.StandardButton.Yes).click()
    assert not window.isVisible()
    assert window.slots == {}
    assert staff_session is not None and staff_session.is_locked
