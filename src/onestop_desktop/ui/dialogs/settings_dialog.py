"""Settings: this computer's language (everyone) and the center's idle lock (administrators)."""

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
from ...domain.roles import Permission
from ...domain.settings import IDLE_LOCK_MINUTES, SUPPRESSION_THRESHOLD
from ...services.session import Session
from ...services.vault import Vault
from ..common.dialog_buttons import Button, confirm_buttons
from ..common.forms import buddy_label
from ..common.widgets import MessageLabel, paragraph
from ..i18n import LANGUAGES


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
        layout.addWidget(center)

        self.message = MessageLabel(self, object_name="settingsMessage")
        layout.addWidget(self.message)
        buttons = confirm_buttons(self, self.tr("&Save"), "settingsSave", self._save, ok_kind=Button.Save)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _save(self) -> None:
        language = str(self.language.currentData())
        try:
            if self.may_change_center and self.idle_minutes.value() != self.session.settings.idle_lock_minutes:
                self.session.settings.set(IDLE_LOCK_MINUTES, self.idle_minutes.value())
                self.idle_minutes_changed.emit(self.idle_minutes.value())
            if self.may_change_center and self.threshold.value() != self.session.reports.threshold:
                self.session.settings.set(SUPPRESSION_THRESHOLD, self.threshold.value())
            if language != self.vault.language:
                self.vault.set_language(language)
                self.language_changed.emit(language)
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.accept()
