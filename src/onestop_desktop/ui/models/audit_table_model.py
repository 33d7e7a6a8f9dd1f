"""Audit entries as a table, newest first: when, who, what, on whose record, detail."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...domain.audit import ACTION_LABELS, AuditEntry
from ...domain.ids import parse_iso

_ModelIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    SEQ = 0
    AT = 1
    ACCOUNT = 2
    ACTION = 3
    SUBJECT = 4
    DETAIL = 5


def local_time(iso: str) -> str:
    """A stored UTC timestamp as local 24-hour time, e.g. 2025-03-04 15:20:07."""
    try:
        return parse_iso(iso).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return iso


class AuditTableModel(QAbstractTableModel):
    def __init__(
        self,
        entries: Sequence[AuditEntry] = (),
        *,
        user_names: Mapping[str, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._entries: list[AuditEntry] = list(entries)
        self._user_names = dict(user_names or {})

    def set_user_names(self, user_names: Mapping[str, str]) -> None:
        """User ids to user names, so a record about a user shows who it was."""
        self._user_names = dict(user_names)
        if self._entries:
            self.dataChanged.emit(self.index(0, Column.SUBJECT), self.index(len(self._entries) - 1, Column.SUBJECT))

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry_at(self, row: int) -> AuditEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's idiom
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._entries) or index.column() >= len(Column):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == Column.SEQ:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        entry = self._entries[index.row()]
        column = Column(index.column())
        if column is Column.SEQ:
            return str(entry.seq)
        if column is Column.AT:
            return local_time(entry.at)
        if column is Column.ACCOUNT:
            return entry.username
        if column is Column.ACTION:
            label = ACTION_LABELS.get(entry.action)
            return QCoreApplication.translate("Audit", label) if label else str(entry.action)
        if column is Column.SUBJECT:
            return self._subject(entry)
        return entry.detail

    def _subject(self, entry: AuditEntry) -> str:
        if not entry.subject_type:
            return ""
        kind = {
            "user": self.tr("user"),
            "device": self.tr("device"),
            "setting": self.tr("setting"),
            "audit": self.tr("audit trail"),
        }.get(entry.subject_type, entry.subject_type)
        if entry.subject_type == "user" and entry.subject_id in self._user_names:
            return f"{kind} {self._user_names[entry.subject_id]}"
        shown = entry.subject_id[-12:] if len(entry.subject_id) == 36 else entry.subject_id  # a UUID's random tail
        return f"{kind} {shown}".strip()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return (
            self.tr("No."),
            self.tr("Time"),
            self.tr("Account"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Detail"),
        )[section]

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
