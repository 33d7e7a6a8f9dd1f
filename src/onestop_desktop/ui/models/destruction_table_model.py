"""The 파기 기록 (and the orders waiting for a second administrator): what was destroyed, when, by whom, why and
how; no personal data."""

from __future__ import annotations

from ...domain.retention import DestructionRecord
from ..common.text import day
from .record_table_model import RecordTableModel


class DestructionTableModel(RecordTableModel[DestructionRecord]):
    """`Qt.UserRole` gives the case number."""

    NUMBER, CLOSED, DESTROYED, BY, CONFIRMED, EARLY, REASON = range(7)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Case number"),
            self.tr("Closed on"),
            self.tr("Destroyed on"),
            self.tr("Ordered by"),
            self.tr("Confirmed by"),
            self.tr("Early"),
            self.tr("Reason"),
        )

    def record_id(self, record: DestructionRecord) -> str:
        return record.case_number

    def text(self, record: DestructionRecord, column: int) -> str:
        if column == self.NUMBER:
            return record.case_number
        if column == self.CLOSED:
            return day(record.closed_on)
        if column == self.DESTROYED:
            return day(record.destroyed_on) or self.tr("waiting for confirmation")
        if column == self.BY:
            return record.requested_by
        if column == self.CONFIRMED:
            return record.confirmed_by or "—"
        if column == self.EARLY:
            return self.tr("early (제36조)") if record.early else ""
        return record.reason

    def tooltip(self, record: DestructionRecord, column: int) -> str | None:
        return record.method if column == self.REASON else None
