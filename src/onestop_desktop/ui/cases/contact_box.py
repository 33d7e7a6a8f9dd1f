"""The client's phone numbers with their safe-contact instructions (문자 금지, 연락 가능 시간, …).

Numbers are added through a small form with inline messages and removed after a question;
both are saved at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.casework import CaseFile, Phone, PhoneForm
from ...domain.errors import ErrorCode, OneStopError
from ...domain.korean import format_phone
from ...domain.roles import Permission
from ...services.session import Session
from ..common.dialog_buttons import confirm_buttons, dialog_column
from ..common.field_errors import FieldErrors
from ..common.fields import text_edit
from ..common.forms import buddy_label
from ..common.waiting import waiting
from ..common.widgets import MessageLabel
from ..models.record_table_model import WARNING


class PhoneDialog(QDialog):
    added = Signal()

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.setObjectName("phoneDialog")
        self.setWindowTitle(self.tr("Add a phone number"))
        self.errors = FieldErrors()
        self.number = text_edit(
            self, "phoneNumber", self.tr("Phone number"), placeholder="010-1234-5678", max_length=20
        )
        self.label = text_edit(
            self, "phoneLabel", self.tr("Label"), placeholder=self.tr("e.g. mobile, home, work"), max_length=30
        )
        self.no_sms = QCheckBox(self.tr("No text messages"), self)
        self.no_sms.setObjectName("phoneNoSms")
        self.call_hours = text_edit(
            self,
            "phoneCallHours",
            self.tr("Hours to call"),
            placeholder=self.tr("e.g. weekdays 10:00~17:00"),
            max_length=100,
        )
        self.instructions = text_edit(
            self,
            "phoneInstructions",
            self.tr("Instructions"),
            placeholder=self.tr("e.g. hang up if someone else answers"),
            max_length=200,
        )
        self.primary = QCheckBox(self.tr("Main number"), self)
        self.primary.setObjectName("phonePrimary")
        self.message = MessageLabel(self, object_name="phoneMessage")
        e = self.errors
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Number:"), self.number, self), e.wrap("number", self.number, self))
        form.addRow(buddy_label(self.tr("&Label:"), self.label, self), self.label)
        form.addRow("", self.no_sms)
        form.addRow(buddy_label(self.tr("Hours to &call:"), self.call_hours, self), self.call_hours)
        form.addRow(
            buddy_label(self.tr("&Instructions:"), self.instructions, self),
            e.wrap("instructions", self.instructions, self),
        )
        form.addRow("", self.primary)
        buttons = confirm_buttons(self, self.tr("&Add"), "phoneOk", self.submit)
        dialog_column(self, form, self.message, buttons)
        self.setMinimumWidth(460)

    def form(self) -> PhoneForm:
        return PhoneForm(
            number=self.number.text(),
            label=self.label.text(),
            sms_ok=not self.no_sms.isChecked(),
            call_hours=self.call_hours.text(),
            instructions=self.instructions.text(),
            is_primary=self.primary.isChecked(),
        )

    def submit(self) -> None:
        self.message.clear_message()
        try:
            with waiting():
                self.session.cases.add_phone(self.case_id, self.form())
        except OneStopError as err:
            if err.code is ErrorCode.INVALID_INPUT:
                self.errors.show(list(err.params.get("problems", [])))
            self.message.show_error(err)
            return
        self.added.emit()
        self.accept()


def phone_text(phone: Phone) -> str:
    """`010-1234-5678 (휴대전화) · 대표 · 문자 금지 · 연락 평일 10:00~17:00 · …`"""
    parts = [format_phone(phone.digits) + (f" ({phone.label})" if phone.label else "")]
    if phone.is_primary:
        parts.append(QCoreApplication.translate("ContactBox", "main"))
    if not phone.sms_ok:
        parts.append(QCoreApplication.translate("ContactBox", "NO TEXT MESSAGES"))
    if phone.call_hours:
        parts.append(QCoreApplication.translate("ContactBox", "call {hours}").format(hours=phone.call_hours))
    if phone.instructions:
        parts.append(phone.instructions)
    return " · ".join(parts)


class ContactBox(QWidget):
    changed = Signal()

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.phones = QListWidget(self)
        self.phones.setObjectName("phoneList")
        self.phones.setAccessibleName(self.tr("Phone numbers"))
        self.phones.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.phones.currentRowChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Add number…"), self)
        self.add_button.setObjectName("addPhone")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removePhone")
        self.remove_button.clicked.connect(self.remove)
        editable = session.can(Permission.CASE_EDIT)
        self.add_button.setVisible(editable)
        self.remove_button.setVisible(editable)
        self.message = MessageLabel(self, object_name="phoneBoxMessage")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.phones)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._update_buttons()

    def refresh(self, case_file: CaseFile) -> None:
        self.phones.clear()
        for phone in case_file.client.phones:
            item = QListWidgetItem(phone_text(phone), self.phones)
            item.setData(Qt.ItemDataRole.UserRole, phone.id)
            if not phone.sms_ok:
                item.setForeground(QBrush(WARNING))
        if not case_file.client.phones:
            QListWidgetItem(self.tr("No phone number"), self.phones).setFlags(Qt.ItemFlag.NoItemFlags)
        self._update_buttons()

    def _current_id(self) -> str:
        item = self.phones.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return str(value) if value else ""

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self._current_id()))

    def add(self) -> None:
        dialog = PhoneDialog(self.session, self.case_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(self.changed)
        dialog.open()

    def remove(self) -> None:
        phone_id = self._current_id()
        if not phone_id:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove phone number"),
            self.tr("Remove {number} from the client's numbers? The change stays in the history.").format(
                number=self.phones.currentItem().text().split(" · ")[0]
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmRemovePhone")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Remove"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: QAbstractButton) -> None:
            if box.standardButton(button) != QMessageBox.StandardButton.Yes:
                return
            try:
                self.session.cases.remove_phone(self.case_id, phone_id)
            except OneStopError as err:
                self.message.show_error(err)
                return
            self.changed.emit()

        box.buttonClicked.connect(answered)
        box.open()
