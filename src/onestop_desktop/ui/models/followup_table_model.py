"""Follow-ups (할 일): due date, what, assignee, and a done box that writes through a callback.

With `with_case=True` (the "my tasks" view) the client is shown instead of the assignee. Overdue
open items are red. Ticking the box calls `complete(followup_id, done)`; if the service
refuses, the box stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...domain.casework import Followup
from ...domain.errors import OneStopError
from ..common.text import day
from .record_table_model import MUTED, WARNING, RecordTableModel

_ModelIndex = QModelIndex | QPersistentModelIndex
Complete = Callable[[str, bool], None]


class FollowupTableModel(RecordTableModel[Followup]):
    def __init__(
        self,
        records: Sequence[Followup] = (),
        *,
        with_case: bool = False,
        complete: Complete | None = None,
        today: date | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(records, parent=parent)
        self.with_case = with_case
        self._complete = complete
        self._today = today
        self.last_error: OneStopError | None = None

    @property
    def today(self) -> date:
        return self._today or date.today()

    @property
    def done_column(self) -> int:
        return len(self.headers()) - 1

    def headers(self) -> tuple[str, ...]:
        if self.with_case:  # my own tasks: the client instead of the assignee
            return (self.tr("Due"), self.tr("Client"), self.tr("To do"), self.tr("Done"))
        return (self.tr("Due"), self.tr("To do"), self.tr("Assignee"), self.tr("Done"))

    def _fields(self, record: Followup) -> tuple[str, ...]:
        done = day(record.done_on) if record.done_on else ""
        if self.with_case:
            return (day(record.due_date), record.client_display_name, record.title, done)
        return (day(record.due_date), record.title, record.assignee_name, done)

    def text(self, record: Followup, column: int) -> str:
        return self._fields(record)[column]

    def overdue(self, record: Followup) -> bool:
        return record.done_on is None and record.due_date < self.today

    def tooltip(self, record: Followup, column: int) -> str | None:
        if self.with_case and column == 1:
            return record.case_number
        if self.overdue(record):
            return self.tr("Overdue by {days} days").format(days=(self.today - record.due_date).days)
        return None

    def color(self, record: Followup, column: int) -> QColor | None:
        if record.done_on is not None:
            return MUTED
        return WARNING if self.overdue(record) else None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and self.valid(index) and index.column() == self.done_column:
            record = self._records[index.row()]
            return Qt.CheckState.Checked if record.done_on else Qt.CheckState.Unchecked
        return super().data(index, role)

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.done_column and self._complete is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: _ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not self.valid(index)
            or index.column() != self.done_column
            or self._complete is None
        ):
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        record = self._records[index.row()]
        try:
            self._complete(record.id, done)
        except OneStopError as err:
            self.last_error = err
            return False
        self._records[index.row()] = replace(record, done_on=self.today if done else None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.done_column))
        return True
