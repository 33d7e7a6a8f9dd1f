"""About OneStop: version, purpose and the licences of the components it ships with."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME, __version__
from ..common.widgets import paragraph
from ..licenses import COMPONENTS


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About OneStop"))
        tabs = QTabWidget(self)
        tabs.setObjectName("aboutTabs")
        tabs.setAccessibleName(self.tr("About and licences"))
        tabs.addTab(self._about_tab(), self.tr("&About"))
        tabs.addTab(self._licences_tab(), self.tr("&Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def _about_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        name = QLabel(APP_NAME, page)
        name.setObjectName("brand")
        version = QLabel(self.tr("Version {version}").format(version=__version__), page)
        version.setObjectName("aboutVersion")
        version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(name)
        layout.addWidget(version)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Encrypted case files for the counselors of a crime-victim one-stop support center. OneStop works "
                    "without a network: each computer keeps its own encrypted copy of the data."
                ),
                page,
            )
        )
        layout.addWidget(
            paragraph(
                self.tr("Runs on Python {python}, Qt {qt} and Qt for Python {pyside}.").format(
                    python=platform.python_version(), qt=qVersion(), pyside=pyside_version
                ),
                page,
                object_name="muted",
            )
        )
        layout.addStretch(1)
        return page

    def _licences_tab(self) -> QWidget:
        page = QWidget(self)
        self.components = QListWidget(page)
        self.components.setObjectName("licenceList")
        self.components.setAccessibleName(self.tr("Components"))
        self.components.setMaximumWidth(230)
        for component in COMPONENTS:
            self.components.addItem(component.name)
        self.licence_text = QPlainTextEdit(page)
        self.licence_text.setObjectName("licenceText")
        self.licence_text.setAccessibleName(self.tr("Licence text"))
        self.licence_text.setReadOnly(True)
        self.components.currentRowChanged.connect(self._show_component)
        layout = QHBoxLayout(page)
        layout.addWidget(self.components)
        layout.addWidget(self.licence_text, 1)
        self.components.setCurrentRow(0)
        return page

    def _show_component(self, row: int) -> None:
        if not 0 <= row < len(COMPONENTS):
            return
        component = COMPONENTS[row]
        parts = [
            component.name,
            self.tr("Licence: {licence}").format(licence=component.licence),
            component.url,
            "",
            QCoreApplication.translate("Licenses", component.notice),
        ]
        text = component.licence_text()
        if text:
            parts += ["", "—" * 30, "", text]
        self.licence_text.setPlainText("\n".join(parts))
