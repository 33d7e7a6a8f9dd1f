"""Revoking a device (lost or retired), with a plain word on what revocation cannot do."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QRadioButton, QVBoxLayout, QWidget

from ...domain.errors import OneStopError
from ...services.session import Session
from ...services.sync import DeviceView
from ..common.dialog_buttons import confirm_buttons
from ..common.widgets import MessageLabel, paragraph
from ..dialog_fit import keep_fitted


class RevokeDialog(QDialog):
    revoked = Signal(str)  # device name

    def __init__(self, session: Session, device: DeviceView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.device = device
        self.setObjectName("revokeDialog")
        self.setWindowTitle(self.tr("Revoke {device}").format(device=device.name))
        self.lost = QRadioButton(self.tr("&Lost or stolen"), self)
        self.lost.setObjectName("revokeLost")
        self.lost.setChecked(True)
        self.retired = QRadioButton(self.tr("&Retired (taken out of use)"), self)
        self.retired.setObjectName("revokeRetired")
        warning = MessageLabel(self, object_name="revokeWarning")
        warning.show_error(
            self.tr(
                "What revocation cannot do: data already on {device} stays there, protected only by its encryption "
                "and its users' passphrases. If it is lost, change the passphrases of {users} now."
            ).format(device=device.name, users=", ".join(device.usernames) or "-")
        )
        self.message = MessageLabel(self, object_name="revokeMessage")
        buttons = confirm_buttons(self, self.tr("&Revoke"), "revokeConfirm", self._revoke, cancel_is_default=True)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "After revocation nothing new is encrypted to {device}; when it next synchronizes it deletes its "
                    "OneStop data, and anything it wrote after the revocation is quarantined for an administrator."
                ).format(device=device.name),
                self,
            )
        )
        layout.addWidget(self.lost)
        layout.addWidget(self.retired)
        layout.addWidget(warning)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        keep_fitted(self)

    def _revoke(self) -> None:
        status = "retired" if self.retired.isChecked() else "lost"
        try:
            self.session.sync.revoke(self.device.name, status)
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.revoked.emit(self.device.name)
        self.accept()
