"""The part of a table of follow-ups that both the case's 할 일 tab and 내 할 일 share: a done box on the
follow-up rows that writes through `complete(followup_id, done)` (if the service refuses, the box stays as
it was and `last_error` says why), and done rows muted, overdue ones red.

A subclass names its columns and `done_column`; rows that are not follow-ups (an overdue referral reply in
내 할 일) have no box.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...domain.casework import Followup
from ...domain.errors import OneStopError
from .record_table_model import MUTED, WARNING, RecordTableModel

_ModelIndex = QModelIndex | QPersistentModelIndex
Complete = Callable[[str, bool], None]
R = TypeVar("R")


class FollowupChecksModel(RecordTableModel[R]):
    def __init__(
        self,
        records: Sequence[R] = (),
        *,
        complete: Complete | None = None,
        today: date | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(records, parent=parent)
        self._complete = complete
        self._today = today
        self.last_error: OneStopError | None = None

    @property
    def today(self) -> date:
        return self._today or date.today()

    @property
    def done_column(self) -> int:
        raise NotImplementedError

    def overdue(self, record: R) -> bool:
        return isinstance(record, Followup) and record.done_on is None and record.due_date < self.today

    def color(self, record: R, column: int) -> QColor | None:
        if isinstance(record, Followup) and record.done_on is not None:
            return MUTED
        return WARNING if self.overdue(record) else None

    def _followup(self, index: _ModelIndex) -> Followup | None:
        """The follow-up whose done box `index` is, if it is one."""
        if not self.valid(index) or index.column() != self.done_column:
            return None
        record = self._records[index.row()]
        return record if isinstance(record, Followup) else None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole:
            record = self._followup(index)
            if record is None:
                return None
            return Qt.CheckState.Checked if record.done_on else Qt.CheckState.Unchecked
        return super().data(index, role)

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._followup(index) is not None and self._complete is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: _ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        record = self._followup(index)
        if role != Qt.ItemDataRole.CheckStateRole or record is None or self._complete is None:
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        try:
            self._complete(record.id, done)
        except OneStopError as err:
            self.last_error = err
            return False
        done_record: Any = replace(record, done_on=self.today if done else None)
        self._records[index.row()] = done_record
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.done_column))
        return True
