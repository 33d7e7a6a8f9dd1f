"""The programs, paged lazily from `session.programs.page` (newest start first), 100 rows at a time.

Filtering (name or place, kind, status) is SQL in the repository; the model holds only the rows
fetched so far and asks for more as the view scrolls.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from ...domain.errors import OneStopError
from ...domain.programs import PROGRAM_KIND_LABELS, PROGRAM_STATUS_LABELS, Program, ProgramQuery, ProgramStatus
from ..cases.text import day
from ..programs.text import program_label
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
    SESSIONS = 4
    PLACES = 5
    FACILITATOR = 6
    PLACE = 7


class ProgramTableModel(QAbstractTableModel):
    fetch_failed = Signal(object)  # OneStopError

    def __init__(self, fetch: Fetch, *, page_size: int = PAGE_SIZE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._page_size = page_size
        self._query = ProgramQuery()
        self._rows: list[Program] = []
        self._done = True
        self._fetching = False

    @property
    def query(self) -> ProgramQuery:
        return self._query

    def set_query(self, query: ProgramQuery) -> None:
        self._fetching = True
        try:
            self.beginResetModel()
            self._query = query
            self._rows = []
            self._done = False
            self._rows = self._load_page()
            self.endResetModel()
        finally:
            self._fetching = False

    def refresh(self) -> None:
        self.set_query(self._query)

    def _load_page(self) -> list[Program]:
        try:
            rows = self._fetch(self._query, len(self._rows), self._page_size)
        except OneStopError as err:
            self._done = True
            self.fetch_failed.emit(err)
            return []
        self._done = len(rows) < self._page_size
        return rows

    def program_at(self, row: int) -> Program | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, program_id: str) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == program_id), -1)

    def canFetchMore(self, parent: _ModelIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's idiom
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: _ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._done or self._fetching:
            return
        self._fetching = True
        try:
            rows = self._load_page()
            if rows:
                start = len(self._rows)
                self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
        finally:
            self._fetching = False

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

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
        if role == Qt.ItemDataRole.ForegroundRole and program.status in (ProgramStatus.FINISHED,
                                                                         ProgramStatus.CANCELLED):
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
        if column is Column.SESSIONS:
            return str(p.session_count)
        if column is Column.PLACES:
            if p.capacity is None:
                return str(p.enrolled_count)
            return self.tr("{taken} of {capacity}").format(taken=p.enrolled_count, capacity=p.capacity)
        if column is Column.FACILITATOR:
            return p.facilitator_name
        return self.tr("Online") if p.online else p.place

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole \
                or not 0 <= section < len(Column):
            return None
        return (self.tr("Program"), self.tr("Kind"), self.tr("Status"), self.tr("Dates"), self.tr("Sessions"),
                self.tr("Participants"), self.tr("Facilitator"), self.tr("Place"))[section]

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
