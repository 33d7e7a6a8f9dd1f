"""프로그램: the programs the center runs, newest first (paged), and for the chosen one its meetings,
its participants and an attendance grid (one column per meeting).

Everyone may read it; PROGRAMS_MANAGE creates and edits programs and meetings; PROGRAMS_RECORD marks
attendance and completion — only for the participants this user may see (an outreach worker: the
clients assigned to them). Every mark is saved at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OneStopError
from ...domain.programs import (
    PROGRAM_KIND_LABELS,
    PROGRAM_STATUS_LABELS,
    AttendanceStatus,
    Program,
    ProgramKind,
    ProgramMeeting,
    ProgramQuery,
    ProgramStatus,
)
from ...domain.roles import Permission
from ...services.session import Session
from ..common.fields import choice
from ..common.forms import named_button
from ..common.tables import record_table, select_row, selected_id
from ..common.waiting import waiting
from ..common.widgets import MessageLabel
from ..models.attendance_model import AttendanceModel
from ..models.enrolment_table_model import EnrolmentTableModel
from ..models.program_meeting_model import ProgramMeetingModel
from ..models.program_table_model import ProgramTableModel
from .attendance_view import AttendanceView
from .meeting_dialog import ProgramMeetingDialog
from .program_dialog import ProgramDialog
from .text import labelled_combo


class ProgramsWindow(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.managing = session.can(Permission.PROGRAMS_MANAGE)
        self.recording = session.can(Permission.PROGRAMS_RECORD)
        self.setObjectName("programsWindow")
        self.setWindowTitle(self.tr("Programs"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.program: Program | None = None
        self.message = MessageLabel(self, object_name="programsMessage")
        # the list
        self.search = QLineEdit(self)
        self.search.setObjectName("programSearch")
        self.search.setAccessibleName(self.tr("Search programs by name or place"))
        self.search.setPlaceholderText(self.tr("Search by name or place"))
        self.search.setClearButtonEnabled(True)
        self.kind = labelled_combo(
            self, "programKindFilter", self.tr("Kind"), PROGRAM_KIND_LABELS, "Programs", none_text=self.tr("All kinds")
        )
        self.status = labelled_combo(
            self,
            "programStatusFilter",
            self.tr("Status"),
            PROGRAM_STATUS_LABELS,
            "Programs",
            none_text=self.tr("Any status"),
        )
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_query)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.kind.currentIndexChanged.connect(lambda _: self.apply_query())
        self.status.currentIndexChanged.connect(lambda _: self.apply_query())
        self.model = ProgramTableModel(self._fetch, parent=self)
        self.model.fetch_failed.connect(self.message.show_error)
        self.table = record_table(self, "programTable", self.tr("Programs"), self.model, stretch_column=0)
        for column in range(1, self.model.columnCount()):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _: self.edit_program() if self.managing else None)
        self.new_button = named_button(self, "newProgram", self.tr("&New program…"), self.new_program, self.managing)
        self.new_button.setObjectName("primary")
        self.edit_button = named_button(self, "editProgram", self.tr("&Edit…"), self.edit_program, self.managing)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.new_button)
        filters.addWidget(self.edit_button)
        top = QWidget(self)
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 0)
        top_column.addLayout(filters)
        top_column.addWidget(self.table, 1)
        # the chosen program: meetings, participants, attendance
        self.meetings_model = ProgramMeetingModel(parent=self)
        self.meetings_table = record_table(
            self, "programMeetingTable", self.tr("Sessions"), self.meetings_model, stretch_column=3
        )
        self.meetings_table.doubleClicked.connect(lambda _: self.edit_meeting() if self.managing else None)
        self.add_meeting_button = named_button(
            self, "addMeeting", self.tr("&Add a session…"), self.add_meeting, self.managing
        )
        self.edit_meeting_button = named_button(
            self, "editMeeting", self.tr("Edit the sess&ion…"), self.edit_meeting, self.managing
        )
        self.remove_meeting_button = named_button(
            self, "removeMeeting", self.tr("&Remove the session"), self.remove_meeting, self.managing
        )
        meetings_page = self._page(
            self.meetings_table, self.add_meeting_button, self.edit_meeting_button, self.remove_meeting_button
        )
        self.roster_model = EnrolmentTableModel(roster=True, parent=self)
        self.roster_table = record_table(
            self, "programRoster", self.tr("Participants"), self.roster_model, stretch_column=0
        )
        self.complete_button = named_button(
            self,
            "rosterComplete",
            self.tr("Mark as &completed"),
            lambda: self._move(self.session.programs.complete),
            self.recording,
        )
        self.drop_button = named_button(
            self,
            "rosterDrop",
            self.tr("Mark as &dropped out"),
            lambda: self._move(self.session.programs.drop),
            self.recording,
        )
        roster_page = self._page(self.roster_table, self.complete_button, self.drop_button)
        self.grid_model = AttendanceModel(self._record if self.recording else None, parent=self)
        self.grid_model.failed.connect(self.message.show_error)
        self.grid_model.recorded.connect(self._attendance_recorded)
        self.grid = AttendanceView(self.grid_model, self)
        self.mark_buttons: list[QPushButton] = []
        for status, text, name in (
            (AttendanceStatus.PRESENT, self.tr("Present (&1)"), "markPresent"),
            (AttendanceStatus.ABSENT, self.tr("Absent (&2)"), "markAbsent"),
            (AttendanceStatus.EXCUSED, self.tr("Excused (&3)"), "markExcused"),
            (None, self.tr("Clear (Del)"), "markClear"),
        ):
            button = named_button(
                self, name, text, lambda _=False, s=status: self.grid.mark_selected(s), self.recording
            )
            self.mark_buttons.append(button)
        grid_page = self._page(self.grid, *self.mark_buttons)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("programTabs")
        self.tabs.setAccessibleName(self.tr("Attendance and participants"))
        self.tabs.addTab(grid_page, self.tr("&Attendance"))
        self.tabs.addTab(roster_page, self.tr("&Participants"))
        self.tabs.addTab(meetings_page, self.tr("&Sessions"))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.tabs)
        splitter.setSizes([330, 330])
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("programsClose")
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addStretch(0)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.meetings_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.roster_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.resize(1180, 680)
        self.apply_query()

    def _page(self, main: QWidget, *buttons: QPushButton) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout(page)
        side = QVBoxLayout()
        for button in buttons:
            side.addWidget(button)
        side.addStretch(1)
        row.addWidget(main, 1)
        row.addLayout(side)
        return page

    # -- reading ---------------------------------------------------------------------------------------
    def _fetch(self, query: ProgramQuery, offset: int, limit: int) -> list[Program]:
        return self.session.programs.page(query, offset, limit)

    def query(self) -> ProgramQuery:
        kind, status = choice(self.kind), choice(self.status)
        return ProgramQuery(
            self.search.text(), ProgramKind(kind) if kind else None, ProgramStatus(status) if status else None
        )

    def apply_query(self) -> None:
        keep = self.program.id if self.program else ""
        self.message.clear_message()
        self.model.set_query(self.query())
        row = self.model.row_of(keep)
        select_row(self.table, row if row >= 0 else 0)
        self._selected()

    def _selected(self, *_: QModelIndex) -> None:
        index = self.table.currentIndex()
        self.program = self.model.program_at(index.row()) if index.isValid() else None
        self.edit_button.setEnabled(self.program is not None)
        self.add_meeting_button.setEnabled(self.program is not None)
        self.load_program()

    def load_program(self) -> None:
        program = self.program
        if program is None:
            self.meetings_model.set_records([])
            self.roster_model.set_records([])
            self.grid_model.set_grid([], [], {})
            self._update_buttons()
            return
        try:
            meetings = self.session.programs.meetings(program.id)
            roster = self.session.programs.roster(program.id)
            marks = self.session.programs.attendance(program.id)
        except OneStopError as err:
            self.message.show_error(err)
            return
        keep_meeting, keep_person = selected_id(self.meetings_table), selected_id(self.roster_table)
        self.meetings_model.set_records(meetings)
        self.roster_model.set_records(roster)
        self.grid_model.set_grid(roster, meetings, marks)
        select_row(self.meetings_table, max(0, self.meetings_model.row_of(keep_meeting)))
        select_row(self.roster_table, max(0, self.roster_model.row_of(keep_person)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_meeting = bool(selected_id(self.meetings_table))
        self.edit_meeting_button.setEnabled(has_meeting)
        self.remove_meeting_button.setEnabled(has_meeting)
        for button in (self.complete_button, self.drop_button):
            button.setEnabled(bool(selected_id(self.roster_table)))

    # -- programs and meetings -----------------------------------------------------------------------------
    def _program_dialog(self, program: Program | None) -> ProgramDialog:
        try:
            staff = [u for u in self.session.cases.colleagues() if u.active]
            agencies = sorted(self.session.agencies.list(), key=lambda a: a.name)
        except OneStopError as err:
            self.message.show_error(err)
            staff, agencies = [], []
        dialog = ProgramDialog(self.session, staff, agencies, program, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._program_saved)
        dialog.open()
        return dialog

    def new_program(self) -> ProgramDialog:
        return self._program_dialog(None)

    def edit_program(self) -> ProgramDialog | None:
        return self._program_dialog(self.program) if self.program is not None else None

    def _program_saved(self, program_id: str) -> None:
        self.model.refresh()
        select_row(self.table, max(0, self.model.row_of(program_id)))
        self._selected()
        self.message.show_success(self.tr("The program is saved."))

    def _selected_meeting(self) -> ProgramMeeting | None:
        row = self.meetings_model.row_of(selected_id(self.meetings_table))
        return self.meetings_model.record_at(row)

    def add_meeting(self) -> ProgramMeetingDialog | None:
        if self.program is None:
            return None
        dialog = ProgramMeetingDialog(self.session, self.program.id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _: self._changed(self.tr("The session is saved.")))
        dialog.open()
        return dialog

    def edit_meeting(self) -> ProgramMeetingDialog | None:
        held = self._selected_meeting()
        if self.program is None or held is None:
            return None
        dialog = ProgramMeetingDialog(self.session, self.program.id, held, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _: self._changed(self.tr("The session is saved.")))
        dialog.open()
        return dialog

    def remove_meeting(self) -> None:
        held = self._selected_meeting()
        if held is None:
            return
        try:
            with waiting():
                self.session.programs.remove_meeting(held.id)
        except OneStopError as err:
            self.message.show_error(err)
            return
        self._changed(self.tr("The session is removed."))

    def _changed(self, text: str) -> None:
        keep = self.program.id if self.program else ""
        self.model.refresh()
        select_row(self.table, max(0, self.model.row_of(keep)))
        self._selected()
        self.message.show_success(text)

    # -- participants and attendance --------------------------------------------------------------------
    def _record(self, enrolment_id: str, meeting_id: str, status: AttendanceStatus | None) -> None:
        self.session.programs.record_attendance(enrolment_id, meeting_id, status)

    def _attendance_recorded(self) -> None:
        """The counts beside the grid (present per meeting, attendance per participant) follow the marks."""
        self.message.show_success(self.tr("Attendance saved."))
        if self.program is None:
            return
        try:
            meetings = self.session.programs.meetings(self.program.id)
            roster = self.session.programs.roster(self.program.id)
        except OneStopError:
            return
        keep_meeting, keep_person = selected_id(self.meetings_table), selected_id(self.roster_table)
        self.meetings_model.set_records(meetings)
        self.roster_model.set_records(roster)
        select_row(self.meetings_table, max(0, self.meetings_model.row_of(keep_meeting)))
        select_row(self.roster_table, max(0, self.roster_model.row_of(keep_person)))

    def _move(self, change: Callable[[str], None]) -> None:
        enrolment_id = selected_id(self.roster_table)
        if not enrolment_id:
            return
        try:
            with waiting():
                change(enrolment_id)
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.load_program()
        self.message.show_success(self.tr("Saved."))
