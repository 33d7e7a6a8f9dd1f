"""협력 기관: the partner-agency directory. Everyone may read it; administrators add, correct and mark
entries verified ("오늘 확인함"). Entries not verified for more than a year are highlighted."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ErrorCode, OneStopError
from ...domain.referrals import Agency
from ...domain.roles import Permission
from ...services.session import Session
from ..common.fields import value_label
from ..common.forms import named_button
from ..common.tables import record_table, select_row
from ..common.text import problem_text
from ..common.waiting import waiting
from ..common.widgets import MessageLabel, paragraph
from ..errors import error_text
from ..models.agency_table_model import AgencyTableModel, phone_text
from .agency_form import AgencyFormDialog, form_of


class AgencyDirectoryDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.editable = session.can(Permission.MANAGE_AGENCIES)
        self.setObjectName("agencyDirectory")
        self.setWindowTitle(self.tr("Partner agencies"))
        self.model = AgencyTableModel(parent=self)
        self.table = record_table(self, "agencyTable", self.tr("Partner agencies"), self.model, stretch_column=2)
        for column in (0, 1, 3, 4):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _: self.edit() if self.editable else None)
        self.show_inactive = QCheckBox(self.tr("Show &inactive entries"), self)
        self.show_inactive.setObjectName("agencyShowInactive")
        self.show_inactive.toggled.connect(lambda _: self.reload())
        self.add_button = named_button(self, "addAgency", self.tr("&Add…"), self.add)
        self.edit_button = named_button(self, "editAgency", self.tr("&Edit…"), self.edit)
        self.verify_button = named_button(self, "verifyAgency", self.tr("&Verified today"), self.verified_today)
        self.verify_button.setToolTip(self.tr("You checked the name, phone and contact with the agency today."))
        self.details = value_label(self, "agencyDetails")
        self.message = MessageLabel(self, object_name="agencyMessage")
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.verify_button):
            button.setVisible(self.editable)
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        note = self.tr(
            "Referrals are offered only to active entries. Red dates: not verified for more than a "
            "year — check with the agency before sending."
        )
        if not self.editable:
            note += " " + self.tr("Only an administrator can change the directory.")
        layout = QVBoxLayout(self)
        self.note = paragraph(note, self, object_name="muted")
        layout.addWidget(self.note)
        layout.addWidget(self.show_inactive)
        layout.addLayout(body, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(1040, 620)
        self.reload()

    def reload(self, select: str = "") -> None:
        current = self.selected()
        keep = select or (current.id if current is not None else "")
        try:
            agencies = self.session.agencies.list(active_only=not self.show_inactive.isChecked())
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.model.set_records(sorted(agencies, key=lambda a: a.name))
        select_row(self.table, self.model.row_of(keep) if keep else 0)
        self._selected()

    def selected(self) -> Agency | None:
        index = self.table.currentIndex()
        return self.model.record_at(index.row()) if index.isValid() else None

    def _selected(self, *_: QModelIndex) -> None:
        agency = self.selected()
        self.edit_button.setEnabled(agency is not None)
        self.verify_button.setEnabled(agency is not None)
        if agency is None:
            self.details.setText("")
            return
        parts = [
            (self.tr("Fax"), phone_text(agency.fax)),
            (self.tr("E-mail"), agency.email),
            (self.tr("Address"), agency.address),
            (self.tr("Contact person"), agency.contact_person),
            (self.tr("Notes"), agency.notes),
        ]
        self.details.setText(f"{agency.name}\n" + "\n".join(f"{name}: {value}" for name, value in parts if value))

    # -- administrators ------------------------------------------------------------------------------------
    def _open_form(self, agency: Agency | None) -> AgencyFormDialog:
        dialog = AgencyFormDialog(self.session, agency, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda agency_id: self._changed(agency_id, self.tr("The directory is updated.")))
        dialog.open()
        return dialog

    def add(self) -> AgencyFormDialog:
        return self._open_form(None)

    def edit(self) -> AgencyFormDialog | None:
        agency = self.selected()
        return self._open_form(agency) if agency is not None else None

    def verified_today(self) -> None:
        agency = self.selected()
        if agency is None:
            return
        self.message.clear_message()
        try:
            with waiting():
                self.session.agencies.update(
                    agency.id, replace(form_of(agency), last_verified=date.today().isoformat())
                )
        except OneStopError as err:
            text = error_text(err)
            if err.code is ErrorCode.INVALID_INPUT:
                text += "\n" + "\n".join(problem_text(p) for p in err.params.get("problems", []))
                text += "\n" + self.tr("Correct the entry with Edit first.")
            self.message.show_error(text)
            return
        self._changed(agency.id, self.tr("{name} is marked as verified today.").format(name=agency.name))

    def _changed(self, agency_id: str, text: str) -> None:
        self.reload(select=agency_id)
        self.message.show_success(text)
