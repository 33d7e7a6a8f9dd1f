"""Adding or correcting one partner agency (administrators): names change, numbers move.

A refused form keeps what was typed and shows each message under its field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from ...domain.referrals import Agency
from ...domain.taxonomy import SERVICE_DOMAIN_LABELS, ServiceDomain
from ...services.agencies import AgencyForm
from ...services.session import Session
from ..common.dialog_buttons import confirm_buttons, dialog_column
from ..common.field_errors import FieldErrors
from ..common.fields import date_edit, note_edit, text_edit
from ..common.form_submit import submit_form
from ..common.forms import buddy_label
from ..common.text import iso_day, label
from ..common.widgets import MessageLabel


def form_of(agency: Agency) -> AgencyForm:
    return AgencyForm(
        name=agency.name,
        department=agency.department,
        domains=set(agency.domains),
        phone=agency.phone,
        fax=agency.fax,
        email=agency.email,
        address=agency.address,
        contact_person=agency.contact_person,
        notes=agency.notes,
        last_verified=iso_day(agency.last_verified),
        active=agency.active,
    )


class DomainBoxes(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.boxes: dict[ServiceDomain, QCheckBox] = {}
        for n, domain in enumerate(ServiceDomain):
            box = QCheckBox(label(SERVICE_DOMAIN_LABELS, domain), self)
            box.setObjectName(f"agencyDomain-{domain}")
            self.boxes[domain] = box
            grid.addWidget(box, n // 3, n % 3)

    def chosen(self) -> set[ServiceDomain]:
        return {d for d, box in self.boxes.items() if box.isChecked()}

    def choose(self, domains: set[ServiceDomain]) -> None:
        for domain, box in self.boxes.items():
            box.setChecked(domain in domains)


class AgencyFormDialog(QDialog):
    saved = Signal(str)  # agency id

    def __init__(self, session: Session, agency: Agency | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.agency = agency
        self.setObjectName("agencyFormDialog")
        self.setWindowTitle(self.tr("Edit the agency") if agency else self.tr("Add an agency"))
        self.errors = FieldErrors()
        self.name = text_edit(self, "agencyName", self.tr("Name"), max_length=100)
        self.department = text_edit(self, "agencyDepartment", self.tr("Department"), max_length=300)
        self.domains = DomainBoxes(self)
        self.phone = text_edit(self, "agencyPhone", self.tr("Phone"), placeholder="02-123-4567", max_length=20)
        self.fax = text_edit(self, "agencyFax", self.tr("Fax"), max_length=20)
        self.email = text_edit(self, "agencyEmail", self.tr("E-mail"), max_length=300)
        self.address = text_edit(self, "agencyAddress", self.tr("Address"), max_length=300)
        self.contact = text_edit(self, "agencyContact", self.tr("Contact person"), max_length=300)
        self.notes = note_edit(self, "agencyNotes", self.tr("Notes"), lines=2)
        self.verified = date_edit(self, "agencyVerified", self.tr("Last verified"))
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.today_button.setObjectName("agencyVerifiedToday")
        self.today_button.clicked.connect(lambda: self.verified.setText(date.today().isoformat()))
        self.active = QCheckBox(self.tr("Active (offered for new referrals)"), self)
        self.active.setObjectName("agencyActive")
        self.message = MessageLabel(self, object_name="agencyFormMessage")
        e = self.errors
        verified = QWidget(self)
        verified_row = QHBoxLayout(verified)
        verified_row.setContentsMargins(0, 0, 0, 0)
        verified_row.addWidget(self.verified)
        verified_row.addWidget(self.today_button)
        verified_row.addStretch(1)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Name:"), self.name, self), e.wrap("name", self.name, self))
        form.addRow(
            buddy_label(self.tr("&Department:"), self.department, self), e.wrap("department", self.department, self)
        )
        form.addRow(self.tr("Service domains:"), self.domains)
        form.addRow(buddy_label(self.tr("&Phone:"), self.phone, self), e.wrap("phone", self.phone, self))
        form.addRow(buddy_label(self.tr("&Fax:"), self.fax, self), e.wrap("fax", self.fax, self))
        form.addRow(buddy_label(self.tr("&E-mail:"), self.email, self), e.wrap("email", self.email, self))
        form.addRow(buddy_label(self.tr("&Address:"), self.address, self), e.wrap("address", self.address, self))
        form.addRow(
            buddy_label(self.tr("&Contact person:"), self.contact, self), e.wrap("contact_person", self.contact, self)
        )
        form.addRow(buddy_label(self.tr("N&otes:"), self.notes, self), e.wrap("notes", self.notes, self))
        form.addRow(
            buddy_label(self.tr("Last &verified:"), self.verified, self), e.wrap("last_verified", verified, self)
        )
        form.addRow("", self.active)
        buttons = confirm_buttons(self, self.tr("&Save"), "agencyOk", self.submit)
        dialog_column(self, form, self.message, buttons)
        self.show_form(form_of(agency) if agency else AgencyForm(last_verified=date.today().isoformat()))
        self.setMinimumWidth(640)

    def show_form(self, form: AgencyForm) -> None:
        self.name.setText(form.name)
        self.department.setText(form.department)
        self.domains.choose(form.domains)
        self.phone.setText(form.phone)
        self.fax.setText(form.fax)
        self.email.setText(form.email)
        self.address.setText(form.address)
        self.contact.setText(form.contact_person)
        self.notes.setPlainText(form.notes)
        self.verified.setText(form.last_verified)
        self.active.setChecked(form.active)

    def form_data(self) -> AgencyForm:
        return AgencyForm(
            name=self.name.text(),
            department=self.department.text(),
            domains=self.domains.chosen(),
            phone=self.phone.text(),
            fax=self.fax.text(),
            email=self.email.text(),
            address=self.address.text(),
            contact_person=self.contact.text(),
            notes=self.notes.toPlainText(),
            last_verified=self.verified.text(),
            active=self.active.isChecked(),
        )

    def _save(self) -> str:
        if self.agency is not None:
            self.session.agencies.update(self.agency.id, self.form_data())
            return self.agency.id
        return self.session.agencies.add(self.form_data())

    def submit(self) -> None:
        agency_id = submit_form(self.message, self.errors, self._save)
        if agency_id is None:
            return
        self.saved.emit(agency_id)
        self.accept()
