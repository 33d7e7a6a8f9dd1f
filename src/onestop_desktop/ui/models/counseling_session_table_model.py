"""Counseling sessions of a case, newest first: when, how, who, how long, and the note's first line."""

from __future__ import annotations

from ...domain.casework import CounselingSession
from ...domain.taxonomy import COUNSELING_MODE_LABELS
from ..common.text import counseling_session_moment, label
from .record_table_model import RecordTableModel


class CounselingSessionTableModel(RecordTableModel[CounselingSession]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("When"), self.tr("Mode"), self.tr("Counselor"), self.tr("Minutes"), self.tr("Note"))

    def text(self, record: CounselingSession, column: int) -> str:
        first_line = record.note.strip().splitlines()[0] if record.note.strip() else ""
        return (
            counseling_session_moment(record.started_at),
            label(COUNSELING_MODE_LABELS, record.mode),
            record.counselor_name,
            str(record.duration_minutes),
            first_line,
        )[column]
