"""The counselor's keyboard: shortcuts for intake, search, tasks, save, close and moving between cases;
reading-order tab stops; accessible names; and the Korean texts of the case screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.cases.intake_dialog import IntakeDialog
from onestop_desktop.ui.i18n import Translators
from onestop_desktop.ui.main_window import MainWindow

from .case_data import Cases
from .cases_ui import names, open_workspace, type_text
from .helpers import ADMIN, ADMIN_PASS, STAFF, STAFF_PASS, WindowFactory

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _press(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = CTRL) -> None:
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifiers)


def _active(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def test_shortcuts_drive_the_workspace(qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory) -> None:
    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    _active(qtbot, window)
    tabs, page = workspace.tabs, workspace.list_page

    _press(qtbot, window, Qt.Key.Key_F)  # Ctrl+F: the search box
    assert page.search.hasFocus()
    workspace.open_case(cases.hong)
    workspace.open_case(cases.kim)
    assert tabs.count() == 3 and tabs.currentIndex() == 2
    _press(qtbot, window, Qt.Key.Key_Tab)  # Ctrl+Tab: next (wraps to the list)
    assert tabs.currentIndex() == 0
    _press(qtbot, window, Qt.Key.Key_Backtab, CTRL | SHIFT)  # Ctrl+Shift+Tab: previous
    assert tabs.currentIndex() == 2
    _press(qtbot, window, Qt.Key.Key_PageUp)  # Ctrl+PgUp
    assert tabs.currentIndex() == 1
    _press(qtbot, window, Qt.Key.Key_PageDown)  # Ctrl+PgDown
    assert tabs.currentIndex() == 2

    view = workspace.current_view()
    assert view is not None
    view.overview.client.disability.setFocus()
    view.overview.client.disability.setText("시각장애")
    _press(qtbot, window, Qt.Key.Key_S)  # Ctrl+S saves the current tab
    assert not view.is_dirty()
    assert window.current.session.cases.open(cases.kim).client.disability == "시각장애"
    _press(qtbot, window, Qt.Key.Key_W)  # Ctrl+W closes the case
    assert tabs.count() == 2 and cases.kim not in workspace.views

    _press(qtbot, window, Qt.Key.Key_T)  # Ctrl+T: my tasks
    assert tabs.currentIndex() == 0 and page.todo.table.hasFocus()
    _press(qtbot, window, Qt.Key.Key_N)  # Ctrl+N: new intake
    assert isinstance(workspace.intake, IntakeDialog) and workspace.intake.isVisible()
    workspace.intake.reject()


def _tab_chain(start: QWidget, root: QWidget) -> list[str]:
    """Object names of the widgets Tab visits, from `start` once around."""
    names: list[str] = []
    widget = start
    while True:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(root) and widget.isEnabled():
            names.append(widget.objectName())
        widget = widget.nextInFocusChain()
        if widget is start:
            return names


def test_intake_reading_order_and_accessible_names(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    _, workspace = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    workspace.new_intake()
    dialog = workspace.intake
    assert dialog is not None
    chain: list[QWidget] = []
    widget = dialog.name
    while widget not in chain:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(dialog):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    expected = [
        dialog.name,
        dialog.alias,
        dialog.gender,
        dialog.birth_date,
        dialog.phone,
        dialog.no_sms,
        dialog.call_hours,
        dialog.channel,
        dialog.agency,
        *dialog.crime_types.boxes.values(),
        dialog.incident_date,
        dialog.risk,
        dialog.lead,
        dialog.summary,
    ]
    assert chain[: len(expected)] == expected
    for field in expected:
        assert field.accessibleName() or field.text(), field.objectName()  # check boxes speak their text
    page = workspace.list_page
    for widget in (
        page.search,
        page.table,
        page.filters.crime_type,
        page.filters.lead,
        page.filters.min_risk,
        page.todo.table,
        page.notes.table,
    ):
        assert widget.accessibleName(), widget.objectName()
    view = workspace.open_case(cases.hong)
    assert view is not None
    overview = _tab_chain(view.overview.client.name, view.overview)  # left column, then the right one
    assert (
        overview.index("clientName")
        < overview.index("clientAddressPrivate")
        < overview.index("addPhone")
        < overview.index("recordRrn")
        < overview.index("status-to-closed")
        < overview.index("assessRisk")
        < overview.index("caseIntakeDate")
        < overview.index("caseTeam")
    )
    for widget in (
        view.overview.client.name,
        view.overview.details.team,
        view.counseling_sessions.editor.note,
        view.followups.table,
        view.history.table,
    ):
        assert widget.accessibleName(), widget.objectName()
    dialog.reject()


def test_case_screens_speak_korean(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory, korean: Translators
) -> None:
    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    page = workspace.list_page
    assert [a.text() for a in window.menuBar().actions()][:2] == ["파일(&F)", "사례(&C)"]
    assert workspace.tabs.tabText(0) == "사례 목록"
    assert page.search.placeholderText() == "이름, 가명, 사례번호, 전화번호"
    qtbot.waitUntil(lambda: page.count_label.text() == "4건", timeout=3000)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["사례번호", "이름", "상태", "피해 유형", "위기도", "담당 상담원", "접수일", "최근 활동", "할 일"]
    row = names(workspace).index("김철수")
    assert page.model.index(row, 4).data() == "위험 매우 높음" and page.model.index(row, 3).data() == "성폭력"
    assert page.model.index(names(workspace).index("김영희"), 8).data() == "1 (지남 1)"
    type_text(page.search, "김")
    qtbot.waitUntil(lambda: page.count_label.text() == "2건", timeout=3000)
    assert page.sort_hint.text() == "검색 결과는 최근 등록 순입니다"
    view = workspace.open_case(cases.hong)
    assert view is not None
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "개요(&O)",
        "욕구·계획(&P)",
        "상담 기록(&S)",
        "지원 내역(&V)",
        "동의(&T)",
        "요구(&Q)",
        "연계(&E)",
        "안전(&A)",
        "프로그램(&G)",
        "할 일(&U)",
        "일정(&M)",
        "이력(&Y)",
    ]
    assert view.status_badge.text() == "접수" and view.risk_badge.text() == "위험 높음"
    assert view.overview.client.age.text().startswith("만 ") and view.overview.client.age.text().endswith("세")
    view.overview.client.birth_date.setText("3000-01-01")
    view.overview.save()
    assert view.overview.client.errors.message("birth_date") == "앞으로 올 날짜는 입력할 수 없습니다."
    assert view.overview.bar.save_button.text() == "저장"
