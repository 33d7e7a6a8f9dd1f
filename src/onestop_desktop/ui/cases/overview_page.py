"""개요: the client (details, phones, registration number) on the left, the case (facts, status,
risk) on the right. Client and case facts are forms saved together (Ctrl+S); phones, the
registration number, status and risk are saved as soon as they change."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QScrollArea, QWidget

from ...domain.casework import CaseFile
from ...domain.roles import Permission
from ...services.session import Session
from ..common.widgets import Card
from .case_details_editor import CaseDetailsEditor
from .client_editor import ClientEditor
from .contact_box import ContactBox
from .page import CasePage
from .people import People
from .rrn_box import RrnBox
from .status_box import StatusBox


class OverviewPage(CasePage):
    changed = Signal()  # something was saved at once: read the case again

    def __init__(self, session: Session, case_id: str, people: People, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPage")
        editable = session.can(Permission.CASE_EDIT)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Overview"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget(scroll)
        inner.setObjectName("workspace")
        inner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        scroll.setWidget(inner)

        client_card = Card(self.tr("Client"), inner, compact=True)
        self.client = ClientEditor(session, case_id, client_card)
        self.client.set_editable(editable)
        client_card.body.addWidget(self.client)
        contact_card = Card(self.tr("Phone numbers and safe contact"), inner, compact=True)
        self.contacts = ContactBox(session, case_id, contact_card)
        contact_card.body.addWidget(self.contacts)
        rrn_card = Card(self.tr("Resident registration number"), inner, compact=True)
        self.rrn = RrnBox(session, case_id, rrn_card)
        rrn_card.body.addWidget(self.rrn)  # the right column, top to bottom: status, then the case
        status_card = Card(self.tr("Status and risk"), inner, compact=True)
        self.status = StatusBox(session, case_id, people, status_card)
        status_card.body.addWidget(self.status)
        case_card = Card(self.tr("Case"), inner, compact=True)
        self.details = CaseDetailsEditor(session, case_id, people, case_card)
        self.details.set_editable(editable)
        case_card.body.addWidget(self.details)
        for box in (self.contacts, self.rrn, self.status):
            box.changed.connect(self.changed)

        grid = QGridLayout(inner)
        grid.setContentsMargins(12, 12, 12, 12)
        grid.setSpacing(12)
        left = QGridLayout()
        left.setSpacing(12)
        left.addWidget(client_card, 0, 0)
        left.addWidget(contact_card, 1, 0)
        left.addWidget(rrn_card, 2, 0)
        left.setRowStretch(3, 1)
        right = QGridLayout()
        right.setSpacing(12)
        right.addWidget(status_card, 0, 0)
        right.addWidget(case_card, 1, 0)
        right.setRowStretch(2, 1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.column.addWidget(scroll, 1)
        self.finish_layout()
        self.add_editor(self.client)
        self.add_editor(self.details)

    def refresh(self, case_file: CaseFile) -> None:
        super().refresh(case_file)
        self.contacts.refresh(case_file)
        self.rrn.refresh(case_file)
        self.status.refresh(case_file)
