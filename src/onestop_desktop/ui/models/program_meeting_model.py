"""A program's meetings in order: number, day, time, topic and how many were present."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor

from ...domain.programs import ProgramMeeting
from ..common.text import day
from .record_table_model import MUTED, RecordTableModel


class ProgramMeetingModel(RecordTableModel[ProgramMeeting]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("No."), self.tr("Day"), self.tr("Time"), self.tr("Topic"), self.tr("Present"))

    def text(self, record: ProgramMeeting, column: int) -> str:
        number = self.row_of(record.id) + 1
        present = str(record.present_count) if record.held_on <= date.today() else ""
        return (str(number), day(record.held_on), record.start_time, record.topic, present)[column]

    def color(self, record: ProgramMeeting, column: int) -> QColor | None:
        return MUTED if record.held_on > date.today() else None
