"""Follow-ups (할 일): due date, what, assignee, and a done box that writes through a callback.

With `with_case=True` (the "my tasks" view) the client is shown instead of the assignee. Overdue
open items are red. Ticking the box calls `complete(followup_id, done)`; if the service
refuses, the box stays as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QObject

from ...domain.casework import Followup
from ..common.text import day
from .followup_checks import Complete, FollowupChecksModel


class FollowupTableModel(FollowupChecksModel[Followup]):
    def __init__(
        self,
        records: Sequence[Followup] = (),
        *,
        with_case: bool = False,
        complete: Complete | None = None,
        today: date | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(records, complete=complete, today=today, parent=parent)
        self.with_case = with_case

    @property
    def done_column(self) -> int:
        return len(self.headers()) - 1

    def headers(self) -> tuple[str, ...]:
        if self.with_case:  # my own tasks: the client instead of the assignee
            return (self.tr("Due"), self.tr("Client"), self.tr("To do"), self.tr("Done"))
        return (self.tr("Due"), self.tr("To do"), self.tr("Assignee"), self.tr("Done"))

    def _fields(self, record: Followup) -> tuple[str, ...]:
        done = day(record.done_on) if record.done_on else ""
        if self.with_case:
            return (day(record.due_date), record.client_display_name, record.title, done)
        return (day(record.due_date), record.title, record.assignee_name, done)

    def text(self, record: Followup, column: int) -> str:
        return self._fields(record)[column]

    def tooltip(self, record: Followup, column: int) -> str | None:
        if self.with_case and column == 1:
            return record.case_number
        if self.overdue(record):
            return self.tr("Overdue by {days} days").format(days=(self.today - record.due_date).days)
        return None
