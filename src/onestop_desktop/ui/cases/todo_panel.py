"""내 할 일: my follow-ups that are overdue or due by the end of this week, and the referral replies past
their deadline that I answer for (referrals I created, or of cases I lead or am on the team of), shown
by the client's name as the case list shows it, the safety dates of my cases (legal deadlines, measures
about to end, plan reviews) and the data subject's requests of my cases not yet answered, by case number.
Double click opens the case (on the follow-ups, referrals, safety or requests tab). Below: my appointments
today and tomorrow, and past ones with no session recorded. An administrator is also reminded when last
month's access-log review is not recorded, and while closed cases are past their retention (파기 대상)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.appointments import KIND_LABELS, AgendaEntry
from ...domain.casework import Followup
from ...domain.errors import OneStopError
from ...domain.referrals import OverdueReply
from ...domain.roles import Permission
from ...domain.safety import SafetyDue
from ...domain.subject_requests import SubjectRequest
from ...domain.todo_summary import ReplyGroup, ReplySummary, summarise
from ...services.session import Session
from ...services.todo_acknowledgements import OLD_AFTER_DAYS, TodoAcknowledgements
from ..common.tables import record_table
from ..common.widgets import MessageLabel
from ..models.todo_table_model import TodoItem, TodoTableModel

MAX_LISTED = 6


def summary_replies(summary: ReplySummary) -> list[OverdueReply]:
    return [r for row in summary.rows for r in (row.replies if isinstance(row, ReplyGroup) else (row,))]


class TodoPanel(QWidget):
    open_case = Signal(str, str)  # case id, tab ("followups", "referrals", "safety" or "requests")
    changed = Signal(str)  # a follow-up of this case was ticked

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("todoPanel")
        self.title = QLabel(self.tr("My tasks"), self)
        self.title.setObjectName("sectionTitle")
        self.summary = QLabel(self)
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        self.appointments = QLabel(self)
        self.appointments.setObjectName("todoAppointments")
        self.appointments.setWordWrap(True)
        self.appointments.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("refreshTodo")
        self.refresh_button.clicked.connect(self.reload)
        self.acknowledgements = TodoAcknowledgements(session)
        self.acknowledged_until: date | None = None
        self.acknowledge_button = QPushButton(self.tr("Acknowledge old replies"), self)
        self.acknowledge_button.setObjectName("acknowledgeTodo")
        self.acknowledge_button.setToolTip(
            self.tr(
                "Stop listing the referral replies more than {days} days overdue; the summary still counts them. "
                "New ones are listed again."
            ).format(days=OLD_AFTER_DAYS)
        )
        self.acknowledge_button.clicked.connect(self.acknowledge_old)
        self.acknowledge_button.setVisible(False)
        complete = self._complete if session.can(Permission.FOLLOWUPS_EDIT) else None
        self.model = TodoTableModel(complete=complete, parent=self)
        self.table = record_table(
            self, "todoTable", self.tr("My tasks: overdue and due this week"), self.model, stretch_column=2
        )
        header = self.table.horizontalHeader()
        # Size columns from the first rows only: measuring thousands (after a big sync) froze the window.
        header.setResizeContentsPrecision(100)
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.message = MessageLabel(self, object_name="todoMessage")
        self.review_reminder = MessageLabel(self, object_name="reviewReminder")
        self.destruction_reminder = MessageLabel(self, object_name="destructionReminder")
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.acknowledge_button)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.appointments)
        layout.addWidget(self.review_reminder)
        layout.addWidget(self.destruction_reminder)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def reload(self) -> None:
        try:
            items = self.session.cases.due_followups()
            replies = self.session.referrals.overdue_replies()
            safety = self.session.safety.my_reminders()
            requests = self.session.subject_requests.my_reminders()
            self.acknowledged_until = self.acknowledgements.acknowledged_until()
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.message.clear_message()
        self.show_items(items, replies, safety, requests)
        try:
            self.show_appointments(self.session.appointments.reminders(), self.session.appointments.missed())
        except OneStopError as err:
            self.message.show_error(err)
        self._remind_review()
        self._remind_destruction()

    def show_appointments(self, upcoming: list[AgendaEntry], missed: list[AgendaEntry]) -> None:
        """Today's and tomorrow's appointments (the first few by time), and past ones with no session recorded."""
        if not upcoming and not missed:
            self.appointments.setText(self.tr("No appointments today or tomorrow."))
            return
        today = date.today()
        lines = [
            ("" if e.start.date() == today else self.tr("tomorrow") + " ")
            + f"{e.start:%H:%M} {QCoreApplication.translate('Taxonomy', KIND_LABELS[e.appointment.kind])}"
            f" {e.appointment.case_number}"
            for e in upcoming[:MAX_LISTED]
        ]
        text = self.tr("Appointments today and tomorrow: {count}").format(count=len(upcoming))
        if lines:
            text += " — " + ", ".join(lines) + (" …" if len(upcoming) > MAX_LISTED else "")
        if missed:
            text += "\n" + self.tr("{count} past appointments have no session recorded: {cases}").format(
                count=len(missed), cases=", ".join(dict.fromkeys(e.appointment.case_number for e in missed))
            )
        self.appointments.setText(text)

    def _remind_review(self) -> None:
        """The monthly access-log review (안전성 확보조치 기준 제8조) is an administrator's task like any other."""
        due = None
        if self.session.can(Permission.VIEW_AUDIT):
            try:
                due = self.session.audit.review_due()
            except OneStopError as err:
                self.message.show_error(err)
        if due is None:
            self.review_reminder.clear_message()
            return
        self.review_reminder.show_info(
            self.tr(
                "The access records of {month} have not been reviewed: review them and record it "
                "(Administration → Audit trail)."
            ).format(month=due.key)
        )

    def _remind_destruction(self) -> None:
        """Cases past their retention are destroyed without delay (개인정보 보호법 제21조): administrators see how
        many wait, each month until they are gone."""
        due = 0
        if self.session.can(Permission.DESTROY_RECORDS):
            try:
                due = self.session.retention.due_count()
            except OneStopError as err:
                self.message.show_error(err)
        if not due:
            self.destruction_reminder.clear_message()
            return
        self.destruction_reminder.show_info(
            self.tr(
                "{count} closed cases are past their retention and due for destruction "
                "(Administration → Retention and destruction)."
            ).format(count=due)
        )

    def show_items(
        self,
        items: tuple[Followup, ...],
        replies: list[OverdueReply] | None = None,
        safety: list[SafetyDue] | None = None,
        requests: list[SubjectRequest] | None = None,
    ) -> None:
        today = date.today()
        overdue = sum(1 for f in items if f.due_date < today)
        # my own tasks first, then the replies I wait for, then the safety dates of my cases (soonest first)
        summary = summarise(replies or [], self.acknowledged_until)
        rows: list[TodoItem] = [*items, *summary.rows, *(requests or []), *(safety or [])]
        self.model.set_records(rows)
        old = self.acknowledgements.old_before()
        self.acknowledge_button.setVisible(
            self.acknowledgements.may_acknowledge and any(r.reply_due < old for r in summary_replies(summary))
        )
        if items:
            text = self.tr("{overdue} overdue, {soon} due this week").format(overdue=overdue, soon=len(items) - overdue)
        else:
            text = self.tr("Nothing overdue or due this week.")
        if summary.shown:
            text += " · " + self.tr("{count} referral replies overdue").format(count=summary.shown)
        if summary.acknowledged:
            text += " · " + self.tr("{count} old replies acknowledged").format(count=summary.acknowledged)
        if requests:
            text += " · " + self.tr("{count} data subject requests to answer").format(count=len(requests))
        if safety:
            text += " · " + self.tr("{count} safety dates coming up").format(count=len(safety))
        self.summary.setText(text)

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _activated(self, index: QModelIndex) -> None:
        record = self.model.record_at(index.row())
        if isinstance(record, ReplyGroup):
            record = record.oldest
        if isinstance(record, OverdueReply):
            self.open_case.emit(record.case_id, "referrals")
        elif isinstance(record, SubjectRequest):
            self.open_case.emit(record.case_id, "requests")
        elif isinstance(record, SafetyDue):
            self.open_case.emit(record.case_id, "safety")
        elif record is not None and index.column() != self.model.done_column:
            self.open_case.emit(record.case_id, "followups")

    def acknowledge_old(self) -> None:
        """Acknowledge the replies more than a month overdue (administrators: see TodoAcknowledgements)."""
        try:
            self.acknowledgements.acknowledge_until(self.acknowledgements.old_before())
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.reload()

    def _complete(self, followup_id: str, done: bool) -> None:
        self.session.cases.complete_followup(followup_id, done)
        record = next((f for f in self.model.records() if isinstance(f, Followup) and f.id == followup_id), None)
        if record is not None:  # after the model has taken the tick, not during it
            case_id = record.case_id
            QTimer.singleShot(0, lambda: self.changed.emit(case_id))
