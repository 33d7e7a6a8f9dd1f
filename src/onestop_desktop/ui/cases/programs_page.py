"""프로그램: the client's program history (enrolled, attendance, completed, surveyed) with the actions
their role allows — enrol, record attendance, mark completed or dropped out, and the program survey
once completed. An outreach worker reaches this only on cases assigned to them, like any case tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QHeaderView, QVBoxLayout, QWidget

from ...domain.errors import OneStopError
from ...domain.feedback import SurveySubject
from ...domain.programs import EnrolmentStatus, ProgramQuery, ProgramStatus
from ...domain.roles import Permission
from ...services.session import Session
from ..common.forms import named_button
from ..common.tables import record_table, select_row
from ..common.waiting import waiting
from ..common.widgets import MessageLabel
from ..errors import error_text
from ..feedback.survey_flow import SurveyFlow
from ..models.enrolment_table_model import EnrolmentTableModel
from ..programs.enrolment_attendance_dialog import EnrolmentAttendanceDialog
from ..programs.program_enrolment_dialog import ProgramEnrolmentDialog


class ProgramsPage(QWidget):
    changed = Signal()
    kiosk_requested = Signal(object)

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programsPage")
        self.session = session
        self.case_id = case_id
        self.recording = session.can(Permission.PROGRAMS_RECORD)
        self.surveying = session.can(Permission.FEEDBACK_RECORD)
        self.message = MessageLabel(self, object_name="programsPageMessage")
        self.model = EnrolmentTableModel(parent=self)
        self.table = record_table(
            self, "enrolmentTable", self.tr("Programs of this client"), self.model, stretch_column=0
        )
        for column in range(1, self.model.columnCount()):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _: self.attendance())
        self.flow = SurveyFlow(session, self)
        self.flow.recorded.connect(self._survey_recorded)
        self.flow.failed.connect(lambda err: self.message.show_error(err))
        self.flow.kiosk_requested.connect(self.kiosk_requested)
        self.enrol_button = named_button(
            self, "enrolProgram", self.tr("E&nrol in a program…"), self.enrol, self.recording
        )
        self.enrol_button.setObjectName("primary")
        self.attendance_button = named_button(self, "enrolmentAttendance", self.tr("&Attendance…"), self.attendance)
        self.complete_button = named_button(
            self,
            "completeEnrolment",
            self.tr("Mark as &completed"),
            lambda: self._move(self.session.programs.complete, self.tr("Completion recorded.")),
            self.recording,
        )
        self.drop_button = named_button(
            self,
            "dropEnrolment",
            self.tr("Mark as d&ropped out"),
            lambda: self._move(self.session.programs.drop, self.tr("Recorded as dropped out.")),
            self.recording,
        )
        self.resume_button = named_button(
            self,
            "resumeEnrolment",
            self.tr("Taking part aga&in"),
            lambda: self._move(self.session.programs.resume, self.tr("Taking part again.")),
            self.recording,
        )
        self.survey_button = named_button(
            self, "programSurvey", self.tr("Survey about the progra&m…"), self.survey, self.surveying
        )
        tools = QHBoxLayout()
        for button in (
            self.enrol_button,
            self.attendance_button,
            self.complete_button,
            self.drop_button,
            self.resume_button,
            self.survey_button,
        ):
            tools.addWidget(button)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self._selected()

    # -- reading ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.selected()
        try:
            enrolments = self.session.programs.for_case(self.case_id)
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.model.set_records(enrolments)
        row = self.model.row_of(keep)
        select_row(self.table, row if row >= 0 else 0)
        self._selected()

    def _selected(self, *_: QModelIndex) -> None:
        index = self.table.currentIndex()
        enrolment = self.model.record_at(index.row()) if index.isValid() else None
        status = enrolment.status if enrolment else None
        self.attendance_button.setEnabled(enrolment is not None)
        self.complete_button.setEnabled(status is EnrolmentStatus.ENROLLED)
        self.drop_button.setEnabled(status is EnrolmentStatus.ENROLLED)
        self.resume_button.setEnabled(status in (EnrolmentStatus.DROPPED, EnrolmentStatus.COMPLETED))
        self.survey_button.setEnabled(
            status is EnrolmentStatus.COMPLETED and enrolment is not None and not enrolment.surveyed
        )

    def selected(self) -> str:
        index = self.table.currentIndex()
        record = self.model.record_at(index.row()) if index.isValid() else None
        return record.id if record else ""

    # -- actions ----------------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def enrol(self) -> ProgramEnrolmentDialog | None:
        try:
            programs = [
                *self.session.programs.page(ProgramQuery(status=ProgramStatus.RUNNING), 0, 200),
                *self.session.programs.page(ProgramQuery(status=ProgramStatus.PLANNED), 0, 200),
            ]
        except OneStopError as err:
            self.message.show_error(err)
            return None
        taking_part = {e.program_id for e in self.model.records() if e.status is not EnrolmentStatus.DROPPED}
        programs = [p for p in programs if p.id not in taking_part]
        dialog = ProgramEnrolmentDialog(self.session, self.case_id, programs, self)
        dialog.enrolled.connect(lambda enrolment_id: self._done(enrolment_id, self.tr("Enrolled.")))
        self._open(dialog)
        return dialog

    def attendance(self) -> EnrolmentAttendanceDialog | None:
        index = self.table.currentIndex()
        enrolment = self.model.record_at(index.row()) if index.isValid() else None
        if enrolment is None:
            return None
        dialog = EnrolmentAttendanceDialog(self.session, enrolment, self)
        dialog.finished.connect(lambda _: self.refresh())
        self._open(dialog)
        return dialog

    def _move(self, change: Callable[[str], None], text: str) -> None:
        enrolment_id = self.selected()
        if not enrolment_id:
            return
        try:
            with waiting():
                change(enrolment_id)
        except OneStopError as err:
            self.message.show_error(error_text(err))
            return
        self._done(enrolment_id, text)

    def survey(self) -> QDialog | None:
        index = self.table.currentIndex()
        enrolment = self.model.record_at(index.row()) if index.isValid() else None
        if enrolment is None:
            return None
        return self.flow.start(SurveySubject.PROGRAM, self.case_id, enrolment.program_name, enrolment.id)

    def _survey_recorded(self, text: str) -> None:
        self.refresh()
        self.message.show_success(text)

    def _done(self, enrolment_id: str, text: str) -> None:
        self.changed.emit()
        self.refresh()
        select_row(self.table, self.model.row_of(enrolment_id))
        self._selected()
        self.message.show_success(text)
