"""The small window shown while `onestop --demo` builds its throwaway demo center."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from .. import APP_NAME


class DemoSplash(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("demoSplash")
        self.setWindowTitle(APP_NAME)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        brand = QLabel(APP_NAME, self)
        brand.setObjectName("brand")
        self.text = QLabel(self.tr("Preparing demo data…"), self)
        self.text.setObjectName("demoSplashText")
        detail = QLabel(
            self.tr(
                "A fictional center with made-up clients, in a temporary folder that is removed when OneStop exits."
            ),
            self,
        )
        detail.setObjectName("muted")
        detail.setWordWrap(True)
        busy = QProgressBar(self)
        busy.setRange(0, 0)
        busy.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(brand, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(busy)
        layout.addWidget(detail)
        self.setFixedWidth(440)
