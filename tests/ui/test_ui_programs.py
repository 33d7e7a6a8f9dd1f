"""Programs and satisfaction surveys through the real screens: the case's 프로그램 tab, the programs
window with its attendance grid, the kiosk survey and the survey question editor."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.case_status import CaseStatus, ClosingReason
from onestop_desktop.domain.feedback import FeedbackOutcome, SurveySubject
from onestop_desktop.domain.programs import (
    AttendanceStatus,
    EnrolmentStatus,
    ProgramForm,
    ProgramKind,
    ProgramMeetingForm,
    ProgramStatus,
)
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.cases.case_view import CaseView
from onestop_desktop.ui.feedback.kiosk import KioskWindow
from onestop_desktop.ui.feedback.survey_entry_dialog import SurveyEntryDialog
from onestop_desktop.ui.feedback.survey_start_dialog import DECLINED, SurveyStartDialog
from onestop_desktop.ui.programs.program_enrolment_dialog import ProgramEnrolmentDialog
from onestop_desktop.ui.programs.programs_window import ProgramsWindow

from .case_data import FIELD, PEOPLE_PASS, Cases
from .cases_ui import open_workspace, type_text
from .helpers import ADMIN, ADMIN_PASS, STAFF, STAFF_PASS, WindowFactory, log_in, visible_texts

TODAY = date.today()


def _program(admin: Session, name: str = "트라우마 회복 워크숍", capacity: str = "") -> str:
    program_id = admin.programs.create(
        ProgramForm(
            name=name,
            kind=ProgramKind.TRAUMA_RECOVERY,
            place="센터 교육실",
            capacity=capacity,
            starts_on=(TODAY - timedelta(days=14)).isoformat(),
            ends_on=(TODAY + timedelta(days=14)).isoformat(),
            status=ProgramStatus.RUNNING,
        )
    )
    for days in (-14, -7, 7):
        admin.programs.add_meeting(
            program_id, ProgramMeetingForm((TODAY + timedelta(days=days)).isoformat(), "14:00", f"{days}일")
        )
    return program_id


def _as_admin(vault: Vault) -> Session:
    return vault.login(ADMIN, ADMIN_PASS)


def _top(kind: type, name: str) -> QWidget:
    found = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.objectName() == name and w.isVisible()
    ]
    assert len(found) == 1, f"expected one visible {name}, found {len(found)}"
    return found[0]


def _programs_tab(qtbot: QtBot, make_window: WindowFactory, vault: Vault, case_id: str) -> tuple[object, CaseView]:
    window, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    view = workspace.open_case(case_id, "programs")
    assert view is not None and view.tabs.currentWidget() is view.programs
    return window, view


def test_enrol_mark_attendance_complete_and_survey_by_phone(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    admin = _as_admin(vault)
    program_id = _program(admin)
    admin.logout()
    _window, view = _programs_tab(qtbot, make_window, vault, cases.hong)
    page = view.programs
    assert page.model.rowCount() == 0
    dialog = page.enrol()
    assert isinstance(dialog, ProgramEnrolmentDialog) and dialog.program.currentData() == program_id
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1 and page.message.text() == "Enrolled."
    [enrolment] = page.model.records()
    assert enrolment.status is EnrolmentStatus.ENROLLED
    again = page.enrol()  # the program the client takes part in is no longer offered
    assert again is not None and again.program.count() == 0 and not again.ok.isEnabled()
    again.reject()
    attendance = page.attendance()
    assert attendance is not None
    grid = attendance.grid
    grid.setCurrentIndex(attendance.model.index(0, 0))
    qtbot.keyClick(grid, Qt.Key.Key_1)
    grid.setCurrentIndex(attendance.model.index(0, 2))  # a week ahead: refused, nothing written
    qtbot.keyClick(grid, Qt.Key.Key_1)
    assert not attendance.model.flags(attendance.model.index(0, 2)) & Qt.ItemFlag.ItemIsEditable
    assert attendance.model.index(0, 0).data() and not attendance.model.index(0, 2).data()
    attendance.accept()
    [enrolment] = page.model.records()
    assert (enrolment.meetings_present, enrolment.meetings_held) == (1, 1)  # enrolled late, one backfilled
    assert not page.survey_button.isEnabled()
    qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)
    assert page.model.records()[0].status is EnrolmentStatus.COMPLETED and page.survey_button.isEnabled()
    start = page.survey()
    assert isinstance(start, SurveyStartDialog)
    start.choose("phone")
    start.accept()
    entry = _top(SurveyEntryDialog, "surveyEntryDialog")
    assert isinstance(entry, SurveyEntryDialog)
    entry.form.choose("helpful", 5)
    entry.form.choose("safe", 4)
    entry.submit()
    assert not entry.isVisible()
    assert page.model.records()[0].surveyed and not page.survey_button.isEnabled()
    with view.session.store.read() as conn:
        assert conn.execute("SELECT answers, method FROM feedback_responses").fetchall() == [
            ('{"helpful": 5, "safe": 4}', "phone")
        ]


def test_a_declined_survey_is_recorded_once(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    admin = _as_admin(vault)
    admin.cases.change_status(cases.kim, CaseStatus.CLOSED, ClosingReason.GOALS_MET)
    admin.logout()
    _window, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    view = workspace.open_case(cases.kim)
    assert view is not None and view.survey_button.isVisible()
    start = view.start_survey()
    assert isinstance(start, SurveyStartDialog)
    start.choose(DECLINED)
    assert start.asked.isVisible()
    start.asked.setCurrentIndex(start.asked.findData("phone"))
    start.accept()
    assert not view.survey_button.isVisible()
    [request] = view.session.feedback.status_for_case(cases.kim)
    assert request.outcome is FeedbackOutcome.DECLINED and str(request.method) == "phone"


def test_the_kiosk_shows_nothing_of_the_case_and_ends_at_the_lock_screen(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    admin = _as_admin(vault)
    admin.cases.close(cases.hong, ClosingReason.GOALS_MET, note="목표 달성 확인")  # high risk: needs a note
    admin.logout()
    window, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    view = workspace.open_case(cases.hong)
    assert view is not None
    programs = workspace.show_programs()  # another window of the counselor's: hidden during the survey
    start = view.start_survey()
    assert isinstance(start, SurveyStartDialog)
    start.accept()  # the client answers on this computer (the default)
    kiosk = _top(KioskWindow, "kiosk")
    assert isinstance(kiosk, KioskWindow)
    assert kiosk.isFullScreen() and kiosk.windowModality() is Qt.WindowModality.ApplicationModal
    assert window.stack.currentWidget() is window.kiosk_cover and not programs.isVisible()
    assert not window.menuBar().isEnabled()
    seen = " ".join(visible_texts())
    assert "홍길동" not in seen and view.case_file.case.case_number not in seen
    # no way out but the buttons
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    kiosk.close()
    window.close()
    assert kiosk.isVisible() and window.isVisible()
    qtbot.keyClick(kiosk, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # the main window's shortcuts
    assert workspace.intake is None
    # the clipboard may hold case data: the comment box takes none of it
    QGuiApplication.clipboard().setText("홍길동 010-1234-5678")
    comment = kiosk.form.comment
    assert comment is not None
    comment.setFocus()
    comment.paste()
    mime = QMimeData()
    mime.setText("붙여넣기")
    assert not comment.canInsertFromMimeData(mime)
    type_text(comment, "고맙습니다")
    assert comment.toPlainText() == "고맙습니다"
    kiosk.form.choose("helpful", 5)
    qtbot.mouseClick(kiosk.submit_button, Qt.MouseButton.LeftButton)
    assert kiosk.pages.currentIndex() == 1
    qtbot.mouseClick(kiosk.done_button, Qt.MouseButton.LeftButton)
    assert not kiosk.isVisible()
    # back to the counselor only through their passphrase
    assert window.stack.currentWidget() is window.gate and window.current is not None
    assert window.current.session.is_locked and not programs.isVisible()
    log_in(qtbot, window, STAFF, STAFF_PASS)
    assert window.stack.currentWidget() is workspace and programs.isVisible()
    assert not view.survey_button.isVisible()
    with view.session.store.read() as conn:
        assert conn.execute("SELECT answers, comment, method FROM feedback_responses").fetchall() == [
            ('{"helpful": 5}', "고맙습니다", "kiosk")
        ]
    programs.close()


def test_stopping_or_an_idle_lock_records_nothing(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    admin = _as_admin(vault)
    admin.cases.change_status(cases.alias, CaseStatus.CLOSED, ClosingReason.GOALS_MET)
    admin.logout()
    window, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    view = workspace.open_case(cases.alias)
    assert view is not None
    view.start_survey().accept()  # type: ignore[attr-defined]
    kiosk = _top(KioskWindow, "kiosk")
    assert isinstance(kiosk, KioskWindow)
    kiosk.form.choose("kind", 2)
    qtbot.mouseClick(kiosk.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.done_button, Qt.MouseButton.LeftButton)
    assert window.current is not None and window.current.session.is_locked
    log_in(qtbot, window, STAFF, STAFF_PASS)
    assert view.survey_button.isVisible() and view.session.feedback.status_for_case(cases.alias) == []
    view.start_survey().accept()  # type: ignore[attr-defined]
    kiosk = _top(KioskWindow, "kiosk")
    assert isinstance(kiosk, KioskWindow)
    kiosk.form.choose("kind", 4)
    window.lock()  # what the idle timer does when the client walks away
    assert not kiosk.isVisible() and window.stack.currentWidget() is window.gate
    log_in(qtbot, window, STAFF, STAFF_PASS)
    assert window.menuBar().isEnabled() and view.session.feedback.status_for_case(cases.alias) == []


def test_the_programs_window_and_what_each_role_may_do(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    admin = _as_admin(vault)
    program_id = _program(admin, capacity="10")
    own = admin.programs.enrol(program_id, cases.kim2)  # the outreach worker's client
    other = admin.programs.enrol(program_id, cases.hong)
    admin.logout()
    window, _workspace = open_workspace(qtbot, make_window, vault, FIELD, PEOPLE_PASS)
    assert window.case_actions.programs.isVisible() and not window.case_actions.surveys.isVisible()
    window.case_actions.programs.trigger()
    programs = _top(ProgramsWindow, "programsWindow")
    assert isinstance(programs, ProgramsWindow)
    assert programs.new_button.isHidden() and programs.add_meeting_button.isHidden()
    assert programs.model.rowCount() == 1 and programs.program is not None
    assert programs.model.index(0, 5).data() == "2 of 10"
    assert [p.case_id for p in programs.roster_model.records()] == [cases.kim2]  # only their own client
    assert programs.roster_model.records()[0].meetings_held == 0  # enrolled today, after both sessions
    grid = programs.grid
    grid.setCurrentIndex(programs.grid_model.index(0, 1))
    qtbot.keyClick(grid, Qt.Key.Key_2)
    programs.grid.selectAll()
    assert programs.grid.mark_selected(AttendanceStatus.EXCUSED) == 2  # the future session is skipped
    [own_row] = programs.roster_model.records()  # the counts beside the grid follow the marks
    assert (own_row.meetings_present, own_row.meetings_held) == (0, 2)
    field = window.current.session if window.current else None
    assert field is not None
    marks = field.programs.attendance(program_id)
    assert set(marks) == {(own, s.id) for s in programs.grid_model.meetings[:2]}
    assert other not in {key[0] for key in marks}
    programs.close()
    window.logout()
    log_in(qtbot, window, STAFF, STAFF_PASS)
    counselor = window.current.workspace if window.current else None
    assert counselor is not None
    programs = counselor.show_programs()
    assert not programs.new_button.isHidden()
    dialog = programs.new_program()
    dialog.name.setText("")
    dialog.starts.setText("2026-13-01")
    dialog.submit()
    assert dialog.isVisible() and dialog.message.isVisible()
    dialog.name.setText("법률 정보 설명회")
    dialog.kind.setCurrentIndex(dialog.kind.findData(str(ProgramKind.LEGAL_INFO)))
    dialog.starts.setText(TODAY.isoformat())
    dialog.online.setChecked(True)
    dialog.submit()
    assert not dialog.isVisible()
    assert programs.program is not None and programs.program.name == "법률 정보 설명회" and programs.program.online
    meeting_dialog = programs.add_meeting()
    assert meeting_dialog is not None
    meeting_dialog.day.setText(TODAY.isoformat())
    meeting_dialog.time.setText("10:00")
    meeting_dialog.submit()
    assert programs.meetings_model.rowCount() == 1
    programs.search.setText("트라우마")
    programs.apply_query()
    assert programs.model.rowCount() == 1


def test_the_survey_editor_publishes_a_new_version(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, _cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    assert window.case_actions.surveys.isVisible()
    editor = workspace.show_survey_editor()
    model = editor.model
    assert model.rowCount() == 7
    model.setData(model.index(0, 2), "센터의 지원이 실제로 도움이 되었습니까?")
    editor.new_kind.setCurrentIndex(editor.new_kind.findData("scale5"))
    editor.add()
    row = model.rowCount() - 1
    model.setData(model.index(row, 0), "wait")
    editor.table.setCurrentIndex(model.index(row, 0))
    editor.move_question(-1)
    assert model.questions()[row - 1].code == "wait"
    assert not editor.publish()  # the new question has no text yet
    assert editor.message.isVisible()
    model.setData(model.index(row - 1, 2), "기다린 시간은 적절했습니까?")
    model.setData(model.index(row - 1, 3), "Was the waiting time reasonable?")
    assert editor.publish()
    survey = workspace.session.feedback.current_survey(SurveySubject.CASE)
    assert survey.version == 2 and survey.questions[0].text_ko.startswith("센터의 지원이 실제로")
    assert "wait" in {q.code for q in survey.scale_questions}
    assert "2" in editor.version.text()
