"""Devices (administrators): the center's enrolled computers, enrolling and revoking, and the bundles
held in quarantine."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OneStopError
from ...services.session import Session
from ...services.sync import DeviceView
from ..common.tables import record_table
from ..common.widgets import MessageLabel, paragraph
from ..models.device_table_model import DeviceTableModel
from ..models.quarantine_table_model import QuarantineTableModel
from ..ops import BackgroundRunner
from .device_enrolment_dialog import ChooseFile, DeviceEnrolmentDialog, ask_enrolment_path
from .revoke_dialog import RevokeDialog


class DevicesDialog(QDialog):
    def __init__(
        self,
        session: Session,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
        choose_file: ChooseFile = ask_enrolment_path,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.choose_file = choose_file
        self.enrol_dialog: DeviceEnrolmentDialog | None = None
        self.setObjectName("devicesDialog")
        self.setWindowTitle(self.tr("Devices"))
        self.model = DeviceTableModel(parent=self)
        self.table = record_table(self, "deviceTable", self.tr("Devices"), self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.enrol_button = QPushButton(self.tr("&Enrol…"), self)
        self.enrol_button.setObjectName("enrolDevice")
        self.enrol_button.clicked.connect(self.enrol)
        self.revoke_button = QPushButton(self.tr("&Revoke…"), self)
        self.revoke_button.setObjectName("revokeDevice")
        self.revoke_button.clicked.connect(self.revoke)
        side = QVBoxLayout()
        side.addWidget(self.enrol_button)
        side.addWidget(self.revoke_button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        self.quarantine_model = QuarantineTableModel(parent=self)
        quarantine = QGroupBox(self.tr("Quarantined bundles"), self)
        quarantine.setObjectName("quarantineBox")
        self.quarantine_table = record_table(
            quarantine, "quarantineTable", self.tr("Quarantined bundles"), self.quarantine_model
        )
        self.quarantine_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.quarantine_table.horizontalHeader().setStretchLastSection(True)
        quarantine_layout = QVBoxLayout(quarantine)
        quarantine_layout.addWidget(
            paragraph(
                self.tr(
                    "These bundles were received but not applied. Bundles from a device whose clock was ahead or from a "  # noqa: E501
                    "newer OneStop version are applied by themselves once that is fixed; a revoked device's bundles "
                    "stay here."
                ),
                quarantine,
                object_name="muted",
            )
        )
        quarantine_layout.addWidget(self.quarantine_table)
        self.message = MessageLabel(self, object_name="devicesMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 3)
        layout.addWidget(quarantine, 2)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(980, 600)
        self.reload()

    def reload(self) -> None:
        try:
            self.model.set_records(self.session.sync.devices())
            self.quarantine_model.set_records(self.session.sync.status(with_digest=False).quarantined)
        except OneStopError as err:
            self.message.show_error(err)
        self._update_buttons()

    def selected_device(self) -> DeviceView | None:
        index = self.table.currentIndex()
        return self.model.record_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        device = self.selected_device()
        self.revoke_button.setEnabled(device is not None and device.status == "active" and not device.is_this_device)

    def enrol(self) -> DeviceEnrolmentDialog:
        dialog = DeviceEnrolmentDialog(self.session, self.runner, self, self.choose_file)
        dialog.enrolled.connect(
            lambda name, _code: self._changed(
                self.tr("{device} is enrolled. Give its one-time code separately from the file.").format(device=name)
            )
        )
        self.enrol_dialog = dialog
        dialog.open()
        return dialog

    def revoke(self) -> RevokeDialog | None:
        device = self.selected_device()
        if device is None:
            return None
        dialog = RevokeDialog(self.session, device, self)
        dialog.revoked.connect(lambda name: self._changed(self.tr("{device} is revoked.").format(device=name)))
        dialog.open()
        return dialog

    def _changed(self, text: str) -> None:
        self.reload()
        self.message.show_success(text)
