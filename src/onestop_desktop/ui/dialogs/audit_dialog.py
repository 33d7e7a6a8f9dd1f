"""The access-log review window (접속기록 점검): the audit trail a page at a time with its filters (period,
account, action, case) pushed into SQL, cases named by number and details in words; the chain check; and the
record of each month's review."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.audit import ACTION_LABELS, AuditAction
from ...domain.errors import OneStopError
from ...domain.oversight import AuditQuery
from ...services.session import Session
from ..common.tables import record_table
from ..common.widgets import MessageLabel, paragraph
from ..models.audit_table_model import AuditTableModel, Column, action_text
from .audit_review_dialog import AuditReviewDialog
from .oversight_filters import FilterError, OversightFilters


class AuditDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit trail"))
        self.filters = OversightFilters(self.tr("Action"), self)
        self.filters.add_accounts([(name, name) for name in session.audit.accounts()])
        self.filters.add_kinds([(action_text(str(a)), str(a)) for a in AuditAction if a in ACTION_LABELS])
        self.filters.applied.connect(self.reload)
        self.model = AuditTableModel(session.audit.page, self)
        self.table = record_table(self, "auditTable", self.tr("Audit entries"), self.model)
        header = self.table.horizontalHeader()
        for column in (Column.SEQ, Column.AT, Column.ACCOUNT, Column.ACTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(Column.SUBJECT, 220)
        self.verify_button = QPushButton(self.tr("&Verify the chain"), self)
        self.verify_button.setObjectName("verifyAudit")
        self.verify_button.clicked.connect(self.verify)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("refreshAudit")
        self.refresh_button.clicked.connect(self.reload)
        self.review_button = QPushButton(self.tr("Record the monthly &review…"), self)
        self.review_button.setObjectName("recordReview")
        self.review_button.clicked.connect(self.record_review)
        self.review_status = paragraph("", self, object_name="reviewStatus")
        self.message = MessageLabel(self, object_name="auditMessage")
        self.model.fetch_failed.connect(self.message.show_error)
        tools = QHBoxLayout()
        tools.addWidget(
            paragraph(self.tr("Newest first; scroll for older entries. Times are local."), self, object_name="muted"),
            1,
        )
        tools.addWidget(self.refresh_button)
        tools.addWidget(self.verify_button)
        review_row = QHBoxLayout()
        review_row.addWidget(self.review_status, 1)
        review_row.addWidget(self.review_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(review_row)
        layout.addWidget(self.filters)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(1200, 620)
        self.reload()

    def _query(self) -> AuditQuery:
        since, until = self.filters.period()
        case_text = self.filters.case_text()
        case_id = self.session.cases.case_id(case_text) if case_text else ""
        action = AuditAction(self.filters.kind_value()) if self.filters.kind_value() else None
        return AuditQuery(since, until, self.filters.account_value(), action, case_id)

    def reload(self) -> None:
        try:
            query = self._query()
        except FilterError as err:
            self.message.show_error(str(err))
            return
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.message.clear_message()
        self.model.set_query(query)
        self._show_reviews()

    def _show_reviews(self) -> None:
        try:
            reviews = self.session.audit.reviews()
            due = self.session.audit.review_due()
        except OneStopError as err:
            self.message.show_error(err)
            return
        lines = []
        if due is not None:
            lines.append(self.tr("The access records of {month} have not been reviewed yet.").format(month=due.key))
        if reviews:
            last = reviews[0]
            lines.append(
                self.tr("Last review: {month} by {name} on {day}: {findings}").format(
                    month=last.month, name=last.reviewed_by, day=last.reviewed_at[:10], findings=last.findings
                )
            )
        else:
            lines.append(self.tr("No monthly review has been recorded yet."))
        self.review_status.setText("\n".join(lines))

    def record_review(self) -> None:
        dialog = AuditReviewDialog(self.session, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.recorded is not None:
            self.message.show_success(self.tr("The review of {month} is recorded.").format(month=dialog.recorded.month))
            self.model.refresh()
            self._show_reviews()

    def verify(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            total, problems = self.session.audit.verify()
        except OneStopError as err:
            self.message.show_error(err)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if problems:
            lines = [
                self.tr("The audit trail has been altered: {count} problems in {total} entries.").format(
                    count=len(problems), total=total
                )
            ]
            lines += [self.tr("Entry {seq}: {reason}").format(seq=p.seq, reason=p.reason) for p in problems[:20]]
            self.message.show_error("\n".join(lines))
        else:
            self.message.show_success(
                self.tr("All {total} entries checked: the audit trail is intact.").format(total=total)
            )
        self.model.refresh()
