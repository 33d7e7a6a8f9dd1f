"""관리 → 출력·복사 대장: every output printed or saved, a page at a time, filtered by period, account, kind and
case. The filters go to SQL (services/register.py); scrolling fetches the next page."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QVBoxLayout, QWidget

from ...domain.errors import OneStopError
from ...domain.oversight import OUTPUT_KIND_LABELS, RegisterQuery
from ...services.session import Session
from ..common.tables import record_table
from ..common.widgets import MessageLabel, paragraph
from ..models.register_table_model import Column, RegisterTableModel, kind_text
from .oversight_filters import FilterError, OversightFilters


class RegisterDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("registerDialog")
        self.setWindowTitle(self.tr("Output register"))
        self.filters = OversightFilters(self.tr("Document"), self)
        self.filters.add_accounts([(f"{u.display_name} ({u.username})", u.id) for u in session.users.list()])
        self.filters.add_kinds([(kind_text(kind), kind) for kind in OUTPUT_KIND_LABELS])
        self.filters.applied.connect(self.apply)
        self.model = RegisterTableModel(session.register.page, self)
        self.table = record_table(self, "registerTable", self.tr("Outputs"), self.model, stretch_column=Column.PURPOSE)
        header = self.table.horizontalHeader()
        for column in (
            Column.AT,
            Column.USER,
            Column.KIND,
            Column.CASE,
            Column.REFERRAL,
            Column.DESTINATION,
            Column.PAGES,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.message = MessageLabel(self, object_name="registerMessage")
        self.model.fetch_failed.connect(self.message.show_error)
        note = self.tr(
            "Every letter, consent form, packet, batch and report printed or saved, newest first, with who made it "
            "and why (출력 사유). Times are local; the period is in UTC days."
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(note, self, object_name="muted"))
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(1200, 620)
        self.apply()

    def apply(self) -> None:
        try:
            since, until = self.filters.period()
            case_id = self.session.register.case_id(self.filters.case_text()) if self.filters.case_text() else ""
        except FilterError as err:
            self.message.show_error(str(err))
            return
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.message.clear_message()
        query = RegisterQuery(since, until, self.filters.account_value(), self.filters.kind_value(), case_id)
        self.model.set_query(query)
