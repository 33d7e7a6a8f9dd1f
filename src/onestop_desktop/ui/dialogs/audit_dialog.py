"""The audit trail: the most recent entries, and a check that the hash chain is intact."""

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

from ...domain.errors import OneStopError
from ...domain.roles import Permission
from ...services.session import Session
from ..common.tables import record_table
from ..common.widgets import MessageLabel, paragraph
from ..models.audit_table_model import AuditTableModel

RECENT_LIMIT = 500


class AuditDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit trail"))
        self.model = AuditTableModel(parent=self)
        self.table = record_table(self, "auditTable", self.tr("Audit entries"), self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.verify_button = QPushButton(self.tr("&Verify the chain"), self)
        self.verify_button.setObjectName("verifyAudit")
        self.verify_button.clicked.connect(self.verify)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("refreshAudit")
        self.refresh_button.clicked.connect(self.reload)
        self.message = MessageLabel(self, object_name="auditMessage")
        tools = QHBoxLayout()
        tools.addWidget(
            paragraph(
                self.tr("The latest {count} entries, newest first. Times are local.").format(count=RECENT_LIMIT),
                self,
                object_name="muted",
            ),
            1,
        )
        tools.addWidget(self.refresh_button)
        tools.addWidget(self.verify_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(980, 560)
        self.reload()

    def reload(self) -> None:
        try:
            if self.session.can(Permission.MANAGE_USERS):
                self.model.set_user_names({user.id: user.username for user in self.session.users.list()})
            self.model.set_entries(self.session.audit.recent(RECENT_LIMIT))
        except OneStopError as err:
            self.message.show_error(err)

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
        self.reload()
