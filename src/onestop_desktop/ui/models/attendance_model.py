"""A program's attendance grid: one row per participant, one column per meeting.

A cell holds 출석 / 결석 / 사유 결석 or nothing; `setData` with an AttendanceStatus value (or "" to
clear) records it through the service at once. Meetings still ahead and dropped participants are
read-only; a refusal is reported through `failed` and the cell keeps its old mark.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ...domain.errors import OneStopError
from ...domain.programs import (
    ATTENDANCE_LABELS,
    AttendanceStatus,
    Enrolment,
    EnrolmentStatus,
    ProgramMeeting,
)
from ..common.text import day
from ..programs.text import program_label

_ModelIndex = QModelIndex | QPersistentModelIndex
Record = Callable[[str, str, AttendanceStatus | None], None]
STATUS_ROLE = Qt.ItemDataRole.UserRole
_COLORS = {
    AttendanceStatus.PRESENT: QColor("#e3f1e6"),
    AttendanceStatus.ABSENT: QColor("#f8e1df"),
    AttendanceStatus.EXCUSED: QColor("#fbf0d4"),
}


class AttendanceModel(QAbstractTableModel):
    failed = Signal(object)  # OneStopError
    recorded = Signal()

    def __init__(
        self, record: Record | None = None, *, today: date | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._record = record
        self._today = today
        self.people: list[Enrolment] = []
        self.meetings: list[ProgramMeeting] = []
        self.marks: dict[tuple[str, str], AttendanceStatus] = {}

    @property
    def today(self) -> date:
        return self._today or date.today()

    def set_grid(
        self,
        people: Sequence[Enrolment],
        meetings: Sequence[ProgramMeeting],
        marks: dict[tuple[str, str], AttendanceStatus],
    ) -> None:
        self.beginResetModel()
        self.people, self.meetings, self.marks = list(people), list(meetings), dict(marks)
        self.endResetModel()

    def cell(self, index: _ModelIndex) -> tuple[Enrolment, ProgramMeeting] | None:
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self.people)
            or not 0 <= index.column() < len(self.meetings)
        ):
            return None
        return self.people[index.row()], self.meetings[index.column()]

    def editable(self, index: _ModelIndex) -> bool:
        found = self.cell(index)
        if found is None or self._record is None:
            return False
        person, held = found
        return held.held_on <= self.today and person.status is not EnrolmentStatus.DROPPED

    # -- QAbstractTableModel -------------------------------------------------------------------------
    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's idiom
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.meetings)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.cell(index)
        if found is None:
            return None
        person, held = found
        mark = self.marks.get((person.id, held.id))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return program_label(ATTENDANCE_LABELS, mark) if mark else ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = program_label(ATTENDANCE_LABELS, mark) if mark else self.tr("not recorded")
            return f"{person.client_display_name}, {day(held.held_on)}: {state}"
        if role == STATUS_ROLE:
            return str(mark) if mark else ""
        if role == Qt.ItemDataRole.BackgroundRole and mark is not None:
            return QBrush(_COLORS[mark])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and held.held_on > self.today:
            return self.tr("This session has not taken place yet.")
        return None

    def setData(self, index: _ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role not in (Qt.ItemDataRole.EditRole, STATUS_ROLE) or not self.editable(index) or self._record is None:
            return False
        person, held = self.people[index.row()], self.meetings[index.column()]
        status = AttendanceStatus(value) if value else None
        try:
            self._record(person.id, held.id, status)
        except OneStopError as err:
            self.failed.emit(err)
            return False
        if status is None:
            self.marks.pop((person.id, held.id), None)
        else:
            self.marks[(person.id, held.id)] = status
        self.dataChanged.emit(index, index)
        self.recorded.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.meetings):
            held = self.meetings[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return held.topic or None
            return f"{held.held_on.month}/{held.held_on.day}"
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.people):
            person = self.people[section]
            if role == Qt.ItemDataRole.ToolTipRole:  # the whole name: the header may show it shortened
                return f"{person.client_display_name} · {person.case_number}"
            return person.client_display_name
        return None

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return flags | Qt.ItemFlag.ItemIsEditable if self.editable(index) else flags
