"""UI fixtures: real encrypted data folders (cheap KDF), a fake clock, and main windows driven by qtbot."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.roles import Role
from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.i18n import Translators
from onestop_desktop.ui.main_window import MainWindow

from .case_data import Cases, seed_center
from .helpers import (
    ADMIN,
    ADMIN_NAME,
    ADMIN_PASS,
    CENTER,
    STAFF,
    STAFF_NAME,
    STAFF_PASS,
    STAFF_TEMP,
    FakeClock,
    WindowFactory,
)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def ready_vault(vault: Vault, clock: FakeClock) -> Vault:
    """An initialised data folder with an administrator and a counselor (who chose their own passphrase)."""
    admin = vault.initialize(CENTER, "상담실 PC 1", "D1", ADMIN, ADMIN_NAME, ADMIN_PASS).session
    admin.users.add(STAFF, STAFF_NAME, Role.COUNSELOR, STAFF_TEMP)
    admin.logout()
    staff = vault.login(STAFF, STAFF_TEMP)
    staff.users.change_own_passphrase(STAFF_TEMP, STAFF_PASS, STAFF_PASS)
    staff.logout()
    return Vault(vault.data_dir.root, kdf=vault.kdf, clock=clock)


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []

    def make(vault: Vault, **options: object) -> MainWindow:
        options.setdefault("tick_ms", 20)
        window = MainWindow(vault, **options)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.end_all_sessions()
        window.close()
        window.runner.shutdown()


@pytest.fixture
def korean() -> Iterator[Translators]:
    translators = Translators("ko")
    assert translators.loaded >= 1, "translations/onestop_ko.qm did not load"
    yield translators
    translators.remove()
    Translators("en")


@pytest.fixture
def center(ready_vault: Vault) -> tuple[Vault, Cases]:
    """`ready_vault` with four cases, an outreach worker (field1) and a staff member (desk1)."""
    return ready_vault, seed_center(ready_vault)


@pytest.fixture(autouse=True)
def close_leftover_questions() -> Iterator[None]:
    """pytest-qt closes a test's windows before its fixtures end; a window closed with unsaved input asks
    (as it should), and that question would outlive the test. Close such leftovers."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.hide()
            widget.deleteLater()
