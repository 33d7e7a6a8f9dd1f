"""The app side of the AT-SPI check (tests/ui/test_ui_atspi.py): run in the project's venv under Xvfb with
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1. Builds a data folder with the UI tests' four cases in the folder given,
logs the administrator in, prints "ready" and shows the case list until it is stopped (or after 120 s)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from onestop_desktop.domain.roles import Role
from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.i18n import Translators, register_fonts
from onestop_desktop.ui.main_window import MainWindow
from tests.conftest import FAST_KDF
from tests.ui.case_data import seed_center
from tests.ui.helpers import ADMIN, ADMIN_NAME, ADMIN_PASS, CENTER, STAFF, STAFF_NAME, STAFF_PASS, STAFF_TEMP


def main(folder: Path) -> int:
    vault = Vault(folder, kdf=FAST_KDF)
    admin = vault.initialize(CENTER, "상담실 PC 1", "D1", ADMIN, ADMIN_NAME, ADMIN_PASS).session
    admin.users.add(STAFF, STAFF_NAME, Role.COUNSELOR, STAFF_TEMP)
    admin.logout()
    staff = vault.login(STAFF, STAFF_TEMP)
    staff.users.change_own_passphrase(STAFF_TEMP, STAFF_PASS, STAFF_PASS)
    staff.logout()
    seed_center(vault)
    app = QApplication(sys.argv[:1])
    register_fonts()
    translators = Translators("ko")
    window = MainWindow(vault)
    window.show()
    window.gate.username.setText(ADMIN)
    window.gate.passphrase.setText(ADMIN_PASS)
    window.gate.submit.click()
    QTimer.singleShot(120_000, app.quit)
    print("ready" if window.current is not None else "login failed", flush=True)
    code = app.exec()
    window.end_all_sessions()
    window.runner.shutdown()
    translators.remove()
    return code


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
