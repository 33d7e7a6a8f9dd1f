"""Audit entries a page at a time, newest first: when, who, what, on whose record (a case by its number), and
the detail in words (domain/audit_details.py). Filters live in the `AuditQuery` the service turns into SQL."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...domain.audit import ACTION_LABELS, AuditAction
from ...domain.audit_details import CONTEXT, describe
from ...domain.ids import parse_iso
from ...domain.oversight import AuditLine, AuditQuery
from .paged_table_model import PagedTableModel

_ModelIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200


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


def action_text(code: str) -> str:
    try:
        label = ACTION_LABELS.get(AuditAction(code))
    except ValueError:  # written by a newer version
        label = None
    return QCoreApplication.translate("Audit", label) if label else code


def detail_text(detail: str) -> str:
    described = describe(detail)
    if not described.template:
        return detail
    params = dict(described.params)
    for name, (context, text) in described.labels.items():
        params[name] = QCoreApplication.translate(context, text)
    try:
        return QCoreApplication.translate(CONTEXT, described.template).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with other placeholders: the words as stored
        return detail


class AuditTableModel(PagedTableModel[AuditQuery, AuditLine]):
    def __init__(self, fetch: Callable[[AuditQuery, int, int], list[AuditLine]], parent: QObject | None = None) -> None:
        super().__init__(fetch, AuditQuery(), PAGE_SIZE, parent)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's idiom
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.record_at(index.row()) if index.isValid() else None
        if line is None or index.column() >= len(Column):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == Column.SEQ:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ToolTipRole and index.column() == Column.DETAIL:
                return line.detail  # the words as stored in the chain
            return None
        column = Column(index.column())
        if column is Column.SEQ:
            return str(line.seq)
        if column is Column.AT:
            return local_time(line.at)
        if column is Column.ACCOUNT:
            return line.username
        if column is Column.ACTION:
            return action_text(line.action)
        if column is Column.SUBJECT:
            return self._subject(line)
        return detail_text(line.detail)

    def _subject(self, line: AuditLine) -> str:
        if not line.subject_type:
            return ""
        kind = {
            "case": self.tr("case"),
            "user": self.tr("user"),
            "device": self.tr("device"),
            "setting": self.tr("setting"),
            "audit": self.tr("audit trail"),
            "agency": self.tr("agency"),
            "program": self.tr("program"),
            "notes": self.tr("counseling notes"),
            "sync": self.tr("sync"),
            "demo": self.tr("demo data"),
        }.get(line.subject_type, line.subject_type)
        if line.subject_label:
            return f"{kind} {line.subject_label}"
        shown = line.subject_id[-12:] if len(line.subject_id) == 36 else line.subject_id  # a UUID's random tail
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
