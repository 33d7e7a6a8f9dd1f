"""The partner-agency directory: name, department, service domains, phone, last verified.

An entry not verified for more than a year (or never) is highlighted: agencies are renamed and
move, and a referral sent to an old number may be lost. Inactive entries are greyed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from ...domain.korean import format_phone, phone_digits
from ...domain.referrals import Agency
from ...domain.taxonomy import SERVICE_DOMAIN_LABELS, ServiceDomain
from ..common.text import day, label
from .record_table_model import MUTED, WARNING, RecordTableModel

STALE_DAYS = 365


def phone_text(phone: str) -> str:
    digits = phone_digits(phone) if phone else None
    return format_phone(digits) if digits else phone


def domains_text(domains: frozenset[ServiceDomain]) -> str:
    return ", ".join(label(SERVICE_DOMAIN_LABELS, d) for d in ServiceDomain if d in domains)


def is_stale(agency: Agency, today: date) -> bool:
    return agency.last_verified is None or (today - agency.last_verified).days > STALE_DAYS


class AgencyTableModel(RecordTableModel[Agency]):
    VERIFIED = 4

    def __init__(
        self, records: Sequence[Agency] = (), *, today: date | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(records, parent=parent)
        self._today = today

    @property
    def today(self) -> date:
        return self._today or date.today()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Department"),
            self.tr("Service domains"),
            self.tr("Phone"),
            self.tr("Last verified"),
        )

    def text(self, record: Agency, column: int) -> str:
        verified = day(record.last_verified) or self.tr("never")
        return (record.name, record.department, domains_text(record.domains), phone_text(record.phone), verified)[
            column
        ]

    def tooltip(self, record: Agency, column: int) -> str | None:
        if column == self.VERIFIED and is_stale(record, self.today):
            return self.tr("Not verified for more than a year: check the name, phone and contact before referring.")
        if not record.active:
            return self.tr("No longer active")
        return None

    def color(self, record: Agency, column: int) -> QColor | None:
        if not record.active:
            return MUTED
        return WARNING if column == self.VERIFIED and is_stale(record, self.today) else None
