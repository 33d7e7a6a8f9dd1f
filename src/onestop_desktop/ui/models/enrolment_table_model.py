"""A client's program history (the case's 프로그램 tab), or a program's participants (its roster).

Attendance reads "present / meetings held since enrolment"; a finished survey shows as recorded,
never with what was answered.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from ...domain.programs import ENROLMENT_STATUS_LABELS, PROGRAM_KIND_LABELS, Enrolment, EnrolmentStatus
from ..common.text import day
from ..programs.text import program_label
from .record_table_model import MUTED, RecordTableModel


class EnrolmentTableModel(RecordTableModel[Enrolment]):
    """`roster=True` names the client in the first column instead of the program."""

    def __init__(
        self, records: Sequence[Enrolment] = (), *, roster: bool = False, parent: QObject | None = None
    ) -> None:
        super().__init__(records, parent=parent)
        self.roster = roster

    def headers(self) -> tuple[str, ...]:
        first = (self.tr("Client"), self.tr("Case no.")) if self.roster else (self.tr("Program"), self.tr("Kind"))
        return (
            *first,
            self.tr("Status"),
            self.tr("Enrolled"),
            self.tr("Attendance"),
            self.tr("Completed"),
            self.tr("Survey"),
        )

    def attendance_text(self, record: Enrolment) -> str:
        if not record.meetings_held:
            return self.tr("no session yet")
        return self.tr("{present} of {held}").format(present=record.meetings_present, held=record.meetings_held)

    def text(self, record: Enrolment, column: int) -> str:
        first = (
            (record.client_display_name, record.case_number)
            if self.roster
            else (record.program_name, program_label(PROGRAM_KIND_LABELS, record.program_kind))
        )
        survey = self.tr("Recorded") if record.surveyed else ""
        return (
            *first,
            program_label(ENROLMENT_STATUS_LABELS, record.status),
            day(record.enrolled_on),
            self.attendance_text(record),
            day(record.completed_on),
            survey,
        )[column]

    def tooltip(self, record: Enrolment, column: int) -> str | None:
        return record.program_name if column == 0 and not self.roster else None

    def color(self, record: Enrolment, column: int) -> QColor | None:
        return MUTED if record.status is EnrolmentStatus.DROPPED else None
