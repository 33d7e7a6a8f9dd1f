"""Services provided in a case: domain, service, provider, date, amount in won, status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ...domain.casework import ServiceRecord
from ...domain.taxonomy import SERVICE_DOMAIN_LABELS, SERVICE_STATUS_LABELS
from ..common.text import day, label, won
from .record_table_model import RecordTableModel

_ModelIndex = QModelIndex | QPersistentModelIndex
AMOUNT = 4


class ServiceTableModel(RecordTableModel[ServiceRecord]):
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Domain"),
            self.tr("Service"),
            self.tr("Provider"),
            self.tr("Date"),
            self.tr("Amount"),
            self.tr("Status"),
        )

    def provider(self, record: ServiceRecord) -> str:
        if record.provider_kind == "in_house":
            return self.tr("This center") + (f" · {record.provider_name}" if record.provider_name else "")
        return record.provider_name or self.tr("Partner agency")

    def text(self, record: ServiceRecord, column: int) -> str:
        return (
            label(SERVICE_DOMAIN_LABELS, record.domain),
            record.service,
            self.provider(record),
            day(record.provided_on),
            won(record.amount_krw),
            label(SERVICE_STATUS_LABELS, record.status),
        )[column]

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and self.valid(index) and index.column() == AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)
