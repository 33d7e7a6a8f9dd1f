"""실적 보고: the period report for partners, saved as PDF or .xlsx after its purpose (출력 사유) is given.

The report is made on the background worker and exists in memory until it is saved where the user chose;
the service records it in the document register and the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...domain.errors import OneStopError
from ...domain.periods import Period, PeriodKind
from ...services.documents import RenderedDocument
from ...services.session import Session
from ..common.waiting import waiting
from ..common.widgets import MessageLabel, paragraph
from ..dialog_fit import keep_fitted
from ..ops import BackgroundRunner
from ..save_dialog import ask_save_path
from .period_picker import PeriodPicker

AskPath = Callable[[QWidget, Path, str], Path | None]


def ask_report_path(parent: QWidget, suggested: Path, fmt: str) -> Path | None:
    pattern = (QCoreApplication.translate("ReportDialog", "PDF documents (*.pdf)") if fmt == "pdf"
               else QCoreApplication.translate("ReportDialog", "Excel workbooks (*.xlsx)"))  # fmt: skip
    title = QCoreApplication.translate("ReportDialog", "Save the report as")
    return ask_save_path(parent, title, suggested, pattern, f".{fmt}")


class ReportDialog(QDialog):
    def __init__(self, session: Session, runner: BackgroundRunner, parent: QWidget | None = None, *,
                 period: Period | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.ask_path: AskPath = ask_report_path
        self.busy = False
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Period report (실적 보고)"))
        self.picker = PeriodPicker(parent=self, kind=PeriodKind.QUARTER)
        if period is not None:
            self.picker.set_period(period)
        self.as_pdf = QRadioButton(self.tr("&PDF with charts"), self)
        self.as_xlsx = QRadioButton(self.tr("&Excel workbook (.xlsx)"), self)
        self.as_pdf.setChecked(True)
        self.purpose = QComboBox(self)
        self.purpose.setObjectName("reportPurpose")
        self.purpose.setAccessibleName(self.tr("Purpose of the output"))
        self.purpose.setEditable(True)
        self.purpose.addItems(["실적 보고", self.tr("For the Ministry of Justice"), self.tr("For Seoul city")])
        self.save_button = QPushButton(self.tr("&Save…"), self)
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.start)
        close = QPushButton(self.tr("&Close"), self)
        close.clicked.connect(self.reject)
        self.message = MessageLabel(self, object_name="reportMessage")
        kinds = QHBoxLayout()
        kinds.addWidget(self.as_pdf)
        kinds.addWidget(self.as_xlsx)
        form = QFormLayout()
        form.addRow(self.tr("Period:"), self.picker)
        form.addRow(self.tr("File:"), kinds)
        form.addRow(self.tr("P&urpose:"), self.purpose)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "The report holds counts only, never a person: counts from 1 to {n} are shown as \"<{m}\" and any "
            "value a total would give back is hidden. The purpose is recorded with your name in the document "
            "register and the audit trail.").format(n=session.reports.threshold - 1, m=session.reports.threshold),
            self, object_name="muted"))  # fmt: skip
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        keep_fitted(self)  # a message (the saved file's path) grows the dialog instead of squashing the fields

    def fmt(self) -> str:
        return "pdf" if self.as_pdf.isChecked() else "xlsx"

    def start(self) -> None:
        if self.busy:
            return
        self.message.clear_message()
        period, purpose, fmt = self.picker.period(), self.purpose.currentText().strip(), self.fmt()
        if period is None:
            self.message.show_info(self.tr("The end of the period is before its start."))
            return
        self.busy = True
        self.save_button.setEnabled(False)
        self.message.show_info(self.tr("Making the report…"))
        reports = self.session.reports
        self.runner.run(lambda: reports.render(period, "pdf" if fmt == "pdf" else "xlsx", purpose),
                        lambda document: self._made(document, period, fmt), self._failed)  # fmt: skip

    def _failed(self, err: OneStopError) -> None:
        if isValid(self):
            self.busy = False
            self.save_button.setEnabled(True)
            self.message.show_error(err)

    def _made(self, document: RenderedDocument, period: Period, fmt: str) -> None:
        if not isValid(self):
            return
        self.busy = False
        self.save_button.setEnabled(True)
        self.message.clear_message()
        if self.session.is_locked or not self.isVisible():
            return
        target = self.ask_path(self, Path.home() / f"실적보고-{period.code}.{fmt}", fmt)
        if target is None:
            return
        try:
            with waiting():
                self.session.reports.save(document, target, overwrite=True)  # the save dialog asked
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.message.show_success(
            self.tr("Saved to {path}. The output is recorded in the document register with its purpose.").format(
                path=target
            )
        )
