"""Screen reader and keyboard: every focusable widget of every window and dialog an administrator can reach has
a Korean accessible name, tab order follows the visual order of forms, charts carry their numbers as text, and
the case list reads cell by cell with its column names. Read through QAccessible, what AT-SPI exposes."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.safety import Answer
from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.i18n import Translators

from .a11y_tour import Tour, dialog_classes, focusable, nothing_blocks, shown_in
from .case_data import Cases
from .cases_ui import open_workspace
from .helpers import ADMIN, ADMIN_PASS, WindowFactory

HANGUL = re.compile(r"[\uac00-\ud7a3]")
MIN_WINDOWS_REACHED = 35  # of the UI's dialog classes and windows; the tour reached 37 when written


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces for `widget`; the inner editor of a spin box or editable combo box and a
    scroll area's viewport are parts of their named owner, which is what is read."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    parent = widget.parentWidget()
    if not name and parent is not None:
        inner = isinstance(parent, (QAbstractSpinBox, QComboBox))
        viewport = isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget
        if inner or viewport:
            return accessible_name(parent)
    return name


def _focus_chain(window: QWidget) -> list[QWidget]:
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not window and widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _tab_stop(field: QWidget, root: QWidget) -> QWidget | None:
    """The first widget Tab reaches in a form row's field (the field itself or a child)."""
    for widget in focusable(field):
        if widget.isEnabled() and shown_in(widget, root):
            return widget.focusProxy() or widget
    return None


def form_order_problems(window: QWidget) -> list[str]:
    """Form rows whose fields Tab visits out of their top-to-bottom order."""
    chain = _focus_chain(window)
    problems = []
    for form in window.findChildren(QFormLayout):
        stops = []
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            field = item.widget() if item is not None else None
            stop = _tab_stop(field, window) if field is not None else None
            if stop is not None and stop in chain:
                stops.append(stop)
        positions = [chain.index(stop) for stop in stops]
        if positions != sorted(positions):
            visited = [
                stop.objectName() or type(stop).__name__
                for _, stop in sorted(zip(positions, stops, strict=True), key=lambda pair: pair[0])
            ]
            problems.append(f"{type(window).__name__}: Tab visits the form's rows as {visited}")
    return problems


def shared_mnemonics(root: QWidget) -> list[str]:
    """Two different labels or buttons of one window answering the same Alt+letter (the key then only moves
    between them). The same command repeated (a button of each dashboard panel) may share its letter."""
    texts = [
        w.text()
        for w in root.findChildren(QWidget)
        if w.isVisibleTo(root) and (isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy()))
    ]
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisibleTo(root):
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    first: dict[str, str] = {}
    problems = []
    for text in texts:
        key = re.search(r"&([^&\s])", text)
        if key is None:
            continue
        letter = key.group(1).upper()
        if letter in first and first[letter] != text:
            problems.append(f"{type(root).__name__}: {first[letter]!r} and {text!r} share Alt+{letter}")
        first.setdefault(letter, text)
    return problems


def window_problems(root: QWidget) -> list[str]:
    """Unnamed (or not Korean) focusable widgets, form rows out of Tab order, charts that say nothing."""
    problems = []
    qt_own = type(root).__module__.startswith("PySide6")  # Qt's own dialogs: named by Qt (paths, too)
    for widget in focusable(root):
        name = accessible_name(widget)
        if not (name if qt_own else HANGUL.search(name)):
            problems.append(f"{type(root).__name__}: {type(widget).__name__} {widget.objectName()!r} {name!r}")
    problems.extend(form_order_problems(root))
    problems.extend(shared_mnemonics(root))
    for chart in root.findChildren(QChartView):
        if not HANGUL.search(chart.accessibleName()) or not chart.accessibleDescription():
            problems.append(f"{type(root).__name__}: chart {chart.objectName()!r} says nothing")
    return problems


@pytest.fixture
def tour(
    qtbot: QtBot,
    center: tuple[Vault, Cases],
    make_window: WindowFactory,
    korean: Translators,
    monkeypatch: pytest.MonkeyPatch,
) -> Tour:
    vault, cases = center
    before_login = make_window(vault)
    gate_problems = window_problems(before_login)
    before_login.close()
    window, workspace = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    nothing_blocks(monkeypatch)
    found = Tour(qtbot, window, lambda root: found.problems.extend(window_problems(root)))
    found.visit(window)
    found.menu_actions()
    workspace.open_case(cases.hong)
    found.buttons_of(window)
    found.visit(window)
    found.problems.extend(gate_problems)
    return found


def test_every_window_names_its_widgets_in_korean_in_visual_tab_order(tour: Tour) -> None:
    reached = set(tour.seen)
    assert len(reached) >= MIN_WINDOWS_REACHED, (
        f"the tour reached only {sorted(reached)}; not reached: {sorted(dialog_classes() - reached)}"
    )
    assert not tour.problems, "\n".join(tour.problems)


