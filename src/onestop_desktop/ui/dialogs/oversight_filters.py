"""The filter row of the output register and the access-log review: period, account, kind of entry, case."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..common.fields import date_edit
from ..common.forms import line_edit


class FilterError(ValueError):
    """A filter that cannot be read; its text is translated and shown beside the table."""


class OversightFilters(QWidget):
    applied = Signal()

    def __init__(self, kind_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("oversightFilters")
        self.since = date_edit(self, "filterSince", self.tr("From"))
        self.until = date_edit(self, "filterUntil", self.tr("To"))
        self.account = QComboBox(self)
        self.account.setObjectName("filterAccount")
        self.account.setAccessibleName(self.tr("Account"))
        self.account.addItem(self.tr("Everyone"), "")
        self.kind = QComboBox(self)
        self.kind.setObjectName("filterKind")
        self.kind.setAccessibleName(kind_label)
        self.kind.addItem(self.tr("All"), "")
        self.case = line_edit("filterCase", self.tr("Case number"), self, placeholder="D1-2026-00001", max_length=40)
        self.case.setMaximumWidth(170)
        self.apply_button = QPushButton(self.tr("&Apply"), self)
        self.apply_button.setObjectName("filterApply")
        self.apply_button.clicked.connect(self.applied.emit)
        for edit in (self.since, self.until, self.case):
            edit.returnPressed.connect(self.applied.emit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            (self.tr("From"), self.since),
            (self.tr("to"), self.until),
            (self.tr("Account"), self.account),
            (kind_label, self.kind),
            (self.tr("Case"), self.case),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
        row.addWidget(self.apply_button)
        row.addStretch(1)

    def add_accounts(self, accounts: list[tuple[str, str]]) -> None:
        """(shown text, value) for each account."""
        for text, value in accounts:
            self.account.addItem(text, value)

    def add_kinds(self, kinds: list[tuple[str, str]]) -> None:
        for text, value in kinds:
            self.kind.addItem(text, value)

    def _day(self, edit: QLineEdit) -> date | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise FilterError(self.tr("Write the date as YYYY-MM-DD, for example 2026-11-01.")) from None

    def period(self) -> tuple[date | None, date | None]:
        since, until = self._day(self.since), self._day(self.until)
        if since and until and until < since:
            raise FilterError(self.tr("The period ends before it begins."))
        return since, until

    def account_value(self) -> str:
        return str(self.account.currentData() or "")

    def kind_value(self) -> str:
        return str(self.kind.currentData() or "")

    def case_text(self) -> str:
        return self.case.text().strip()
