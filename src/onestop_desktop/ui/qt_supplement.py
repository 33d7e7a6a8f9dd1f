"""Korean for the few texts of Qt's own dialogs that Qt's catalogue (qtbase_ko.qm) leaves in English.

Qt's file dialog labels its fields "&Look in:" and "Files of &type:", while qtbase_ko.qm only translates the
forms without a mnemonic. Marking them here puts them into onestop_ko.ts under Qt's own context; the app's
translator is installed beside Qt's, and `QCoreApplication.translate` takes the first translator that knows
a text, so these fill the gaps without replacing anything Qt translates itself.
"""

from __future__ import annotations

from ..domain.text import QT_TRANSLATE_NOOP

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
