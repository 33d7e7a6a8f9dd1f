"""The 삭제 지원 tab's tables: a case's items (the address as the service gave it: masked unless shown on
request) and the removal requests of the selected item."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from ...domain.takedown import (
    CHANNEL_LABELS,
    ITEM_KIND_LABELS,
    ITEM_STATUS_LABELS,
    RECIPIENT_LABELS,
    ItemStatus,
    TakedownItem,
    TakedownRequest,
)
from ..common.text import iso_day, label
from .record_table_model import MUTED, WARNING, RecordTableModel


class TakedownItemModel(RecordTableModel[TakedownItem]):
    def __init__(self, records: Sequence[TakedownItem] = (), *, parent: QObject | None = None) -> None:
        super().__init__(records, parent=parent)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("No."),
            self.tr("Found"),
            self.tr("Platform"),
            self.tr("Address or where"),
            self.tr("Kind"),
            self.tr("Status"),
            self.tr("Since"),
            self.tr("Requests"),
        )

    def number_of(self, item_id: str | None) -> int:
        return self.row_of(item_id or "") + 1

    def text(self, record: TakedownItem, column: int) -> str:
        where = record.url or record.description
        if record.original_item_id:
            where = self.tr("{where} (re-upload of no. {number})").format(
                where=where, number=self.number_of(record.original_item_id)
            )
        return (
            str(self.number_of(record.id)),
            iso_day(record.found_on),
            record.platform,
            where,
            label(ITEM_KIND_LABELS, record.kind),
            label(ITEM_STATUS_LABELS, record.status),
            iso_day(record.status_on),
            str(len(record.requests)) if record.requests else "",
        )[column]

    def tooltip(self, record: TakedownItem, column: int) -> str | None:
        return record.note or None if column == 3 else None

    def color(self, record: TakedownItem, column: int) -> QColor | None:
        if column != 5:
            return None
        if record.status in (ItemStatus.REFUSED, ItemStatus.REUPLOADED):
            return WARNING
        return MUTED if record.status is ItemStatus.REMOVED else None


class TakedownRequestModel(RecordTableModel[TakedownRequest]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Requested"), self.tr("To"), self.tr("How"), self.tr("Note"))

    def text(self, record: TakedownRequest, column: int) -> str:
        return (
            iso_day(record.requested_on),
            label(RECIPIENT_LABELS, record.recipient),
            label(CHANNEL_LABELS, record.channel),
            record.note,
        )[column]
