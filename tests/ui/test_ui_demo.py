"""`onestop --demo`: a throwaway demo center, the login screen with the demo accounts, removed at exit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from onestop_desktop.app import demo_hint, make_demo_folder, parse_args, start
from onestop_desktop.domain.casework import CaseQuery
from onestop_desktop.services.demo import DEMO_ADMIN, DEMO_PASSPHRASE
from onestop_desktop.ui.i18n import Translators

from ..conftest import FAST_KDF
from .helpers import log_in


def test_demo_folder_holds_a_demo_center_and_goes_away(tmp_path: Path) -> None:
    folder = make_demo_folder(FAST_KDF, clients=6, counseling_sessions_per_case=1, parent=tmp_path)
    try:
        assert folder.root.parent == tmp_path and (folder.root / "data").is_dir()
        session = folder.vault.login(DEMO_ADMIN, DEMO_PASSPHRASE)
        assert session.cases.count(CaseQuery()) == 6
        session.logout()
        hint = demo_hint()
        assert (hint.username, hint.passphrase) == (DEMO_ADMIN, DEMO_PASSPHRASE)
        assert ("desk1", "Staff") in hint.others and ("field1", "Outreach worker") in hint.others
    finally:
        folder.remove()
    assert not folder.root.exists()
    folder.remove()  # twice is harmless (it also runs at exit)


def test_onestop_demo_opens_the_login_screen_with_the_hint(qtbot: QtBot) -> None:
    options = parse_args(["--demo"])
    assert options.demo
    running = start(options, demo_kdf=FAST_KDF, demo_clients=5)
    root = running.demo.root if running.demo is not None else None
    try:
        window = running.controller.main_window
        assert window is not None and root is not None and root.is_dir()
        qtbot.addWidget(window)
        assert running.translators.language == "ko"
        assert window.windowTitle().startswith("[데모]")
        assert window.demo_status.isVisible() and window.demo_status.text() == "데모 — 가상 자료"
        gate = window.gate
        assert gate.username.text() == DEMO_ADMIN and gate.demo_hint.isVisible()
        assert f"비밀번호: {DEMO_PASSPHRASE}" in gate.demo_hint.text()
        assert "행정직원 desk1" in gate.demo_hint.text()
        gate.passphrase.setText(DEMO_PASSPHRASE)
        qtbot.mouseClick(gate.submit, Qt.MouseButton.LeftButton)
        assert window.current is not None and window.current.workspace.list_page.model.rowCount() == 5
        assert window.windowTitle().startswith("[데모] 원스톱 솔루션 센터 (데모)")
        window.logout()
        assert gate.username.text() == DEMO_ADMIN  # back at the login screen, still prefilled
        log_in(qtbot, window, DEMO_ADMIN, DEMO_PASSPHRASE)
        assert window.current is not None
        window.end_all_sessions()
    finally:
        running.translators.remove()
        Translators("en")
        if running.controller.main_window is not None:
            running.controller.main_window.close()
        running.controller.shutdown()
        if running.demo is not None:
            running.demo.remove()
    assert root is not None and not root.exists()
