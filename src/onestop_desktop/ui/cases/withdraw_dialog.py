"""철회: the date a consent was withdrawn and a note, confirmed before it is recorded (제37조).

From that date the referrals that needed the consent are refused, and no document carries it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QVBoxLayout, QWidget

from ...domain.consent import Consent
from ...domain.errors import ErrorCode, OneStopError
from ...domain.text import QT_TRANSLATE_NOOP
from ...domain.validation import Validator
from ...services.session import Session
from ..common.consent_text import kind_text
from ..common.dialog_buttons import confirm_buttons
from ..common.field_errors import FieldErrors
from ..common.fields import date_edit, text_edit
from ..common.forms import buddy_label
from ..common.text import day
from ..common.waiting import waiting
from ..common.widgets import MessageLabel, paragraph
from ..dialog_fit import keep_fitted

BEFORE_CONSENT = QT_TRANSLATE_NOOP("Validation", "A consent cannot be withdrawn before the date it was given.")


class WithdrawDialog(QDialog):
    withdrawn = Signal()

    def __init__(
        self, session: Session, case_id: str, consent: Consent, recipient: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.consent = consent
        self.setObjectName("withdrawDialog")
        self.setWindowTitle(self.tr("Withdraw a consent"))
        self.errors = FieldErrors()
        self.on = date_edit(self, "withdrawDate", self.tr("Date of withdrawal"))
        self.on.setText(date.today().isoformat())
        self.note = text_edit(
            self, "withdrawNote", self.tr("Note"), placeholder=self.tr("e.g. the client asked by phone"), max_length=300
        )
        self.message = MessageLabel(self, object_name="withdrawMessage")
        what = kind_text(consent.kind) + (f" · {recipient}" if recipient else "")
        form = QFormLayout()
        form.addRow(
            self.tr("Consent:"),
            paragraph(self.tr("{what}, given {date}").format(what=what, date=day(consent.given_on)), self),
        )
        form.addRow(buddy_label(self.tr("&Date:"), self.on, self), self.errors.wrap("on", self.on, self))
        form.addRow(buddy_label(self.tr("&Note:"), self.note, self), self.note)
        buttons = confirm_buttons(
            self, self.tr("&Withdraw the consent"), "withdrawOk", self.submit, cancel_is_default=True
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "From the date of withdrawal, referrals that need this consent cannot be sent and no document "
                    "carries what it allowed. The record of the consent itself is kept."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        keep_fitted(self)

    def submit(self) -> None:
        self.errors.clear()
        check = Validator(date.today())
        on = check.past_date("on", self.on.text(), required=True)
        if on is not None and on < self.consent.given_on:
            check.fail("on", BEFORE_CONSENT)
        if on is None or check.problems:
            err = OneStopError(ErrorCode.INVALID_INPUT, count=len(check.problems), problems=check.problems)
            self.errors.show(check.problems)
            self.message.show_error(err)
            return
        try:
            with waiting():
                self.session.consents.withdraw(self.case_id, self.consent.id, on, self.note.text())
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.withdrawn.emit()
        self.accept()
