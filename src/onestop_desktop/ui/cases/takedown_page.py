"""삭제 지원: where a digital sex-crime victim's images were found online, the removal requests made for each
and their status, re-uploads linked to the item they re-appeared from, and the screenshot kept as evidence.

Addresses are masked (`https://host/…`) until "Show addresses" is switched on; each showing is recorded in the
audit trail by the service. Editing an item shows its full address in the dialog, so it is read the same way.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OneStopError
from ...domain.roles import Permission
from ...domain.takedown import ITEM_STATUS_LABELS, TakedownItem, counts_by_status
from ...services.session import Session
from ..common.dialog_buttons import dialog_column
from ..common.forms import named_button
from ..common.tables import record_table, select_row
from ..common.text import label
from ..common.waiting import waiting
from ..common.widgets import MessageLabel
from ..models.takedown_table_model import TakedownItemModel, TakedownRequestModel
from .takedown_dialogs import TakedownItemDialog, TakedownRequestDialog, TakedownStatusDialog
from .takedown_output import save_takedown_list

MAX_EVIDENCE_BYTES = 20 * 1024 * 1024


class TakedownPage(QWidget):
    changed = Signal()

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("takedownPage")
        self.session, self.case_id = session, case_id
        editing = session.can(Permission.CASE_EDIT)
        self.message = MessageLabel(self, object_name="takedownMessage")
        self.summary = QLabel(self)
        self.summary.setObjectName("takedownSummary")
        self.model = TakedownItemModel(parent=self)
        self.table = record_table(self, "takedownTable", self.tr("Items found online"), self.model, stretch_column=3)
        for column in (0, 1, 4, 5, 6, 7):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _: self.edit())
        self.requests_model = TakedownRequestModel(parent=self)
        self.requests = record_table(self, "takedownRequests", self.tr("Removal requests of the selected item"),
                                     self.requests_model, stretch_column=3)  # fmt: skip
        self.requests.setMaximumHeight(self.requests.fontMetrics().height() * 8)
        for column in (0, 1, 2):
            self.requests.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = named_button(self, "takedownAdd", self.tr("&New item…"), self.add, editing)
        self.add_button.setObjectName("primary")
        self.edit_button = named_button(self, "takedownEdit", self.tr("Ed&it…"), self.edit, editing)
        self.reupload_button = named_button(self, "takedownReupload", self.tr("Re-up&load…"), self.reupload, editing)
        self.request_button = named_button(self, "takedownRequest", self.tr("Removal re&quest…"), self.request,
                                           editing)  # fmt: skip
        self.status_button = named_button(self, "takedownStatusChange", self.tr("&Change status…"), self.change_status,
                                          editing)  # fmt: skip
        self.attach_button = named_button(self, "takedownAttach", self.tr("&Attach screenshot…"), self.attach,
                                          editing)  # fmt: skip
        self.evidence_button = named_button(self, "takedownEvidence", self.tr("View screens&hot…"), self.view_evidence,
                                            editing)  # fmt: skip
        self.export_button = named_button(self, "takedownExport", self.tr("E&xport list (.xlsx)…"), self.export_list,
                                          session.can(Permission.DOCUMENTS))  # fmt: skip
        self.show_urls = QPushButton(self.tr("Show add&resses"), self)
        self.show_urls.setObjectName("takedownShowUrls")
        self.show_urls.setCheckable(True)
        self.show_urls.setToolTip(self.tr("Addresses are masked; showing them is recorded in the audit trail."))
        self.show_urls.toggled.connect(lambda _: self.refresh())
        tools = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.reupload_button, self.request_button,
                       self.status_button, self.attach_button, self.evidence_button):  # fmt: skip
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.export_button)
        tools.addWidget(self.show_urls)
        requests_title = QLabel(self.tr("Removal requests of the selected item"), self)
        requests_title.setObjectName("sectionTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(self.summary)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(requests_title)
        layout.addWidget(self.requests)
        layout.addWidget(self.message)
        self._selected()

    # -- reading ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.selected_id()
        try:
            with waiting():
                items = self.session.takedown.for_case(self.case_id, show_urls=self.show_urls.isChecked())
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.model.set_records(items)
        counts = counts_by_status(items)
        self.summary.setText(
            self.tr("{count} items").format(count=len(items))
            + " — "
            + " · ".join(f"{label(ITEM_STATUS_LABELS, status)} {n}" for status, n in counts.items())
        )
        row = self.model.row_of(keep)
        select_row(self.table, row if row >= 0 else 0)
        self._selected()

    def selected(self) -> TakedownItem | None:
        index = self.table.currentIndex()
        return self.model.record_at(index.row()) if index.isValid() else None

    def selected_id(self) -> str:
        item = self.selected()
        return item.id if item else ""

    def _selected(self, *_: QModelIndex) -> None:
        item = self.selected()
        self.requests_model.set_records(item.requests if item else ())
        editing = self.session.can(Permission.CASE_EDIT)
        for button in (self.edit_button, self.reupload_button, self.request_button, self.status_button,
                       self.attach_button):  # fmt: skip
            button.setEnabled(editing and item is not None)
        self.evidence_button.setEnabled(editing and item is not None and item.evidence_attachment_id is not None)

    # -- actions ----------------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add(self) -> QDialog:
        dialog = TakedownItemDialog(self.session, self.case_id, parent=self)
        dialog.saved.connect(lambda item_id: self._done(item_id, self.tr("Item recorded.")))
        return self._open(dialog)

    def _full(self, item_id: str) -> TakedownItem | None:
        """The item with its address (for editing): read like any showing of addresses, so it is audited."""
        try:
            return next(i for i in self.session.takedown.for_case(self.case_id, show_urls=True) if i.id == item_id)
        except (OneStopError, StopIteration):
            return None

    def edit(self) -> QDialog | None:
        item = self._full(self.selected_id()) if self.session.can(Permission.CASE_EDIT) else None
        if item is None:
            return None
        dialog = TakedownItemDialog(self.session, self.case_id, item=item, parent=self)
        dialog.saved.connect(lambda item_id: self._done(item_id, self.tr("Item saved.")))
        return self._open(dialog)

    def reupload(self) -> QDialog | None:
        item = self.selected()
        if item is None:
            return None
        dialog = TakedownItemDialog(self.session, self.case_id, original=item, parent=self)
        dialog.saved.connect(lambda item_id: self._done(item_id, self.tr("Re-upload recorded and linked.")))
        return self._open(dialog)

    def request(self) -> QDialog | None:
        item = self.selected()
        if item is None:
            return None
        dialog = TakedownRequestDialog(self.session, self.case_id, item.id, self)
        dialog.saved.connect(lambda _: self._done(item.id, self.tr("Removal request recorded.")))
        return self._open(dialog)

    def change_status(self) -> QDialog | None:
        item = self.selected()
        if item is None:
            return None
        dialog = TakedownStatusDialog(self.session, self.case_id, item, self)
        dialog.saved.connect(lambda item_id: self._done(item_id, self.tr("Status changed.")))
        return self._open(dialog)

    def attach(self, path: str | None = None) -> None:
        item = self.selected()
        if item is None:
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Screenshot"), "",
                                                  self.tr("Images and PDF (*.png *.jpg *.jpeg *.pdf)"))  # fmt: skip
        if not path:
            return
        source = Path(path)
        try:
            data = source.read_bytes() if source.stat().st_size <= MAX_EVIDENCE_BYTES else b""
            media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
            with waiting():
                self.session.takedown.attach_evidence(self.case_id, item.id, source.name, media_type, data)
        except OSError:
            self.message.show_error(self.tr("The file could not be read."))
            return
        except OneStopError as err:
            self.message.show_error(err)
            return
        self._done(item.id, self.tr("Screenshot kept in the encrypted database."))

    def view_evidence(self) -> QDialog | None:
        item = self.selected()
        if item is None:
            return None
        try:
            found = self.session.takedown.evidence(self.case_id, item.id)
        except OneStopError as err:
            self.message.show_error(err)
            return None
        if found is None:
            return None
        return self._open(TakedownEvidenceDialog(found[0], found[2], self))

    def export_list(self, target: Path | None = None, purpose: str | None = None) -> bool:
        """The case's list as the agency's spreadsheet, with its 출력 사유."""
        return save_takedown_list(self, self.message, "삭제지원목록.xlsx",
                                  lambda path, why: self.session.takedown_export.save(self.case_id, path, why,
                                                                                      overwrite=True),
                                  target, purpose)  # fmt: skip

    def _done(self, item_id: str, text: str) -> None:
        self.changed.emit()
        self.refresh()
        select_row(self.table, self.model.row_of(item_id))
        self._selected()
        self.message.show_success(text)


class TakedownEvidenceDialog(QDialog):
    """A screenshot shown from memory: it is never written to a file."""

    def __init__(self, name: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("takedownEvidenceDialog")
        self.setWindowTitle(self.tr("Screenshot: {name}").format(name=name))
        picture = QLabel(self)
        pixmap = QPixmap()
        if pixmap.loadFromData(data):
            picture.setPixmap(pixmap)
        else:
            picture.setText(self.tr("This file is not an image this program can show."))
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Screenshot"))
        scroll.setWidget(picture)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        dialog_column(self, scroll, buttons)
        self.resize(800, 600)
