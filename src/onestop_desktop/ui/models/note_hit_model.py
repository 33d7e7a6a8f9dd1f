"""Hits of the full-text search in session notes: case, client, when, and the words around the match."""

from __future__ import annotations

from ...domain.casework import NoteHit
from ..common.text import counseling_session_moment
from .record_table_model import RecordTableModel


class NoteHitModel(RecordTableModel[NoteHit]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Case no."), self.tr("Name"), self.tr("Session"), self.tr("Where it was found"))

    def record_id(self, record: NoteHit) -> str:
        return record.counseling_session_id

    def text(self, record: NoteHit, column: int) -> str:
        return (
            record.case_number,
            record.client_display_name,
            counseling_session_moment(record.started_at),
            record.snippet,
        )[column]

    def tooltip(self, record: NoteHit, column: int) -> str | None:
        return record.snippet if column == 3 else None
