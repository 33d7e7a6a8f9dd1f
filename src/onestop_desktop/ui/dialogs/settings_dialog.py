"""Settings: this computer's language and one's own direct line and e-mail (everyone); the center's idle lock,
report threshold and contact details printed on letters and cover sheets (administrators)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OneStopError
from ...domain.korean import format_phone
from ...domain.roles import Permission
from ...domain.settings import IDLE_LOCK_MINUTES, SUPPRESSION_THRESHOLD
from ...services.session import Session
from ...services.vault import Vault
from ..common.dialog_buttons import Button, confirm_buttons
from ..common.forms import buddy_label, line_edit
from ..common.text import problem_text
from ..common.widgets import MessageLabel, paragraph
from ..dialog_fit import keep_fitted
from ..i18n import LANGUAGES


def _phone(digits: str) -> str:
    return format_phone(digits) if digits else ""


class SettingsDialog(QDialog):
    idle_minutes_changed = Signal(int)
    language_changed = Signal(str)

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.session = session
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)

        device = QGroupBox(self.tr("This computer"), self)
        device_form = QFormLayout(device)
        self.language = QComboBox(device)
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(vault.language)))
        device_form.addRow(buddy_label(self.tr("&Language:"), self.language, device), self.language)
        device_form.addRow(
            "", paragraph(self.tr("A new language applies the next time OneStop starts."), device, object_name="muted")
        )
        layout.addWidget(device)

        center = QGroupBox(self.tr("Center (all computers)"), self)
        center_form = QFormLayout(center)
        self.idle_minutes = QSpinBox(center)
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setAccessibleName(self.tr("Lock after idle minutes"))
        self.idle_minutes.setRange(IDLE_LOCK_MINUTES.minimum or 1, IDLE_LOCK_MINUTES.maximum or 60)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(session.settings.idle_lock_minutes)
        center_form.addRow(
            buddy_label(self.tr("Lock the screen after &idle:"), self.idle_minutes, center), self.idle_minutes
        )
        self.threshold = QSpinBox(center)
        self.threshold.setObjectName("suppressionThreshold")
        self.threshold.setAccessibleName(self.tr("Smallest count shown in period reports"))
        self.threshold.setRange(SUPPRESSION_THRESHOLD.minimum or 2, SUPPRESSION_THRESHOLD.maximum or 20)
        self.threshold.setValue(session.reports.threshold)
        center_form.addRow(buddy_label(self.tr("Reports hide counts &below:"), self.threshold, center), self.threshold)
        self.may_change_center = session.can(Permission.MANAGE_SETTINGS)
        self.idle_minutes.setEnabled(self.may_change_center)
        self.threshold.setEnabled(self.may_change_center)
        note = (
            self.tr("Without input for this long, every screen locks.")
            if self.may_change_center
            else self.tr("Only an administrator can change this.")
        )
        center_form.addRow("", paragraph(note, center, object_name="muted"))
        self._add_center_contact(center_form, center)
        layout.addWidget(center)
        layout.addWidget(self._own_contact())

        self.message = MessageLabel(self, object_name="settingsMessage")
        layout.addWidget(self.message)
        buttons = confirm_buttons(self, self.tr("&Save"), "settingsSave", self._save, ok_kind=Button.Save)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        keep_fitted(self)  # the wrapped notes under the fields were cut to one line

    def _add_center_contact(self, form: QFormLayout, parent: QWidget) -> None:
        """What letters and cover sheets print as the sender (대표 전화, 팩스, 이메일, 주소)."""
        held = self.session.contacts.center()
        self.center_phone = line_edit("centerPhone", self.tr("Center phone"), parent, placeholder="02-123-4567")
        self.center_fax = line_edit("centerFax", self.tr("Center fax"), parent, placeholder="02-123-4568")
        self.center_email = line_edit("centerEmail", self.tr("Center e-mail"), parent, max_length=120)
        self.center_address = line_edit("centerAddress", self.tr("Center address"), parent, max_length=200)
        for edit, value, text in (
            (self.center_phone, _phone(held.phone), self.tr("Center &phone:")),
            (self.center_fax, _phone(held.fax), self.tr("Center fa&x:")),
            (self.center_email, held.email, self.tr("Center &e-mail:")),
            (self.center_address, held.address, self.tr("Center a&ddress:")),
        ):
            edit.setText(value)
            edit.setEnabled(self.may_change_center)
            form.addRow(buddy_label(text, edit, parent), edit)

    def _own_contact(self) -> QGroupBox:
        box = QGroupBox(self.tr("My contact details (printed on my letters)"), self)
        form = QFormLayout(box)
        held = self.session.contacts.person()
        self.own_phone = line_edit("ownPhone", self.tr("My direct line"), box, placeholder="02-123-4569")
        self.own_phone.setText(_phone(held.phone))
        self.own_email = line_edit("ownEmail", self.tr("My e-mail"), box, max_length=120)
        self.own_email.setText(held.email)
        form.addRow(buddy_label(self.tr("Direct &line:"), self.own_phone, box), self.own_phone)
        form.addRow(buddy_label(self.tr("E-&mail:"), self.own_email, box), self.own_email)
        return box

    def _save_contacts(self) -> None:
        if self.may_change_center:
            self.session.contacts.set_center(
                self.center_phone.text(), self.center_fax.text(), self.center_email.text(), self.center_address.text()
            )
        self.session.contacts.set_own(self.own_phone.text(), self.own_email.text())

    def _save(self) -> None:
        language = str(self.language.currentData())
        try:
            self._save_contacts()
            if self.may_change_center and self.idle_minutes.value() != self.session.settings.idle_lock_minutes:
                self.session.settings.set(IDLE_LOCK_MINUTES, self.idle_minutes.value())
                self.idle_minutes_changed.emit(self.idle_minutes.value())
            if self.may_change_center and self.threshold.value() != self.session.reports.threshold:
                self.session.settings.set(SUPPRESSION_THRESHOLD, self.threshold.value())
            if language != self.vault.language:
                self.vault.set_language(language)
                self.language_changed.emit(language)
        except OneStopError as err:
            problems = err.params.get("problems") or []
            names = {
                "center_phone": self.tr("Center phone"),
                "center_fax": self.tr("Center fax"),
                "center_email": self.tr("Center e-mail"),
                "center_address": self.tr("Center address"),
                "phone": self.tr("My direct line"),
                "email": self.tr("My e-mail"),
            }
            lines = [f"{names.get(p.field, p.field)}: {problem_text(p)}" for p in problems]
            self.message.show_error("\n".join(lines) if lines else err)
            return
        self.accept()
