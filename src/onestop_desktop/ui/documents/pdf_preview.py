"""The print preview: the PDF itself in QtPdf's view, crisp at every zoom, opening at the page's width.

Qt's QPrintPreviewDialog drew each page once as an image at 110 dpi and scaled that picture for the zoom shown
(blurry, and it opened at 38.5 %). QPdfView renders the page again for the zoom and the screen's device pixel
ratio. Printing still goes through `PdfPages.paint` at the printer's resolution (up to 300 dpi).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..common.waiting import waiting
from ..dialog_fit import size_within_screen
from .printing import PdfPages

try:
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # PySide6-Essentials alone: printing is not offered (see printing.py)
    QPdfView = None  # type: ignore[assignment,misc]

ZOOM_STEP = 1.25
ZOOM_LIMITS = (0.25, 4.0)


class PdfPreviewDialog(QDialog):
    printed = Signal(int)  # pages sent to the printer

    def __init__(self, pages: PdfPages, printer: QPrinter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self.printer = printer
        self.drawn = 0
        self.setObjectName("printPreview")
        self.setWindowTitle(self.tr("Print preview"))
        assert QPdfView is not None
        self.view: Any = QPdfView(self)
        self.view.setObjectName("printPreviewPages")
        self.view.setAccessibleName(self.tr("Pages to print"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setDocument(pages.document)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self.zoom_out = self._button(self.tr("Zoom out"), "previewZoomOut", lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_in = self._button(self.tr("Zoom in"), "previewZoomIn", lambda: self.zoom_by(ZOOM_STEP))
        self.fit_width = self._button(self.tr("Page wi&dth"), "previewFitWidth", self.show_page_width)
        self.fit_page = self._button(self.tr("&Whole page"), "previewFitPage", self.show_whole_page)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("previewZoom")
        self.count_label = QLabel(self.tr("{count} pages").format(count=pages.count), self)
        self.count_label.setObjectName("muted")
        self.print_button = self._button(self.tr("&Print…"), "previewPrint", self.ask_and_print)
        self.print_button.setDefault(True)
        close = self._button(self.tr("&Close"), "previewClose", self.reject)
        top = QHBoxLayout()
        for widget in (self.zoom_out, self.zoom_in, self.fit_width, self.fit_page, self.zoom_label):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addWidget(self.print_button)
        top.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, lambda: self.zoom_by(ZOOM_STEP))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, lambda: self.zoom_by(1 / ZOOM_STEP))
        size_within_screen(self, 900, 680)
        self.view.viewport().installEventFilter(self)
        self._show_zoom()

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- zoom ---------------------------------------------------------------------------------------------
    def zoom(self) -> float:
        """The zoom shown (QPdfView keeps zoomFactor at 1 while it fits the page to the width or the view)."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or not self.pages.count:
            return float(self.view.zoomFactor())
        points = self.pages.document.pagePointSize(0)
        dots = self.logicalDpiX() / 72
        margins = self.view.documentMargins()
        room = self.view.viewport().size()
        width = float((room.width() - margins.left() - margins.right()) / (points.width() * dots))
        if mode == QPdfView.ZoomMode.FitToWidth:
            return max(0.01, width)
        height = float((room.height() - margins.top() - margins.bottom()) / (points.height() * dots))
        return max(0.01, min(width, height))

    def zoom_by(self, factor: float) -> None:
        low, high = ZOOM_LIMITS
        current = self.zoom()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(high, max(low, current * factor)))
        self._show_zoom()

    def show_page_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_zoom()

    def show_whole_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._show_zoom()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._show_zoom()  # a fitted zoom follows the view's size
        return False

    def _show_zoom(self) -> None:
        self.zoom_label.setText(f"{round(self.zoom() * 100)} %")

    # -- printing -----------------------------------------------------------------------------------------
    def ask_and_print(self) -> None:
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.accepted.connect(lambda: self.print_to(self.printer))  # once the printer is chosen
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def print_to(self, printer: QPrinter) -> int:
        """Draw every page onto `printer`; the preview closes as printed when all were drawn."""
        with waiting():
            self.drawn = self.pages.paint(printer)
        if self.drawn:
            self.printed.emit(self.drawn)
            self.accept()
        return self.drawn
