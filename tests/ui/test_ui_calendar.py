"""일정 through the real screens: the week grid from date-range reads with clashes tinted, the keyboard (arrows, T,
N, D, W), the new-appointment dialog, the case's 일정 tab (skip one, record the session of a past one) and the
reminders under 내 할 일."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.appointments import AppointmentKind, PlaceKind, week_start
from onestop_desktop.domain.casework import IntakeForm
from onestop_desktop.domain.taxonomy import CrimeType
from onestop_desktop.services.appointments import AppointmentForm
from onestop_desktop.services.session import Session
from onestop_desktop.ui.calendar.calendar_window import TEAM, CalendarWindow
from onestop_desktop.ui.cases.appointments_page import AppointmentsPage
from onestop_desktop.ui.cases.todo_panel import TodoPanel
from onestop_desktop.ui.documents.output_dialog import OutputDialog
from onestop_desktop.ui.ops import BackgroundRunner

MONDAY = week_start(date.today())


def _case(session: Session, name: str = "김하늘") -> str:
    return session.intake.create(IntakeForm(name=name, crime_types={CrimeType.STALKING}))


def _clashing_week(session: Session) -> tuple[str, str]:
    first, second = _case(session), _case(session, "이바람")
    session.appointments.add(first, AppointmentForm(f"{MONDAY} 10:00", 60, AppointmentKind.VISIT, PlaceKind.HOME,
                                                    weekly_count=3))  # fmt: skip
    session.appointments.add(second, AppointmentForm(f"{MONDAY} 10:30", 30, AppointmentKind.PHONE))
    return first, second


def test_the_week_grid_shows_clashes_and_moves_by_keyboard(qtbot: QtBot, admin_session: Session) -> None:
    _clashing_week(admin_session)
    window = CalendarWindow(admin_session)
    qtbot.addWidget(window)
    window.show()
    model = window.model
    assert (model.first, model.days, len(model.entries)) == (MONDAY, 7, 2)
    cell = model.index(10 - 7, 0)
    assert "⚠" in model.data(cell, Qt.ItemDataRole.AccessibleTextRole)
    assert model.data(cell, Qt.ItemDataRole.BackgroundRole) is not None
    assert "2" in window.range_label.text()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Right)
    assert model.first == MONDAY + timedelta(days=7) and len(model.entries) == 1
    assert not any(model.has_clash(e) for e in model.entries)
    qtbot.keyClick(window.table, Qt.Key.Key_T)
    assert model.first == MONDAY
    qtbot.keyClick(window.table, Qt.Key.Key_D)
    assert model.days == 1 and model.columnCount() == 1
    qtbot.keyClick(window.table, Qt.Key.Key_W)
    assert model.days == 7
    window.person.setCurrentIndex(window.person.findData(TEAM))
    assert len(model.entries) == 2


def test_n_opens_the_dialog_and_a_clash_is_told_not_refused(qtbot: QtBot, admin_session: Session) -> None:
    case_id, _ = _clashing_week(admin_session)
    number = admin_session.cases.open(case_id).case.case_number
    window = CalendarWindow(admin_session)
    qtbot.addWidget(window)
    window.show()
    dialog = window.new_appointment()
    dialog.case_number.setText(number)
    dialog.start.setText(f"{MONDAY} 10:15")
    dialog.minutes.setValue(30)
    dialog.submit()
    assert dialog.scheduled is not None and dialog.scheduled.conflicts
    assert len(window.model.entries) == 3 and window.message.text()
    bad = window.new_appointment()
    bad.case_number.setText("D9-2026-99999")
    bad.submit()
    assert bad.scheduled is None and bad.message.text()


def test_the_case_tab_skips_and_records_a_past_one(qtbot: QtBot, admin_session: Session) -> None:
    case_id = _case(admin_session)
    past = (datetime.now() - timedelta(days=2)).replace(hour=9, minute=0)
    admin_session.appointments.add(case_id, AppointmentForm(f"{past:%Y-%m-%d %H:%M}", 50, AppointmentKind.COUNSELING,
                                                            PlaceKind.CENTER, weekly_count=3))  # fmt: skip
    page = AppointmentsPage(admin_session, case_id, {admin_session.user.id: admin_session.user.display_name})
    qtbot.addWidget(page)
    page.load()
    assert page.model.rowCount() == 3
    page.table.selectRow(0)
    page.record()
    assert len(admin_session.cases.open(case_id).counseling_sessions) == 1
    page.table.selectRow(2)
    page.skip()
    assert page.model.rowCount() == 2


def test_reminders_and_missed_under_my_tasks(qtbot: QtBot, admin_session: Session) -> None:
    case_id = _case(admin_session)
    number = admin_session.cases.open(case_id).case.case_number
    tomorrow = date.today() + timedelta(days=1)
    admin_session.appointments.add(case_id, AppointmentForm(f"{tomorrow} 09:00", 30, AppointmentKind.PHONE))
    panel = TodoPanel(admin_session)
    qtbot.addWidget(panel)
    panel.reload()
    assert "09:00" in panel.appointments.text() and number in panel.appointments.text()
    yesterday = date.today() - timedelta(days=1)
    admin_session.appointments.add(case_id, AppointmentForm(f"{yesterday} 09:00", 30, AppointmentKind.COUNSELING))
    panel.reload()
    assert panel.appointments.text().count(number) == 2


def test_p_saves_the_day_sheet_of_the_selected_day(qtbot: QtBot, admin_session: Session, tmp_path: Path) -> None:
    _clashing_week(admin_session)
    runner = BackgroundRunner()
    try:
        window = CalendarWindow(admin_session, runner=runner)
        qtbot.addWidget(window)
        window.show()
        window.table.setCurrentIndex(window.model.index(3, 0))
        window.table.setFocus()
        qtbot.keyClick(window.table, Qt.Key.Key_P)
        dialog = window.findChild(OutputDialog)
        assert dialog is not None
        target = tmp_path / "day.pdf"
        dialog.choose_path = lambda parent, suggested: target
        dialog.purpose.setEditText("외근")
        dialog.save_button.click()
        qtbot.waitUntil(lambda: not dialog.busy and target.exists(), timeout=20_000)
        body = PdfReader(target).pages[0].extract_text()
        assert "D1-2026-0000" in body and "김하늘" not in body
    finally:
        runner.shutdown()
