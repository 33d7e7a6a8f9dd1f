"""Marks strings for Qt's translation tools without importing Qt.

`pyside6-lupdate` finds `QT_TRANSLATE_NOOP("Context", "text")` by name, so the domain and
service layers can declare user-visible text that the UI translates with
`QCoreApplication.translate(context, text)` and the CLI with the same catalogue.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text
