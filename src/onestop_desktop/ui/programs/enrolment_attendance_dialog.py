"""One client's attendance in one program, from their case: the program's meetings in a row,
marked with 1 / 2 / 3 / Delete or the buttons, each mark saved at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.errors import OneStopError
from ...domain.programs import AttendanceStatus, Enrolment
from ...domain.roles import Permission
from ...services.session import Session
from ..common.widgets import MessageLabel
from ..models.attendance_model import AttendanceModel
from .attendance_view import AttendanceView


class EnrolmentAttendanceDialog(QDialog):
    changed = Signal()

    def __init__(self, session: Session, enrolment: Enrolment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.enrolment = enrolment
        self.setObjectName("enrolmentAttendanceDialog")
        self.setWindowTitle(self.tr("Attendance: {program}").format(program=enrolment.program_name))
        recording = session.can(Permission.PROGRAMS_RECORD)
        self.model = AttendanceModel(self._record if recording else None, parent=self)
        self.grid = AttendanceView(self.model, self)
        self.message = MessageLabel(self, object_name="enrolmentAttendanceMessage")
        self.model.failed.connect(self.message.show_error)
        self.model.recorded.connect(self.changed)
        hint = QLabel(self.tr("Choose a session, then 1 present, 2 absent, 3 excused, Delete to clear."), self)
        hint.setObjectName("muted")
        row = QHBoxLayout()
        for status, text, name in (
            (AttendanceStatus.PRESENT, self.tr("Present (&1)"), "markPresent"),
            (AttendanceStatus.ABSENT, self.tr("Absent (&2)"), "markAbsent"),
            (AttendanceStatus.EXCUSED, self.tr("Excused (&3)"), "markExcused"),
            (None, self.tr("Clear (Del)"), "markClear"),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setVisible(recording)
            button.clicked.connect(lambda _=False, s=status: self.grid.mark_selected(s))
            row.addWidget(button)
        row.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("attendanceClose")
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.resize(760, 240)
        self.load()

    def _record(self, enrolment_id: str, meeting_id: str, status: AttendanceStatus | None) -> None:
        self.session.programs.record_attendance(enrolment_id, meeting_id, status)

    def load(self) -> None:
        try:
            meetings = self.session.programs.meetings(self.enrolment.program_id)
            marks = self.session.programs.attendance(self.enrolment.program_id)
        except OneStopError as err:
            self.message.show_error(err)
            return
        mine = {key: value for key, value in marks.items() if key[0] == self.enrolment.id}
        self.model.set_grid([self.enrolment], meetings, mine)
        if meetings:
            self.grid.setCurrentIndex(self.model.index(0, 0))
