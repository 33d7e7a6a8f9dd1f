"""Enrol the client in a program that is planned or running (the list shows places left)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QWidget

from ...domain.errors import ErrorCode, OneStopError
from ...domain.programs import PROGRAM_KIND_LABELS, Program
from ...services.session import Session
from ..common.dialog_buttons import confirm_buttons, dialog_column
from ..common.text import day, problem_text
from ..common.waiting import waiting
from ..common.widgets import MessageLabel
from ..errors import error_text
from .text import program_label


class ProgramEnrolmentDialog(QDialog):
    enrolled = Signal(str)  # enrolment id

    def __init__(self, session: Session, case_id: str, programs: list[Program], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.setObjectName("enrolDialog")
        self.setWindowTitle(self.tr("Enrol in a program"))
        self.program = QComboBox(self)
        self.program.setObjectName("enrolProgram")
        self.program.setAccessibleName(self.tr("Program"))
        for program in programs:
            left = (
                ""
                if program.capacity is None
                else self.tr(", {left} places left").format(left=max(0, program.capacity - program.enrolled_count))
            )
            self.program.addItem(
                f"{program.name} ({program_label(PROGRAM_KIND_LABELS, program.kind)}, {day(program.starts_on)}{left})",
                program.id,
            )
        caption = QLabel(self.tr("&Program (planned or running):"), self)
        caption.setBuddy(self.program)
        empty = QLabel(
            self.tr(
                "No program is open to this client: none is planned or running that they have not "
                "joined. Programs are set up under Cases → Programs and workshops."
            ),
            self,
        )
        empty.setWordWrap(True)
        empty.setVisible(not programs)
        self.message = MessageLabel(self, object_name="enrolMessage")
        buttons = confirm_buttons(self, self.tr("&Enrol"), "enrolOk", self.submit)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(bool(programs))
        dialog_column(self, caption, self.program, empty, self.message, buttons)
        self.setMinimumWidth(560)

    def submit(self) -> None:
        self.message.clear_message()
        program_id = str(self.program.currentData() or "")
        if not program_id:
            return
        try:
            with waiting():
                enrolment_id = self.session.programs.enrol(program_id, self.case_id)
        except OneStopError as err:
            problems = list(err.params.get("problems", [])) if err.code is ErrorCode.INVALID_INPUT else []
            self.message.show_error("\n".join([error_text(err), *(problem_text(p) for p in problems)]))
            return
        self.enrolled.emit(enrolment_id)
        self.accept()
