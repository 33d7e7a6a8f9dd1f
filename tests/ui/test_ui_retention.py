"""보존 기간과 파기 window: the 파기 대상 list destroys the selected cases after a confirmation (cancel does
nothing), early destruction by number, the 파기 기록 and the schedule, the backups note, the reminder in 내 할 일,
the menu entry for administrators only; both table models pass Qt's model tester."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.retention import DestructionRecord, DestructionStatus, DueCase
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.cases.todo_panel import TodoPanel
from onestop_desktop.ui.dialogs.retention_dialog import RetentionDialog
from onestop_desktop.ui.models.destruction_table_model import DestructionTableModel
from onestop_desktop.ui.models.due_case_table_model import DueCaseTableModel

from ..conftest import ADMIN_PASSPHRASE
from ..retention_helpers import case_number, case_with_content
from .case_data import Cases
from .helpers import ADMIN, ADMIN_PASS, STAFF, STAFF_PASS, WindowFactory, log_in

SHOTS = os.environ.get("ONESTOP_SHOTS")


def _closed_cases(session: Session) -> tuple[str, str, str]:
    old = case_with_content(session, "화면파기일", "010-3030-4040", "메모", closed_on=date(2021, 1, 4))
    older = case_with_content(session, "화면파기이", "010-3030-5050", "메모", closed_on=date(2020, 6, 1))
    recent = case_with_content(session, "화면조기", "010-3030-6060", "메모", closed_on=date(2026, 6, 1))
    return case_number(session, older), case_number(session, old), case_number(session, recent)


def test_the_window_destroys_the_selected_cases_after_confirmation(qtbot: QtBot, admin_session: Session,
                                                                   tmp_path: Path) -> None:  # fmt: skip
    admin_session.backups.create(tmp_path / "early.onestop-backup")
    older, old, recent = _closed_cases(admin_session)
    dialog = RetentionDialog(admin_session)
    qtbot.addWidget(dialog)
    answers: list[str] = []
    dialog.confirm = lambda text: answers.append(text) or False  # 취소: nothing happens
    assert [r.case_number for r in dialog.due_model.records()] == [older, old]
    dialog.due_table.selectionModel().select(
        dialog.due_model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    dialog.reason.setText("보존 기간 경과")
    dialog.destroy_button.click()
    assert len(answers) == 1 and older in answers[0] and dialog.due_model.rowCount() == 2
    dialog.confirm = lambda text: True
    dialog.destroy_button.click()
    assert [r.case_number for r in dialog.due_model.records()] == [old]
    assert [r.case_number for r in dialog.log_model.records()] == [older]
    assert "early.onestop-backup" in dialog.backups_note.text()
    dialog.early_number.setText(recent)
    dialog.reason.setText("본인 삭제 요구")
    dialog.early_button.click()
    assert {r.case_number for r in dialog.log_model.records()} == {older, recent}
    assert [r.early for r in dialog.log_model.records() if r.case_number == recent] == [True]
    dialog.years[next(iter(dialog.years))].setValue(6)  # closed 2021-01-04: kept until 2027-01-04 now
    dialog.findChild(type(dialog.destroy_button), "saveSchedule").click()
    assert admin_session.retention.schedule().case_years == 6 and dialog.due_model.rowCount() == 0
    if SHOTS:
        dialog.tabs.setCurrentIndex(1)
        dialog.resize(1366, 728)
        dialog.grab().save(str(Path(SHOTS) / "retention.png"))


def test_the_reminder_and_the_menu_are_for_administrators(qtbot: QtBot, center: tuple[Vault, Cases],
                                                         make_window: WindowFactory) -> None:  # fmt: skip
    vault, _ = center
    admin = vault.login(ADMIN, ADMIN_PASSPHRASE)
    _closed_cases(admin)
    admin.logout()
    window = make_window(vault)
    log_in(qtbot, window, ADMIN, ADMIN_PASS)
    panel = window.findChild(TodoPanel)
    assert panel is not None
    panel.reload()
    assert panel.destruction_reminder.isVisibleTo(panel) and "2" in panel.destruction_reminder.text()
    assert window.menu_actions.retention.isVisible() and window.menu_actions.retention.isEnabled()
    window.logout()
    log_in(qtbot, window, STAFF, STAFF_PASS)
    assert not window.menu_actions.retention.isVisible()
    staff_panel = next(p for p in window.findChildren(TodoPanel) if p.session.user.username == STAFF)
    staff_panel.reload()
    assert not staff_panel.destruction_reminder.isVisibleTo(staff_panel)


def test_the_table_models_hold_together(qtmodeltester: ModelTester) -> None:
    due = DueCaseTableModel()
    due.set_records([DueCase("c1", "D1-2020-00001", date(2020, 1, 1), date(2023, 1, 2))])
    qtmodeltester.check(due)
    log = DestructionTableModel()
    pending = DestructionRecord("d1", "D1-2020-00001", "case", date(2020, 1, 1), date(2023, 1, 2),
                                None, True, "본인 요구", "방법", "admin", "", DestructionStatus.PENDING)  # fmt: skip
    log.set_records([pending])
    qtmodeltester.check(log)
    assert log.data(log.index(0, DestructionTableModel.DESTROYED)) == "waiting for confirmation"
