"""Enrolling a new workstation or laptop: its name, scope and users, and where the enrolment file goes.

The file is sealed under a one-time code shown once, large enough to read aloud; the code must reach the new
computer by another way than the file (the file alone is useless).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OneStopError
from ...services.session import Session
from ..common.dialog_buttons import confirm_buttons
from ..common.forms import buddy_label
from ..common.widgets import MessageLabel, paragraph
from ..dialog_fit import keep_fitted
from ..errors import role_label
from ..ops import BackgroundRunner
from ..save_dialog import ask_save_path

ChooseFile = Callable[[QWidget, Path], Path | None]
ENROLMENT_SUFFIX = ".onestop-enrol"


def ask_enrolment_path(parent: QWidget, suggested: Path) -> Path | None:
    return ask_save_path(
        parent,
        QCoreApplication.translate("DeviceEnrolmentDialog", "Save the enrolment file as"),
        suggested,
        QCoreApplication.translate("DeviceEnrolmentDialog", "OneStop enrolment files (*{suffix})").format(
            suffix=ENROLMENT_SUFFIX
        ),
        ENROLMENT_SUFFIX,
    )


class DeviceEnrolmentDialog(QDialog):
    enrolled = Signal(str, str)  # device name, one-time code

    def __init__(
        self,
        session: Session,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
        choose: ChooseFile = ask_enrolment_path,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.choose = choose
        self.confirmed_out = ""
        self.code_dialog: DeviceEnrolmentCodeDialog | None = None
        self.setObjectName("enrolDialog")
        self.setWindowTitle(self.tr("Enrol a device"))
        self.name = QLineEdit(self)
        self.name.setObjectName("deviceName")
        self.name.setAccessibleName(self.tr("Device name"))
        self.name.setPlaceholderText(self.tr("e.g. outreach-laptop-2"))
        self.scope_all = QRadioButton(self.tr("&All cases — a workstation in the center"), self)
        self.scope_all.setObjectName("scopeAll")
        self.scope_field = QRadioButton(self.tr("&Field kit — only the cases assigned to its users"), self)
        self.scope_field.setObjectName("scopeField")
        self.scope_field.setChecked(True)
        scope = QVBoxLayout()
        scope.addWidget(self.scope_all)
        scope.addWidget(self.scope_field)
        self.users = QListWidget(self)
        self.users.setObjectName("deviceUsers")
        self.users.setAccessibleName(self.tr("Users who will work on it"))
        try:
            for user in session.users.list():
                if user.active:
                    item = QListWidgetItem(f"{user.display_name} ({user.username}) · {role_label(user.role)}")
                    item.setData(Qt.ItemDataRole.UserRole, user.username)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                    self.users.addItem(item)
        except OneStopError:
            pass
        self.users.setMaximumHeight(self.fontMetrics().height() * 8)
        self.out = QLineEdit(self)
        self.out.setObjectName("enrolmentFile")
        self.out.setAccessibleName(self.tr("Enrolment file"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setObjectName("enrolmentBrowse")
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("Device &name:"), self.name, self), self.name)
        form.addRow(self.tr("Scope:"), scope)
        form.addRow(buddy_label(self.tr("&Users:"), self.users, self), self.users)
        form.addRow(buddy_label(self.tr("Enrolment &file:"), self.out, self), out_row)
        self.message = MessageLabel(self, object_name="enrolMessage")
        buttons = confirm_buttons(self, self.tr("&Create the enrolment file"), "enrolCreate", self._create)
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "The enrolment file carries the new device's keys and the data it may hold, encrypted. It opens only "  # noqa: E501
                    "with the one-time code shown next, within 24 hours, once."
                ),
                self,
                object_name="muted",
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)
        keep_fitted(self)

    def chosen_users(self) -> list[str]:
        return [
            str(self.users.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.users.count())
            if self.users.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _browse(self) -> None:
        name = self.name.text().strip() or "device"
        chosen = self.choose(self, Path.home() / f"{name}{ENROLMENT_SUFFIX}")
        if chosen is not None:
            self.out.setText(str(chosen))
            self.confirmed_out = str(chosen)  # the save dialog asked before replacing it

    def _create(self) -> None:
        name, users, out = self.name.text().strip(), self.chosen_users(), self.out.text().strip()
        if not name:
            self.message.show_error(self.tr("Give the device a name."))
            return
        if not users:
            self.message.show_error(self.tr("Choose at least one user who will work on it."))
            return
        if not out:
            self.message.show_error(self.tr("Choose where to save the enrolment file."))
            return
        scope = "all" if self.scope_all.isChecked() else "field"
        self.create_button.setEnabled(False)
        self.message.show_info(self.tr("Writing the enrolment file…"))
        self.runner.run(
            lambda: self.session.sync.enrol(name, scope, users, Path(out), overwrite=out == self.confirmed_out),
            lambda code: self._created(name, code, out),
            self._failed,
        )

    def _failed(self, err: OneStopError) -> None:
        self.create_button.setEnabled(True)
        self.message.show_error(err)

    def _created(self, name: str, code: str, out: str) -> None:
        self.enrolled.emit(name, code)
        self.code_dialog = DeviceEnrolmentCodeDialog(name, code, out, self.parentWidget())
        self.code_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.code_dialog.open()
        self.accept()


class DeviceEnrolmentCodeDialog(QDialog):
    """The one-time code, once: large, spaced, readable aloud."""

    def __init__(self, device: str, code: str, out: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrolCodeDialog")
        self.setWindowTitle(self.tr("One-time code for {device}").format(device=device))
        self.code = QLabel(code.replace("-", " - "), self)
        self.code.setObjectName("enrolCode")
        self.code.setAccessibleName(self.tr("One-time code"))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(28)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 120)
        self.code.setFont(font)
        self.code.setStyleSheet(
            "QLabel { background: #f3f6fa; border: 1px solid #c9d3df; border-radius: 6px; padding: 16px; }"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("I have noted the code"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(self.tr("The enrolment file for {device} is saved: {file}").format(device=device, file=out), self)
        )
        layout.addWidget(self.code)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Hand this code over separately from the file: for example, the file on a USB stick and the code read "  # noqa: E501
                    "aloud or on paper given in person. Never send both the same way."
                ),
                self,
            )
        )
        layout.addWidget(
            paragraph(
                self.tr(
                    "The code works once and expires in 24 hours. It is not stored anywhere and cannot be shown again; "
                    "if it is lost, enrol the device anew."
                ),
                self,
                object_name="muted",
            )
        )
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        keep_fitted(self)
