"""A status change of a referral, dated today, with an optional note (e.g. "팩스 발송", "담당자 김○○ 접수")."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QVBoxLayout, QWidget

from ...domain.referrals import ReferralStatus
from ..common.consent_text import status_text
from ..common.dialog_buttons import confirm_buttons
from ..common.fields import text_edit
from ..common.forms import buddy_label
from ..common.widgets import paragraph


class StatusNoteDialog(QDialog):
    def __init__(self, number: str, status: ReferralStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setObjectName("statusNoteDialog")
        self.setWindowTitle(self.tr("Change the status"))
        self.note = text_edit(
            self,
            "statusNote",
            self.tr("Note"),
            placeholder=self.tr("e.g. sent by fax, received by the person in charge"),
            max_length=500,
        )
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Note:"), self.note, self), self.note)
        buttons = confirm_buttons(self, self.tr("&Change"), "statusNoteOk", self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr("{number}: the status becomes “{status}” today.").format(
                    number=number, status=status_text(status)
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
