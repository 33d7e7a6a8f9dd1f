"""연계: the case's referrals (a reply past its deadline in red) beside the chosen one in full, with the
steps of its lifecycle as buttons, its documents, and its history.

"Send" goes through the consent check of the service: a refusal lists exactly which consent is
missing. Every change is saved at once; `changed` asks the case to be read again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QHeaderView, QPushButton, QSplitter, QVBoxLayout, QWidget

from ...domain.consent import DataItem
from ...domain.errors import ErrorCode, OneStopError
from ...domain.referrals import REFERRAL_TRANSITIONS, Direction, Referral, ReferralStatus
from ...domain.roles import Permission
from ...services.session import Session
from ..common.consent_text import blockers_text, status_text
from ..common.forms import named_button
from ..common.tables import record_table, select_row
from ..common.waiting import waiting
from ..common.widgets import MessageLabel
from ..documents.outputs import Outputs
from ..errors import error_text
from ..models.referral_table_model import ReferralTableModel
from ..ops import BackgroundRunner
from .agency_records import AgencyRecordsPage
from .referral_details import ReferralDetails
from .referral_dialog import ReferralDialog
from .status_note_dialog import StatusNoteDialog
from .takedown_output import save_takedown_list


class ReferralsPage(AgencyRecordsPage):
    model: ReferralTableModel
    changed = Signal()
    row_when_none_selected = 0

    def __init__(self, session: Session, runner: BackgroundRunner, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, case_id, "referralsPage", parent)
        self.editable = session.can(Permission.REFERRAL_EDIT)
        self.outputs = Outputs(session, runner, self)
        self.model = ReferralTableModel(parent=self)
        self.table = record_table(self, "referralTable", self.tr("Referrals"), self.model, stretch_column=2)
        for column in range(self.model.columnCount()):
            if column != 2:
                self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.new_button = named_button(self, "newReferral", self.tr("&New referral…"), self.new_referral, self.editable)
        self.new_button.setObjectName("primary")
        self.incoming_button = named_button(
            self,
            "incomingReferral",
            self.tr("Record a referral &received…"),
            lambda: self.new_referral(incoming=True),
            self.editable,
        )
        self.details = ReferralDetails(self)
        self.status_row = QHBoxLayout()
        self.status_buttons: dict[ReferralStatus, QPushButton] = {}
        for target, text in (
            (ReferralStatus.SENT, self.tr("Send")),
            (ReferralStatus.RECEIVED, self.tr("Agency received it")),
            (ReferralStatus.IN_SUPPORT, self.tr("Support started")),
            (ReferralStatus.COMPLETED, self.tr("Completed")),
            (ReferralStatus.REJECTED, self.tr("Returned")),
            (ReferralStatus.DRAFT, self.tr("Back to draft")),
            (ReferralStatus.CANCELLED, self.tr("Cancel the referral")),
        ):
            button = named_button(self, f"referral-to-{target}", text, lambda _=False, t=target: self.move_to(t), False)
            self.status_buttons[target] = button
            self.status_row.addWidget(button)
        self.status_row.addStretch(1)
        self.edit_button = named_button(self, "editReferral", self.tr("Edit the &draft…"), self.edit_draft, False)
        self.letter_button = named_button(
            self, "printLetter", self.tr("Referral &letter…"), lambda: self._output(self.outputs.referral_letter), False
        )
        self.packet_button = named_button(
            self, "printPacket", self.tr("Referral pac&ket…"), lambda: self._output(self.outputs.packet), False
        )
        self.takedown_button = named_button(
            self, "saveTakedownList", self.tr("Items to remove (.&xlsx)…"), self.save_takedown_list, False
        )
        documents = QHBoxLayout()
        for button in (self.edit_button, self.letter_button, self.packet_button, self.takedown_button):
            documents.addWidget(button)
        documents.addStretch(1)
        self.details.action_area.addLayout(self.status_row)
        self.details.action_area.addLayout(documents)
        self.message = MessageLabel(self, object_name="referralsMessage")
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        tools = QHBoxLayout()
        tools.addWidget(self.new_button)
        tools.addWidget(self.incoming_button)
        tools.addStretch(1)
        left_column.addLayout(tools)
        left_column.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([680, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self._selected()

    # -- reading ------------------------------------------------------------------------------------------
    def read_records(self) -> list[Referral]:
        return self.session.referrals.for_case(self.case_id)

    def selected(self) -> Referral | None:
        index = self.table.currentIndex()
        return self.model.record_at(index.row()) if index.isValid() else None

    def select(self, referral_id: str) -> None:
        select_row(self.table, self.model.row_of(referral_id))
        self._selected()

    def _selected(self, *_: QModelIndex) -> None:
        referral = self.selected()
        blockers = None
        if (
            referral is not None
            and referral.direction is Direction.OUTGOING
            and referral.status is ReferralStatus.DRAFT
        ):
            try:
                blockers = self.session.referrals.blockers(referral.id)
            except OneStopError as err:
                self.message.show_error(err)
        self.details.show_referral(referral, self.model.agency(referral) if referral else "", blockers)
        allowed = REFERRAL_TRANSITIONS[referral.status] if referral is not None else frozenset()
        for target, button in self.status_buttons.items():
            button.setVisible(self.editable and target in allowed)
        draft = referral is not None and referral.status is ReferralStatus.DRAFT
        outgoing = referral is not None and referral.direction is Direction.OUTGOING
        self.edit_button.setVisible(self.editable and draft and outgoing)
        printing = self.session.can(Permission.DOCUMENTS) and outgoing
        tip = self.tr("The consents do not allow this referral yet (see above).") if blockers else ""
        for button in (self.letter_button, self.packet_button, self.takedown_button):
            button.setVisible(printing)
            button.setEnabled(not blockers)
            button.setToolTip(tip)
        # the 삭제지원 item list travels only with a referral that carries it (a consented item)
        self.takedown_button.setVisible(printing and referral is not None and DataItem.TAKEDOWN in referral.items)

    # -- actions --------------------------------------------------------------------------------------------
    def save_takedown_list(self, target: Path | None = None, purpose: str | None = None) -> bool:
        referral = self.selected()
        if referral is None:
            return False
        export = self.session.takedown_export

        def save(path: Path, why: str) -> None:
            export.save_document(export.for_referral(referral.id, why), path, overwrite=True)

        return save_takedown_list(self, self.message, f"삭제지원목록-{referral.number}.xlsx", save, target, purpose)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def new_referral(self, incoming: bool = False) -> ReferralDialog | None:
        if self.client is None:
            return None
        dialog = ReferralDialog(
            self.session, self.case_id, self.client, self.active_agencies(), self, incoming=incoming
        )
        dialog.saved.connect(
            lambda referral_id: self._done(
                referral_id,
                self.tr("The referral received is recorded.")
                if incoming
                else self.tr("The referral is saved as a draft. Send it when it is ready."),
            )
        )
        self._open(dialog)
        return dialog

    def edit_draft(self) -> ReferralDialog | None:
        referral = self.selected()
        if referral is None or self.client is None:
            return None
        dialog = ReferralDialog(
            self.session, self.case_id, self.client, self.active_agencies(), self, referral=referral
        )
        dialog.saved.connect(lambda referral_id: self._done(referral_id, self.tr("The draft is saved.")))
        self._open(dialog)
        return dialog

    def move_to(self, target: ReferralStatus) -> StatusNoteDialog | None:
        referral = self.selected()
        if referral is None:
            return None
        dialog = StatusNoteDialog(referral.number, target, self)
        dialog.accepted.connect(lambda: self.change_status(referral, target, dialog.note.text()))
        self._open(dialog)
        return dialog

    def change_status(self, referral: Referral, target: ReferralStatus, note: str) -> bool:
        self.message.clear_message()
        try:
            with waiting():
                self.session.referrals.change_status(referral.id, target, note)
        except OneStopError as err:
            text = error_text(err)
            if err.code is ErrorCode.CONSENT_MISSING:
                text += "\n" + blockers_text(err.params.get("blockers", []))
            self.message.show_error(text)
            return False
        self._done(
            referral.id,
            self.tr("{number} is now “{status}”.").format(number=referral.number, status=status_text(target)),
        )
        return True

    def _output(self, make: Callable[[Referral, str], object]) -> None:
        referral = self.selected()
        if referral is not None:
            make(referral, self.model.agency(referral))

    def _done(self, referral_id: str, text: str) -> None:
        self.message.show_success(text)
        self.changed.emit()
        self.select(referral_id)
