"""A case's referrals: number, direction, agency, domain, status, urgency and reply deadline.

A sent referral whose reply is past its deadline is red; finished ones (completed, cancelled) are greyed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from ...domain.referrals import AWAITING_REPLY, Direction, Referral, ReferralStatus, Urgency
from ...domain.taxonomy import SERVICE_DOMAIN_LABELS
from ..common.consent_text import overdue_days, status_text, urgency_text
from ..common.text import day, label
from .record_table_model import MUTED, WARNING, RecordTableModel

FINISHED = frozenset({ReferralStatus.COMPLETED, ReferralStatus.CANCELLED})


class ReferralTableModel(RecordTableModel[Referral]):
    def __init__(
        self,
        records: Sequence[Referral] = (),
        *,
        agency_names: Mapping[str, str] | None = None,
        today: date | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(records, parent=parent)
        self.agency_names: dict[str, str] = dict(agency_names or {})
        self._today = today

    @property
    def today(self) -> date:
        return self._today or date.today()

    def set_agency_names(self, names: Mapping[str, str]) -> None:
        self.agency_names = dict(names)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Number"),
            self.tr("Direction"),
            self.tr("Agency"),
            self.tr("Domain"),
            self.tr("Status"),
            self.tr("Urgency"),
            self.tr("Reply due"),
        )

    def agency(self, record: Referral) -> str:
        return self.agency_names.get(record.agency_id, self.tr("(unknown agency)"))

    def overdue(self, record: Referral) -> bool:
        return record.status in AWAITING_REPLY and overdue_days(record.reply_due, self.today) > 0

    def text(self, record: Referral, column: int) -> str:
        direction = self.tr("Received") if record.direction is Direction.INCOMING else self.tr("Sent by us")
        return (
            record.number,
            direction,
            self.agency(record),
            label(SERVICE_DOMAIN_LABELS, record.domain),
            status_text(record.status),
            urgency_text(record.urgency),
            day(record.reply_due),
        )[column]

    def tooltip(self, record: Referral, column: int) -> str | None:
        if column == 2:
            return self.agency(record)
        if self.overdue(record):
            return self.tr("The reply is {days} days overdue").format(days=overdue_days(record.reply_due, self.today))
        return None

    def color(self, record: Referral, column: int) -> QColor | None:
        if self.overdue(record) or (
            column == 5 and record.urgency is Urgency.IMMEDIATE and record.status not in FINISHED
        ):
            return WARNING
        return MUTED if record.status in FINISHED else None
