"""Printing a rendered PDF through Qt's print preview, without a temporary file.

The PDF bytes are loaded into QtPdf's `QPdfDocument` from a `QBuffer` and each page is drawn onto
the printer as an image. QtPdf ships with PySide6-Addons, not with PySide6-Essentials (what OneStop
installs), so printing is offered only when the module is present; otherwise the output dialog
offers saving the PDF and says why it cannot print.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from ..save_dialog import ask_save_path

try:
    from PySide6 import QtPdf
except ImportError:  # PySide6-Essentials alone: no QtPdf
    QtPdf = None  # type: ignore[assignment]

ChoosePdf = Callable[[QWidget, Path], Path | None]
PREVIEW_DPI = 110  # the preview keeps every page in memory: enough to read, small enough for a batch
PRINT_DPI = 300


def printing_available() -> bool:
    return QtPdf is not None


def ask_pdf_path(parent: QWidget, suggested: Path) -> Path | None:
    return ask_save_path(
        parent,
        QCoreApplication.translate("OutputDialog", "Save the PDF as"),
        suggested,
        QCoreApplication.translate("OutputDialog", "PDF documents (*.pdf)"),
        ".pdf",
    )


class PdfPages:
    """A PDF held in memory, ready to draw page by page."""

    def __init__(self, data: bytes) -> None:
        if QtPdf is None:
            raise RuntimeError("QtPdf is not available")
        self._buffer = QBuffer()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document: Any = QtPdf.QPdfDocument()
        self.document.load(self._buffer)  # a complete buffer loads synchronously

    @property
    def ready(self) -> bool:
        return bool(self.document.status() == QtPdf.QPdfDocument.Status.Ready)

    @property
    def count(self) -> int:
        return int(self.document.pageCount()) if self.ready else 0

    def close(self) -> None:
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())

    def prepare(self, printer: QPrinter) -> None:
        """Paper as the PDF's first page (A4 for every OneStop document), drawn edge to edge: the PDF has
        its own margins."""
        printer.setFullPage(True)
        if self.count:
            size = QPageSize(self.document.pagePointSize(0), QPageSize.Unit.Point)
            printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF()))

    def paint(self, printer: QPrinter) -> int:
        """Draw every page onto `printer` (one printer page per PDF page); returns the number drawn."""
        if not self.count:
            return 0
        preview = printer.paintEngine() is not None and printer.paintEngine().type() == QPaintEngine.Type.Picture
        dpi = PREVIEW_DPI if preview else min(PRINT_DPI, max(printer.resolution(), 72))
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            for page in range(self.count):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = self.document.render(page, size)
                target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
                scale = min(target.width() / size.width(), target.height() / size.height())
                width, height = size.width() * scale, size.height() * scale
                painter.drawImage(
                    QRectF(
                        target.x() + (target.width() - width) / 2,
                        target.y() + (target.height() - height) / 2,
                        width,
                        height,
                    ),
                    image,
                )
        finally:
            painter.end()
        return self.count
