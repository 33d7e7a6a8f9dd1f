"""A case's danger assessments, newest first: day, score out of the checklist's maximum, level, who assessed and
the reason of an override. The trend chart draws the same list; this table is its text alternative."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ...domain.safety import Assessment
from ...domain.taxonomy import RISK_LEVEL_LABELS, RiskLevel
from ..common.text import day
from .record_table_model import WARNING, RecordTableModel


class AssessmentTableModel(RecordTableModel[Assessment]):
    DAY, SCORE, LEVEL, BY, NOTE = range(5)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Assessed"), self.tr("Score"), self.tr("Level"), self.tr("By"), self.tr("Override"))

    def text(self, record: Assessment, column: int) -> str:
        level = QCoreApplication.translate("Taxonomy", RISK_LEVEL_LABELS[record.level])
        return (
            day(record.assessed_on),
            f"{record.score} / {record.max_score}",
            level,
            record.assessed_by_name,
            record.override_reason,
        )[column]

    def tooltip(self, record: Assessment, column: int) -> str | None:
        return self.tr("Checklist version {version}").format(version=record.checklist_version)

    def color(self, record: Assessment, column: int) -> QColor | None:
        return WARNING if column == self.LEVEL and record.level in (RiskLevel.HIGH, RiskLevel.CRITICAL) else None
