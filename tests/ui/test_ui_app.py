"""The composition root: command line, data folder, font, and what the first window is."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from onestop_desktop.app import parse_args, start
from onestop_desktop.services.vault import Vault


def test_data_dir_from_the_command_line_or_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONESTOP_DATA_DIR", str(tmp_path / "from-env"))
    assert parse_args([]).data_dir == tmp_path / "from-env"
    assert parse_args(["--data-dir", str(tmp_path / "cli")]).data_dir == tmp_path / "cli"
    assert parse_args(["--data-dir", str(tmp_path), "-platform", "offscreen"]).qt_args == ["-platform", "offscreen"]


def test_start_on_an_empty_folder_opens_setup_with_the_bundled_font(qtbot: QtBot, vault: Vault) -> None:
    before = os.umask(0o022)
    try:
        running = start(parse_args(["--data-dir", str(vault.data_dir.root)]), vault)
        assert os.umask(0o022) == 0o077
    finally:
        os.umask(before)
    try:
        assert running.app is QApplication.instance()
        assert running.controller.wizard is not None and running.controller.wizard.isVisible()
        assert "NanumGothic" in QFontDatabase.families()
        assert QApplication.font().family() == "NanumGothic"
        assert running.translators.language == "ko"
        assert running.translators.loaded == 2  # our Korean catalogue and Qt's own
    finally:
        running.translators.remove()
        running.controller.wizard.close()
        running.controller.shutdown()


def test_start_on_an_initialized_folder_opens_the_login_screen(
    qtbot: QtBot, admin_session: object, vault: Vault
) -> None:
    vault.set_language("en")
    running = start(parse_args([]), vault)
    try:
        window = running.controller.main_window
        assert window is not None and window.isVisible() and window.gate.mode == "login"
        assert running.translators.loaded == 0
        assert window.menuBar().actions()[0].text() == "&File"
    finally:
        running.translators.remove()
        if running.controller.main_window:
            running.controller.main_window.close()
        running.controller.shutdown()
