"""One printing: a preview of the rendered PDF (`pdf_preview.py`); `printed` only when the user really printed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from ...services.documents import RenderedDocument
from .pdf_preview import PdfPreviewDialog
from .printing import PdfPages


class PrintJob(QObject):
    printed = Signal()

    def __init__(self, document: RenderedDocument, parent: QWidget) -> None:
        super().__init__(parent)
        self.pages = PdfPages(document.data)
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName("OneStop")  # the print queue shows it: no personal data
        self.pages.prepare(self.printer)
        self.preview = PdfPreviewDialog(self.pages, self.printer, parent)
        self.preview.finished.connect(self._finished)

    @property
    def drawn(self) -> int:
        return self.preview.drawn

    def start(self) -> None:
        self.preview.open()

    def _finished(self, result: int) -> None:
        self.pages.close()
        self.preview.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self.printed.emit()
