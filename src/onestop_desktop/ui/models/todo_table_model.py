"""내 할 일: my follow-ups (overdue or due this week), the referral replies past their deadline, and the safety
reminders of my cases (a legal deadline within 30 days, a protective measure within 14 days of its end, a
safety-plan review within a week; shown by case number, red from 3 days before), and the data subject's requests
(열람·정정·삭제·처리정지) of my cases still unanswered, due 10 days after receipt.

Follow-ups have a done box that writes through `complete(followup_id, done)`; a reply that is
overdue is its own row (the client, "{agency}: reply overdue", the agency first so a narrow column keeps it)
without a box — it leaves the list when the
referral moves on. Overdue rows are red.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.casework import Followup
from ...domain.referrals import OverdueReply
from ...domain.safety import SafetyDue
from ...domain.subject_requests import KIND_LABELS as REQUEST_KIND_LABELS
from ...domain.subject_requests import SubjectRequest
from ...domain.todo_summary import ReplyGroup
from ..common.text import day
from .followup_checks import FollowupChecksModel

TodoItem = Followup | OverdueReply | ReplyGroup | SafetyDue | SubjectRequest
LISTED_IN_TOOLTIP = 12  # a group's tooltip names this many referrals
URGENT_DAYS = 3  # a safety reminder turns red this close to its day (the second reminder stage)


class TodoTableModel(FollowupChecksModel[TodoItem]):
    DUE, CLIENT, WHAT, DONE = range(4)

    @property
    def done_column(self) -> int:
        return self.DONE

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Due"), self.tr("Client"), self.tr("To do"), self.tr("Done"))

    def record_id(self, record: TodoItem) -> str:
        if isinstance(record, SubjectRequest):
            return f"request:{record.id}"
        if isinstance(record, SafetyDue):
            return f"safety:{record.case_id}:{record.kind}:{record.record_id or record.label}"
        if isinstance(record, ReplyGroup):
            return f"agency:{record.agency_name}"
        return record.id if isinstance(record, Followup) else f"referral:{record.referral_id}"

    def text(self, record: TodoItem, column: int) -> str:
        if isinstance(record, SubjectRequest):  # by case number, like the safety dates
            kind = QCoreApplication.translate("SubjectRequests", REQUEST_KIND_LABELS[record.kind])
            return (day(record.due_on), record.case_number, self.tr("Answer the request: {kind}").format(kind=kind),
                    "")[column]  # fmt: skip
        if isinstance(record, SafetyDue):
            what = QCoreApplication.translate(record.context, record.label)
            return (day(record.due), record.case_number, what, "")[column]
        if isinstance(record, ReplyGroup):  # the agency first: the column may be too narrow for all of it
            return (
                day(record.reply_due),
                self.tr("{count} referrals").format(count=len(record.replies)),
                self.tr("{agency}: {count} replies overdue").format(
                    agency=record.agency_name or "?", count=len(record.replies)
                ),
                "",
            )[column]
        if isinstance(record, OverdueReply):  # the referral's number is in the tooltip
            return (
                day(record.reply_due),
                record.client_display_name,
                self.tr("{agency}: reply overdue").format(agency=record.agency_name or "?"),
                "",
            )[column]
        done = day(record.done_on) if record.done_on else ""
        return (day(record.due_date), record.client_display_name, record.title, done)[column]

    def overdue(self, record: TodoItem) -> bool:
        if isinstance(record, SubjectRequest):
            return (record.due_on - self.today).days <= URGENT_DAYS
        if isinstance(record, SafetyDue):
            return (record.due - self.today).days <= URGENT_DAYS
        return isinstance(record, OverdueReply | ReplyGroup) or super().overdue(record)

    def tooltip(self, record: TodoItem, column: int) -> str | None:
        if isinstance(record, SubjectRequest):
            text = self.tr("Received {received}; the answer is due within 10 days of receipt.")
            return text.format(received=day(record.received_on))
        if isinstance(record, SafetyDue):
            return record.source or None
        if isinstance(record, ReplyGroup):
            lines = [
                f"{reply.number} · {reply.client_display_name} · {day(reply.reply_due)}"
                for reply in record.replies[:LISTED_IN_TOOLTIP]
            ]
            if len(record.replies) > LISTED_IN_TOOLTIP:
                lines.append("…")
            return "\n".join(
                [
                    self.tr(
                        "{agency} owes {count} replies; the oldest was due {date}. Opening it shows the oldest."
                    ).format(agency=record.agency_name or "?", count=len(record.replies), date=day(record.reply_due)),
                    *lines,
                ]
            )
        if isinstance(record, OverdueReply):
            return self.tr(
                "Referral {number} to {agency}: the reply was due {date}. Open the case to record the reply."
            ).format(number=record.number, agency=record.agency_name or "?", date=day(record.reply_due))
        if column == self.CLIENT:
            return record.case_number
        if self.overdue(record):
            return self.tr("Overdue by {days} days").format(days=(self.today - record.due_date).days)
        return None
