"""Qt's own dialogs speak Korean: Qt's catalogue (qtbase_ko.qm) is loaded beside OneStop's, and the few labels
it leaves in English are filled in from onestop_ko.ts (ui/qt_supplement.py)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QTreeView
from pytestqt.qtbot import QtBot

from onestop_desktop.ui.i18n import Translators

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def test_korean_loads_qt_catalogue_beside_the_app(qtbot: QtBot, korean: Translators) -> None:
    assert korean.loaded == 2


def test_file_dialog_labels_and_buttons_are_korean(qtbot: QtBot, korean: Translators) -> None:
    dialog = QFileDialog(None, "내보내기")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's widget dialog: the one whose text Qt ships
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilters(["PDF (*.pdf)"])
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel) if label.objectName()}
    assert labels["lookInLabel"] == "찾는 위치(&L):"
    assert labels["fileTypeLabel"] == "파일 형식(&T):"
    assert labels["fileNameLabel"] == "파일 이름(&N):"
    buttons = [b.text() for b in dialog.findChildren(QAbstractButton) if b.text()]
    assert buttons and all(HANGUL.search(text) for text in buttons), buttons
    tooltips = [b.toolTip() for b in dialog.findChildren(QAbstractButton) if b.toolTip()]
    assert tooltips and all(HANGUL.search(text) for text in tooltips), tooltips
    details = dialog.findChild(QTreeView, "treeView")
    model = details.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["이름", "크기", "형식", "수정한 날짜"]
    dialog.reject()


def test_login_name_field_says_what_is_allowed_in_korean(qtbot: QtBot, korean: Translators) -> None:
    from PySide6.QtWidgets import QLineEdit

    from onestop_desktop.ui.common.username_hint import UsernameHint

    edit = QLineEdit()
    hint = UsernameHint(edit)
    qtbot.addWidget(edit)
    qtbot.addWidget(hint)
    qtbot.keyClicks(edit, "Kim")
    assert edit.text() == "Kim"
    assert hint.text().startswith("K은(는) 소문자로 입력하십시오.") and hint.tone == "error"
    edit.clear()
    qtbot.keyClicks(edit, "9kim")
    assert hint.text().startswith("사용자 이름은 영문자로 시작합니다.")
    edit.clear()
    qtbot.keyClicks(edit, "kim")
    assert hint.text() == ""
    assert "영문 소문자" in edit.accessibleDescription()
