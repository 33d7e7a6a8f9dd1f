"""A case's history from the change log, newest first: when (local time), who, what changed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject

from ...domain.casework import HistoryEntry
from ..common.history_labels import describe
from ..common.text import local_moment
from .record_table_model import RecordTableModel


class HistoryTableModel(RecordTableModel[HistoryEntry]):
    def __init__(
        self,
        records: Sequence[HistoryEntry] = (),
        *,
        people: Mapping[str, str] | None = None,
        user_names: Mapping[str, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(records, parent=parent)
        self._people = dict(people or {})  # user id -> display name
        self._user_names = dict(user_names or {})  # user name -> "display name (user name)"

    def headers(self) -> tuple[str, ...]:
        return (self.tr("When"), self.tr("Who"), self.tr("What changed"))

    def record_id(self, record: HistoryEntry) -> str:
        return f"{record.table}:{record.row_id}:{record.at}"

    def text(self, record: HistoryEntry, column: int) -> str:
        if column == 0:
            return local_moment(record.at)
        if column == 1:
            return self._user_names.get(record.username, record.username)
        return describe(record, self._people)
