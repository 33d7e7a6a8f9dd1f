"""새 연계 / 받은 연계 기록 / 연계 수정: the agency from the directory, what is asked of it and why, and the
items it may receive — a checklist limited to what the client consented to give that agency.

The checklist is recomputed when the agency changes; items outside the consents are disabled and
marked "no consent", and when nothing may go the dialog says which consent is missing in the
words the service uses when it refuses to send. Closing the dialog after typing or changing
something asks first.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QWidget,
)

from ...domain.casework import Client, ReferralForm
from ...domain.consent import DEFAULT_REFERRAL_ITEMS, DataItem
from ...domain.consent_rules import ClientFacts, referral_blockers
from ...domain.errors import OneStopError
from ...domain.referrals import Agency, Referral, Urgency
from ...domain.roles import Permission
from ...domain.taxonomy import SERVICE_DOMAIN_LABELS, ServiceDomain
from ...services.session import Session
from ..common.consent_text import blockers_text, urgency_text
from ..common.dialog_buttons import confirm_buttons, dialog_column
from ..common.field_errors import FieldErrors
from ..common.fields import choice, date_edit, enum_combo, note_edit, set_choice, text_edit, value_label
from ..common.form_submit import submit_form
from ..common.forms import buddy_label
from ..common.text import day, iso_day
from ..common.unsaved import close_or_ask
from ..common.widgets import MessageLabel
from ..models.agency_table_model import domains_text, is_stale, phone_text
from .item_checklist import ItemChecklist


class ReferralDialog(QDialog):
    saved = Signal(str)  # referral id

    def __init__(
        self,
        session: Session,
        case_id: str,
        client: Client,
        agencies: list[Agency],
        parent: QWidget | None = None,
        *,
        incoming: bool = False,
        referral: Referral | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.incoming = incoming
        self.referral = referral
        self.facts = ClientFacts(client.birth_date, client.guardian_is_suspect)
        self.agencies = {a.id: a for a in agencies}
        self.consents = session.consents.for_case(case_id) if not incoming else []
        self._touched = referral is not None  # a draft keeps its items; a new one starts from the defaults
        self.setObjectName("referralDialog")
        self.setWindowTitle(
            self.tr("Record a referral received")
            if incoming
            else self.tr("Edit the draft {number}").format(number=referral.number)
            if referral
            else self.tr("New referral")
        )
        self.errors = FieldErrors()
        self.agency = QComboBox(self)
        self.agency.setObjectName("referralAgency")
        self.agency.setAccessibleName(self.tr("Agency"))
        self.agency.addItem(self.tr("Choose the agency…"), "")
        for agency in agencies:
            self.agency.addItem(agency.name, agency.id)
        self.agency_info = value_label(self, "referralAgencyInfo")
        self.domain = enum_combo(self, "referralDomain", self.tr("Service domain"), SERVICE_DOMAIN_LABELS)
        self.services = text_edit(
            self,
            "referralServices",
            self.tr("Requested services"),
            placeholder=self.tr("e.g. trauma counseling, 10 sessions"),
            max_length=500,
        )
        self.reason = note_edit(self, "referralReason", self.tr("Reason"), lines=3)
        self.urgency = QComboBox(self)
        self.urgency.setObjectName("referralUrgency")
        self.urgency.setAccessibleName(self.tr("Urgency"))
        for urgency in Urgency:
            self.urgency.addItem(urgency_text(urgency), str(urgency))
        self.reply_due = date_edit(self, "referralReplyDue", self.tr("Reply due"))
        self.reply_due.setPlaceholderText(self.tr("empty: 7 days after sending"))
        self.reply_due.setMaximumWidth(220)
        self.contact = text_edit(self, "referralContact", self.tr("Contact person"), max_length=60)
        self.items = ItemChecklist(self, object_prefix="referralItem")
        self.consent_note = MessageLabel(self, object_name="referralConsentNote")
        self.include_rrn = QCheckBox(
            self.tr("Include the resident registration number (only with a legal basis)"), self
        )
        self.include_rrn.setObjectName("referralIncludeRrn")
        self.rrn_basis = text_edit(
            self,
            "referralRrnBasis",
            self.tr("Legal basis for the number"),
            placeholder=self.tr("the law that requires the number"),
            max_length=200,
        )
        self.message = MessageLabel(self, object_name="referralMessage")
        self._layout()
        self.agency.currentIndexChanged.connect(self.agency_changed)
        self.items.changed.connect(self._items_touched)
        self.include_rrn.toggled.connect(self.rrn_basis.setEnabled)
        self.rrn_basis.setEnabled(False)
        if referral is not None:
            self.show_referral(referral)
        self.agency_changed()
        self.setMinimumWidth(760)
        self._untouched = self.input_state()

    def _row(self, text: str, widget: QWidget, error_name: str = "", *, buddy: bool = True) -> None:
        field = self.errors.wrap(error_name, widget, self) if error_name else widget
        self.rows[widget] = field
        if text and buddy:
            self.form.addRow(buddy_label(text, widget, self), field)
        else:
            self.form.addRow(text, field)

    def _layout(self) -> None:
        self.rows: dict[QWidget, QWidget] = {}
        self.form = form = QFormLayout()
        self._row(self.tr("From &agency:") if self.incoming else self.tr("&Agency:"), self.agency, "agency_id")
        self._row("", self.agency_info)
        self._row(self.tr("&Domain:"), self.domain)
        self._row(self.tr("Requested &services:"), self.services, "requested_services")
        self._row(self.tr("&Reason:"), self.reason, "reason")
        self._row(self.tr("&Urgency:"), self.urgency)
        self._row(self.tr("Reply d&ue:"), self.reply_due, "reply_due")
        self._row(self.tr("&Contact person:"), self.contact, "contact_person")
        self._row(self.tr("Items to send:"), self.items, buddy=False)
        self._row("", self.consent_note)
        self._row("", self.include_rrn, "include_rrn")
        self._row(self.tr("&Legal basis:"), self.rrn_basis)
        outgoing = not self.incoming
        rrn = outgoing and self.session.can(Permission.RRN_REVEAL)
        for widget, visible in (
            (self.reply_due, outgoing),
            (self.items, outgoing),
            (self.consent_note, outgoing),
            (self.include_rrn, rrn),
            (self.rrn_basis, rrn),
        ):
            form.setRowVisible(self.rows[widget], visible)
        buttons = confirm_buttons(
            self, self.tr("&Record") if self.incoming else self.tr("&Save the draft"), "referralOk", self.submit
        )
        dialog_column(self, form, self.message, buttons)

    # -- the agency and what it may receive -----------------------------------------------------------------
    def current_agency(self) -> Agency | None:
        return self.agencies.get(choice(self.agency))

    def _items_touched(self) -> None:
        self._touched = True

    def agency_changed(self) -> None:
        agency = self.current_agency()
        if agency is None:
            self.agency_info.setText("")
            self.items.limit_to(frozenset())
            self.consent_note.show_info(self.tr("Choose the agency to see what the client's consents allow."))
            return
        verified = day(agency.last_verified) or self.tr("never")
        info = self.tr("Domains: {domains} · Phone: {phone} · Last verified: {date}").format(
            domains=domains_text(agency.domains) or "—", phone=phone_text(agency.phone) or "—", date=verified
        )
        if is_stale(agency, date.today()):
            info += "\n" + self.tr("Not verified for more than a year: check the phone and contact before sending.")
        self.agency_info.setText(info)
        if agency.domains and ServiceDomain(choice(self.domain)) not in agency.domains:
            set_choice(self.domain, next(d for d in ServiceDomain if d in agency.domains))
        if self.incoming:
            return
        try:
            allowed = frozenset(DataItem(str(i)) for i in self.session.consents.allowed_items(self.case_id, agency.id))
        except OneStopError as err:
            self.consent_note.show_error(err)
            return
        touched = self._touched
        self.items.limit_to(allowed)
        if not touched:
            self.items.choose(DEFAULT_REFERRAL_ITEMS & allowed)
        self._touched = touched
        self._explain(agency, allowed)

    def _explain(self, agency: Agency, allowed: frozenset[DataItem]) -> None:
        if not allowed:
            blockers = referral_blockers(
                self.consents, self.facts, agency.id, agency.name, DEFAULT_REFERRAL_ITEMS, date.today()
            )
            self.consent_note.show_error(
                self.tr("Nothing may be sent to {agency} yet:").format(agency=agency.name)
                + "\n"
                + blockers_text(blockers)
                + "\n"
                + self.tr("Record the missing consent on the Consents tab.")
            )
        elif allowed != frozenset(DataItem):
            self.consent_note.show_info(
                self.tr(
                    "Items marked “no consent” are not covered by the client's consents for {agency}. To send them, "
                    "record the consent on the Consents tab first."
                ).format(agency=agency.name)
            )
        else:
            self.consent_note.clear_message()

    # -- the form ---------------------------------------------------------------------------------------------
    def show_referral(self, referral: Referral) -> None:
        set_choice(self.agency, referral.agency_id)
        set_choice(self.domain, referral.domain)
        self.services.setText(referral.requested_services)
        self.reason.setPlainText(referral.reason)
        set_choice(self.urgency, referral.urgency)
        self.reply_due.setText(iso_day(referral.reply_due))
        self.contact.setText(referral.contact_person)
        self.items.choose(referral.items)
        self.include_rrn.setChecked(referral.include_rrn)
        self.rrn_basis.setText(referral.rrn_legal_basis or "")

    def form_data(self) -> ReferralForm:
        rrn = self.include_rrn.isChecked() and not self.incoming
        return ReferralForm(
            agency_id=choice(self.agency), domain=ServiceDomain(choice(self.domain)),
            requested_services=self.services.text(), reason=self.reason.toPlainText(),
            urgency=choice(self.urgency), reply_due="" if self.incoming else self.reply_due.text(),
            contact_person=self.contact.text(), items=frozenset() if self.incoming else self.items.chosen(),
            include_rrn=rrn, rrn_legal_basis=self.rrn_basis.text() if rrn else "",
        )  # fmt: skip

    def input_state(self) -> tuple[object, ...]:
        """Everything that can be typed or chosen (to tell whether closing would lose input)."""
        return (choice(self.agency), choice(self.domain), self.services.text(), self.reason.toPlainText(),
                choice(self.urgency), self.reply_due.text(), self.contact.text(),
                tuple(sorted(str(i) for i in self.items.chosen())), self.include_rrn.isChecked(),
                self.rrn_basis.text())  # fmt: skip

    def has_input(self) -> bool:
        return self.input_state() != self._untouched

    def reject(self) -> None:
        """Esc, × and 취소: with something typed or changed, ask first (닫기 / 계속 작성)."""
        close_or_ask(self, self.has_input(), lambda: QDialog.reject(self))

    def _save(self) -> str:
        if self.referral is not None:
            self.session.referrals.update_draft(self.referral.id, self.form_data())
            return self.referral.id
        return self.session.referrals.create(self.case_id, self.form_data(), incoming=self.incoming)

    def submit(self) -> None:
        referral_id = submit_form(self.message, self.errors, self._save)
        if referral_id is None:
            return
        self.saved.emit(referral_id)
        self.accept()
