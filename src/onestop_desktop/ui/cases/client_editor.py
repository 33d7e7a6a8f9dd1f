"""The client's details on the overview tab: name and alias, birth date with 만 나이, nationality,
interpreter, disability, the address with 주소 비공개, and the guardian of a minor."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...domain.casework import CaseFile, Client, ClientForm
from ...domain.korean import format_phone, international_age, parse_date
from ...domain.taxonomy import GENDER_LABELS, Gender
from ...services.session import Session
from ..common.fields import choice, date_edit, enum_combo, set_choice, text_edit
from ..common.forms import buddy_label
from ..common.text import age_text, iso_day
from .editor import FormEditor

ADULT_AGE = 19  # 민법: a minor until 19


def client_form(client: Client) -> ClientForm:
    return ClientForm(
        name=client.name, alias=client.alias or "", gender=client.gender, birth_date=iso_day(client.birth_date),
        nationality=client.nationality, interpreter_language=client.interpreter_language or "",
        disability=client.disability or "", address_road=client.address_road or "",
        address_detail=client.address_detail or "", postal_code=client.postal_code or "",
        address_private=client.address_private, offender_cohabits=client.offender_cohabits,
        guardian_name=client.guardian_name or "", guardian_relation=client.guardian_relation or "",
        guardian_phone=format_phone(client.guardian_phone) if client.guardian_phone else "",
        guardian_is_suspect=client.guardian_is_suspect,
    )  # fmt: skip


class ClientEditor(FormEditor[ClientForm]):
    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self._stamp = ""
        self.name = text_edit(self, "clientName", self.tr("Name"), max_length=60)
        self.alias = text_edit(
            self, "clientAlias", self.tr("Alias"), placeholder=self.tr("shown instead of the name"), max_length=60
        )
        self.gender = enum_combo(self, "clientGender", self.tr("Gender"), GENDER_LABELS)
        self.birth_date = date_edit(self, "clientBirthDate", self.tr("Date of birth"))
        self.age = QLabel(self)
        self.age.setObjectName("clientAge")
        self.nationality = text_edit(self, "clientNationality", self.tr("Nationality"), max_length=50)
        self.interpreter = text_edit(
            self,
            "clientInterpreter",
            self.tr("Interpreter language"),
            placeholder=self.tr("language, when an interpreter is needed"),
            max_length=50,
        )
        self.disability = text_edit(self, "clientDisability", self.tr("Disability"), max_length=200)
        example = self.tr("e.g. {example}").format(example="서울특별시 중구 세종대로 110")
        self.address_road = text_edit(
            self, "clientAddress", self.tr("Road-name address"), placeholder=example, max_length=200
        )
        self.address_detail = text_edit(
            self,
            "clientAddressDetail",
            self.tr("Address details"),
            placeholder=self.tr("building, floor, unit"),
            max_length=100,
        )
        self.postal_code = text_edit(self, "clientPostalCode", self.tr("Postal code"), max_length=5)
        self.postal_code.setMaximumWidth(90)
        self.address_private = QCheckBox(self.tr("Withhold the address"), self)
        self.address_private.setObjectName("clientAddressPrivate")
        self.address_private.setToolTip(self.tr("Left out of referral letters and printouts"))
        self.offender_cohabits = QCheckBox(self.tr("Lives with the offender"), self)
        self.offender_cohabits.setObjectName("clientOffenderCohabits")
        self.guardian_name = text_edit(self, "guardianName", self.tr("Guardian's name"), max_length=60)
        self.guardian_relation = text_edit(self, "guardianRelation", self.tr("Relation"), max_length=30)
        self.guardian_phone = text_edit(self, "guardianPhone", self.tr("Guardian's phone"), max_length=20)
        self.guardian_suspect = QCheckBox(self.tr("The guardian is the suspected offender"), self)
        self.guardian_suspect.setObjectName("guardianIsSuspect")
        self._layout()
        self.birth_date.textChanged.connect(self._birth_changed)
        self.watch(
            self.name,
            self.alias,
            self.gender,
            self.birth_date,
            self.nationality,
            self.interpreter,
            self.disability,
            self.address_road,
            self.address_detail,
            self.postal_code,
            self.address_private,
            self.offender_cohabits,
            self.guardian_name,
            self.guardian_relation,
            self.guardian_phone,
            self.guardian_suspect,
        )

    def _layout(self) -> None:
        e = self.errors
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Name:"), self.name, self), e.wrap("name", self.name, self))
        form.addRow(buddy_label(self.tr("A&lias:"), self.alias, self), e.wrap("alias", self.alias, self))
        form.addRow(buddy_label(self.tr("Gender:"), self.gender, self), self.gender)
        birth = QWidget(self)
        row = QHBoxLayout(birth)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.birth_date)
        row.addWidget(self.age, 1)
        form.addRow(buddy_label(self.tr("Date of &birth:"), self.birth_date, self), e.wrap("birth_date", birth, self))
        form.addRow(
            buddy_label(self.tr("Nationality:"), self.nationality, self), e.wrap("nationality", self.nationality, self)
        )
        form.addRow(
            buddy_label(self.tr("Interpreter:"), self.interpreter, self),
            e.wrap("interpreter_language", self.interpreter, self),
        )
        form.addRow(
            buddy_label(self.tr("Disability:"), self.disability, self), e.wrap("disability", self.disability, self)
        )
        form.addRow(
            buddy_label(self.tr("Address:"), self.address_road, self), e.wrap("address_road", self.address_road, self)
        )
        detail = QWidget(self)
        row = QHBoxLayout(detail)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(e.wrap("address_detail", self.address_detail, detail), 1)
        row.addWidget(buddy_label(self.tr("Postal code:"), self.postal_code, detail))
        row.addWidget(e.wrap("postal_code", self.postal_code, detail))
        form.addRow("", detail)
        flags = QHBoxLayout()
        flags.addWidget(self.address_private)
        flags.addWidget(self.offender_cohabits)
        flags.addStretch(1)
        form.addRow("", flags)
        self.guardian = QGroupBox(self.tr("Legal guardian (minor)"), self)
        self.guardian.setObjectName("guardianBox")
        guardian = QFormLayout(self.guardian)
        guardian.addRow(
            buddy_label(self.tr("Name:"), self.guardian_name, self.guardian),
            e.wrap("guardian_name", self.guardian_name, self.guardian),
        )
        guardian.addRow(
            buddy_label(self.tr("Relation:"), self.guardian_relation, self.guardian),
            e.wrap("guardian_relation", self.guardian_relation, self.guardian),
        )
        guardian.addRow(
            buddy_label(self.tr("Phone:"), self.guardian_phone, self.guardian),
            e.wrap("guardian_phone", self.guardian_phone, self.guardian),
        )
        guardian.addRow("", self.guardian_suspect)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self.guardian)

    def title(self) -> str:
        return self.tr("Client")

    def current_form(self) -> ClientForm:
        return ClientForm(
            name=self.name.text(), alias=self.alias.text(), gender=Gender(choice(self.gender)),
            birth_date=self.birth_date.text(), nationality=self.nationality.text(),
            interpreter_language=self.interpreter.text(), disability=self.disability.text(),
            address_road=self.address_road.text(), address_detail=self.address_detail.text(),
            postal_code=self.postal_code.text(), address_private=self.address_private.isChecked(),
            offender_cohabits=self.offender_cohabits.isChecked(), guardian_name=self.guardian_name.text(),
            guardian_relation=self.guardian_relation.text(), guardian_phone=self.guardian_phone.text(),
            guardian_is_suspect=self.guardian_suspect.isChecked(),
        )  # fmt: skip

    def show_form(self, form: ClientForm) -> None:
        self.name.setText(form.name)
        self.alias.setText(form.alias)
        set_choice(self.gender, form.gender)
        self.birth_date.setText(form.birth_date)
        self.nationality.setText(form.nationality)
        self.interpreter.setText(form.interpreter_language)
        self.disability.setText(form.disability)
        self.address_road.setText(form.address_road)
        self.address_detail.setText(form.address_detail)
        self.postal_code.setText(form.postal_code)
        self.address_private.setChecked(form.address_private)
        self.offender_cohabits.setChecked(form.offender_cohabits)
        self.guardian_name.setText(form.guardian_name)
        self.guardian_relation.setText(form.guardian_relation)
        self.guardian_phone.setText(form.guardian_phone)
        self.guardian_suspect.setChecked(form.guardian_is_suspect)
        self._birth_changed()

    def _birth_changed(self) -> None:
        birth = parse_date(self.birth_date.text())
        self.age.setText(age_text(birth))
        minor = birth is not None and international_age(birth, date.today()) < ADULT_AGE
        has_guardian = any(
            (
                self.guardian_name.text(),
                self.guardian_relation.text(),
                self.guardian_phone.text(),
                self.guardian_suspect.isChecked(),
            )
        )
        self.guardian.setVisible(minor or has_guardian)

    def refresh(self, case_file: CaseFile) -> None:
        if self.adopt(client_form(case_file.client)):
            self._stamp = case_file.client.updated_at

    def commit(self) -> None:
        self.session.cases.update_client(self.case_id, self.current_form(), self._stamp or None)

    def set_editable(self, editable: bool, *widgets: QWidget) -> None:
        super().set_editable(
            editable,
            self.name,
            self.alias,
            self.gender,
            self.birth_date,
            self.nationality,
            self.interpreter,
            self.disability,
            self.address_road,
            self.address_detail,
            self.postal_code,
            self.address_private,
            self.offender_cohabits,
            self.guardian_name,
            self.guardian_relation,
            self.guardian_phone,
            self.guardian_suspect,
            *widgets,
        )
