"""상담 기록: the case's counseling sessions, newest first, beside the session form.

Only roles that may read notes get this tab (staff never see it).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtWidgets import QHBoxLayout, QWidget

from ...domain.casework import CaseFile, CounselingSession, CounselingSessionForm
from ...domain.corrections import RemovableKind
from ...domain.roles import Permission
from ...domain.taxonomy import COUNSELING_MODE_LABELS, CounselingMode
from ...services.contact_defaults import ContactDefaults
from ...services.session import Session
from ..common.fields import choice, enum_combo, note_edit, set_choice, text_edit
from ..common.forms import buddy_label
from ..common.required import required_legend, set_required
from ..common.text import counseling_session_entry, counseling_session_moment
from ..models.counseling_session_table_model import CounselingSessionTableModel
from .page import CasePage
from .people import CASE_ROLES, People, chosen_user, select_user
from .record_editor import RecordEditor


class CounselingSessionEditor(RecordEditor[CounselingSessionForm, CounselingSession]):
    def __init__(self, session: Session, case_id: str, people: People, parent: QWidget | None = None) -> None:
        super().__init__(CounselingSessionTableModel(), "counselingSessionTable", 4, parent)
        self.table.setAccessibleName(self.tr("Counseling sessions"))
        self.new_button.setText(self.tr("New session"))
        self.session = session
        self.case_id = case_id
        self.enable_removal(session, case_id, RemovableKind.SESSION)
        self.people = people
        self.started_at = text_edit(
            self,
            "counselingSessionStartedAt",
            self.tr("Date and time"),
            placeholder=self.tr("YYYY-MM-DD HH:MM"),
            max_length=20,
        )
        self.started_at.setMaximumWidth(180)
        self.mode = enum_combo(self, "counselingSessionMode", self.tr("Mode"), COUNSELING_MODE_LABELS)
        self.duration = text_edit(self, "counselingSessionDuration", self.tr("Minutes"), max_length=4)
        self.duration.setMaximumWidth(70)
        self.place = text_edit(self, "counselingSessionPlace", self.tr("Place"), max_length=100)
        self.counselor = people.combo(self, "counselingSessionCounselor", self.tr("Counselor"), roles=CASE_ROLES)
        self.note = note_edit(self, "counselingSessionNote", self.tr("Note"), lines=0)  # grows with the form
        self.next_steps = note_edit(self, "counselingSessionNextSteps", self.tr("Next steps"), lines=2)
        e = self.errors
        when = QWidget(self)
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(e.wrap("started_at", self.started_at, when))
        row.addWidget(self.mode)
        row.addWidget(buddy_label(self.tr("Minutes:"), self.duration, when))
        row.addWidget(e.wrap("duration_minutes", self.duration, when))
        row.addStretch(1)
        when_label = buddy_label(self.tr("&When:"), self.started_at, self)
        set_required(when_label, [self.started_at])
        self.form.addRow(when_label, when)
        self.form.addRow(buddy_label(self.tr("Place:"), self.place, self), e.wrap("place", self.place, self))
        self.form.addRow(buddy_label(self.tr("Counselor:"), self.counselor, self), self.counselor)
        self.form.addRow(buddy_label(self.tr("&Note:"), self.note, self), e.wrap("note", self.note, self))
        self.form.addRow(
            buddy_label(self.tr("Next steps:"), self.next_steps, self), e.wrap("next_steps", self.next_steps, self)
        )
        self.form.addRow(required_legend(self))
        self.watch(self.started_at, self.mode, self.duration, self.place, self.counselor, self.note, self.next_steps)
        self.set_editable(
            session.can(Permission.NOTES_WRITE),
            self.started_at,
            self.mode,
            self.duration,
            self.place,
            self.counselor,
            self.note,
            self.next_steps,
            self.new_button,
        )

    def title(self) -> str:
        return self.tr("Counseling session")

    def records_of(self, case_file: CaseFile) -> Sequence[CounselingSession]:
        return case_file.counseling_sessions

    def form_of(self, record: CounselingSession) -> CounselingSessionForm:
        return CounselingSessionForm(
            started_at=counseling_session_entry(record.started_at),
            mode=record.mode,
            place=record.place,
            duration_minutes=str(record.duration_minutes),
            counselor_id=record.counselor_id,
            note=record.note,
            next_steps=record.next_steps,
        )

    def blank(self) -> CounselingSessionForm:
        return CounselingSessionForm(
            started_at=datetime.now().strftime("%Y-%m-%d %H:%M"),
            counselor_id=self.session.user.id,
            mode=ContactDefaults(self.session).counseling_mode(),  # the user's last choice
        )

    def stamp_of(self, record: CounselingSession) -> str | None:
        return record.updated_at

    def create_record(self, form: CounselingSessionForm) -> str:
        record_id = self.session.cases.add_counseling_session(self.case_id, form)
        ContactDefaults(self.session).remember_counseling_mode(form.mode)
        return record_id

    def update_record(self, record_id: str, form: CounselingSessionForm, stamp: str | None) -> None:
        self.session.cases.update_counseling_session(record_id, form, stamp)

    def heading_text(self, record: CounselingSession | None) -> str:
        if record is None:
            return self.tr("New counseling session")
        return self.tr("Session of {when}").format(when=counseling_session_moment(record.started_at))

    def current_form(self) -> CounselingSessionForm:
        return CounselingSessionForm(
            started_at=self.started_at.text(),
            mode=CounselingMode(choice(self.mode)),
            place=self.place.text(),
            duration_minutes=self.duration.text(),
            counselor_id=chosen_user(self.counselor),
            note=self.note.toPlainText(),
            next_steps=self.next_steps.toPlainText(),
        )

    def show_form(self, form: CounselingSessionForm) -> None:
        self.started_at.setText(form.started_at)
        set_choice(self.mode, form.mode)
        self.place.setText(form.place)
        self.duration.setText(form.duration_minutes)
        select_user(self.counselor, form.counselor_id, self.people.name(form.counselor_id))
        self.note.setPlainText(form.note)
        self.next_steps.setPlainText(form.next_steps)

    def focus_form(self) -> None:
        self.note.setFocus() if self.editing_id else self.started_at.setFocus()


class CounselingSessionsPage(CasePage):
    def __init__(self, session: Session, case_id: str, people: People, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counselingSessionsPage")
        self.editor = CounselingSessionEditor(session, case_id, people, self)
        self.editor.page_save = self.save
        self.column.addWidget(self.editor, 1)
        self.finish_layout()
        self.add_editor(self.editor)
