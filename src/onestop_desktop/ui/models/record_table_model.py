"""The shared shape of the case tabs' small tables: a list of service DTOs, one per row.

A subclass names its columns and says what each cell shows; `Qt.UserRole` gives the row's id.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..common.alert_mark import MUTED, WARNING, attention_text, warning_icon

__all__ = ["ID_ROLE", "MUTED", "WARNING", "RecordTableModel"]

_ModelIndex = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
ID_ROLE = Qt.ItemDataRole.UserRole


class RecordTableModel(QAbstractTableModel, Generic[T]):
    def __init__(self, records: Sequence[T] = (), *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[T] = list(records)

    # -- what a subclass provides -----------------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def text(self, record: T, column: int) -> str:
        raise NotImplementedError

    def record_id(self, record: T) -> str:
        return str(getattr(record, "id", ""))

    def tooltip(self, record: T, column: int) -> str | None:
        return None

    def color(self, record: T, column: int) -> QColor | None:
        return None

    # -- records ------------------------------------------------------------------------------------
    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[T]:
        return list(self._records)

    def record_at(self, row: int) -> T | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self._records) if self.record_id(r) == record_id), -1)

    # -- QAbstractTableModel ------------------------------------------------------------------------
    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's idiom
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def valid(self, index: _ModelIndex) -> bool:
        return index.isValid() and 0 <= index.row() < len(self._records) and 0 <= index.column() < self.columnCount()

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.valid(index):
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(record, index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self.text(record, index.column())
            return attention_text(text) if self.color(record, index.column()) == WARNING else text
        if role == Qt.ItemDataRole.DecorationRole:  # the colour is not the only signal: the row's first red cell
            warned = (c for c in range(self.columnCount()) if self.color(record, c) == WARNING)
            return warning_icon() if next(warned, None) == index.column() else None
        if role == ID_ROLE:
            return self.record_id(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            color = self.color(record, index.column())
            return QBrush(color) if color is not None else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        headers = self.headers()
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
