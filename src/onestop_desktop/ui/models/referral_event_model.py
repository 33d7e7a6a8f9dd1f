"""A referral's history: each status change with its date, note and who made it (oldest first)."""

from __future__ import annotations

from ...domain.referrals import ReferralEvent
from ..common.consent_text import status_text
from ..common.text import day
from .record_table_model import RecordTableModel


class ReferralEventModel(RecordTableModel[ReferralEvent]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Status"), self.tr("Note"), self.tr("By"))

    def record_id(self, record: ReferralEvent) -> str:
        return f"{record.on.isoformat()}:{record.status}"

    def text(self, record: ReferralEvent, column: int) -> str:
        return (day(record.on), status_text(record.status), record.note, record.by_name)[column]
