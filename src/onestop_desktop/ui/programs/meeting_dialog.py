"""Adding or correcting one meeting (회기) of a program: its day, starting time and topic."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QWidget

from ...domain.programs import ProgramMeeting, ProgramMeetingForm
from ...services.session import Session
from ..common.dialog_buttons import confirm_buttons, dialog_column
from ..common.field_errors import FieldErrors
from ..common.fields import date_edit, text_edit
from ..common.form_submit import submit_form
from ..common.forms import buddy_label
from ..common.text import iso_day
from ..common.widgets import MessageLabel


class ProgramMeetingDialog(QDialog):
    saved = Signal(str)  # meeting id

    def __init__(
        self, session: Session, program_id: str, held: ProgramMeeting | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.program_id = program_id
        self.held = held
        self.setObjectName("programMeetingDialog")
        self.setWindowTitle(self.tr("Edit the session") if held else self.tr("New session"))
        self.errors = FieldErrors()
        e = self.errors
        self.day = date_edit(self, "meetingDay", self.tr("Day"))
        self.time = text_edit(self, "meetingTime", self.tr("Starts at"), placeholder="14:00", max_length=5)
        self.topic = text_edit(self, "meetingTopic", self.tr("Topic"), max_length=200)
        self.message = MessageLabel(self, object_name="programMeetingMessage")
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Day:"), self.day, self), e.wrap("held_on", self.day, self))
        form.addRow(buddy_label(self.tr("Starts &at:"), self.time, self), e.wrap("start_time", self.time, self))
        form.addRow(buddy_label(self.tr("&Topic:"), self.topic, self), e.wrap("topic", self.topic, self))
        buttons = confirm_buttons(self, self.tr("&Save"), "meetingOk", self.submit)
        dialog_column(self, form, self.message, buttons)
        if held is not None:
            self.day.setText(iso_day(held.held_on))
            self.time.setText(held.start_time)
            self.topic.setText(held.topic)
        self.setMinimumWidth(420)

    def submit(self) -> None:
        self.message.clear_message()
        self.errors.clear()
        form = ProgramMeetingForm(self.day.text(), self.time.text(), self.topic.text())

        def save() -> str:
            if self.held is not None:
                self.session.programs.update_meeting(self.held.id, form)
                return self.held.id
            return self.session.programs.add_meeting(self.program_id, form)

        meeting_id = submit_form(self.message, self.errors, save)
        if meeting_id is None:
            return
        self.saved.emit(meeting_id)
        self.accept()
