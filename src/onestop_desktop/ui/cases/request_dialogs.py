"""Logging a data subject's request (열람, 정정·삭제, 처리정지) with the day it was received, and recording its answer
with the outcome and the day. Both are saved at once; the service checks the whole form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QWidget

from ...domain.errors import ErrorCode, OneStopError
from ...domain.subject_requests import (
    KIND_LABELS,
    OUTCOME_LABELS,
    AnswerForm,
    RequestForm,
    RequestKind,
    RequestOutcome,
    SubjectRequest,
)
from ...services.session import Session
from ..common.dialog_buttons import confirm_buttons, dialog_column
from ..common.field_errors import FieldErrors
from ..common.fields import choice, date_edit, note_edit
from ..common.forms import buddy_label
from ..common.text import day
from ..common.waiting import waiting
from ..common.widgets import MessageLabel, paragraph
from ..dialog_fit import keep_fitted


def _combo(
    parent: QWidget, name: str, accessible: str, labels: dict[RequestKind, str] | dict[RequestOutcome, str]
) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    for member, text in labels.items():
        combo.addItem(QCoreApplication.translate("SubjectRequests", text), str(member))
    return combo


def _save(errors: FieldErrors, message: MessageLabel, save: Callable[[], object]) -> bool:
    """Run `save`; on a refusal show the field problems and the one-line message, and say it failed."""
    errors.clear()
    try:
        with waiting():
            save()
    except OneStopError as err:
        if err.code is ErrorCode.INVALID_INPUT:
            errors.show(list(err.params.get("problems", [])))
        message.show_error(err)
        return False
    return True


class RequestDialog(QDialog):
    saved = Signal()

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.case_id = session, case_id
        self.errors = FieldErrors()
        self.message = MessageLabel(self, object_name="requestMessage")
        self.setObjectName("requestDialog")
        self.setWindowTitle(self.tr("Log a request of the client"))
        self.kind = _combo(self, "requestKind", self.tr("Request"), KIND_LABELS)
        self.received = date_edit(self, "requestReceived", self.tr("Date received"))
        self.received.setText(date.today().isoformat())
        self.detail = note_edit(self, "requestDetail", self.tr("What was asked"))
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Request:"), self.kind, self), self.kind)
        form.addRow(buddy_label(self.tr("&Received on:"), self.received, self),
                    self.errors.wrap("received_on", self.received, self))  # fmt: skip
        form.addRow(buddy_label(self.tr("&What was asked:"), self.detail, self),
                    self.errors.wrap("detail", self.detail, self))  # fmt: skip
        explanation = paragraph(
            self.tr("The answer is due within 10 days of receipt; until it is recorded, the request is on My tasks."),
            self,
        )
        buttons = confirm_buttons(self, self.tr("&Log the request"), "requestOk", self.submit)
        dialog_column(self, explanation, form, self.message, buttons)
        self.setMinimumWidth(520)
        keep_fitted(self)

    def save(self) -> None:
        form = RequestForm(RequestKind(choice(self.kind)), self.received.text(), self.detail.toPlainText())
        self.session.subject_requests.log(self.case_id, form)

    def submit(self) -> None:
        if _save(self.errors, self.message, self.save):
            self.saved.emit()
            self.accept()


class AnswerDialog(QDialog):
    saved = Signal()

    def __init__(self, session: Session, request: SubjectRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.request = session, request
        self.errors = FieldErrors()
        self.message = MessageLabel(self, object_name="answerMessage")
        self.setObjectName("answerDialog")
        self.setWindowTitle(self.tr("Record the answer"))
        self.outcome = _combo(self, "answerOutcome", self.tr("Outcome"), OUTCOME_LABELS)
        self.answered = date_edit(self, "answerDate", self.tr("Date answered"))
        self.answered.setText(date.today().isoformat())
        self.answer = note_edit(self, "answerText", self.tr("Answer"))
        kind = QCoreApplication.translate("SubjectRequests", KIND_LABELS[request.kind])
        form = QFormLayout()
        form.addRow(self.tr("Request:"), paragraph(
            self.tr("{kind}, received {received}, due {due}").format(
                kind=kind, received=day(request.received_on), due=day(request.due_on)), self))  # fmt: skip
        form.addRow(buddy_label(self.tr("&Outcome:"), self.outcome, self), self.outcome)
        form.addRow(buddy_label(self.tr("&Answered on:"), self.answered, self),
                    self.errors.wrap("answered_on", self.answered, self))  # fmt: skip
        form.addRow(buddy_label(self.tr("A&nswer:"), self.answer, self), self.errors.wrap("answer", self.answer, self))
        hint = paragraph(self.tr("A refusal or a partial answer gives its reason."), self, object_name="muted")
        buttons = confirm_buttons(self, self.tr("&Record the answer"), "answerOk", self.submit)
        dialog_column(self, form, hint, self.message, buttons)
        self.setMinimumWidth(520)
        keep_fitted(self)

    def save(self) -> None:
        form = AnswerForm(RequestOutcome(choice(self.outcome)), self.answered.text(), self.answer.toPlainText())
        self.session.subject_requests.answer(self.request.id, form, self.request.updated_at)

    def submit(self) -> None:
        if _save(self.errors, self.message, self.save):
            self.saved.emit()
            self.accept()
