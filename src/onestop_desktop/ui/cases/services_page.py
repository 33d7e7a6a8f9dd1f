"""지원 내역: services provided (domain, service, provider, date, amount in won, status) beside their form."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from ...domain.casework import CaseFile, ServiceForm, ServiceRecord
from ...domain.corrections import RemovableKind
from ...domain.roles import Permission
from ...domain.taxonomy import SERVICE_DOMAIN_LABELS, SERVICE_STATUS_LABELS, ServiceDomain, ServiceStatus
from ...services.session import Session
from ..common.fields import choice, date_edit, enum_combo, set_choice, text_edit
from ..common.forms import buddy_label
from ..common.text import day, iso_day, label
from ..models.service_table_model import ServiceTableModel
from .page import CasePage
from .record_editor import RecordEditor


class ServiceEditor(RecordEditor[ServiceForm, ServiceRecord]):
    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ServiceTableModel(), "serviceTable", 1, parent)
        self.table.setAccessibleName(self.tr("Services provided"))
        self.new_button.setText(self.tr("New service"))
        self.session = session
        self.case_id = case_id
        self.enable_removal(session, case_id, RemovableKind.SERVICE)
        self.domain = enum_combo(self, "serviceDomain", self.tr("Domain"), SERVICE_DOMAIN_LABELS)
        self.service = text_edit(
            self, "serviceName", self.tr("Service"), placeholder=self.tr("e.g. emergency living costs"), max_length=200
        )
        self.provider_kind = QComboBox(self)
        self.provider_kind.setObjectName("serviceProviderKind")
        self.provider_kind.setAccessibleName(self.tr("Provided by"))
        self.provider_kind.addItem(self.tr("This center"), "in_house")
        self.provider_kind.addItem(self.tr("Partner agency"), "agency")
        self.provider_name = text_edit(self, "serviceProvider", self.tr("Agency or person"), max_length=100)
        self.provided_on = date_edit(self, "serviceDate", self.tr("Date provided"))
        self.amount = text_edit(self, "serviceAmount", self.tr("Amount in won"), placeholder="300000", max_length=16)
        self.amount.setMaximumWidth(160)
        self.status = enum_combo(self, "serviceStatus", self.tr("Status"), SERVICE_STATUS_LABELS)
        e = self.errors
        self.form.addRow(buddy_label(self.tr("&Domain:"), self.domain, self), self.domain)
        self.form.addRow(buddy_label(self.tr("Se&rvice:"), self.service, self), e.wrap("service", self.service, self))
        self.form.addRow(buddy_label(self.tr("Provided by:"), self.provider_kind, self), self.provider_kind)
        self.form.addRow(
            buddy_label(self.tr("Agency or person:"), self.provider_name, self),
            e.wrap("provider_name", self.provider_name, self),
        )
        self.form.addRow(
            buddy_label(self.tr("Date:"), self.provided_on, self), e.wrap("provided_on", self.provided_on, self)
        )
        self.form.addRow(
            buddy_label(self.tr("Amount (won):"), self.amount, self), e.wrap("amount_krw", self.amount, self)
        )
        self.form.addRow(buddy_label(self.tr("Status:"), self.status, self), self.status)
        self.watch(
            self.domain,
            self.service,
            self.provider_kind,
            self.provider_name,
            self.provided_on,
            self.amount,
            self.status,
        )
        self.set_editable(
            session.can(Permission.CASE_EDIT),
            self.domain,
            self.service,
            self.provider_kind,
            self.provider_name,
            self.provided_on,
            self.amount,
            self.status,
            self.new_button,
        )

    def title(self) -> str:
        return self.tr("Service")

    def records_of(self, case_file: CaseFile) -> Sequence[ServiceRecord]:
        return case_file.services

    def form_of(self, record: ServiceRecord) -> ServiceForm:
        return ServiceForm(
            domain=record.domain,
            service=record.service,
            provider_kind=record.provider_kind,
            provider_name=record.provider_name,
            provided_on=iso_day(record.provided_on),
            amount_krw=str(record.amount_krw) if record.amount_krw is not None else "",
            status=record.status,
        )

    def blank(self) -> ServiceForm:
        return ServiceForm()

    def create_record(self, form: ServiceForm) -> str:
        return self.session.cases.add_service(self.case_id, form)

    def update_record(self, record_id: str, form: ServiceForm, stamp: str | None) -> None:
        self.session.cases.update_service(self.case_id, record_id, form)

    def heading_text(self, record: ServiceRecord | None) -> str:
        if record is None:
            return self.tr("New service")
        return self.tr("{service} ({date})").format(
            service=record.service, date=day(record.provided_on) or label(SERVICE_STATUS_LABELS, record.status)
        )

    def current_form(self) -> ServiceForm:
        return ServiceForm(
            domain=ServiceDomain(choice(self.domain)),
            service=self.service.text(),
            provider_kind=choice(self.provider_kind) or "in_house",
            provider_name=self.provider_name.text(),
            provided_on=self.provided_on.text(),
            amount_krw=self.amount.text(),
            status=ServiceStatus(choice(self.status)),
        )

    def show_form(self, form: ServiceForm) -> None:
        set_choice(self.domain, form.domain)
        self.service.setText(form.service)
        set_choice(self.provider_kind, form.provider_kind)
        self.provider_name.setText(form.provider_name)
        self.provided_on.setText(form.provided_on)
        self.amount.setText(form.amount_krw)
        set_choice(self.status, form.status)

    def focus_form(self) -> None:
        self.domain.setFocus()


class ServicesPage(CasePage):
    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("servicesPage")
        self.editor = ServiceEditor(session, case_id, self)
        self.editor.page_save = self.save
        self.column.addWidget(self.editor, 1)
        self.finish_layout()
        self.add_editor(self.editor)
