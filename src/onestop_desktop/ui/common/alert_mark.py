"""Colour is never the only signal (WCAG 1.4.1): a table cell drawn in the warning colour also carries a warning
icon, and a screen reader hears the word for it. The two text colours meet WCAG AA (4.5:1) on the table's
rows, plain and alternate (tests/ui/test_ui_contrast.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

WARNING = QColor("#b3261e")  # overdue, high risk, refused: 6.5:1 on white
MUTED = QColor("#5b6878")  # done, withdrawn, inactive: 5.8:1 on white

_icon: list[QIcon] = []


def warning_icon() -> QIcon:
    """The style's warning sign (the same everywhere, made once)."""
    if not _icon:
        style = QApplication.style()
        _icon.append(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) if style else QIcon())
    return _icon[0]


def attention_text(text: str) -> str:
    """What a screen reader says for a cell shown in the warning colour."""
    return QCoreApplication.translate("AlertMark", "{text} (attention)").format(text=text)