def test_the_setup_wizard_names_its_widgets_in_korean(qtbot: QtBot, vault: Vault, korean: Translators) -> None:
    from onestop_desktop.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(vault)  # the window before there is any account: every page of it
    qtbot.addWidget(wizard)
    wizard.show()
    problems, seen = [], []
    while wizard.currentPage() not in seen:
        page = wizard.currentPage()
        seen.append(page)
        problems += window_problems(page)
        if page is wizard.center_page:
            page.center.setText("센터")
            page.device.setText("PC")
            page.code.setText("D2")
        if page.isCommitPage():
            break
        wizard.next()
    assert seen[-1] is wizard.admin_page and len(seen) >= 3
    assert not problems, problems


def test_the_name_check_catches_an_unnamed_field(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QSpinBox

    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    named, unnamed, spin = QLineEdit(dialog), QLineEdit(dialog), QSpinBox(dialog)
    label = QLabel("이름(&N):", dialog)
    label.setBuddy(named)
    form.addRow(label, named)
    form.addRow(unnamed)
    form.addRow(QLabel("횟수:", dialog), spin)
    spin.setAccessibleName("횟수")
    assert accessible_name(named).startswith("이름")  # the buddy label's text, read without its '&'
    assert accessible_name(unnamed) == ""
    assert accessible_name(spin.findChild(QLineEdit)) == "횟수"
    assert not form_order_problems(dialog)
    assert not shared_mnemonics(dialog)
    QPushButton("저장(&N)", dialog)
    assert shared_mnemonics(dialog) == ["QDialog: '이름(&N):' and '저장(&N)' share Alt+N"]
    dialog.setTabOrder(spin, named)  # the spin box before the name: out of visual order
    dialog.setTabOrder(named, unnamed)
    assert form_order_problems(dialog)


def test_case_list_reads_row_by_row_with_column_names(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory, korean: Translators
) -> None:
    vault, _ = center
    _, workspace = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    page = workspace.list_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=3000)
    table = QAccessible.queryAccessibleInterface(page.table)
    assert table.role() == QAccessible.Role.Table and HANGUL.search(table.text(QAccessible.Text.Name))
    rows: dict[int, list[str]] = {}
    headers = []
    for index in range(table.childCount()):
        child = table.child(index)
        if child.role() == QAccessible.Role.ColumnHeader:
            headers.append(child.text(QAccessible.Text.Name))
        cell = child.tableCellInterface()
        if child.role() == QAccessible.Role.Cell and cell is not None:
            header = cell.columnHeaderCells()[0].text(QAccessible.Text.Name)
            rows.setdefault(cell.rowIndex(), []).append(f"{header}: {child.text(QAccessible.Text.Name)}")
    assert headers[:3] == ["사례번호", "이름", "상태"]
    assert len(rows) == 4
    read = {" / ".join(cells) for cells in rows.values()}
    assert any("이름: 김철수" in line and "위기도: 위험 매우 높음" in line for line in read), read
    assert any("할 일: 1 (지남 1)" in line for line in read), read


def test_charts_speak_their_numbers(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory, korean: Translators
) -> None:
    vault, cases = center
    admin = vault.login(ADMIN, ADMIN_PASS)
    items = [item.code for item in admin.safety.checklist().items]
    admin.safety.assess(cases.hong, dict.fromkeys(items, Answer.NO) | {items[0]: Answer.YES}, date.today().isoformat())
    admin.logout()
    _, workspace = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    view = workspace.open_case(cases.hong)
    assert view is not None
    trend = view.safety.trend
    assert trend.accessibleName() == "위기도 평가 점수 추이"
    today = date.today()
    assert re.fullmatch(rf"{today.month}\. {today.day}\.: \d+점 중 [1-9]\d*점", trend.accessibleDescription())


def test_every_menu_command_has_its_own_mnemonic(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory, korean: Translators
) -> None:
    """Alt and one letter reach every command: each has a mnemonic, none shared within its menu (a shared one
    only moves between the two)."""
    from PySide6.QtWidgets import QMenu

    vault, _ = center
    window, _ = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    problems = []
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None and a.isVisible()]
    assert len(menus) == 6
    for menu in [*menus, None]:
        actions = window.menuBar().actions() if menu is None else menu.actions()
        keys: dict[str, str] = {}
        for action in actions:
            if action.isSeparator() or not action.isVisible():
                continue
            key = re.search(r"&([^&\s])", action.text())
            if key is None:
                problems.append(f"no mnemonic: {action.text()!r}")
            elif key.group(1).upper() in keys:
                problems.append(f"{keys[key.group(1).upper()]!r} and {action.text()!r} share &{key.group(1)}")
            else:
                keys[key.group(1).upper()] = action.text()
        assert menu is None or isinstance(menu, QMenu)
    assert not problems, "\n".join(problems)
