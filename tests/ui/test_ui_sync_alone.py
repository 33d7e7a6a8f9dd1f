"""A single computer with no sync folder: a sync asked for says that no folder is set and offers to choose one
(no "cannot reach the folder ''"), and no count of changes "waiting to go out" is shown (nobody to send to)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.i18n import Translators
from onestop_desktop.ui.sync.folder_dialog import SyncFolderDialog

from .case_data import Cases
from .cases_ui import open_workspace
from .helpers import ADMIN, ADMIN_PASS, WindowFactory


def _visible(kind: type, name: str = "") -> list:  # type: ignore[type-arg]
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, kind) and w.isVisible() and (not name or w.objectName() == name)
    ]


def test_sync_without_a_folder_offers_to_choose_one(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory, korean: Translators
) -> None:
    vault, _ = center
    window, _ = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    status = window.sync_status
    qtbot.waitUntil(lambda: status.last.text() != "", timeout=5000)
    assert status.last.text() == "동기화 폴더가 지정되지 않음"
    assert not status.pending.isVisible()  # thousands of changes, and no other computer to send them to

    window.menu_actions.sync.trigger()
    qtbot.waitUntil(lambda: bool(_visible(QMessageBox, "syncNoFolder")), timeout=20_000)
    [box] = _visible(QMessageBox, "syncNoFolder")
    assert box.text() == "이 컴퓨터에는 동기화 폴더가 설정되어 있지 않아 동기화할 대상이 없습니다."
    assert not _visible(QMessageBox, "syncFailed")
    box.defaultButton().click()  # 폴더 선택…
    qtbot.waitUntil(lambda: bool(_visible(SyncFolderDialog)), timeout=3000)
    _visible(SyncFolderDialog)[0].reject()
