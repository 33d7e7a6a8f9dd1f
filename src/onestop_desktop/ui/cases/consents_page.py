"""동의: the client's consents, one row each (withdrawn ones greyed), and what a counselor does with them:
record a consent, withdraw one, attach the scanned signed form, print the consent form.

Every action is saved at once (nothing is left unsaved on this tab); `changed` asks the case to
be read again.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QHeaderView, QVBoxLayout, QWidget

from ...domain.consent import Consent, ConsentKind
from ...domain.corrections import RemovableKind
from ...domain.errors import OneStopError
from ...domain.roles import Permission
from ...services.session import Session
from ..common.consent_text import kind_text
from ..common.fields import value_label
from ..common.forms import named_button
from ..common.tables import record_table
from ..common.text import day
from ..common.waiting import waiting
from ..common.widgets import MessageLabel, paragraph
from ..documents.outputs import Outputs
from ..models.consent_table_model import ConsentTableModel
from ..ops import BackgroundRunner
from .agency_records import AgencyRecordsPage
from .consent_dialog import ConsentDialog
from .remove_dialog import RemoveRecordDialog
from .scan_viewer import ScanViewer
from .withdraw_dialog import WithdrawDialog

ChooseFile = Callable[[QWidget], Path | None]
SCAN_TYPES = "*.pdf *.png *.jpg *.jpeg *.tif *.tiff"


def ask_scan_file(parent: QWidget) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ConsentsPage", "Attach the scanned signed form"),
        str(Path.home()),
        QCoreApplication.translate("ConsentsPage", "Scans (PDF or image) ({patterns})").format(patterns=SCAN_TYPES),
    )
    return Path(chosen) if chosen else None


class ConsentsPage(AgencyRecordsPage):
    model: ConsentTableModel
    changed = Signal()  # a consent was recorded, withdrawn or given its scan: read the case again

    def __init__(self, session: Session, runner: BackgroundRunner, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, case_id, "consentsPage", parent)
        self.choose_scan: ChooseFile = ask_scan_file
        self.outputs = Outputs(session, runner, self)
        self.model = ConsentTableModel(parent=self)
        self.table = record_table(self, "consentTable", self.tr("Consents"), self.model, stretch_column=3)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if column != 3:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        editable = session.can(Permission.CONSENT_RECORD)
        self.record_button = named_button(self, "recordConsent", self.tr("&Record a consent…"), self.record, editable)
        self.record_button.setObjectName("primary")
        self.withdraw_button = named_button(self, "withdrawConsent", self.tr("&Withdraw…"), self.withdraw, editable)
        self.attach_button = named_button(
            self, "attachScan", self.tr("Attach the si&gned form…"), self.attach, editable
        )
        self.attach_button.setToolTip(
            self.tr("The scan is stored encrypted inside the OneStop database, not as a separate file.")
        )
        self.view_button = named_button(self, "viewScan", self.tr("&View the signed form…"), self.view_scan, True)
        self.remove_button = named_button(self, "removeConsent", self.tr("Re&move…"), self.remove, editable)
        self.remove_button.setToolTip(self.tr("Remove a consent entered by mistake (with the reason)"))
        printing = session.can(Permission.DOCUMENTS)
        self.print_button = named_button(
            self,
            "printConsentForm",
            self.tr("Consent form for this c&lient…"),
            lambda: self._print(self.case_id),
            printing,
        )
        self.blank_button = named_button(
            self, "printBlankConsentForm", self.tr("&Blank consent form…"), lambda: self._print(None), printing
        )
        self.details = value_label(self, "consentDetails")
        self.details.setObjectName("muted")
        self.message = MessageLabel(self, object_name="consentsMessage")
        tools = QHBoxLayout()
        for button in (self.record_button, self.withdraw_button, self.attach_button, self.view_button,
                       self.remove_button):  # fmt: skip
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.print_button)
        tools.addWidget(self.blank_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Each consent is separate (collection, sensitive information, unique identifiers, each recipient "
                    "agency). A referral can carry only what these consents allow; from the date a consent is withdrawn, "  # noqa: E501
                    "referrals that need it are refused. Withdrawn consents and refusals are grey."
                ),
                self,
                object_name="muted",
            )
        )
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.message)
        self._selected()

    # -- reading ------------------------------------------------------------------------------------
    def read_records(self) -> list[Consent]:
        return self.session.consents.for_case(self.case_id)

    def selected(self) -> Consent | None:
        index = self.table.currentIndex()
        return self.model.record_at(index.row()) if index.isValid() else None

    def _selected(self, *_: QModelIndex) -> None:
        consent = self.selected()
        self.withdraw_button.setEnabled(consent is not None and consent.agreed and consent.withdrawn_on is None)
        self.attach_button.setEnabled(consent is not None)
        self.view_button.setEnabled(consent is not None and consent.attachment_id is not None)
        try:
            removable = consent is not None and self.session.corrections.may_remove(
                self.case_id, RemovableKind.CONSENT, consent.id
            )
        except OneStopError:
            removable = False
        self.remove_button.setEnabled(removable)
        if consent is None:
            self.details.setText(self.tr("Choose a consent to see its purpose, retention and how it was given."))
            return
        lines = [
            self.tr("Purpose: {purpose} · Retention: {retention}").format(
                purpose=consent.purpose or "—", retention=consent.retention or "—"
            )
        ]
        if consent.legal_basis:
            lines.append(
                self.tr("Legal basis: {basis} · Reason: {reason}").format(
                    basis=consent.legal_basis, reason=consent.legal_basis_reason or "—"
                )
            )
        if consent.withdrawn_on is not None:
            lines.append(
                self.tr("Withdrawn on {date}: {note}").format(
                    date=day(consent.withdrawn_on), note=consent.withdrawal_note or "—"
                )
            )
        lines.append(self.tr("Form version {version}").format(version=consent.form_version[:12]))
        self.details.setText("\n".join(lines))

    # -- actions ---------------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def record(self) -> ConsentDialog | None:
        if self.client is None:
            return None
        dialog = ConsentDialog(self.session, self.case_id, self.client, self.active_agencies(), self)
        dialog.recorded.connect(lambda _: self._done(self.tr("The consent is recorded.")))
        self._open(dialog)
        return dialog

    def withdraw(self) -> WithdrawDialog | None:
        consent = self.selected()
        if consent is None:
            return None
        recipient = self.model.recipient(consent) if consent.kind is ConsentKind.THIRD_PARTY else ""
        dialog = WithdrawDialog(self.session, self.case_id, consent, recipient, self)
        dialog.withdrawn.connect(
            lambda: self._done(self.tr("The consent is withdrawn. Referrals that need it can no longer be sent."))
        )
        self._open(dialog)
        return dialog

    def remove(self) -> RemoveRecordDialog | None:
        consent = self.selected()
        if consent is None:
            return None
        what = self.tr("{kind}, given {date}").format(kind=kind_text(consent.kind), date=day(consent.given_on))
        dialog = RemoveRecordDialog(self.session, self.case_id, RemovableKind.CONSENT, consent.id, what, self)
        dialog.removed.connect(lambda: self._done(self.tr("The consent is removed; the history keeps why.")))
        self._open(dialog)
        return dialog

    def attach(self) -> None:
        consent = self.selected()
        if consent is None:
            return
        path = self.choose_scan(self)
        if path is None:
            return
        try:
            data = path.read_bytes()
        except OSError as err:
            self.message.show_error(
                self.tr("{path} could not be read: {reason}").format(path=path, reason=err.strerror)
            )
            return
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        try:
            with waiting():
                self.session.consents.attach_scan(self.case_id, consent.id, path.name, media_type, data)
        except OneStopError as err:
            self.message.show_error(err)
            return
        self._done(
            self.tr(
                "The signed form is attached. It is stored encrypted inside the OneStop database; the "
                "file {name} is still where it was — delete it there if it is no longer needed."
            ).format(name=path.name)
        )

    def view_scan(self) -> ScanViewer | None:
        consent = self.selected()
        if consent is None or consent.attachment_id is None:
            return None
        try:
            with waiting():
                scan = self.session.consents.scan(self.case_id, consent.id)
        except OneStopError as err:
            self.message.show_error(err)
            return None
        viewer = ScanViewer(self.session, self.case_id, consent.id, scan, self)
        self._open(viewer)
        return viewer

    def _print(self, case_id: str | None) -> None:
        self.outputs.consent_form(case_id)

    def _done(self, text: str) -> None:
        self.message.show_success(text)
        self.changed.emit()
