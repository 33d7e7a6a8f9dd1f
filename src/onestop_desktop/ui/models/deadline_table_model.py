"""A case's legal deadlines: what, the last day, its legal source and whether it is open or marked not
applicable (with the reason). Red within 30 days; a waived one is grey."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from ...domain.legal_deadlines import Deadline
from ...domain.safety import REMIND_DEADLINE_DAYS
from ..common.text import day
from .record_table_model import MUTED, WARNING, RecordTableModel


class DeadlineTableModel(RecordTableModel[Deadline]):
    KIND, DUE, SOURCE, STATE = range(4)

    def __init__(self, *, today: date | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self.today = today or date.today()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Deadline"), self.tr("Last day"), self.tr("Legal source"), self.tr("State"))

    def record_id(self, record: Deadline) -> str:
        return record.rule.code

    def text(self, record: Deadline, column: int) -> str:
        if record.waived_reason is not None:
            state = self.tr("Not applicable: {reason}").format(reason=record.waived_reason)
        elif record.due < self.today:
            state = self.tr("Passed")
        else:
            state = self.tr("{days} days left").format(days=(record.due - self.today).days)
        kind = QCoreApplication.translate("Deadline", record.rule.kind)
        return (kind, day(record.due), record.rule.source, state)[column]

    def tooltip(self, record: Deadline, column: int) -> str | None:
        return QCoreApplication.translate("Deadline", record.rule.note) or None

    def color(self, record: Deadline, column: int) -> QColor | None:
        if record.waived_reason is not None:
            return MUTED
        return WARNING if 0 <= (record.due - self.today).days <= REMIND_DEADLINE_DAYS else None
