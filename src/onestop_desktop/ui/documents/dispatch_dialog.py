"""발송 처리: after the letters or the batch are printed or saved, one step marks those referrals sent, with the
day and the means (우편, 팩스, 직접 전달, 전자문서). They then leave the ready batch."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QWidget

from ...domain.errors import ErrorCode, OneStopError
from ...domain.referrals import DISPATCH_MEANS_LABELS, DispatchMeans
from ...services.session import Session
from ..common.consent_text import blockers_text
from ..common.dialog_buttons import confirm_buttons, dialog_column
from ..common.fields import date_edit
from ..common.forms import buddy_label
from ..common.widgets import MessageLabel, paragraph
from ..errors import error_text


class DispatchDialog(QDialog):
    def __init__(self, session: Session, referral_ids: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.referral_ids = referral_ids
        self.marked: list[str] = []
        self.setObjectName("dispatchDialog")
        self.setWindowTitle(self.tr("Mark the printed referrals sent"))
        self.means = QComboBox(self)
        self.means.setObjectName("dispatchMeans")
        self.means.setAccessibleName(self.tr("Sent by"))
        for means in DispatchMeans:
            self.means.addItem(QCoreApplication.translate("Referral", DISPATCH_MEANS_LABELS[means]), str(means))
        self.day = date_edit(self, "dispatchDay", self.tr("Sent on"))
        self.day.setText(date.today().isoformat())
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("Sent &by:"), self.means, self), self.means)
        form.addRow(buddy_label(self.tr("Sent &on:"), self.day, self), self.day)
        intro = paragraph(
            self.tr("{count} referrals of this output will be marked sent and leave the ready batch.").format(
                count=len(referral_ids)
            ),
            self,
        )
        self.message = MessageLabel(self, object_name="dispatchMessage")
        buttons = confirm_buttons(self, self.tr("&Mark sent"), "dispatchConfirm", self._confirm)
        dialog_column(self, intro, form, self.message, buttons)
        self.setMinimumWidth(460)

    def _confirm(self) -> None:
        try:
            on = date.fromisoformat(self.day.text().strip())
        except ValueError:
            self.message.show_error(self.tr("Write the date as YYYY-MM-DD, for example 2026-11-26."))
            return
        means = DispatchMeans(str(self.means.currentData()))
        try:
            self.marked = self.session.dispatch.mark_sent(list(self.referral_ids), means, on)
        except OneStopError as err:
            text = error_text(err)
            if err.code is ErrorCode.CONSENT_MISSING:
                text += "\n" + blockers_text(err.params.get("blockers", []))
            self.message.show_error(text)
            return
        self.accept()
