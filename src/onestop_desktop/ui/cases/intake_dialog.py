"""신규 접수: the few facts known at first contact, typed in under a minute with the keyboard.

A refused form keeps everything typed and shows each message under its field; closing the
dialog with something typed asks first. On success `created` carries the new case's id. The dialog is not modal:
a counselor on the phone can look the person up in the case list while it is open, and its likely matches
(`intake_matches.py`) offer a new case for a client the center already has.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from ...domain.casework import IntakeForm
from ...domain.korean import parse_date
from ...domain.taxonomy import GENDER_LABELS, INTAKE_CHANNEL_LABELS, RISK_LEVEL_LABELS, Gender, IntakeChannel, RiskLevel
from ...services.contact_defaults import ContactDefaults
from ...services.session import Session
from ..common.dialog_buttons import Button, confirm_buttons, dialog_column
from ..common.field_errors import FieldErrors
from ..common.fields import CrimeTypeBoxes, choice, date_edit, enum_combo, note_edit, set_choice, text_edit
from ..common.form_submit import submit_form
from ..common.forms import buddy_label
from ..common.required import required_legend, set_required
from ..common.text import age_text
from ..common.unsaved import Answer, ask_unsaved
from ..common.widgets import MessageLabel
from .intake_matches import IntakeMatches
from .people import CASE_ROLES, People, chosen_user, select_user


class IntakeDialog(QDialog):
    created = Signal(str)  # case id

    def __init__(self, session: Session, people: People, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("intakeDialog")
        self.setWindowTitle(self.tr("New intake"))
        self.errors = FieldErrors()
        self._asking = False
        self.name = text_edit(self, "intakeName", self.tr("Name"), max_length=60)
        self.alias = text_edit(
            self, "intakeAlias", self.tr("Alias"), placeholder=self.tr("shown instead of the name"), max_length=60
        )
        self.gender = enum_combo(self, "intakeGender", self.tr("Gender"), GENDER_LABELS)
        set_choice(self.gender, Gender.UNKNOWN)
        self.birth_date = date_edit(self, "intakeBirthDate", self.tr("Date of birth"))
        self.age = QLabel(self)
        self.age.setObjectName("muted")
        self.birth_date.textChanged.connect(self._show_age)
        self.phone = text_edit(self, "intakePhone", self.tr("Phone number"), placeholder="010-1234-5678", max_length=20)
        self.no_sms = QCheckBox(self.tr("No text messages"), self)
        self.no_sms.setObjectName("intakeNoSms")
        self.call_hours = text_edit(
            self,
            "intakeCallHours",
            self.tr("Hours to call"),
            placeholder=self.tr("e.g. weekdays 10:00~17:00"),
            max_length=100,
        )
        self.channel = enum_combo(self, "intakeChannel", self.tr("Intake channel"), INTAKE_CHANNEL_LABELS)
        self.defaults = ContactDefaults(session)
        set_choice(self.channel, self.defaults.intake_channel())  # the user's last choice
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.agency = text_edit(self, "intakeAgency", self.tr("Referring agency"), max_length=100)
        self.crime_types = CrimeTypeBoxes(self, object_prefix="intakeCrime")
        self.incident_date = date_edit(self, "intakeIncidentDate", self.tr("Incident date"))
        self.risk = enum_combo(
            self, "intakeRisk", self.tr("Risk"), RISK_LEVEL_LABELS, none_text=self.tr("Not assessed")
        )
        self.lead = people.combo(self, "intakeLead", self.tr("Lead counselor"), roles=CASE_ROLES)
        select_user(self.lead, session.user.id, session.user.display_name)
        self.summary = note_edit(self, "intakeSummary", self.tr("Summary"), lines=3)
        self.summary.setPlaceholderText(self.tr("What happened, in a few words"))
        self.message = MessageLabel(self, object_name="intakeMessage")
        # who this may be: looked up as the name, birth date or phone number is typed
        self.matches = IntakeMatches(session, self)
        self.matches.chosen.connect(self.submit_for_client)
        for field in (self.name, self.birth_date, self.phone):
            field.textChanged.connect(self._typed)
        self._layout()
        self._channel_changed()
        self.setMinimumWidth(880)

    def _layout(self) -> None:
        e = self.errors
        client = QGroupBox(self.tr("Client"), self)
        left = QFormLayout(client)
        name_label = buddy_label(self.tr("&Name:"), self.name, client)
        set_required(name_label, [self.name])
        left.addRow(name_label, e.wrap("name", self.name, client))
        left.addRow(buddy_label(self.tr("A&lias:"), self.alias, client), e.wrap("alias", self.alias, client))
        left.addRow(buddy_label(self.tr("&Gender:"), self.gender, client), self.gender)
        birth = QWidget(client)
        birth_row = QHBoxLayout(birth)
        birth_row.setContentsMargins(0, 0, 0, 0)
        birth_row.addWidget(self.birth_date)
        birth_row.addWidget(self.age, 1)
        left.addRow(
            buddy_label(self.tr("&Date of birth:"), self.birth_date, client), e.wrap("birth_date", birth, client)
        )
        phone = QWidget(client)
        phone_row = QHBoxLayout(phone)
        phone_row.setContentsMargins(0, 0, 0, 0)
        phone_row.addWidget(self.phone, 1)
        phone_row.addWidget(self.no_sms)
        left.addRow(buddy_label(self.tr("&Phone:"), self.phone, client), e.wrap("phone", phone, client))
        left.addRow(
            buddy_label(self.tr("Hours to &call:"), self.call_hours, client),
            e.wrap("call_hours", self.call_hours, client),
        )
        case = QGroupBox(self.tr("Case"), self)
        right = QFormLayout(case)
        right.addRow(buddy_label(self.tr("C&hannel:"), self.channel, case), self.channel)
        self.agency_label = buddy_label(self.tr("Referred &by:"), self.agency, case)
        right.addRow(self.agency_label, e.wrap("referring_agency", self.agency, case))
        crime_label = QLabel(self.tr("Crime types:"), case)
        set_required(crime_label, [self.crime_types, *self.crime_types.boxes.values()])
        right.addRow(crime_label, e.wrap("crime_types", self.crime_types, case))
        right.addRow(
            buddy_label(self.tr("&Incident date:"), self.incident_date, case),
            e.wrap("incident_date", self.incident_date, case),
        )
        right.addRow(buddy_label(self.tr("&Risk:"), self.risk, case), self.risk)
        right.addRow(buddy_label(self.tr("Lead c&ounselor:"), self.lead, case), self.lead)
        summary = QFormLayout()
        summary.addRow(buddy_label(self.tr("&Summary:"), self.summary, self), e.wrap("summary", self.summary, self))
        columns = QGridLayout()
        columns.addWidget(client, 0, 0)
        columns.addWidget(case, 0, 1)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)
        buttons = confirm_buttons(self, self.tr("&Register"), "intakeOk", self.submit)
        ok = buttons.button(Button.Ok)
        dialog_column(self, columns, self.matches, summary, required_legend(self), self.message, buttons)
        order = [
            self.name,
            self.alias,
            self.gender,
            self.birth_date,
            self.phone,
            self.no_sms,
            self.call_hours,
            self.channel,
            self.agency,
            *self.crime_types.boxes.values(),
            self.incident_date,
            self.risk,
            self.lead,
            self.summary,
            ok,
        ]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)
        self.name.setFocus()

    def _typed(self) -> None:
        self.matches.typed(self.name.text(), self.birth_date.text(), self.phone.text())

    def _channel_changed(self) -> None:
        referred = choice(self.channel) == IntakeChannel.AGENCY
        self.agency.setEnabled(referred)
        set_required(self.agency_label, [self.agency], referred)  # the agency is needed only for a referral

    def _show_age(self, text: str) -> None:
        self.age.setText(age_text(parse_date(text)))

    def form(self) -> IntakeForm:
        risk = choice(self.risk)
        return IntakeForm(
            name=self.name.text(), alias=self.alias.text(), gender=Gender(choice(self.gender)),
            birth_date=self.birth_date.text(), phone=self.phone.text(), sms_ok=not self.no_sms.isChecked(),
            call_hours=self.call_hours.text(), channel=IntakeChannel(choice(self.channel)),
            referring_agency=self.agency.text() if self.agency.isEnabled() else "",
            crime_types=self.crime_types.chosen(), incident_date=self.incident_date.text(),
            summary=self.summary.toPlainText(), risk_level=RiskLevel(risk) if risk else None,
            lead_counselor_id=chosen_user(self.lead),
        )  # fmt: skip

    def has_input(self) -> bool:
        blank = IntakeForm(lead_counselor_id=chosen_user(self.lead), channel=IntakeChannel(choice(self.channel)))
        return self.form() != blank

    def submit(self) -> None:
        case_id = submit_form(self.message, self.errors, lambda: self.session.intake.create(self.form()))
        if case_id is None:
            return
        self.defaults.remember_intake_channel(IntakeChannel(choice(self.channel)))
        self.created.emit(case_id)
        self.done(QDialog.DialogCode.Accepted)

    def submit_for_client(self, client_id: str) -> None:
        """A new case for an existing client (a returning person) instead of a second client record."""
        case_id = submit_form(
            self.message, self.errors, lambda: self.session.intake.create_for_client(client_id, self.form())
        )
        if case_id is None:
            return
        self.created.emit(case_id)
        self.done(QDialog.DialogCode.Accepted)

    def reject(self) -> None:
        if not self.has_input() or self._asking:
            super().reject()
            return
        self._asking = True

        def answered(answer: Answer) -> None:
            self._asking = False
            if answer is Answer.SAVE:
                self.submit()
            elif answer is Answer.DISCARD:
                QDialog.reject(self)

        ask_unsaved(self, self.tr("The new intake has not been registered. Register it now?"), answered)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Ctrl+Enter registers from the summary box too
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submit()
            return
        super().keyPressEvent(event)
