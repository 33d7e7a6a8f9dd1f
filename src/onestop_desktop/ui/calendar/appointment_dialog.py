"""New appointment (N in the calendar, 새 일정 in a case): case, start, length, kind, place, who goes, weekly
repetition. Conflicts with the staff's other appointments are told after saving; they never refuse it."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QSpinBox, QWidget

from ...domain.appointments import KIND_LABELS, MAX_OCCURRENCES, PLACE_LABELS, AppointmentKind, PlaceKind
from ...domain.errors import OneStopError
from ...services.appointments import AppointmentForm, Scheduled
from ...services.session import Session
from ..common.dialog_buttons import confirm_buttons, dialog_column
from ..common.fields import choice, enum_combo, text_edit
from ..common.widgets import MessageLabel


def conflict_text(scheduled: Scheduled) -> str:
    """What to tell after saving: nothing, or how many clashes there are."""
    if not scheduled.conflicts:
        return ""
    return QCoreApplication.translate(
        "AppointmentDialog", "Saved, but it clashes with {count} other appointments (shown in red in the calendar)."
    ).format(count=len(scheduled.conflicts))


class AppointmentDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, *, case_id: str = "",
                 start: datetime | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.scheduled: Scheduled | None = None
        self.setObjectName("appointmentDialog")
        self.setWindowTitle(self.tr("New appointment"))
        self.case_number = text_edit(self, "appointmentCase", self.tr("Case number"), placeholder="D1-2026-00001")
        self.case_number.setVisible(not case_id)
        moment = start or (datetime.now() + timedelta(days=1)).replace(hour=10, minute=0, second=0, microsecond=0)
        self.start = text_edit(self, "appointmentStart", self.tr("Start"), placeholder="YYYY-MM-DD HH:MM")
        self.start.setText(f"{moment:%Y-%m-%d %H:%M}")
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("appointmentMinutes")
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.minutes.setRange(5, 24 * 60)
        self.minutes.setSingleStep(10)
        self.minutes.setValue(60)
        self.kind = enum_combo(self, "appointmentKind", self.tr("Kind"), KIND_LABELS)
        self.place_kind = enum_combo(self, "appointmentPlaceKind", self.tr("Place"), PLACE_LABELS)
        self.place = text_edit(self, "appointmentPlace", self.tr("Place details"), max_length=200)
        self.staff = QComboBox(self)
        self.staff.setObjectName("appointmentStaff")
        self.staff.setAccessibleName(self.tr("Who goes"))
        try:
            colleagues = [u for u in session.cases.colleagues() if u.active]
        except OneStopError:
            colleagues = [session.user]
        for user in colleagues:
            self.staff.addItem(user.display_name, user.id)
        self.staff.setCurrentIndex(max(0, self.staff.findData(session.user.id)))
        self.weekly = QSpinBox(self)
        self.weekly.setObjectName("appointmentWeekly")
        self.weekly.setAccessibleName(self.tr("Weekly, times"))
        self.weekly.setRange(1, MAX_OCCURRENCES)
        self.note = text_edit(self, "appointmentNote", self.tr("Short note"), max_length=500)
        form = QFormLayout()
        if not case_id:
            form.addRow(self.tr("&Case number"), self.case_number)
        form.addRow(self.tr("&Start"), self.start)
        form.addRow(self.tr("&Minutes"), self.minutes)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Place"), self.place_kind)
        form.addRow(self.tr("Place &details"), self.place)
        form.addRow(self.tr("&Who goes"), self.staff)
        form.addRow(self.tr("&Weekly, times"), self.weekly)
        form.addRow(self.tr("&Note"), self.note)
        self.message = MessageLabel(self, object_name="appointmentMessage")
        buttons = confirm_buttons(self, self.tr("&Schedule"), "scheduleAppointment", self.submit)
        dialog_column(self, form, self.message, buttons)

    def form(self) -> AppointmentForm:
        staff = str(self.staff.currentData() or "")
        return AppointmentForm(self.start.text(), self.minutes.value(), AppointmentKind(choice(self.kind)),
                               PlaceKind(choice(self.place_kind)), self.place.text(), self.note.text(),
                               (staff,) if staff else (), self.weekly.value())  # fmt: skip

    def submit(self) -> None:
        try:
            case_id = self.case_id or self.session.cases.case_id(self.case_number.text())
            self.scheduled = self.session.appointments.add(case_id, self.form())
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.accept()
