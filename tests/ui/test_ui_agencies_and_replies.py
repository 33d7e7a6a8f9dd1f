"""The partner-agency directory (administrators edit, counselors read) and overdue referral replies in
내 할 일."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.consent import DataItem
from onestop_desktop.domain.referrals import OverdueReply, ReferralStatus
from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.dialogs.agency_directory import AgencyDirectoryDialog
from onestop_desktop.ui.dialogs.agency_form import AgencyFormDialog
from onestop_desktop.ui.models.record_table_model import WARNING

from .case_data import Cases
from .cases_ui import open_workspace, type_text
from .helpers import ADMIN, ADMIN_PASS, STAFF, STAFF_PASS, WindowFactory
from .referral_ui import SMILE, agency_id, press_ok, ready_referral

TODAY = date.today()


def _row(dialog: AgencyDirectoryDialog, name: str) -> int:
    return next(r for r in range(dialog.model.rowCount()) if dialog.model.index(r, 0).data() == name)


def test_administrators_keep_the_directory(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, _ = center
    window, _workspace = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    assert window.case_actions.agencies in window.admin_menu.actions()
    window.case_actions.agencies.trigger()
    dialog = window.findChild(AgencyDirectoryDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() >= 20 and dialog.add_button.isVisible()
    smile = _row(dialog, SMILE)
    verified = dialog.model.index(smile, 4)
    assert verified.data() == "never" and verified.data(Qt.ItemDataRole.ForegroundRole).color() == WARNING
    assert "more than a year" in verified.data(Qt.ItemDataRole.ToolTipRole)

    dialog.table.selectRow(smile)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert "verified today" in dialog.message.text()
    smile = _row(dialog, SMILE)
    assert dialog.model.index(smile, 4).data(Qt.ItemDataRole.ForegroundRole) is None
    assert window.current.session.agencies.get(dialog.model.record_at(smile).id).last_verified == TODAY

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = dialog.findChild(AgencyFormDialog)
    assert form is not None and form.isVisible() and form.verified.text() == TODAY.isoformat()
    type_text(form.name, "성평등가족부 피해자지원과")
    form.phone.setText("12-34")
    form.domains.boxes[next(iter(form.domains.boxes))].setChecked(True)
    press_ok(form)
    assert form.isVisible()
    assert form.errors.shown() == {
        "phone": "Not a Korean phone number. Examples: 010-1234-5678, 02-123-4567, 1577-1701."
    }
    assert form.name.text() == "성평등가족부 피해자지원과"
    form.phone.setText("044-200-1234")
    press_ok(form)
    assert not form.isVisible()
    row = _row(dialog, "성평등가족부 피해자지원과")
    assert dialog.model.index(row, 3).data() == "044-200-1234" and dialog.table.currentIndex().row() == row
    assert dialog.model.index(row, 4).data(Qt.ItemDataRole.ForegroundRole) is None


def test_counselors_read_the_directory_only(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, _ = center
    window, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    assert not window.admin_menu.menuAction().isVisible()  # administration stays hidden …
    assert window.case_actions.agencies in window.case_menu.actions()  # … the directory is under Cases
    dialog = workspace.show_agencies()
    assert dialog.model.rowCount() >= 20
    assert not any(b.isVisible() for b in (dialog.add_button, dialog.edit_button, dialog.verify_button))
    assert "Only an administrator can change the directory." in dialog.note.text()
    dialog.table.selectRow(_row(dialog, "여성긴급전화 1366 서울센터"))
    assert dialog.details.text().startswith("여성긴급전화 1366 서울센터")
    dialog.table.doubleClicked.emit(dialog.table.currentIndex())
    assert dialog.findChild(AgencyFormDialog) is None


def test_overdue_replies_are_in_my_tasks(qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory) -> None:
    vault, cases = center
    admin = vault.login(ADMIN, ADMIN_PASS)  # the administrator's own overdue reply is not minji's task
    theirs = ready_referral(
        admin,
        cases.kim,
        agency_id(admin, SMILE),
        frozenset({DataItem.NAME}),
        reply_due=(TODAY - timedelta(days=5)).isoformat(),
    )
    admin.referrals.change_status(theirs, ReferralStatus.SENT, "팩스 발송")
    admin.logout()
    window, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    session = window.current.session
    smile = agency_id(session, SMILE)
    overdue = ready_referral(
        session, cases.hong, smile, frozenset({DataItem.NAME}), reply_due=(TODAY - timedelta(days=3)).isoformat()
    )
    session.referrals.change_status(overdue, ReferralStatus.SENT, "팩스 발송")
    todo = workspace.list_page.todo
    todo.reload()
    rows = [todo.model.record_at(r) for r in range(todo.model.rowCount())]
    replies = [r for r in rows if isinstance(r, OverdueReply)]
    assert [r.referral_id for r in replies] == [overdue]
    row = rows.index(replies[0])
    assert todo.model.index(row, 1).data() == "홍길동"  # the client, as the case list shows them
    assert session.referrals.get(overdue).number in todo.model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert todo.model.index(row, 2).data() == f"{SMILE}: reply overdue"  # the agency first: a narrow column keeps it
    assert todo.model.index(row, 2).data(Qt.ItemDataRole.ForegroundRole).color() == WARNING
    assert todo.model.index(row, 3).data(Qt.ItemDataRole.CheckStateRole) is None
    assert "1 referral replies overdue" in todo.summary.text()

    todo.table.doubleClicked.emit(todo.model.index(row, 2))
    view = workspace.current_view()
    assert view is not None and view.case_id == cases.hong
    assert view.tabs.currentWidget() is view.referrals
    assert view.referrals.model.index(0, 6).data(Qt.ItemDataRole.ForegroundRole).color() == WARNING

    # the agency replied: the row leaves my tasks
    view.referrals.change_status(view.referrals.selected(), ReferralStatus.RECEIVED, "접수 회신")
    assert not any(isinstance(todo.model.record_at(r), OverdueReply) for r in range(todo.model.rowCount()))
