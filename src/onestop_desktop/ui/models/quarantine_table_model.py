"""Bundles and changes held back from applying (quarantine): which device, which bundle, why."""

from __future__ import annotations

from ..sync.labels import REASONS, label_of
from .record_table_model import RecordTableModel

Quarantined = tuple[str, int, str, str]  # device name, bundle seq, reason, detail


class QuarantineTableModel(RecordTableModel[Quarantined]):
    DEVICE, SEQ, REASON, DETAIL = range(4)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Device"), self.tr("Bundle"), self.tr("Reason"), self.tr("Details"))

    def record_id(self, record: Quarantined) -> str:
        return ":".join(str(part) for part in record)  # several changes of one bundle can be refused

    def text(self, record: Quarantined, column: int) -> str:
        if column == self.DEVICE:
            return record[0]
        if column == self.SEQ:
            return str(record[1])
        if column == self.REASON:
            return label_of(REASONS, record[2])
        return record[3]
