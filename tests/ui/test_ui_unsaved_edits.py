"""Unsaved edits are never lost silently: closing a tab, logging out and exiting ask; locking keeps them;
someone else's change in between is reported, not overwritten."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.case_status import CaseStatus
from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.cases.case_view import DIRTY_MARK

from .case_data import Cases
from .cases_ui import answer, no_unsaved_question, open_workspace, type_text, unsaved_question
from .helpers import ADMIN, ADMIN_PASS, STAFF, STAFF_PASS, WindowFactory, log_in, visible_texts

NOTE = "보호시설 입소 의사를 확인함"
Button = QMessageBox.StandardButton


def test_closing_a_tab_with_unsaved_input_asks(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    view = workspace.open_case(cases.hong, "sessions")
    assert view is not None and view.tabs.currentWidget() is view.counseling_sessions
    editor = view.counseling_sessions.editor
    before = editor.model.rowCount()
    type_text(editor.note, NOTE)
    assert workspace.tabs.tabText(workspace.tabs.indexOf(view)) == DIRTY_MARK + view.title()

    window.case_actions.close_tab.trigger()  # Ctrl+W
    box = unsaved_question()
    assert "Counseling session" in box.text() and view.title() in box.text()
    answer(box, Button.Cancel)
    assert workspace.tabs.indexOf(view) >= 0 and editor.note.toPlainText() == NOTE

    workspace.close_tab(workspace.tabs.indexOf(view))  # the tab's close button
    answer(unsaved_question(), Button.Discard)
    assert workspace.tabs.count() == 1 and cases.hong not in workspace.views
    reopened = workspace.open_case(cases.hong, "sessions")
    assert reopened is not None and reopened.counseling_sessions.editor.model.rowCount() == before  # nothing was saved

    type_text(reopened.counseling_sessions.editor.note, NOTE)
    window.case_actions.close_tab.trigger()
    answer(unsaved_question(), Button.Save)
    assert workspace.tabs.count() == 1
    notes = [s.note for s in window.current.session.cases.open(cases.hong).counseling_sessions]
    assert NOTE in notes and len(notes) == before + 1


def test_a_clean_tab_closes_without_a_question(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    view = workspace.open_case(cases.hong)
    assert view is not None
    view.overview.client.alias.setText("임시")
    view.overview.client.alias.setText("")  # typed and taken back: nothing to save
    assert not view.is_dirty()
    window.case_actions.close_tab.trigger()
    assert no_unsaved_question() and workspace.tabs.count() == 1


def test_a_refused_save_keeps_the_tab_open(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    view = workspace.open_case(cases.hong)
    assert view is not None
    view.overview.details.intake_date.setText("어제")
    view.show_tab("needs")
    window.case_actions.close_tab.trigger()
    answer(unsaved_question(), Button.Save)
    assert workspace.tabs.indexOf(view) >= 0 and view.tabs.currentWidget() is view.overview  # shows the problem
    assert view.overview.details.errors.message("intake_date").startswith("Write the date as YYYY-MM-DD")
    assert view.overview.details.intake_date.text() == "어제"


def test_locking_keeps_unsaved_input_hidden_until_unlock(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    view = workspace.open_case(cases.hong, "sessions")
    assert view is not None
    type_text(view.counseling_sessions.editor.note, NOTE)
    workspace.new_intake()
    assert workspace.intake is not None
    type_text(workspace.intake.name, "서하준")

    window.lock()
    assert no_unsaved_question()  # locking never asks
    assert not workspace.isVisible() and not workspace.intake.isVisible()
    assert not any(NOTE in text or "서하준" in text for text in visible_texts())
    log_in(qtbot, window, STAFF, STAFF_PASS)
    assert window.current is not None and window.current.workspace is workspace
    assert view.counseling_sessions.editor.note.toPlainText() == NOTE and view.is_dirty()
    assert workspace.intake is not None and workspace.intake.isVisible() and workspace.intake.name.text() == "서하준"


def test_logging_out_and_exiting_ask_about_unsaved_input(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    view = workspace.open_case(cases.alias)
    assert view is not None
    view.overview.client.disability.setText("청각장애")

    window.menu_actions.logout.trigger()
    box = unsaved_question()
    assert "Client" in box.text() and "before logging out" in box.text()
    answer(box, Button.Cancel)
    assert window.current is not None and view.overview.client.disability.text() == "청각장애"

    window.close()
    answer(unsaved_question(), Button.Cancel)
    assert window.isVisible() and window.current is not None

    window.menu_actions.logout.trigger()
    answer(unsaved_question(), Button.Save)
    assert window.current is None and window.gate.mode == "login"
    admin = vault.login(ADMIN, ADMIN_PASS)
    assert admin.cases.open(cases.alias).client.disability == "청각장애"
    admin.logout()


def test_someone_elses_change_is_reported_not_overwritten(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    view = workspace.open_case(cases.hong)
    assert view is not None
    view.overview.client.nationality.setText("베트남")
    # my own quick changes in between do not count as someone else's
    qtbot.mouseClick(view.overview.status.buttons[CaseStatus.ACTIVE], Qt.MouseButton.LeftButton)
    assert view.overview.client.nationality.text() == "베트남" and view.is_dirty()

    window.lock()  # the administrator changes the client meanwhile
    qtbot.mouseClick(window.gate.other_user, Qt.MouseButton.LeftButton)
    log_in(qtbot, window, ADMIN, ADMIN_PASS)
    admin_view = window.current.workspace.open_case(cases.hong)
    assert admin_view is not None
    admin_view.overview.client.alias.setText("길")
    assert admin_view.overview.save()
    window.lock()
    qtbot.mouseClick(window.gate.other_user, Qt.MouseButton.LeftButton)
    log_in(qtbot, window, STAFF, STAFF_PASS)
    assert window.current.workspace is workspace and view.overview.client.nationality.text() == "베트남"
    # a quick change of mine reads the case again: my edits stay, and still count as made on the old version
    qtbot.mouseClick(view.overview.status.buttons[CaseStatus.ON_HOLD], Qt.MouseButton.LeftButton)
    assert view.status_badge.text() == "On hold" and view.overview.client.nationality.text() == "베트남"

    assert not view.overview.save()
    bar = view.overview.bar
    assert "Someone else changed this record" in bar.message.text() and bar.reload_button.isVisible()
    assert view.overview.client.nationality.text() == "베트남"  # kept on screen
    qtbot.mouseClick(bar.reload_button, Qt.MouseButton.LeftButton)
    assert view.overview.client.alias.text() == "길" and view.overview.client.nationality.text() == "대한민국"
    assert not view.is_dirty()


def test_switching_sessions_with_unsaved_edits_asks(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    _, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    view = workspace.open_case(cases.hong, "sessions")
    assert view is not None
    editor = view.counseling_sessions.editor
    type_text(editor.note, NOTE)
    counseling_session_id = editor.model.record_at(0).id  # the existing session
    editor.request(counseling_session_id)
    answer(unsaved_question(), Button.Cancel)
    assert editor.editing_id == "" and editor.note.toPlainText() == NOTE
    editor.request(counseling_session_id)
    answer(unsaved_question(), Button.Save)
    assert editor.editing_id == counseling_session_id and editor.note.toPlainText().startswith("해바라기센터")
    assert editor.model.rowCount() == 2


def test_my_own_quick_changes_are_not_a_conflict(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    view = workspace.open_case(cases.hong)
    assert view is not None
    view.overview.details.police_station.setText("종로경찰서")
    qtbot.mouseClick(view.overview.status.buttons[CaseStatus.ACTIVE], Qt.MouseButton.LeftButton)  # writes the case
    view.show_tab("followups")
    view.followups.adder.title_edit.setText("경찰 조사 동행")
    view.followups.save()  # writes the case again
    assert view.overview.details.police_station.text() == "종로경찰서" and view.is_dirty()
    assert view.overview.save(), view.overview.bar.message.text()
    case = window.current.session.cases.open(cases.hong).case
    assert case.police_station == "종로경찰서" and case.status is CaseStatus.ACTIVE


def test_exiting_with_unsaved_input_and_another_locked_user_asks_each_once(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    window, _ = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    window.lock()
    qtbot.mouseClick(window.gate.other_user, Qt.MouseButton.LeftButton)
    log_in(qtbot, window, STAFF, STAFF_PASS)
    view = window.current.workspace.open_case(cases.hong)
    assert view is not None
    view.overview.client.disability.setText("청각장애")
    window.close()
    answer(unsaved_question(), Button.Discard)
    quit_box = next(w for w in window.findChildren(QMessageBox, "confirmQuit") if w.isVisible())
    quit_box.button(Button.Yes).click()
    assert no_unsaved_question() and not window.isVisible() and window.slots == {}


def _cancel(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Cancel).click()


def test_consent_and_referral_dialogs_ask_before_losing_input(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    view = workspace.open_case(cases.hong, "consents")
    assert view is not None
    untouched = view.consents.record()
    assert untouched is not None and untouched.isVisible()
    untouched.reject()  # nothing typed: closes without a question
    assert no_unsaved_question() and not untouched.isVisible()

    consent = view.consents.record()
    assert consent is not None
    type_text(consent.purpose, "심리 지원 연계")
    qtbot.keyClick(consent, Qt.Key.Key_Escape)
    box = unsaved_question()
    assert box.text() == "There is unsaved input. Close without saving it?"
    assert {box.button(b).text() for b in (Button.Discard, Button.Cancel)} == {"Close", "Keep writing"}
    assert box.defaultButton() is box.button(Button.Cancel)  # Enter keeps writing
    answer(box, Button.Cancel)
    assert consent.isVisible() and consent.purpose.text() == "심리 지원 연계"
    _cancel(consent)  # 취소
    answer(unsaved_question(), Button.Cancel)
    assert consent.isVisible()

    window.lock()  # locking neither asks nor discards: the dialog comes back with what was typed
    assert no_unsaved_question() and not consent.isVisible()
    assert not any("심리 지원 연계" in text for text in visible_texts())
    log_in(qtbot, window, STAFF, STAFF_PASS)
    assert consent.isVisible() and consent.purpose.text() == "심리 지원 연계"
    consent.close()  # the window's ×
    answer(unsaved_question(), Button.Discard)
    assert not consent.isVisible()
    assert view.consents.model.rowCount() == 0  # nothing was recorded

    view.show_tab("referrals")
    referral = view.referrals.new_referral()
    assert referral is not None
    referral.reject()
    assert no_unsaved_question() and not referral.isVisible()
    referral = view.referrals.new_referral()
    assert referral is not None
    type_text(referral.reason, "트라우마 상담")
    referral.close()
    answer(unsaved_question(), Button.Cancel)
    assert referral.isVisible() and referral.reason.toPlainText() == "트라우마 상담"
    qtbot.keyClick(referral.services, Qt.Key.Key_Escape)
    answer(unsaved_question(), Button.Discard)
    assert not referral.isVisible() and view.referrals.model.rowCount() == 0
