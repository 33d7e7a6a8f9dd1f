"""내 할 일: my follow-ups (overdue or due this week) and the referral replies past their deadline.

Follow-ups have a done box that writes through `complete(followup_id, done)`; a reply that is
overdue is its own row (the client, "Reply overdue: {agency}") without a box — it leaves the list when the
referral moves on. Overdue rows are red.
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
from ...domain.referrals import OverdueReply
from ..common.text import day
from .record_table_model import MUTED, WARNING, RecordTableModel

_ModelIndex = QModelIndex | QPersistentModelIndex
Complete = Callable[[str, bool], None]


TodoItem = Followup | OverdueReply


class TodoTableModel(RecordTableModel[TodoItem]):
    DUE, CLIENT, WHAT, DONE = range(4)

    def __init__(
        self,
        records: Sequence[TodoItem] = (),
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
        return self.DONE

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Due"), self.tr("Client"), self.tr("To do"), self.tr("Done"))

    def record_id(self, record: TodoItem) -> str:
        return record.id if isinstance(record, Followup) else f"referral:{record.referral_id}"

    def text(self, record: TodoItem, column: int) -> str:
        if isinstance(record, OverdueReply):  # the referral's number is in the tooltip
            return (
                day(record.reply_due),
                record.client_display_name,
                self.tr("Reply overdue: {agency}").format(agency=record.agency_name or "?"),
                "",
            )[column]
        done = day(record.done_on) if record.done_on else ""
        return (day(record.due_date), record.client_display_name, record.title, done)[column]

    def overdue(self, record: TodoItem) -> bool:
        if isinstance(record, OverdueReply):
            return True
        return record.done_on is None and record.due_date < self.today

    def tooltip(self, record: TodoItem, column: int) -> str | None:
        if isinstance(record, OverdueReply):
            return self.tr(
                "Referral {number} to {agency}: the reply was due {date}. Open the case to record the reply."
            ).format(number=record.number, agency=record.agency_name or "?", date=day(record.reply_due))
        if column == self.CLIENT:
            return record.case_number
        if self.overdue(record):
            return self.tr("Overdue by {days} days").format(days=(self.today - record.due_date).days)
        return None

    def color(self, record: TodoItem, column: int) -> QColor | None:
        if isinstance(record, Followup) and record.done_on is not None:
            return MUTED
        return WARNING if self.overdue(record) else None

    def _followup(self, index: _ModelIndex) -> Followup | None:
        if not self.valid(index) or index.column() != self.DONE:
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
        self._records[index.row()] = replace(record, done_on=self.today if done else None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.DONE))
        return True
