"""일정 (in a case): the case's appointments from a month ago to half a year ahead, one line per occurrence, with
new appointment, skip one occurrence, and record the session of a past one in one step."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QVBoxLayout, QWidget

from ...domain.appointments import KIND_LABELS, PLACE_LABELS, AgendaEntry, PlaceKind
from ...domain.errors import OneStopError
from ...domain.roles import Permission
from ...services.session import Session
from ..calendar.appointment_dialog import AppointmentDialog, conflict_text
from ..common.forms import named_button
from ..common.tables import record_table
from ..common.widgets import MessageLabel

DAYS_BACK, DAYS_AHEAD = 31, 183
Index = QModelIndex | QPersistentModelIndex


class CaseAppointmentsModel(QAbstractTableModel):
    def __init__(self, names: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names = names
        self.entries: list[AgendaEntry] = []

    def set_entries(self, entries: list[AgendaEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("When"), self.tr("Kind"), self.tr("Place"), self.tr("Who goes"), self.tr("Note"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return Qt.GlobalColor.darkGray if entry.end < datetime.now() else None
        appointment = entry.appointment
        if index.column() == 0:
            return f"{entry.start:%Y-%m-%d %H:%M}–{entry.end:%H:%M}"
        if index.column() == 1:
            return QCoreApplication.translate("Taxonomy", KIND_LABELS[appointment.kind])
        if index.column() == 2:
            kind = "" if appointment.place_kind is PlaceKind.NONE else QCoreApplication.translate(
                "Taxonomy", PLACE_LABELS[appointment.place_kind])  # fmt: skip
            return " · ".join(p for p in (kind, appointment.place) if p)
        if index.column() == 3:
            return ", ".join(self.names.get(u, "?") for u in appointment.staff)
        return appointment.note


class AppointmentsPage(QWidget):
    changed = Signal()

    def __init__(self, session: Session, case_id: str, names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.setObjectName("caseAppointments")
        self.model = CaseAppointmentsModel(names, self)
        self.table = record_table(self, "caseAppointmentTable", self.tr("Appointments of this case"), self.model,
                                  stretch_column=4)  # fmt: skip
        for column in range(4):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        editing = session.can(Permission.FOLLOWUPS_EDIT)
        self.new_button = named_button(self, "newCaseAppointment", self.tr("&New appointment…"), self.new_appointment,
                                       editing)  # fmt: skip
        self.skip_button = named_button(self, "skipOccurrence", self.tr("S&kip this one"), self.skip, editing)
        self.record_button = named_button(self, "recordFromAppointment", self.tr("&Record the session"), self.record,
                                          session.can(Permission.NOTES_WRITE))  # fmt: skip
        self.message = MessageLabel(self, object_name="caseAppointmentsMessage")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.loaded = False

    def load(self) -> None:
        first = date.today() - timedelta(days=DAYS_BACK)
        try:
            entries = self.session.appointments.agenda(first, DAYS_BACK + DAYS_AHEAD, case_id=self.case_id)
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.loaded = True
        self.model.set_entries(entries)

    def selected(self) -> AgendaEntry | None:
        index = self.table.currentIndex()
        return self.model.entries[index.row()] if index.isValid() else None

    def new_appointment(self) -> AppointmentDialog:
        dialog = AppointmentDialog(self.session, self, case_id=self.case_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._scheduled(dialog))
        dialog.open()
        return dialog

    def _scheduled(self, dialog: AppointmentDialog) -> None:
        self.load()
        if dialog.scheduled is not None and dialog.scheduled.conflicts:
            self.message.show_info(conflict_text(dialog.scheduled))
        self.changed.emit()

    def skip(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        try:
            self.session.appointments.change_occurrence(entry.occurrence.series_id, entry.occurrence.index, None)
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.load()
        self.message.show_success(self.tr("That occurrence is skipped."))

    def record(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        try:
            self.session.appointments.record_counseling_session(entry.occurrence.series_id, entry.occurrence.index)
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.message.show_success(self.tr("The session is recorded; write its note in the Sessions tab."))
        self.changed.emit()
