"""An attached signed consent form, shown from memory (PDF pages drawn by QtPdf, or the image), and saved as a
copy only with its 출력 사유: the service audits the viewing and registers and audits the copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ...domain.errors import OneStopError
from ...domain.roles import Permission
from ...services.consents import ConsentScan
from ...services.session import Session
from ..common.fields import text_edit
from ..common.forms import buddy_label
from ..common.text import problem_text
from ..common.widgets import MessageLabel
from ..documents.printing import PdfPages
from ..save_dialog import ask_save_path

PAGE_WIDTH = 900  # pixels a page is drawn at


def scan_images(scan: ConsentScan) -> list[QImage]:
    """The scan as images: every page of a PDF, or the picture itself (empty when it cannot be read)."""
    if not scan.is_pdf:
        image = QImage.fromData(scan.data)
        return [] if image.isNull() else [image]
    try:
        pages = PdfPages(scan.data)
    except RuntimeError:
        return []
    try:
        images = []
        for page in range(pages.count):
            points = pages.document.pagePointSize(page)
            height = round(points.height() * PAGE_WIDTH / max(points.width(), 1))
            images.append(pages.document.render(page, QSize(PAGE_WIDTH, height)))
        return images
    finally:
        pages.close()


class ScanViewer(QDialog):
    def __init__(
        self, session: Session, case_id: str, consent_id: str, scan: ConsentScan, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.consent_id = consent_id
        self.scan = scan
        self.setObjectName("scanViewer")
        self.setWindowTitle(self.tr("Signed form: {name}").format(name=scan.filename))
        pages = QWidget(self)
        column = QVBoxLayout(pages)
        images = scan_images(scan)
        for image in images:
            page = QLabel(pages)
            page.setPixmap(QPixmap.fromImage(image))
            column.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
        if not images:
            column.addWidget(QLabel(self.tr("This file cannot be shown here; save a copy to open it."), pages))
        area = QScrollArea(self)
        area.setAccessibleName(self.tr("Scanned pages"))
        area.setWidget(pages)
        area.setWidgetResizable(True)
        self.purpose = text_edit(
            self, "scanPurpose", self.tr("Purpose of the copy"), placeholder=self.tr("e.g. requested by the court")
        )
        self.save_button = QPushButton(self.tr("&Save a copy…"), self)
        self.save_button.setObjectName("saveScanCopy")
        self.save_button.clicked.connect(self.ask_and_save)
        self.save_button.setVisible(session.can(Permission.DOCUMENTS))
        self.purpose.setVisible(session.can(Permission.DOCUMENTS))
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        self.message = MessageLabel(self, object_name="scanMessage")
        row = QHBoxLayout()
        row.addWidget(buddy_label(self.tr("&Purpose:"), self.purpose, self))
        row.addWidget(self.purpose, 1)
        row.addWidget(self.save_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.resize(980, 660)  # within 1366x728 with its title bar

    def ask_and_save(self) -> None:
        suffix = Path(self.scan.filename).suffix or (".pdf" if self.scan.is_pdf else ".png")
        target = ask_save_path(
            self, self.tr("Save a copy of the signed form"), Path.home() / self.scan.filename, f"*{suffix}", suffix
        )
        if target is not None:
            self.save_to(target)

    def save_to(self, target: Path) -> bool:
        self.message.clear_message()
        try:
            self.session.consents.save_scan(self.case_id, self.consent_id, target, self.purpose.text(), overwrite=True)
        except OneStopError as err:
            problems = err.params.get("problems") or []
            self.message.show_error(" ".join(problem_text(p) for p in problems) if problems else err)
            return False
        self.message.show_success(self.tr("A copy is saved to {path}.").format(path=target))
        return True
