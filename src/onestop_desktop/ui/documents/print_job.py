"""One printing: Qt's print preview over a rendered PDF; `printed` only when the user really printed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from ...services.documents import RenderedDocument
from ..common.waiting import waiting
from .printing import PdfPages


class PrintJob(QObject):
    printed = Signal()

    def __init__(self, document: RenderedDocument, parent: QWidget) -> None:
        super().__init__(parent)
        self.pages = PdfPages(document.data)
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName("OneStop")  # the print queue shows it: no personal data
        self.pages.prepare(self.printer)
        self.preview = QPrintPreviewDialog(self.printer, parent)
        self.preview.setObjectName("printPreview")
        self.preview.setWindowTitle(self.tr("Print preview"))
        self.preview.paintRequested.connect(self._paint)
        self.preview.finished.connect(self._finished)
        self.drawn = 0

    def start(self) -> None:
        self.preview.open()

    def _paint(self, printer: QPrinter) -> None:
        with waiting():
            self.drawn = self.pages.paint(printer)

    def _finished(self, result: int) -> None:
        self.pages.close()
        self.preview.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self.printed.emit()
