"""The output register a page at a time, newest first: when, who, what, which case, why, where to, pages."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...domain.oversight import DESTINATION_LABELS, OUTPUT_KIND_LABELS, RegisterEntry, RegisterQuery
from .audit_table_model import local_time
from .paged_table_model import PagedTableModel

_ModelIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200


class Column(IntEnum):
    AT = 0
    USER = 1
    KIND = 2
    CASE = 3
    REFERRAL = 4
    RECIPIENT = 5
    PURPOSE = 6
    DESTINATION = 7
    PAGES = 8


def kind_text(kind: str) -> str:
    label = OUTPUT_KIND_LABELS.get(kind)
    return QCoreApplication.translate("Register", label) if label else kind


class RegisterTableModel(PagedTableModel[RegisterQuery, RegisterEntry]):
    def __init__(
        self, fetch: Callable[[RegisterQuery, int, int], list[RegisterEntry]], parent: QObject | None = None
    ) -> None:
        super().__init__(fetch, RegisterQuery(), PAGE_SIZE, parent)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's idiom
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.record_at(index.row()) if index.isValid() else None
        if entry is None or index.column() >= len(Column):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == Column.PAGES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = Column(index.column())
        if column is Column.AT:
            return local_time(entry.produced_at)[:16]
        if column is Column.USER:
            return f"{entry.display_name} ({entry.username})" if entry.display_name else entry.username
        if column is Column.KIND:
            return kind_text(entry.kind)
        if column is Column.CASE:
            return entry.case_number
        if column is Column.REFERRAL:
            return entry.referral_number
        if column is Column.RECIPIENT:
            return entry.recipient
        if column is Column.PURPOSE:
            return entry.purpose
        if column is Column.DESTINATION:
            label = DESTINATION_LABELS.get(entry.destination)
            return QCoreApplication.translate("Register", label) if label else entry.destination
        return str(entry.pages)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return (
            self.tr("Time"),
            self.tr("By"),
            self.tr("Document"),
            self.tr("Case"),
            self.tr("Referral"),
            self.tr("Recipient"),
            self.tr("Purpose"),
            self.tr("Output"),
            self.tr("Pages"),
        )[section]

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
