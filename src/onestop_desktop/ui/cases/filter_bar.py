"""The case list's filters: status (several), crime type, lead counselor, my cases, minimum risk,
overdue follow-ups. Each change emits `changed`; `apply()` writes them into a `CaseQuery`."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from ...domain.case_status import CASE_STATUS_LABELS, CaseStatus
from ...domain.casework import CaseQuery
from ...domain.taxonomy import CRIME_TYPE_LABELS, RISK_LEVEL_LABELS, CrimeType, RiskLevel
from ..common.text import label
from .people import CASE_ROLES, People


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, people: People, *, all_cases: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._all_cases = all_cases
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        status_label = QLabel(self.tr("Status:"), self)
        layout.addWidget(status_label)
        self.statuses: dict[CaseStatus, QCheckBox] = {}
        for status in CaseStatus:
            box = QCheckBox(label(CASE_STATUS_LABELS, status), self)
            box.setObjectName(f"status-{status}")
            box.setAccessibleName(
                self.tr("Show cases with status {status}").format(status=label(CASE_STATUS_LABELS, status))
            )
            box.toggled.connect(self.changed)
            self.statuses[status] = box
            layout.addWidget(box)
        layout.addSpacing(8)
        self.crime_type = self._combo("crimeTypeFilter", self.tr("Crime type"), self.tr("All crime types"))
        for crime in CrimeType:
            self.crime_type.addItem(label(CRIME_TYPE_LABELS, crime), str(crime))
        self.lead = self._combo("leadFilter", self.tr("Lead counselor"), self.tr("All counselors"))
        for user in people.active(CASE_ROLES):
            self.lead.addItem(user.display_name, user.id)
        self.min_risk = self._combo("riskFilter", self.tr("Minimum risk"), self.tr("Any risk"))
        for level in RiskLevel:
            self.min_risk.addItem(
                self.tr("{level} or higher").format(level=label(RISK_LEVEL_LABELS, level))
                if level is not RiskLevel.CRITICAL
                else label(RISK_LEVEL_LABELS, level),
                str(level),
            )
        for combo in (self.crime_type, self.lead, self.min_risk):
            layout.addWidget(combo)
        self.mine = QCheckBox(self.tr("My cases"), self)
        self.mine.setObjectName("mineFilter")
        self.mine.setToolTip(self.tr("Cases I lead or am on the team of"))
        self.mine.setVisible(all_cases)  # an outreach worker only ever sees their own
        self.mine.toggled.connect(self.changed)
        self.overdue = QCheckBox(self.tr("Overdue follow-ups"), self)
        self.overdue.setObjectName("overdueFilter")
        self.overdue.toggled.connect(self.changed)
        layout.addWidget(self.mine)
        layout.addWidget(self.overdue)
        self.reset_button = QPushButton(self.tr("Clear filters"), self)
        self.reset_button.setObjectName("clearFilters")
        self.reset_button.clicked.connect(self.reset)
        layout.addWidget(self.reset_button)
        layout.addStretch(1)

    def _combo(self, name: str, accessible: str, everything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.addItem(everything, "")
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def apply(self, query: CaseQuery) -> CaseQuery:
        crime = str(self.crime_type.currentData() or "")
        lead = str(self.lead.currentData() or "")
        risk = str(self.min_risk.currentData() or "")
        return replace(
            query,
            statuses=frozenset(s for s, box in self.statuses.items() if box.isChecked()),
            crime_type=CrimeType(crime) if crime else None,
            lead_counselor_id=lead or None,
            mine_only=self.mine.isChecked() and self._all_cases,
            min_risk=RiskLevel(risk) if risk else None,
            overdue_only=self.overdue.isChecked(),
        )

    def is_default(self) -> bool:
        return self.apply(CaseQuery()) == CaseQuery()

    def reset(self) -> None:
        widgets = [*self.statuses.values(), self.mine, self.overdue, self.crime_type, self.lead, self.min_risk]
        for widget in widgets:
            widget.blockSignals(True)
        for box in [*self.statuses.values(), self.mine, self.overdue]:
            box.setChecked(False)
        for combo in (self.crime_type, self.lead, self.min_risk):
            combo.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self.changed.emit()
