"""How programs and surveys read on screen: their labels (contexts "Programs" and "Feedback")."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QWidget

E = TypeVar("E", bound=Enum)


def program_label(labels: Mapping[E, str], value: E) -> str:
    return QCoreApplication.translate("Programs", labels[value])


def feedback_label(labels: Mapping[E, str], value: E) -> str:
    return QCoreApplication.translate("Feedback", labels[value])


def labelled_combo(
    parent: QWidget,
    object_name: str,
    accessible_name: str,
    labels: Mapping[E, str],
    context: str,
    *,
    none_text: str | None = None,
) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(object_name)
    combo.setAccessibleName(accessible_name)
    if none_text is not None:
        combo.addItem(none_text, "")
    for member in labels:
        combo.addItem(QCoreApplication.translate(context, labels[member]), str(member.value))
    return combo


def survey_language() -> str:
    """The language the survey questions are shown in: Korean unless the app runs in English."""
    return "en" if QLocale().language() == QLocale.Language.English else "ko"
