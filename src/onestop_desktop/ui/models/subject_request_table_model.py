"""The data subject's requests of a case: received, kind, due, outcome, answered, what was asked. An open
request due within 3 days (or overdue) is red; answered ones are grey."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ...domain.subject_requests import KIND_LABELS, OUTCOME_LABELS, SubjectRequest
from ..common.text import day
from .record_table_model import MUTED, WARNING, RecordTableModel

URGENT_DAYS = 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("SubjectRequests", text)


class SubjectRequestTableModel(RecordTableModel[SubjectRequest]):
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Received"),
            self.tr("Request"),
            self.tr("Due"),
            self.tr("Outcome"),
            self.tr("Answered"),
            self.tr("What was asked"),
        )

    def text(self, record: SubjectRequest, column: int) -> str:
        outcome = _tr(OUTCOME_LABELS[record.outcome]) if record.outcome else self.tr("Open")
        return (
            day(record.received_on),
            _tr(KIND_LABELS[record.kind]),
            day(record.due_on),
            outcome,
            day(record.answered_on),
            record.detail,
        )[column]

    def tooltip(self, record: SubjectRequest, column: int) -> str | None:
        if record.answered_on is not None:
            return record.answer or None
        left = record.days_left(date.today())
        if left < 0:
            return self.tr("Overdue by {days} days").format(days=-left)
        return self.tr("{days} days left to answer").format(days=left)

    def color(self, record: SubjectRequest, column: int) -> QColor | None:
        if record.answered_on is not None:
            return MUTED
        return WARNING if record.days_left(date.today()) <= URGENT_DAYS else None
