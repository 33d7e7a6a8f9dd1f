"""할 일: the case's follow-ups (overdue in red, done ones greyed) with a done box, a form to add one, and 삭제 for
one entered by mistake (with the reason)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from ...domain.casework import CaseFile, FollowupForm
from ...domain.corrections import RemovableKind
from ...domain.errors import OneStopError
from ...domain.roles import Permission
from ...services.session import Session
from ..common.fields import date_edit, text_edit
from ..common.forms import buddy_label
from ..common.tables import record_table, selected_id
from ..models.followup_table_model import FollowupTableModel
from .editor import FormEditor
from .page import CasePage
from .people import People, chosen_user, select_user
from .remove_dialog import RemoveRecordDialog


class FollowupAdder(FormEditor[FollowupForm]):
    def __init__(self, session: Session, case_id: str, people: People, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.people = people
        self.title_edit = text_edit(
            self,
            "followupTitle",
            self.tr("To do"),
            placeholder=self.tr("e.g. call about the court date"),
            max_length=200,
        )
        self.due = date_edit(self, "followupDue", self.tr("Due date"))
        self.assignee = people.combo(self, "followupAssignee", self.tr("Assignee"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("addFollowup")
        e = self.errors
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(buddy_label(self.tr("&New task:"), self.title_edit, self))
        row.addWidget(e.wrap("title", self.title_edit, self), 3)
        row.addWidget(buddy_label(self.tr("Due:"), self.due, self))
        row.addWidget(e.wrap("due_date", self.due, self))
        row.addWidget(buddy_label(self.tr("Assignee:"), self.assignee, self))
        row.addWidget(self.assignee, 1)
        row.addWidget(self.add_button)
        self.title_edit.returnPressed.connect(self.add_button.click)
        self.due.returnPressed.connect(self.add_button.click)
        self.watch(self.title_edit, self.due, self.assignee)
        self.set_editable(
            session.can(Permission.FOLLOWUPS_EDIT), self.title_edit, self.due, self.assignee, self.add_button
        )

    def title(self) -> str:
        return self.tr("New follow-up")

    def blank(self) -> FollowupForm:
        return FollowupForm(due_date=(date.today() + timedelta(days=7)).isoformat(), assignee_id=self.session.user.id)

    def current_form(self) -> FollowupForm:
        return FollowupForm(
            title=self.title_edit.text(), due_date=self.due.text(), assignee_id=chosen_user(self.assignee)
        )

    def show_form(self, form: FollowupForm) -> None:
        self.title_edit.setText(form.title)
        self.due.setText(form.due_date)
        select_user(self.assignee, form.assignee_id, self.people.name(form.assignee_id))

    def refresh(self, case_file: CaseFile) -> None:
        self.adopt(self.blank())

    def commit(self) -> None:
        self.session.cases.add_followup(self.case_id, self.current_form())


class FollowupsPage(CasePage):
    ticked = Signal()

    def __init__(self, session: Session, case_id: str, people: People, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followupsPage")
        self.session = session
        self.case_id = case_id
        complete = self._complete if session.can(Permission.FOLLOWUPS_EDIT) else None
        self.model = FollowupTableModel(complete=complete, parent=self)
        self.table = record_table(self, "followupTable", self.tr("Follow-ups"), self.model, stretch_column=1)
        header = self.table.horizontalHeader()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.adder = FollowupAdder(session, case_id, people, self)
        self.adder.add_button.clicked.connect(self.save)
        body = QWidget(self)
        rows = QVBoxLayout(body)
        rows.setContentsMargins(12, 10, 12, 6)
        rows.addWidget(self.adder)
        rows.addWidget(self.table, 1)
        self.remove_button = QPushButton(self.tr("Re&move…"), self)
        self.remove_button.setObjectName("followupRemove")
        self.remove_button.setToolTip(self.tr("Remove the chosen follow-up, entered by mistake (with the reason)"))
        self.remove_button.clicked.connect(self._remove)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_remove())
        rows.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.column.addWidget(body, 1)
        self.finish_layout()
        self.add_editor(self.adder)

    def refresh(self, case_file: CaseFile) -> None:
        self.model.set_records(case_file.followups)
        super().refresh(case_file)
        self._update_remove()

    def _update_remove(self) -> None:
        chosen = selected_id(self.table)
        try:
            allowed = bool(chosen) and self.session.corrections.may_remove(self.case_id, RemovableKind.FOLLOWUP, chosen)
        except OneStopError:
            allowed = False
        self.remove_button.setEnabled(allowed)

    def _remove(self) -> None:
        chosen = selected_id(self.table)
        record = next((f for f in self.model.records() if f.id == chosen), None)
        if record is None:
            return
        what = f"{record.title} ({record.due_date.isoformat()})"
        dialog = RemoveRecordDialog(self.session, self.case_id, RemovableKind.FOLLOWUP, chosen, what, self)
        dialog.removed.connect(self.ticked.emit)  # read the case again
        dialog.open()

    def _complete(self, followup_id: str, done: bool) -> None:
        self.session.cases.complete_followup(followup_id, done)
        QTimer.singleShot(0, self.ticked.emit)  # read the case again once the table has taken the tick
