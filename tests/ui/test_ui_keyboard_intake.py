"""An intake from start to finish with the keyboard alone: shortcut, Tab, arrow keys, Space, mnemonics and
Ctrl+Enter (key events only: no mouse, no setters). On the way, an impossible birth date is refused with what
is wrong with it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.cases.intake_dialog import IntakeDialog
from onestop_desktop.ui.i18n import Translators

from .case_data import Cases
from .cases_ui import open_workspace
from .helpers import STAFF, STAFF_PASS, WindowFactory

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _key(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focused, key, modifiers)


def _type(qtbot: QtBot, text: str) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, text)


def _tab_to(qtbot: QtBot, widget: QWidget) -> None:
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget, (QApplication.focusWidget(), widget.objectName())


def test_an_intake_with_the_keyboard_only(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory, korean: Translators
) -> None:
    vault, _ = center
    window, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    _key(qtbot, Qt.Key.Key_N, CTRL)  # 신규 접수
    dialog = workspace.intake
    assert isinstance(dialog, IntakeDialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    assert QApplication.focusWidget() is dialog.name
    _type(qtbot, "Hong Gildong")
    _tab_to(qtbot, dialog.alias)
    _tab_to(qtbot, dialog.gender)
    _key(qtbot, Qt.Key.Key_Down)
    _tab_to(qtbot, dialog.birth_date)
    _type(qtbot, "1990-13-45")
    _tab_to(qtbot, dialog.phone)
    _type(qtbot, "010-2345-6789")
    _tab_to(qtbot, dialog.no_sms)
    _tab_to(qtbot, dialog.call_hours)
    _tab_to(qtbot, dialog.channel)
    _key(qtbot, Qt.Key.Key_Down)  # 전화
    first_crime = next(iter(dialog.crime_types.boxes.values()))
    _tab_to(qtbot, first_crime)
    _key(qtbot, Qt.Key.Key_Space)
    assert first_crime.isChecked()
    _key(qtbot, Qt.Key.Key_Return, CTRL)  # register: refused, the date is wrong
    assert dialog.isVisible()
    assert dialog.errors.message("birth_date") == "1990-13-45: 13월은 없습니다."
    _key(qtbot, Qt.Key.Key_D, ALT)  # 생년월일(&D)
    assert QApplication.focusWidget() is dialog.birth_date
    _key(qtbot, Qt.Key.Key_A, CTRL)
    _type(qtbot, "1990-02-30")
    _key(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.errors.message("birth_date") == "1990-02-30: 1990년 2월은 28일까지 있습니다."
    _key(qtbot, Qt.Key.Key_D, ALT)
    _key(qtbot, Qt.Key.Key_A, CTRL)
    _type(qtbot, "1990-02-28")
    created: list[str] = []
    dialog.created.connect(created.append)
    _key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert len(created) == 1
    assert window.current is not None
    case = window.current.session.cases.open(created[0])
    assert case.client.name == "Hong Gildong" and str(case.client.birth_date) == "1990-02-28"


def test_required_fields_are_marked_before_the_first_submit(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory, korean: Translators
) -> None:
    from PySide6.QtWidgets import QLabel

    from onestop_desktop.domain.taxonomy import IntakeChannel
    from onestop_desktop.ui.common.fields import set_choice
    from onestop_desktop.ui.common.required import is_marked

    vault, cases = center
    _, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    workspace.new_intake()
    dialog = workspace.intake
    assert isinstance(dialog, IntakeDialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"이름(&N)*:", "피해 유형*:", "* 표시는 꼭 입력해야 하는 항목입니다."} <= labels
    assert is_marked(dialog.name) and all(is_marked(box) for box in dialog.crime_types.boxes.values())
    assert "필수 항목" in dialog.name.accessibleDescription()
    assert not is_marked(dialog.alias) and not is_marked(dialog.agency)
    set_choice(dialog.channel, IntakeChannel.AGENCY)  # a referral needs its agency
    assert is_marked(dialog.agency) and dialog.agency_label.text() == "의뢰 기관(&B)*:"
    set_choice(dialog.channel, IntakeChannel.PHONE)
    assert not is_marked(dialog.agency) and dialog.agency_label.text() == "의뢰 기관(&B):"
    dialog.reject()
    view = workspace.open_case(cases.hong)
    assert view is not None
    assert is_marked(view.counseling_sessions.editor.started_at)
