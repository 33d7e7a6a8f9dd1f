"""Korean is the default: the translated catalogue is what the app shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from onestop_desktop.app import parse_args, start
from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.i18n import Translators

from .helpers import ADMIN, ADMIN_PASS, STAFF, STAFF_PASS, WindowFactory, log_in


def test_main_window_is_korean_by_default(qtbot: QtBot, ready_vault: Vault) -> None:
    assert ready_vault.language == "ko"
    running = start(parse_args([]), ready_vault)
    try:
        window = running.controller.main_window
        assert window is not None
        qtbot.addWidget(window)
        assert running.translators.loaded == 2  # OneStop's catalogue and Qt's own
        assert [a.text() for a in window.menuBar().actions()] == [
            "파일(&F)",
            "사례(&C)",
            "동기화(&Y)",
            "현황·보고(&R)",
            "관리(&A)",
            "도움말(&H)",
        ]
        assert window.gate.heading.text() == "로그인"
        assert window.gate.submit.text() == "로그인(&L)"
        assert window.user_status.text() == "로그인하지 않음"
        log_in(qtbot, window, ADMIN, ADMIN_PASS)
        assert window.user_status.text() == "이수진 · 관리자"
        assert window.menu_actions.lock.text() == "잠금(&L)"
        assert window.menu_actions.users.text() == "사용자 관리(&U)…"
        workspace = window.current.workspace
        assert workspace.tabs.tabText(0) == "사례 목록"
        assert workspace.list_page.intake_button.text() == "신규 접수…"
        assert "10분 동안 입력이 없으면" in workspace.idle_note.text()
        window.end_all_sessions()
    finally:
        running.translators.remove()
        Translators("en")
        running.controller.shutdown()


def test_korean_messages_for_login_failures_and_weak_passphrases(
    qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory, korean: Translators
) -> None:
    from onestop_desktop.ui.setup_wizard import SetupWizard

    window = make_window(ready_vault)
    log_in(qtbot, window, STAFF, "Wrong-passphrase-1")
    assert window.gate.message.text() == "사용자 이름 또는 비밀번호가 틀렸습니다. 연속 실패 1회(최대 5회)."
    assert window.gate.submit.text() == "1초 후 다시 시도"
    ready_vault.clock.advance(2)  # type: ignore[attr-defined]
    qtbot.waitUntil(window.gate.submit.isEnabled, timeout=2000)
    log_in(qtbot, window, STAFF, STAFF_PASS)
    assert window.user_status.text() == "김민지 · 상담원"

    empty = Vault(ready_vault.data_dir.root.parent / "fresh", kdf=ready_vault.kdf)
    wizard = SetupWizard(empty)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.center_page.center.setText("센터")
    wizard.center_page.device.setText("PC")
    wizard.center_page.code.setText("D2")
    wizard.next()
    admin = wizard.admin_page
    qtbot.keyClicks(admin.display_name, "Kim")
    qtbot.keyClicks(admin.username, "kim")
    qtbot.keyClicks(admin.passphrase, "password")
    qtbot.keyClicks(admin.repeated, "password")
    assert "누구나 많이 쓰는 비밀번호" in admin.feedback.text()
    qtbot.mouseClick(wizard.button(wizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    assert admin.message.text().startswith("비밀번호가 너무 약합니다.")
    assert not empty.is_initialized()
    assert wizard.button(wizard.WizardButton.CommitButton).text() == "만들기(&R)"
