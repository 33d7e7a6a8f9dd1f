"""The 파기 대상 list: closed cases past their retention, by case number (never a name)."""

from __future__ import annotations

from ...domain.retention import DueCase
from ..common.text import day
from .record_table_model import RecordTableModel


class DueCaseTableModel(RecordTableModel[DueCase]):
    """`Qt.UserRole` gives the case number."""

    NUMBER, CLOSED, DUE = range(3)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Case number"), self.tr("Closed on"), self.tr("Due for destruction from"))

    def record_id(self, record: DueCase) -> str:
        return record.case_number

    def text(self, record: DueCase, column: int) -> str:
        if column == self.NUMBER:
            return record.case_number
        return day(record.closed_on if column == self.CLOSED else record.due_on)
