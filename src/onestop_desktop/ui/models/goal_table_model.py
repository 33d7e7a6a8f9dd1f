"""The service plan's goals: domain, goal, target date, status."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ...domain.casework import Goal
from ...domain.taxonomy import GOAL_STATUS_LABELS, SERVICE_DOMAIN_LABELS, GoalStatus
from ..common.text import day, label
from .record_table_model import MUTED, RecordTableModel


class GoalTableModel(RecordTableModel[Goal]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Domain"), self.tr("Goal"), self.tr("Target date"), self.tr("Status"))

    def text(self, record: Goal, column: int) -> str:
        return (
            label(SERVICE_DOMAIN_LABELS, record.domain),
            record.goal,
            day(record.target_date),
            label(GOAL_STATUS_LABELS, record.status),
        )[column]

    def color(self, record: Goal, column: int) -> QColor | None:
        return MUTED if record.status is not GoalStatus.OPEN else None
