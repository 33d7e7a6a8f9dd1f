"""The attendance grid as a table: pick cells, then 1 (present), 2 (absent), 3 (excused) or Delete,
or the buttons beside it; each mark is saved at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ...domain.programs import AttendanceStatus
from ..models.attendance_model import STATUS_ROLE, AttendanceModel

KEYS: dict[int, AttendanceStatus | None] = {
    Qt.Key.Key_1: AttendanceStatus.PRESENT,
    Qt.Key.Key_2: AttendanceStatus.ABSENT,
    Qt.Key.Key_3: AttendanceStatus.EXCUSED,
    Qt.Key.Key_Delete: None,
    Qt.Key.Key_Backspace: None,
}


NAME_WIDTH = 200


class AttendanceView(QTableView):
    marked = Signal(int)  # how many cells were written

    def __init__(self, model: AttendanceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceGrid")
        self.setAccessibleName(self.tr("Attendance: 1 present, 2 absent, 3 excused, Delete clears"))
        self.setModel(model)
        self.grid = model
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setMinimumSectionSize(64)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setMaximumWidth(NAME_WIDTH)  # a long name is elided; its tooltip has it whole

    def mark_selected(self, status: AttendanceStatus | None) -> int:
        indexes = self.selectionModel().selectedIndexes() or (
            [self.currentIndex()] if self.currentIndex().isValid() else []
        )
        written = sum(1 for index in indexes if self.grid.setData(index, str(status) if status else "", STATUS_ROLE))
        self.marked.emit(written)
        return written

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in KEYS and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            self.mark_selected(KEYS[key])
            return
        super().keyPressEvent(event)
