"""The sync folder of this computer: a USB stick, a network share or a folder a file-sync tool carries."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OneStopError
from ...services.session import Session
from ..common.dialog_buttons import Button, confirm_buttons
from ..common.forms import buddy_label
from ..common.widgets import MessageLabel, paragraph

ChooseFolder = Callable[[QWidget, str], str]


def ask_folder(parent: QWidget, start: str) -> str:
    return QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("SyncFolderDialog", "Choose the sync folder"), start
    )


class SyncFolderDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, choose: ChooseFolder = ask_folder) -> None:
        super().__init__(parent)
        self.session = session
        self.choose = choose
        self.setObjectName("syncFolderDialog")
        self.setWindowTitle(self.tr("Sync folder"))
        self.folder = QLineEdit(self)
        self.folder.setObjectName("syncFolder")
        self.folder.setAccessibleName(self.tr("Sync folder"))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setObjectName("syncFolderBrowse")
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(buddy_label(self.tr("Sync &folder:"), self.folder, self))
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        self.message = MessageLabel(self, object_name="syncFolderMessage")
        buttons = confirm_buttons(self, self.tr("&Save"), "syncFolderSave", self._save, ok_kind=Button.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Devices exchange encrypted change bundles through this folder: a USB stick carried between "
                    "computers, a network share, or a folder kept in step by a file-sync tool such as Syncthing. Only "
                    "the enrolled devices of the center can open the bundles."
                ),
                self,
                object_name="muted",
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        try:
            self.folder.setText(session.sync.folder())
        except OneStopError as err:
            self.message.show_error(err)

    def _browse(self) -> None:
        chosen = self.choose(self, self.folder.text() or str(Path.home()))
        if chosen:
            self.folder.setText(chosen)

    def _save(self) -> None:
        text = self.folder.text().strip()
        if text and not Path(text).is_dir():
            self.message.show_error(self.tr("{folder} is not a folder that can be reached now.").format(folder=text))
            return
        try:
            self.session.sync.set_folder(text)
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.accept()
