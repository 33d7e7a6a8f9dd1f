"""A client's consents: kind, recipient, agreed or refused, items, date, method, guardian, withdrawal.

Withdrawn consents and refusals are greyed; a consent recorded on a legal basis shows that basis
and its reason as the tooltip.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from ...domain.consent import Consent, ConsentKind, ConsentMethod
from ..common.consent_text import items_text, kind_text, method_text
from ..common.text import day
from .record_table_model import MUTED, RecordTableModel


class ConsentTableModel(RecordTableModel[Consent]):
    def __init__(
        self,
        records: Sequence[Consent] = (),
        *,
        agency_names: Mapping[str, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(records, parent=parent)
        self.agency_names: dict[str, str] = dict(agency_names or {})

    def set_agency_names(self, names: Mapping[str, str]) -> None:
        self.agency_names = dict(names)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Consent"),
            self.tr("Recipient"),
            self.tr("Answer"),
            self.tr("Items"),
            self.tr("Date"),
            self.tr("Method"),
            self.tr("Given by"),
            self.tr("Withdrawn"),
            self.tr("Signed copy"),
        )

    def recipient(self, record: Consent) -> str:
        if record.kind is not ConsentKind.THIRD_PARTY:
            return ""
        return self.agency_names.get(record.agency_id or "", self.tr("(unknown agency)"))

    def answer(self, record: Consent) -> str:
        if record.method is ConsentMethod.LEGAL_BASIS:
            return self.tr("Legal basis")
        return self.tr("Agreed") if record.agreed else self.tr("Refused")

    def given_by(self, record: Consent) -> str:
        if record.method is ConsentMethod.LEGAL_BASIS:
            return "—"
        if not record.by_guardian:
            return self.tr("Client")
        who = record.guardian_name or ""
        relation = f" ({record.guardian_relation})" if record.guardian_relation else ""
        return self.tr("Legal guardian: {name}").format(name=who + relation)

    def text(self, record: Consent, column: int) -> str:
        return (
            kind_text(record.kind),
            self.recipient(record),
            self.answer(record),
            items_text(record.items),
            day(record.given_on),
            method_text(record.method),
            self.given_by(record),
            day(record.withdrawn_on),
            self.tr("Attached") if record.attachment_id else "",
        )[column]

    def tooltip(self, record: Consent, column: int) -> str | None:
        lines = []
        if record.legal_basis:
            lines.append(self.tr("Legal basis: {basis}").format(basis=record.legal_basis))
        if record.legal_basis_reason:
            lines.append(self.tr("Reason: {reason}").format(reason=record.legal_basis_reason))
        if record.withdrawn_on is not None:
            lines.append(
                self.tr("Withdrawn on {date}: {note}").format(
                    date=day(record.withdrawn_on), note=record.withdrawal_note or "—"
                )
            )
        return "\n".join(lines) or None

    def color(self, record: Consent, column: int) -> QColor | None:
        return MUTED if record.withdrawn_on is not None or not record.agreed else None
