"""Creating or editing a program: name, kind, facilitator (center staff or a partner agency), dates,
place or online, capacity and status. A refused form keeps what was typed, messages under the fields."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QWidget,
)

from ...domain.programs import (
    FACILITATOR_KIND_LABELS,
    PROGRAM_KIND_LABELS,
    PROGRAM_STATUS_LABELS,
    FacilitatorKind,
    Program,
    ProgramForm,
    ProgramKind,
    ProgramStatus,
)
from ...domain.referrals import Agency
from ...domain.users import User
from ...services.session import Session
from ..common.dialog_buttons import confirm_buttons, dialog_column
from ..common.field_errors import FieldErrors
from ..common.fields import choice, date_edit, note_edit, set_choice, text_edit
from ..common.form_submit import submit_form
from ..common.forms import buddy_label
from ..common.text import iso_day
from ..common.widgets import MessageLabel
from ..dialog_fit import keep_fitted
from .text import labelled_combo


def form_of(program: Program) -> ProgramForm:
    return ProgramForm(
        name=program.name,
        kind=program.kind,
        description=program.description,
        facilitator_kind=program.facilitator_kind,
        facilitator_user_id=program.facilitator_user_id,
        facilitator_agency_id=program.facilitator_agency_id,
        facilitator_name=""
        if program.facilitator_user_id or program.facilitator_agency_id
        else program.facilitator_name,
        place=program.place,
        online=program.online,
        capacity=str(program.capacity) if program.capacity is not None else "",
        starts_on=iso_day(program.starts_on),
        ends_on=iso_day(program.ends_on),
        status=program.status,
    )


class ProgramDialog(QDialog):
    saved = Signal(str)  # program id

    def __init__(
        self,
        session: Session,
        staff: list[User],
        agencies: list[Agency],
        program: Program | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.program = program
        self.setObjectName("programDialog")
        self.setWindowTitle(self.tr("Edit the program") if program else self.tr("New program"))
        self.errors = FieldErrors()
        e = self.errors
        self.name = text_edit(self, "programName", self.tr("Program name"), max_length=100)
        self.kind = labelled_combo(self, "programKind", self.tr("Kind"), PROGRAM_KIND_LABELS, "Programs")
        self.facilitator_kind = labelled_combo(
            self, "programFacilitatorKind", self.tr("Facilitated by"), FACILITATOR_KIND_LABELS, "Programs"
        )
        self.staff = QComboBox(self)
        self.staff.setObjectName("programStaff")
        self.staff.setAccessibleName(self.tr("Staff member"))
        self.staff.addItem(self.tr("(not decided)"), "")
        for user in staff:
            self.staff.addItem(user.display_name, user.id)
        self.agency = QComboBox(self)
        self.agency.setObjectName("programAgency")
        self.agency.setAccessibleName(self.tr("Partner agency"))
        self.agency.addItem(self.tr("(choose)"), "")
        for agency in agencies:
            self.agency.addItem(agency.name, agency.id)
        self.facilitator_name = text_edit(self, "programFacilitatorName", self.tr("Facilitator's name"), max_length=100)
        self.starts = date_edit(self, "programStarts", self.tr("First day"))
        self.ends = date_edit(self, "programEnds", self.tr("Last day"))
        self.online = QCheckBox(self.tr("&Online"), self)
        self.online.setObjectName("programOnline")
        self.place = text_edit(self, "programPlace", self.tr("Place"), max_length=200)
        self.capacity = text_edit(
            self, "programCapacity", self.tr("Places"), placeholder=self.tr("no limit"), max_length=5
        )
        self.status = labelled_combo(self, "programStatus", self.tr("Status"), PROGRAM_STATUS_LABELS, "Programs")
        self.description = note_edit(self, "programDescription", self.tr("Description"), lines=3)
        self.message = MessageLabel(self, object_name="programDialogMessage")
        form = self.form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Name:"), self.name, self), e.wrap("name", self.name, self))
        form.addRow(buddy_label(self.tr("&Kind:"), self.kind, self), self.kind)
        form.addRow(buddy_label(self.tr("Facilitated &by:"), self.facilitator_kind, self), self.facilitator_kind)
        self.staff_label = buddy_label(self.tr("S&taff member:"), self.staff, self)
        form.addRow(self.staff_label, self.staff)
        self.agency_label = buddy_label(self.tr("&Agency:"), self.agency, self)
        self.agency_row = e.wrap("facilitator_agency_id", self.agency, self)
        form.addRow(self.agency_label, self.agency_row)
        form.addRow(
            buddy_label(self.tr("Facilitator's na&me:"), self.facilitator_name, self),
            e.wrap("facilitator_name", self.facilitator_name, self),
        )
        form.addRow(buddy_label(self.tr("&First day:"), self.starts, self), e.wrap("starts_on", self.starts, self))
        form.addRow(buddy_label(self.tr("&Last day:"), self.ends, self), e.wrap("ends_on", self.ends, self))
        form.addRow(buddy_label(self.tr("&Place:"), self.place, self), e.wrap("place", self.place, self))
        form.addRow("", self.online)
        form.addRow(buddy_label(self.tr("Pla&ces:"), self.capacity, self), e.wrap("capacity", self.capacity, self))
        form.addRow(buddy_label(self.tr("&Status:"), self.status, self), self.status)
        form.addRow(
            buddy_label(self.tr("&Description:"), self.description, self), e.wrap("description", self.description, self)
        )
        buttons = confirm_buttons(self, self.tr("&Save"), "programOk", self.submit)
        dialog_column(self, form, self.message, buttons)
        reading_order: list[QWidget] = [self.name, self.kind, self.facilitator_kind, self.staff, self.agency]
        reading_order += [self.facilitator_name, self.starts, self.ends, self.place, self.online, self.capacity]
        reading_order += [self.status, self.description]
        for first, second in pairwise(reading_order):  # Tab goes down the form, as it is read
            self.setTabOrder(first, second)
        self.facilitator_kind.currentIndexChanged.connect(self._facilitator_changed)
        self.online.toggled.connect(lambda on: self.place.setEnabled(not on))
        self.show_form(form_of(program) if program else ProgramForm())
        self.setMinimumWidth(560)
        keep_fitted(self)

    def _facilitator_changed(self) -> None:
        in_house = choice(self.facilitator_kind) == FacilitatorKind.IN_HOUSE
        self.form.setRowVisible(self.staff, in_house)
        self.form.setRowVisible(self.agency_row, not in_house)

    def show_form(self, form: ProgramForm) -> None:
        self.name.setText(form.name)
        set_choice(self.kind, form.kind)
        set_choice(self.facilitator_kind, form.facilitator_kind)
        set_choice(self.staff, form.facilitator_user_id)
        set_choice(self.agency, form.facilitator_agency_id)
        self.facilitator_name.setText(form.facilitator_name)
        self.starts.setText(form.starts_on)
        self.ends.setText(form.ends_on)
        self.place.setText(form.place)
        self.online.setChecked(form.online)
        self.place.setEnabled(not form.online)
        self.capacity.setText(form.capacity)
        set_choice(self.status, form.status)
        self.description.setPlainText(form.description)
        self._facilitator_changed()

    def form_data(self) -> ProgramForm:
        return ProgramForm(
            name=self.name.text(),
            kind=ProgramKind(choice(self.kind)),
            description=self.description.toPlainText(),
            facilitator_kind=FacilitatorKind(choice(self.facilitator_kind)),
            facilitator_user_id=choice(self.staff) or None,
            facilitator_agency_id=choice(self.agency) or None,
            facilitator_name=self.facilitator_name.text(),
            place=self.place.text(),
            online=self.online.isChecked(),
            capacity=self.capacity.text(),
            starts_on=self.starts.text(),
            ends_on=self.ends.text(),
            status=ProgramStatus(choice(self.status)),
        )

    def _save(self) -> str:
        if self.program is not None:
            self.session.programs.update(self.program.id, self.form_data(), self.program.updated_at)
            return self.program.id
        return self.session.programs.create(self.form_data())

    def submit(self) -> None:
        program_id = submit_form(self.message, self.errors, self._save)
        if program_id is None:
            return
        self.saved.emit(program_id)
        self.accept()
