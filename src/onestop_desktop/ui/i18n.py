"""Start-up language and font: the bundled Korean font and the Korean translation.

The font is registered from `resources/fonts/` so Hangul renders on a machine without any
Korean font installed; English is the source language, so it needs no translator.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ..resources import resource, translation

FONT_FILES = ("NanumGothic.ttf", "NanumGothicBold.ttf")
APP_TRANSLATION = "onestop_ko.qm"
LANGUAGES: tuple[tuple[str, str], ...] = (("ko", "한국어"), ("en", "English"))  # names in their own language


def register_fonts(point_size: int = 10) -> str | None:
    """Register the bundled fonts and make the first one the application font; its family or None."""
    family: str | None = None
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and family is None:
            family = families[0]
    if family:
        font = QFont(family, point_size)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        QApplication.setFont(font)
    return family


def app_translation_file() -> Path:
    return translation(APP_TRANSLATION)


class Translators:
    """The translators installed for one language; `remove()` takes them out again (tests)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._installed: list[QTranslator] = []
        if language == "ko":
            self._load(str(app_translation_file()))
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._load(str(Path(qt_dir) / "qtbase_ko.qm"))
            QLocale.setDefault(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))
        else:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))

    def _load(self, path: str) -> None:
        translator = QTranslator()
        if translator.load(path) and QCoreApplication.installTranslator(translator):
            self._installed.append(translator)

    @property
    def loaded(self) -> int:
        return len(self._installed)

    def remove(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
