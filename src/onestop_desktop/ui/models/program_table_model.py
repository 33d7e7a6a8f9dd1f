"""The programs, paged lazily from `session.programs.page` (newest start first), 100 rows at a time.

Filtering (name or place, kind, status) is SQL in the repository; the model holds only the rows
fetched so far and asks for more as the view scrolls.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from ...domain.programs import PROGRAM_KIND_LABELS, PROGRAM_STATUS_LABELS, Program, ProgramQuery, ProgramStatus
from ..common.text import day
from ..programs.text import program_label
from .paged_table_model import PagedTableModel
from .record_table_model import MUTED

_ModelIndex = QModelIndex | QPersistentModelIndex
Fetch = Callable[[ProgramQuery, int, int], list[Program]]
ID_ROLE = Qt.ItemDataRole.UserRole
PAGE_SIZE = 100


class Column(IntEnum):
    NAME = 0
    KIND = 1
    STATUS = 2
    DATES = 3
    MEETINGS = 4
    PLACES = 5
    FACILITATOR = 6
    PLACE = 7


class ProgramTableModel(PagedTableModel[ProgramQuery, Program]):
    def __init__(self, fetch: Fetch, *, page_size: int = PAGE_SIZE, parent: QObject | None = None) -> None:
        super().__init__(fetch, ProgramQuery(), page_size, parent)

    def program_at(self, row: int) -> Program | None:
        return self.record_at(row)

    def row_of(self, program_id: str) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == program_id), -1)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(Column):
            return None
        program = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(program, column)
        if role == ID_ROLE:
            return program.id
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.NAME, Column.PLACE):
            return self._text(program, column)
        if role == Qt.ItemDataRole.ForegroundRole and program.status in (
            ProgramStatus.FINISHED,
            ProgramStatus.CANCELLED,
        ):
            return QBrush(MUTED)
        return None

    def _text(self, p: Program, column: Column) -> str:
        if column is Column.NAME:
            return p.name
        if column is Column.KIND:
            return program_label(PROGRAM_KIND_LABELS, p.kind)
        if column is Column.STATUS:
            return program_label(PROGRAM_STATUS_LABELS, p.status)
        if column is Column.DATES:
            return f"{day(p.starts_on)} ~ {day(p.ends_on)}" if p.ends_on else day(p.starts_on)
        if column is Column.MEETINGS:
            return str(p.meeting_count)
        if column is Column.PLACES:
            if p.capacity is None:
                return str(p.enrolled_count)
            return self.tr("{taken} of {capacity}").format(taken=p.enrolled_count, capacity=p.capacity)
        if column is Column.FACILITATOR:
            return p.facilitator_name
        return self.tr("Online") if p.online else p.place

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
            or not 0 <= section < len(Column)
        ):
            return None
        return (
            self.tr("Program"),
            self.tr("Kind"),
            self.tr("Status"),
            self.tr("Dates"),
            self.tr("Sessions"),
            self.tr("Participants"),
            self.tr("Facilitator"),
            self.tr("Place"),
        )[section]

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
