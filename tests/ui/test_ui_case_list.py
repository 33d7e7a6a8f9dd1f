"""The case list: search as you type, filters, sort by header, the count, note search, roles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.audit import AuditAction
from onestop_desktop.domain.case_status import CaseStatus
from onestop_desktop.domain.casework import CaseSort
from onestop_desktop.domain.taxonomy import CrimeType, RiskLevel
from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.cases.case_view import CaseView
from onestop_desktop.ui.models.case_list_model import Column

from .case_data import DESK, FIELD, NOTE_WORDS, PEOPLE_PASS, Cases
from .cases_ui import names, open_workspace, type_text
from .helpers import ADMIN, ADMIN_PASS, STAFF, STAFF_PASS, WindowFactory


def _typed(qtbot: QtBot, workspace: object, text: str) -> None:
    page = workspace.list_page  # type: ignore[attr-defined]
    page.search.clear()
    type_text(page.search, text)
    qtbot.waitUntil(lambda: page.model.query.text == text.strip(), timeout=2000)


def _count(qtbot: QtBot, workspace: object, expected: str) -> None:
    label = workspace.list_page.count_label  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: label.text() == expected, timeout=3000)


def test_search_as_you_type_narrows_the_list(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, _ = center
    _, workspace = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    page = workspace.list_page
    assert sorted(names(workspace)) == ["김영희", "김철수", "해솔", "홍길동"]
    _count(qtbot, workspace, "Cases: 4")
    assert page.search.placeholderText() == "Name, alias, case number, phone number"
    _typed(qtbot, workspace, "김")  # one syllable
    assert sorted(names(workspace)) == ["김영희", "김철수"]
    _count(qtbot, workspace, "Cases: 2")
    assert page.sort_hint.isVisible() and not page.table.horizontalHeader().isSortIndicatorShown()
    _typed(qtbot, workspace, "길동")
    assert names(workspace) == ["홍길동"]
    _typed(qtbot, workspace, "5678")  # phone digits
    assert names(workspace) == ["홍길동"]
    _typed(qtbot, workspace, "02-123")
    assert names(workspace) == ["김철수"]
    _typed(qtbot, workspace, "민수")  # the real name finds the client shown by alias
    assert names(workspace) == ["해솔"]
    _typed(qtbot, workspace, "없는사람")
    assert names(workspace) == []
    _count(qtbot, workspace, "Cases: 0")
    page.search.clear()
    qtbot.waitUntil(lambda: len(names(workspace)) == 4, timeout=2000)
    assert page.table.horizontalHeader().isSortIndicatorShown() and not page.sort_hint.isVisible()


def test_filters_and_sort_by_header(qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory) -> None:
    vault, cases = center
    admin = vault.login(ADMIN, ADMIN_PASS)
    admin.cases.change_status(cases.kim, CaseStatus.ACTIVE)
    admin.logout()
    _, workspace = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    page, filters = workspace.list_page, workspace.list_page.filters
    filters.statuses[CaseStatus.ACTIVE].setChecked(True)
    assert names(workspace) == ["김영희"]
    filters.statuses[CaseStatus.INTAKE].setChecked(True)  # several statuses at once
    assert len(names(workspace)) == 4
    filters.reset()
    filters.crime_type.setCurrentIndex(filters.crime_type.findData(str(CrimeType.STALKING)))
    assert names(workspace) == ["홍길동"]
    filters.reset()
    filters.min_risk.setCurrentIndex(filters.min_risk.findData(str(RiskLevel.HIGH)))
    assert sorted(names(workspace)) == ["김철수", "홍길동"]
    filters.reset()
    filters.overdue.setChecked(True)
    assert names(workspace) == ["김영희"]
    _count(qtbot, workspace, "Cases: 1")
    assert page.model.index(0, Column.FOLLOWUPS).data() == "1 (1 late)"
    filters.reset()
    filters.mine.setChecked(True)
    assert names(workspace) == ["김영희"]  # the administrator leads only this one
    filters.reset()
    minji_id = next(u.id for u in workspace.people.users if u.username == STAFF)
    filters.lead.setCurrentIndex(filters.lead.findData(minji_id))
    assert sorted(names(workspace)) == ["해솔", "홍길동"]
    filters.reset()

    header = page.table.horizontalHeader()
    header.sectionClicked.emit(Column.NAME)  # name: A→Z first
    assert page.model.query.sort is CaseSort.CLIENT_NAME and not page.model.query.descending
    assert names(workspace) == ["김영희", "김철수", "해솔", "홍길동"]
    assert header.sortIndicatorSection() == Column.NAME
    header.sectionClicked.emit(Column.NAME)
    assert names(workspace) == ["홍길동", "해솔", "김철수", "김영희"]
    header.sectionClicked.emit(Column.RISK)
    assert page.model.query.sort is CaseSort.RISK and names(workspace)[0] == "김철수"  # critical first
    header.sectionClicked.emit(Column.STATUS)  # not sortable: nothing changes
    assert page.model.query.sort is CaseSort.RISK and header.sortIndicatorSection() == Column.RISK


def test_enter_opens_the_selected_case_once(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    page = workspace.list_page
    _typed(qtbot, workspace, "홍")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # from the search box into the list
    assert page.table.currentIndex().row() == 0 and page.table.currentIndex().isValid()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    view = workspace.current_view()
    assert isinstance(view, CaseView) and view.case_id == cases.hong
    assert workspace.tabs.count() == 2 and workspace.tabs.tabText(1).startswith("홍길동")
    workspace.open_case(cases.hong)  # opening it again shows the same tab
    assert workspace.tabs.count() == 2
    views = [
        e
        for e in window.current.session.audit.recent(20)
        if e.action is AuditAction.VIEW and e.subject_id == cases.hong
    ]
    assert len(views) == 1  # one "view" per opening, not per repaint or tab switch


def test_note_search_opens_the_case_on_its_sessions(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    page = workspace.list_page
    window.case_actions.search_notes.trigger()  # Ctrl+Shift+F
    assert page.note_search_active and page.results.currentWidget() is page.notes
    type_text(page.search, NOTE_WORDS.split()[0])
    assert page.notes.model.rowCount() == 0  # not on every keystroke: each search is audited
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.notes.model.rowCount() == 1, timeout=3000)
    assert page.notes.model.index(0, 1).data() == "홍길동"
    assert NOTE_WORDS.split()[0] in page.notes.model.index(0, 3).data()
    assert "1 sessions contain" in page.notes.status.text()
    page.notes.open_current()
    view = workspace.current_view()
    assert view is not None and view.case_id == cases.hong and view.tabs.currentWidget() is view.counseling_sessions
    workspace.focus_search()  # Ctrl+F goes back to the case search, with its own text
    assert not page.note_search_active and page.search.text() == ""


def test_outreach_worker_sees_only_assigned_cases(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    _, workspace = open_workspace(qtbot, make_window, vault, FIELD, PEOPLE_PASS)
    assert names(workspace) == ["김철수"]
    _count(qtbot, workspace, "Cases: 1")
    _typed(qtbot, workspace, "홍길동")
    assert names(workspace) == []
    assert not workspace.list_page.filters.mine.isVisible()  # all of theirs are "mine"
    assert workspace.open_case(cases.hong) is None  # not assigned: refused
    assert "does not allow" in workspace.message.text()
    assert workspace.open_case(cases.kim2) is not None


def test_staff_has_no_notes_and_no_intake(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, DESK, PEOPLE_PASS)
    page = workspace.list_page
    assert len(names(workspace)) == 4  # staff see every case (printing, scheduling)
    assert not page.note_mode.isVisible() and not page.intake_button.isVisible()
    assert not window.case_actions.search_notes.isVisible() and not window.case_actions.new_intake.isVisible()
    workspace.focus_search(notes=True)
    assert not page.note_search_active
    view = workspace.open_case(cases.hong)
    assert view is not None
    assert view.counseling_sessions is None and "sessions" not in view.pages
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "&Overview",
        "Needs && &plan",
        "Ser&vices",
        "Consen&ts",
        "Re&quests",  # staff log a person's 열람·정정·삭제 request when the letter arrives
        "R&eferrals",
        "S&afety",
        "Pro&grams",
        "Follow-&ups",
        "Appoint&ments",
        "Histor&y",
    ]
    # staff print documents but neither record consents nor draft referrals
    assert view.consents.record_button.isHidden() and not view.consents.print_button.isHidden()
    assert view.referrals.new_button.isHidden() and view.referrals.incoming_button.isHidden()
    assert view.overview.client.name.isReadOnly() and not view.overview.contacts.add_button.isVisible()
    assert not view.overview.status.buttons[CaseStatus.ACTIVE].isVisible()
    assert view.followups.adder.title_edit.isEnabled() and not view.followups.adder.title_edit.isReadOnly()
