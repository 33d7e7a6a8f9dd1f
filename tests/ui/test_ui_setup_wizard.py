"""First-run setup through the wizard, on a real (empty) data folder."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.controller import AppController
from onestop_desktop.ui.setup_wizard import SetupWizard, recovery_key_lines

PASS = "Jinhae-Beotkkot-2025"


def _controller(qtbot: QtBot, vault: Vault) -> AppController:
    controller = AppController(vault, tick_ms=20)
    controller.start()
    assert controller.wizard is not None
    qtbot.addWidget(controller.wizard)
    return controller


def _fill_center(qtbot: QtBot, wizard: SetupWizard) -> None:
    page = wizard.center_page
    assert not page.isComplete()
    page.center.setText("한빛 원스톱 솔루션 센터")
    page.device.setText("상담실 PC 1")
    qtbot.keyClicks(page.code, "d")
    assert page.code.text() == "D" and not page.isComplete()  # one character is too short
    qtbot.keyClicks(page.code, "1")
    assert page.code.text() == "D1" and page.isComplete()


def test_setup_creates_the_administrator_and_shows_the_recovery_key(qtbot: QtBot, vault: Vault) -> None:
    controller = _controller(qtbot, vault)
    wizard = controller.wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.currentPage() is wizard.welcome_page
    assert str(vault.data_dir.root) in " ".join(
        label.text() for label in wizard.welcome_page.findChildren(type(wizard.key_page.key_label))
    )
    wizard.next()
    _fill_center(qtbot, wizard)
    wizard.next()
    admin = wizard.admin_page
    assert admin.isCommitPage()
    qtbot.keyClicks(admin.display_name, "Lee Sujin")
    qtbot.keyClicks(admin.username, "sujin")

    # a weak passphrase: live feedback while typing, and the service refuses it on commit
    qtbot.keyClicks(admin.passphrase, "sujin12345")
    qtbot.keyClicks(admin.repeated, "sujin12345")
    assert admin.feedback.property("tone") == "error" and not admin.feedback.acceptable
    assert "user name, the person's name" in admin.feedback.text()
    wizard.next()
    assert wizard.currentPage() is admin
    assert admin.message.isVisible()
    assert admin.message.text().startswith("The passphrase is too weak:")
    assert not vault.is_initialized()

    # the two entries differ
    admin.passphrase.clear()
    admin.repeated.clear()
    qtbot.keyClicks(admin.passphrase, PASS)
    qtbot.keyClicks(admin.repeated, PASS + "!")
    wizard.next()
    assert wizard.currentPage() is admin and "not the same" in admin.message.text()
    assert not vault.is_initialized()

    admin.repeated.clear()
    qtbot.keyClicks(admin.repeated, PASS)
    assert admin.feedback.acceptable
    wizard.next()
    assert vault.is_initialized()
    page = wizard.key_page
    assert wizard.currentPage() is page
    assert admin.passphrase.text() == "" and admin.repeated.text() == ""  # not kept in memory

    # the key: shown once, selectable, and it really opens the data
    result = wizard.result_of_setup
    assert result is not None
    assert page.key_label.text() == recovery_key_lines(result.recovery_key)
    typed_back = page.key_label.text().replace("\n", "")
    assert vault.unwrap_with_recovery_key(typed_back) == result.session.data_key
    assert page.key_label.textInteractionFlags()
    # Finish only after the confirmation; Cancel and Escape cannot drop the key page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    wizard.reject()
    assert wizard.isVisible()
    page.stored.setChecked(True)
    assert finish.isEnabled()
    finish.click()

    window = controller.main_window
    assert window is not None
    qtbot.addWidget(window)
    assert window.isVisible() and not wizard.isVisible()
    assert window.current is not None and window.current.session is result.session
    assert window.current.session.user.username == "sujin"
    assert "Administrator" in window.user_status.text()
    assert window.center_status.text() == "한빛 원스톱 솔루션 센터"
    window.end_all_sessions()
    controller.shutdown()


def test_cancelling_setup_writes_nothing_and_quits(qtbot: QtBot, vault: Vault) -> None:
    controller = _controller(qtbot, vault)
    wizard = controller.wizard
    assert wizard is not None
    wizard.next()
    _fill_center(qtbot, wizard)
    with qtbot.waitSignal(controller.quit_requested, timeout=1000):
        wizard.reject()
    assert not vault.is_initialized()
    assert not vault.data_dir.root.exists()
    controller.shutdown()


def test_an_initialized_folder_opens_the_login_screen(qtbot: QtBot, admin_session: object, vault: Vault) -> None:
    controller = AppController(vault)
    controller.start()
    assert controller.wizard is None
    window = controller.main_window
    assert window is not None
    qtbot.addWidget(window)
    assert window.isVisible() and window.gate.mode == "login"
    controller.shutdown()
