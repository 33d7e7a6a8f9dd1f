"""The 삭제 지원 tab's dialogs: an item (new, edited, or a re-upload of another), a removal request, and a status
change with its date. Each saves through the takedown service and shows refusals under their fields."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QWidget

from ...domain.casework import FieldProblem
from ...domain.korean import parse_date
from ...domain.takedown import (
    CHANNEL_LABELS,
    FOUND_BY_LABELS,
    ITEM_KIND_LABELS,
    ITEM_STATUS_LABELS,
    RECIPIENT_LABELS,
    Channel,
    FoundBy,
    ItemForm,
    ItemKind,
    ItemStatus,
    Recipient,
    RequestForm,
    TakedownItem,
)
from ...domain.validation import BAD_DATE
from ...services.session import Session
from ..common.dialog_buttons import confirm_buttons, dialog_column
from ..common.field_errors import FieldErrors
from ..common.fields import choice, date_edit, enum_combo, note_edit, set_choice, text_edit
from ..common.form_submit import submit_form
from ..common.forms import buddy_label
from ..common.text import iso_day
from ..common.widgets import MessageLabel, paragraph


class TakedownItemDialog(QDialog):
    """`item` given: edit it (its full address, shown for editing); `original` given: a re-upload of it."""

    saved = Signal(str)  # item id

    def __init__(
        self,
        session: Session,
        case_id: str,
        item: TakedownItem | None = None,
        original: TakedownItem | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.case_id, self.item, self.original = session, case_id, item, original
        self.setObjectName("takedownItemDialog")
        if item is not None:
            self.setWindowTitle(self.tr("Edit the item"))
        else:
            self.setWindowTitle(self.tr("Re-upload found") if original else self.tr("New item found online"))
        self.errors = e = FieldErrors()
        self.platform = text_edit(self, "takedownPlatform", self.tr("Platform or site"), max_length=200)
        self.url = text_edit(self, "takedownUrl", self.tr("Address (URL)"), placeholder="https://…", max_length=2000)
        self.description = text_edit(
            self,
            "takedownDescription",
            self.tr("Where it is, when there is no address"),
            placeholder=self.tr("e.g. open chat room, direct message"),
            max_length=500,
        )
        self.kind = enum_combo(self, "takedownKind", self.tr("Kind"), ITEM_KIND_LABELS)
        self.found_on = date_edit(self, "takedownFoundOn", self.tr("Found on"))
        self.found_by = enum_combo(self, "takedownFoundBy", self.tr("Found by"), FOUND_BY_LABELS)
        self.note = note_edit(self, "takedownNote", self.tr("Note"), lines=2)
        self.message = MessageLabel(self, object_name="takedownItemMessage")
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Platform:"), self.platform, self), e.wrap("platform", self.platform, self))
        form.addRow(buddy_label(self.tr("&Address:"), self.url, self), e.wrap("url", self.url, self))
        form.addRow(
            buddy_label(self.tr("&Where (no address):"), self.description, self),
            e.wrap("description", self.description, self),
        )
        form.addRow(buddy_label(self.tr("&Kind:"), self.kind, self), self.kind)
        form.addRow(buddy_label(self.tr("Found &on:"), self.found_on, self), e.wrap("found_on", self.found_on, self))
        form.addRow(buddy_label(self.tr("Found &by:"), self.found_by, self), self.found_by)
        form.addRow(buddy_label(self.tr("&Note:"), self.note, self), e.wrap("note", self.note, self))
        parts: list[QWidget] = []
        if original is not None:
            parts.append(paragraph(self.tr("It is linked to the item it re-appeared from, which becomes "
                                           "“Re-uploaded”."), self))  # fmt: skip
        buttons = confirm_buttons(self, self.tr("&Save"), "takedownItemOk", self.submit)
        dialog_column(self, *parts, form, self.message, buttons)
        source = item or original
        if source is not None:
            self.platform.setText(source.platform)
            set_choice(self.kind, source.kind)
            set_choice(self.found_by, source.found_by)
        if item is not None:
            self.url.setText(item.url)
            self.description.setText(item.description)
            self.found_on.setText(iso_day(item.found_on))
            self.note.setPlainText(item.note)
        else:
            self.found_on.setText(date.today().isoformat())
        self.setMinimumWidth(560)

    def form(self) -> ItemForm:
        return ItemForm(
            platform=self.platform.text(),
            url=self.url.text(),
            description=self.description.text(),
            kind=ItemKind(choice(self.kind)),
            found_on=self.found_on.text(),
            found_by=FoundBy(choice(self.found_by)),
            note=self.note.toPlainText(),
            original_item_id=self.original.id if self.original else None,
        )

    def submit(self) -> None:
        form = self.form()

        def save() -> str:
            if self.item is not None:
                self.session.takedown.update_item(self.case_id, self.item.id, form)
                return self.item.id
            return self.session.takedown.add_item(self.case_id, form)

        item_id = submit_form(self.message, self.errors, save)
        if item_id is not None:
            self.saved.emit(item_id)
            self.accept()


class TakedownRequestDialog(QDialog):
    saved = Signal(str)

    def __init__(self, session: Session, case_id: str, item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.case_id, self.item_id = session, case_id, item_id
        self.setObjectName("takedownRequestDialog")
        self.setWindowTitle(self.tr("Removal request"))
        self.errors = e = FieldErrors()
        self.recipient = enum_combo(self, "takedownRecipient", self.tr("Requested from"), RECIPIENT_LABELS)
        self.requested_on = date_edit(self, "takedownRequestedOn", self.tr("Requested on"))
        self.requested_on.setText(date.today().isoformat())
        self.channel = enum_combo(self, "takedownChannel", self.tr("How"), CHANNEL_LABELS)
        self.note = text_edit(self, "takedownRequestNote", self.tr("Note"),
                              placeholder=self.tr("e.g. receipt number"), max_length=500)  # fmt: skip
        self.message = MessageLabel(self, object_name="takedownRequestMessage")
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("Requested &from:"), self.recipient, self), self.recipient)
        form.addRow(
            buddy_label(self.tr("Requested &on:"), self.requested_on, self),
            e.wrap("requested_on", self.requested_on, self),
        )
        form.addRow(buddy_label(self.tr("&How:"), self.channel, self), self.channel)
        form.addRow(buddy_label(self.tr("&Note:"), self.note, self), e.wrap("note", self.note, self))
        buttons = confirm_buttons(self, self.tr("&Record"), "takedownRequestOk", self.submit)
        dialog_column(self, form, self.message, buttons)
        self.setMinimumWidth(520)

    def submit(self) -> None:
        form = RequestForm(Recipient(choice(self.recipient)), self.requested_on.text(), Channel(choice(self.channel)),
                           self.note.text())  # fmt: skip
        request_id = submit_form(
            self.message, self.errors, lambda: self.session.takedown.add_request(self.case_id, self.item_id, form)
        )
        if request_id is not None:
            self.saved.emit(request_id)
            self.accept()


class TakedownStatusDialog(QDialog):
    saved = Signal(str)

    def __init__(self, session: Session, case_id: str, item: TakedownItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.case_id, self.item = session, case_id, item
        self.setObjectName("takedownStatusDialog")
        self.setWindowTitle(self.tr("Change the status"))
        self.errors = e = FieldErrors()
        self.status = enum_combo(self, "takedownStatus", self.tr("Status"), ITEM_STATUS_LABELS)
        set_choice(self.status, item.status)
        self.on = date_edit(self, "takedownStatusOn", self.tr("Since"))
        self.on.setText(date.today().isoformat())
        self.message = MessageLabel(self, object_name="takedownStatusMessage")
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Status:"), self.status, self), self.status)
        form.addRow(buddy_label(self.tr("S&ince:"), self.on, self), e.wrap("status_on", self.on, self))
        buttons = confirm_buttons(self, self.tr("&Change"), "takedownStatusOk", self.submit)
        dialog_column(self, form, self.message, buttons)
        self.setMinimumWidth(420)

    def submit(self) -> None:
        status, on = ItemStatus(choice(self.status)), parse_date(self.on.text())
        if on is None:
            self.errors.show([FieldProblem("status_on", BAD_DATE)])
            return

        def save() -> bool:
            self.session.takedown.set_status(self.case_id, self.item.id, status, on)
            return True

        if submit_form(self.message, self.errors, save):
            self.saved.emit(self.item.id)
            self.accept()
