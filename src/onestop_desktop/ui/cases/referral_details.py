"""One referral in full: what was asked and why, what it carries, whether its consents allow sending,
and its history of status changes (date, status, note, who)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from ...domain.consent_rules import Blocker
from ...domain.referrals import Direction, Referral, ReferralStatus
from ...domain.taxonomy import SERVICE_DOMAIN_LABELS
from ..common.consent_text import blockers_text, items_text, status_text, urgency_text
from ..common.fields import value_label
from ..common.tables import record_table
from ..common.text import day, label
from ..common.widgets import MessageLabel
from ..models.referral_event_model import ReferralEventModel


class ReferralDetails(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, text in (
            ("status", self.tr("Status:")),
            ("domain", self.tr("Domain:")),
            ("services", self.tr("Requested services:")),
            ("reason", self.tr("Reason:")),
            ("urgency", self.tr("Urgency:")),
            ("reply_due", self.tr("Reply due:")),
            ("contact", self.tr("Contact person:")),
            ("items", self.tr("Items sent:")),
        ):
            self.values[key] = value_label(self, f"referral-{key}")
            form.addRow(text, self.values[key])
        self.consent = MessageLabel(self, object_name="referralConsentCheck")
        self.events = ReferralEventModel(parent=self)
        self.history = record_table(self, "referralEvents", self.tr("Referral history"), self.events, stretch_column=2)
        for column in (0, 1, 3):
            self.history.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        history_title = QLabel(self.tr("History"), self)
        history_title.setObjectName("sectionTitle")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(8, 0, 0, 0)
        self.column.addWidget(self.heading)
        self.column.addLayout(form)
        self.column.addWidget(self.consent)
        self.action_area = QVBoxLayout()  # the page puts its buttons here
        self.column.addLayout(self.action_area)
        self.column.addWidget(history_title)
        self.column.addWidget(self.history, 1)

    def show_referral(self, referral: Referral | None, agency: str, blockers: list[Blocker] | None) -> None:
        if referral is None:
            self.heading.setText(self.tr("Choose a referral, or make a new one."))
            for value in self.values.values():
                value.setText("")
            self.events.set_records([])
            self.consent.clear_message()
            return
        if referral.direction is Direction.INCOMING:
            self.heading.setText(
                self.tr("{number} · received from {agency}").format(number=referral.number, agency=agency)
            )
        else:
            self.heading.setText(self.tr("{number} · to {agency}").format(number=referral.number, agency=agency))
        items = items_text(referral.items) or "—"
        if referral.include_rrn:
            items += " · " + self.tr("resident registration number (legal basis: {basis})").format(
                basis=referral.rrn_legal_basis or "—"
            )
        texts = {
            "status": status_text(referral.status),
            "domain": label(SERVICE_DOMAIN_LABELS, referral.domain),
            "services": referral.requested_services or "—",
            "reason": referral.reason,
            "urgency": urgency_text(referral.urgency),
            "reply_due": day(referral.reply_due) or "—",
            "contact": referral.contact_person or "—",
            "items": "—" if referral.direction is Direction.INCOMING else items,
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        self.events.set_records(referral.events)
        if blockers:
            self.consent.show_error(self.tr("Cannot be sent yet:") + "\n" + blockers_text(blockers))
        elif blockers is not None and referral.status is ReferralStatus.DRAFT:
            self.consent.show_success(
                self.tr("The client's consents cover everything this referral carries: it can be sent.")
            )
        else:
            self.consent.clear_message()
