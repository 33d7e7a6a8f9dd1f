"""A counselor's day through the real widgets: intake → case → session → follow-up → done → closed,
with inline validation that keeps what was typed."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.case_status import CaseStatus, ClosingReason
from onestop_desktop.domain.casework import CaseQuery
from onestop_desktop.domain.taxonomy import CrimeType, RiskLevel
from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.cases.case_view import DIRTY_MARK
from onestop_desktop.ui.cases.status_box import CloseCaseDialog

from .case_data import Cases
from .cases_ui import open_workspace, type_text
from .helpers import ADMIN, ADMIN_PASS, STAFF, STAFF_PASS, WindowFactory

TODAY = date.today()


def test_intake_session_followup_and_closing(qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory) -> None:
    window, workspace = open_workspace(qtbot, make_window, ready_vault, STAFF, STAFF_PASS)
    window.case_actions.new_intake.trigger()  # Ctrl+N
    dialog = workspace.intake
    assert dialog is not None and dialog.isVisible()
    assert dialog.lead.currentText() == "김민지"  # the lead counselor defaults to me
    type_text(dialog.name, "이지은")
    qtbot.keyClicks(dialog.birth_date, "1988-05-02")
    assert dialog.age.text().startswith("age ")
    qtbot.keyClicks(dialog.phone, "010-2222-3333")
    dialog.no_sms.setChecked(True)
    dialog.crime_types.boxes[CrimeType.STALKING].setChecked(True)
    dialog.risk.setCurrentIndex(dialog.risk.findData(str(RiskLevel.HIGH)))
    type_text(dialog.summary, "전 연인이 집 앞에서 기다림")
    qtbot.mouseClick(dialog.findChild(QPushButton, "intakeOk"), Qt.MouseButton.LeftButton)

    view = workspace.current_view()
    assert view is not None and not dialog.isVisible() and workspace.intake is None
    assert view.name.text() == "이지은" and view.number.text() == f"D1-{TODAY.year}-00001"
    assert "NO TEXT MESSAGES" in view.overview.contacts.phones.item(0).text()
    assert workspace.list_page.model.rowCount() == 1  # the list shows the new case at once
    session = window.current.session

    # a counseling session, saved with Ctrl+S
    view.show_tab("sessions")
    editor = view.counseling_sessions.editor
    assert editor.heading.text() == "New counseling session"
    type_text(editor.note, "안전 계획을 함께 세움")
    editor.place.setText("센터 상담실 2")
    assert view.tabs.tabText(view.tabs.currentIndex()).startswith(DIRTY_MARK)
    assert workspace.tabs.tabText(1).startswith(DIRTY_MARK)
    window.case_actions.save.trigger()
    assert not view.is_dirty() and not workspace.tabs.tabText(1).startswith(DIRTY_MARK)
    assert editor.model.rowCount() == 1 and editor.editing_id
    assert editor.heading.text().startswith("Session of ")
    stored = session.cases.open(view.case_id)
    assert (
        stored.counseling_sessions[0].note == "안전 계획을 함께 세움"
        and stored.counseling_sessions[0].place == "센터 상담실 2"
    )

    # a follow-up due today, then ticked done in the table
    view.show_tab("followups")
    adder = view.followups.adder
    type_text(adder.title_edit, "경찰서 동행 일정 확인")
    adder.due.setText(TODAY.isoformat())
    qtbot.mouseClick(adder.add_button, Qt.MouseButton.LeftButton)
    table, model = view.followups.table, view.followups.model
    assert model.rowCount() == 1 and model.index(0, 1).data() == "경찰서 동행 일정 확인"
    assert adder.title_edit.text() == "" and not view.is_dirty()
    assert workspace.list_page.todo.model.rowCount() == 1  # due today: in my tasks
    table.setCurrentIndex(model.index(0, model.done_column))
    qtbot.keyClick(table, Qt.Key.Key_Space)  # tick the done box
    qtbot.waitUntil(lambda: session.cases.open(view.case_id).followups[0].done_on == TODAY, timeout=2000)
    qtbot.waitUntil(lambda: workspace.list_page.todo.model.rowCount() == 0, timeout=2000)

    # close the case with a reason
    view.show_tab("overview")
    status = view.overview.status
    qtbot.mouseClick(status.buttons[CaseStatus.ACTIVE], Qt.MouseButton.LeftButton)
    assert view.status_badge.text() == "In progress"
    qtbot.mouseClick(status.buttons[CaseStatus.CLOSED], Qt.MouseButton.LeftButton)
    closing = status.findChild(CloseCaseDialog)
    assert closing is not None and closing.isVisible()
    closing.reason.setCurrentIndex(closing.reason.findData(str(ClosingReason.GOALS_MET)))
    ok = closing.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    ok.click()  # a high-risk case: refused without a confirmation note
    assert closing.isVisible() and view.status_badge.text() == "In progress"
    type_text(closing.note, "안전 계획 수립, 본인 종결 희망 확인")
    ok.click()
    assert view.status_badge.text() == "Closed"
    assert "Goals met" in status.status.text()
    assert status.buttons[CaseStatus.ACTIVE].text() == "Reopen" and not status.buttons[CaseStatus.CLOSED].isVisible()
    case = session.cases.open(view.case_id).case
    assert case.status is CaseStatus.CLOSED and case.closing_reason is ClosingReason.GOALS_MET
    rows = session.cases.page(CaseQuery())
    assert rows[0].status is CaseStatus.CLOSED and workspace.list_page.model.index(0, 2).data() == "Closed"

    view.show_tab("history")
    history = [view.history.model.index(r, 2).data() for r in range(view.history.model.rowCount())]
    assert "Case changed: closed on, closing note, closing reason, status" in history
    assert "Counseling session added" in history and "Follow-up changed: done on" in history


def test_intake_refused_inline_with_nothing_lost(qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory) -> None:
    window, workspace = open_workspace(qtbot, make_window, ready_vault, STAFF, STAFF_PASS)
    workspace.new_intake()
    dialog = workspace.intake
    assert dialog is not None
    type_text(dialog.name, "최하늘")
    future = (TODAY + timedelta(days=30)).isoformat()
    qtbot.keyClicks(dialog.birth_date, future)
    qtbot.keyClicks(dialog.phone, "010-12-34")
    dialog.crime_types.boxes[CrimeType.OTHER].setChecked(True)
    type_text(dialog.summary, "요약은 남아야 함")
    dialog.submit()
    assert dialog.isVisible()
    assert dialog.errors.shown() == {
        "birth_date": "This date cannot be in the future.",
        "phone": "Not a Korean phone number. Examples: 010-1234-5678, 02-123-4567, 1577-1701.",
    }
    assert "nothing you typed was lost" in dialog.message.text()
    assert (dialog.name.text(), dialog.birth_date.text(), dialog.phone.text()) == ("최하늘", future, "010-12-34")
    assert dialog.summary.toPlainText() == "요약은 남아야 함" and dialog.crime_types.chosen() == {CrimeType.OTHER}
    assert dialog.focusWidget() is dialog.birth_date  # the first bad field in reading order
    assert window.current.session.cases.count(CaseQuery()) == 0

    dialog.birth_date.setText("1999-12-31")
    dialog.phone.setText("010-1234-0000")
    dialog.submit()
    assert not dialog.isVisible() and workspace.current_view() is not None


def test_closing_the_intake_with_something_typed_asks(
    qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from .cases_ui import answer, no_unsaved_question, unsaved_question

    _, workspace = open_workspace(qtbot, make_window, ready_vault, STAFF, STAFF_PASS)
    workspace.new_intake()
    dialog = workspace.intake
    assert dialog is not None
    dialog.reject()  # nothing typed: closes without a question
    assert no_unsaved_question() and not dialog.isVisible()
    workspace.new_intake()
    dialog = workspace.intake
    type_text(dialog.name, "서하준")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    answer(unsaved_question(), QMessageBox.StandardButton.Cancel)
    assert dialog.isVisible() and dialog.name.text() == "서하준"
    dialog.reject()
    answer(unsaved_question(), QMessageBox.StandardButton.Discard)
    assert not dialog.isVisible()


def test_client_details_refused_inline_then_saved(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    view = workspace.open_case(cases.hong)
    assert view is not None
    client = view.overview.client
    future = (TODAY + timedelta(days=3)).isoformat()
    client.birth_date.setText(future)
    client.guardian_phone.setText("12345")
    client.address_road.setText("서울특별시 중구 세종대로 110")
    client.address_private.setChecked(True)
    assert view.overview.bar.isVisible() and view.overview.bar.save_button.isEnabled()
    assert not view.overview.save()
    assert client.errors.shown() == {
        "birth_date": "This date cannot be in the future.",
        "guardian_phone": "Not a Korean phone number. Examples: 010-1234-5678, 02-123-4567, 1577-1701.",
    }
    assert client.guardian.isVisibleTo(view)  # a guardian's data is shown even for an adult
    assert client.birth_date.text() == future and client.address_road.text() == "서울특별시 중구 세종대로 110"
    assert view.is_dirty() and "Client:" in view.overview.bar.message.text()

    client.birth_date.setText("2015-02-03")  # a minor: the guardian block belongs here
    client.guardian_phone.setText("010-7777-8888")
    client.guardian_suspect.setChecked(True)
    window.case_actions.save.trigger()
    assert not view.is_dirty() and client.errors.shown() == {}
    stored = window.current.session.cases.open(cases.hong).client
    assert stored.birth_date == date(2015, 2, 3) and stored.guardian_is_suspect and stored.address_private
    assert stored.guardian_phone == "01077778888" and client.guardian_phone.text() == "010-7777-8888"
    assert client.age.text() == f"age {TODAY.year - 2015 - int((TODAY.month, TODAY.day) < (2, 3))}"


def test_phone_and_registration_number_with_inline_checks(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    from onestop_desktop.ui.cases.contact_box import PhoneDialog
    from onestop_desktop.ui.cases.rrn_box import RevealDialog, RrnDialog

    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    view = workspace.open_case(cases.kim)
    assert view is not None
    overview = view.overview
    qtbot.mouseClick(overview.contacts.add_button, Qt.MouseButton.LeftButton)
    phone = overview.contacts.findChild(PhoneDialog)
    assert phone is not None and phone.isVisible()
    phone.number.setText("010-99")
    phone.label.setText("직장")
    phone.submit()
    assert phone.errors.message("number").startswith("Not a Korean phone number")
    assert phone.isVisible() and phone.label.text() == "직장"
    phone.number.setText("02-555-1234")
    phone.no_sms.setChecked(True)
    phone.instructions.setText("본인이 받지 않으면 끊을 것")
    phone.submit()
    assert not phone.isVisible()
    texts = [overview.contacts.phones.item(i).text() for i in range(overview.contacts.phones.count())]
    assert "02-555-1234 (직장) · NO TEXT MESSAGES · 본인이 받지 않으면 끊을 것" in texts

    assert overview.rrn.masked.text() == "Not recorded" and not overview.rrn.reveal_button.isEnabled()
    qtbot.mouseClick(overview.rrn.record_button, Qt.MouseButton.LeftButton)
    record = overview.rrn.findChild(RrnDialog)
    assert record is not None
    record.number.setText("900101-123")
    record.submit()
    assert record.errors.shown().keys() == {"rrn", "legal_basis"} and record.number.text() == "900101-123"
    record.number.setText("900101-2345678")
    record.basis.setText("범죄피해구조금 신청")
    record.submit()
    assert not record.isVisible() and overview.rrn.masked.text() == "900101-2******"
    qtbot.mouseClick(overview.rrn.reveal_button, Qt.MouseButton.LeftButton)
    reveal = overview.rrn.findChild(RevealDialog)
    assert reveal is not None
    reveal.reveal()  # no reason: refused
    assert not reveal.shown.isVisible() and reveal.message.isVisible()
    reveal.reason.setText("구조금 신청서 작성")
    reveal.reveal()
    assert reveal.shown.text() == "900101-2345678"
    entry = window.current.session.audit.recent(1)[0]
    assert entry.subject_id == cases.kim and "구조금 신청서 작성" in entry.detail
    assert "900101-2345678" not in " ".join(e.detail for e in window.current.session.audit.recent(30))


def test_only_administrators_may_show_the_full_number(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    _, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    view = workspace.open_case(cases.kim)
    assert view is not None
    assert view.overview.rrn.record_button.isVisible() and not view.overview.rrn.reveal_button.isVisible()
