"""A case's protective measures: what, from, until, decided by, and how close the end is (red from 14 days
before, the first reminder stage)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from ...domain.safety import MEASURE_LABELS, Measure, reminder_stage
from ..common.text import day
from .record_table_model import MUTED, WARNING, RecordTableModel


class MeasureTableModel(RecordTableModel[Measure]):
    KIND, STARTS, EXPIRES, DECIDED, STATE = range(5)

    def __init__(self, *, today: date | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self.today = today or date.today()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Measure"), self.tr("From"), self.tr("Until"), self.tr("Decided by"), self.tr("State"))

    def state(self, record: Measure) -> str:
        if record.ended_on is not None:
            return self.tr("Ended {date}").format(date=day(record.ended_on))
        if record.expires_on is None:
            return self.tr("In force")
        left = (record.expires_on - self.today).days
        if left < 0:
            return self.tr("Expired")
        return self.tr("Ends in {days} days").format(days=left)

    def text(self, record: Measure, column: int) -> str:
        return (
            QCoreApplication.translate("Safety", MEASURE_LABELS[record.kind]),
            day(record.starts_on),
            day(record.expires_on),
            record.decided_by,
            self.state(record),
        )[column]

    def tooltip(self, record: Measure, column: int) -> str | None:
        return " · ".join(part for part in (record.reference, record.note) if part) or None

    def color(self, record: Measure, column: int) -> QColor | None:
        if not record.in_force(self.today) and record.ended_on is not None:
            return MUTED
        near = record.expires_on is not None and reminder_stage(record.expires_on, self.today) is not None
        return WARNING if near and record.ended_on is None else None
