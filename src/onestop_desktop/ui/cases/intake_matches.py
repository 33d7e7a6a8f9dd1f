"""The intake's likely matches: as the counselor types a name, birth date or phone number, the clients the person
may already be (alias, 만 나이, case numbers, status, last contact), and one button that opens a new case for the
chosen one instead of registering a second client.

What a match shows is the service's decision (`ClientRecords.likely_matches`): an outreach worker sees the details
only of matches in cases assigned to them, and otherwise only that a match exists, to ask a counselor.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ...domain.case_status import CASE_STATUS_LABELS, CaseStatus
from ...domain.client_matching import CONTEXT, REASON_LABELS
from ...services.client_records import LikelyMatch
from ...services.session import Session
from ..common.text import label, local_day

CLIENT_ROLE = 0x0100  # Qt.ItemDataRole.UserRole
LOOKUP_DELAY_MS = 250  # typing pauses this long before the lookup runs


class IntakeMatches(QGroupBox):
    """Emits `chosen(client_id)` when the counselor opens a new case for an existing client."""

    chosen = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setTitle(self.tr("Likely matches among existing clients"))
        self.setObjectName("intakeMatches")
        self.list = QListWidget(self)
        self.list.setObjectName("intakeMatchList")
        self.list.setAccessibleName(self.tr("Likely matches among existing clients"))
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 4 + 12)
        self.list.currentItemChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self._open())
        self.open_button = QPushButton(self.tr("New case for this &client"), self)
        self.open_button.setObjectName("intakeMatchOpen")
        self.open_button.setAccessibleName(self.tr("New case for the chosen existing client"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.open_button)
        column = QVBoxLayout(self)
        column.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self.lookup)
        self._typed = ("", "", "")
        self.matches: list[LikelyMatch] = []
        self.setVisible(False)

    def typed(self, name: str, birth_date: str, phone: str) -> None:
        """What the intake holds now; the lookup runs when typing pauses."""
        self._typed = (name, birth_date, phone)
        self._timer.start()

    def lookup(self) -> None:
        if self.session.is_locked or not self.window().isVisible():  # locked or closed while the timer ran
            return
        name, birth, phone = self._typed
        if not name.strip() and len("".join(ch for ch in phone if ch.isdigit())) < 9:
            self.show_matches([])
            return
        self.show_matches(self.session.clients.likely_matches(name, birth, phone))

    def show_matches(self, matches: list[LikelyMatch]) -> None:
        self.matches = matches
        self.list.clear()
        for match in matches:
            item = QListWidgetItem(self._line(match), self.list)
            item.setData(CLIENT_ROLE, match.client_id)
        self.setVisible(bool(matches))
        self._selection_changed()

    def _line(self, match: LikelyMatch) -> str:
        reason = QCoreApplication.translate(CONTEXT, REASON_LABELS[match.reason])
        if not match.visible:
            return self.tr("A client who may be this person exists ({reason}); ask a counselor.").format(reason=reason)
        age = self.tr("{age} years").format(age=match.age) if match.age is not None else self.tr("age unknown")
        cases = ", ".join(
            f"{c.case_number} {label(CASE_STATUS_LABELS, CaseStatus(c.status))}" for c in match.cases
        ) or self.tr("no open case")
        last = local_day(match.last_contact) if match.last_contact else "—"
        return self.tr("{name} · {age} · {cases} · last contact {last} · {reason}").format(
            name=match.shown_name, age=age, cases=cases, last=last, reason=reason
        )

    def _selection_changed(self) -> None:
        item = self.list.currentItem()
        self.open_button.setEnabled(item is not None and bool(item.data(CLIENT_ROLE)))

    def _open(self) -> None:
        item = self.list.currentItem()
        client_id = str(item.data(CLIENT_ROLE) or "") if item is not None else ""
        if client_id:
            self.chosen.emit(client_id)
