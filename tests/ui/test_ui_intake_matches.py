"""The intake is not modal (a counselor on the phone can look the person up), and it shows likely matches among
existing clients with a button that opens a new case for the chosen one instead of a second client."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.casework import IntakeForm
from onestop_desktop.domain.korean import international_age
from onestop_desktop.domain.taxonomy import CrimeType
from onestop_desktop.services.vault import Vault

from .cases_ui import open_workspace, type_text
from .helpers import STAFF, STAFF_PASS, WindowFactory


def test_the_intake_leaves_the_case_list_usable_while_it_is_open(
    qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory
) -> None:
    window, workspace = open_workspace(qtbot, make_window, ready_vault, STAFF, STAFF_PASS)
    workspace.new_intake()
    dialog = workspace.intake
    assert dialog is not None and dialog.isVisible()
    assert not dialog.isModal() and dialog.windowModality() is Qt.WindowModality.NonModal
    assert QApplication.activeModalWidget() is None
    search = workspace.list_page.search
    assert search.isEnabled() and search.isVisibleTo(window)
    type_text(search, "홍길동")  # the counselor looks the person up while the intake stays open
    assert search.text() == "홍길동" and dialog.isVisible()


def test_a_likely_match_opens_a_new_case_for_the_existing_client(
    qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory
) -> None:
    window, workspace = open_workspace(qtbot, make_window, ready_vault, STAFF, STAFF_PASS)
    session = window.current.session
    first = session.intake.create(
        IntakeForm(name="홍길동", alias="하늘", birth_date="1990-03-15", crime_types={CrimeType.STALKING})
    )
    number = session.cases.open(first).case.case_number
    workspace.new_intake()
    dialog = workspace.intake
    assert dialog is not None
    matches = dialog.matches
    assert not matches.isVisibleTo(dialog)  # nothing typed, nothing shown
    type_text(dialog.name, "홍길동")
    qtbot.keyClicks(dialog.birth_date, "1990-03-15")
    qtbot.waitUntil(lambda: matches.list.count() == 1, timeout=3000)
    assert matches.isVisibleTo(dialog)
    line = matches.list.item(0).text()
    age = international_age(date(1990, 3, 15), date.today())
    assert "하늘" in line and number in line and f"{age} " in line
    assert not matches.open_button.isEnabled()
    matches.list.setCurrentRow(0)
    assert matches.open_button.isEnabled() and matches.open_button.accessibleName()
    dialog.crime_types.boxes[CrimeType.DIGITAL_SEX].setChecked(True)
    qtbot.mouseClick(matches.open_button, Qt.MouseButton.LeftButton)
    assert workspace.intake is None or not dialog.isVisible()
    counts = dict(session.stats.counts())
    assert (counts["clients"], counts["cases"]) == (1, 2)
    view = workspace.current_view()
    assert view is not None and view.number.text() != number
    assert session.cases.open(view.case_id).client.id == session.cases.open(first).client.id
