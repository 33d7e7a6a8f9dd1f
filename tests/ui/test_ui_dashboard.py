"""The 현황 dashboard and the period report dialog, driven through real widgets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.dashboard import Axis, Figure, FigureKey, Unit
from onestop_desktop.domain.periods import parse_period
from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.dashboard.report_dialog import ReportDialog
from onestop_desktop.ui.dashboard.window import DashboardWindow
from onestop_desktop.ui.dialogs.settings_dialog import SettingsDialog
from onestop_desktop.ui.models.figure_table_model import FigureTableModel
from onestop_desktop.ui.ops import BackgroundRunner

from .case_data import DESK, PEOPLE_PASS, Cases
from .helpers import ADMIN, ADMIN_PASS, STAFF, STAFF_NAME, STAFF_PASS, WindowFactory, log_in

TODAY = date.today()


@pytest.fixture
def runner() -> BackgroundRunner:
    made = BackgroundRunner()
    yield made  # type: ignore[misc]
    made.shutdown()


def _open(qtbot: QtBot, vault: Vault, user: str, passphrase: str, runner: BackgroundRunner) -> DashboardWindow:
    session = vault.login(user, passphrase)
    window = DashboardWindow(session, runner, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.dashboard is not None and not window.busy, timeout=10_000)
    return window


@pytest.mark.parametrize("force_py", [True, False])
def test_the_figure_table_passes_the_model_tester(qtmodeltester: ModelTester, force_py: bool) -> None:
    figure = Figure(FigureKey.SERVICES, ("PSYCH", "LEGAL"), Axis.DOMAIN, ("in_house", "agency"), Axis.MEASURE,
                    ((3, 4), (0, 2)))  # fmt: skip
    model = FigureTableModel(figure)
    qtmodeltester.check(model, force_py=force_py)
    assert model.as_rows()[1][1:] == ["3", "4", "7"]  # with a total column, counts add up
    model.set_figure(Figure(FigureKey.FEEDBACK, ("2026-07",), Axis.MONTH, ("case",), Axis.SERIES, ((None,),),
                            Unit.SCORE, stacked=False))  # fmt: skip
    qtmodeltester.check(model, force_py=force_py)
    assert model.as_rows()[1][1:] == ["—"]


def test_staff_see_the_whole_center_with_a_table_copy_and_export(
    qtbot: QtBot, center: tuple[Vault, Cases], runner: BackgroundRunner, tmp_path: Path
) -> None:
    vault, _ = center
    window = _open(qtbot, vault, DESK, PEOPLE_PASS, runner)
    assert window.scope.text() == "Center-wide" and window.report_button.isVisibleTo(window)
    assert all(window.panels[key].isVisibleTo(window) for key in window.panels)  # feedback included
    panel = window.panels[FigureKey.NEW_CASES]
    assert panel.stack.currentWidget() is panel.chart_view and panel.chart_view.chart().series()
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert panel.stack.currentWidget() is panel.table and panel.model.rowCount() == 12
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0].split("\t")[0] == "Month" and copied[0].endswith("Total")
    this_month = next(line for line in copied if line.startswith(f"{TODAY:%Y}-{TODAY:%m}"))
    assert this_month.split("\t")[-1] == "4"  # the four cases of the seed were all taken in today
    target = tmp_path / "new.csv"
    panel.ask_path = lambda parent, suggested: target
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert target.read_text("utf-8-sig").splitlines()[0].startswith("Month,")


def test_a_counselor_sees_only_their_own_caseload(qtbot: QtBot, center: tuple[Vault, Cases],
                                                  runner: BackgroundRunner) -> None:  # fmt: skip
    vault, _ = center
    window = _open(qtbot, vault, STAFF, STAFF_PASS, runner)
    assert window.scope.text() == "Your own caseload"
    assert not window.panels[FigureKey.FEEDBACK].isVisibleTo(window)
    assert not window.report_button.isVisibleTo(window)
    dashboard = window.dashboard
    assert dashboard is not None and not dashboard.center_wide
    caseload = dashboard.figure(FigureKey.CASELOAD)
    assert caseload is not None and caseload.rows == (STAFF_NAME,) and caseload.values[0][0] == 2  # hong, alias
    new = dashboard.figure(FigureKey.NEW_CASES)
    assert new is not None and new.total() == 2  # not the other two cases of the center


def test_changing_the_period_recomputes(qtbot: QtBot, center: tuple[Vault, Cases], runner: BackgroundRunner) -> None:
    vault, _ = center
    window = _open(qtbot, vault, ADMIN, ADMIN_PASS, runner)
    window.picker.set_period(parse_period("2001-Q1"))
    qtbot.waitUntil(lambda: window.dashboard is not None and window.dashboard.period.code == "2001-Q1", timeout=10_000)
    new = window.dashboard.figure(FigureKey.NEW_CASES)
    assert new is not None and new.rows == ("2001-01", "2001-02", "2001-03") and new.total() == 0


def test_the_report_dialog_saves_a_workbook_with_its_purpose(
    qtbot: QtBot, center: tuple[Vault, Cases], runner: BackgroundRunner, tmp_path: Path
) -> None:
    vault, _ = center
    session = vault.login(ADMIN, ADMIN_PASS)
    dialog = ReportDialog(session, runner, period=parse_period(f"{TODAY.year}"))
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "report.xlsx"
    dialog.ask_path = lambda parent, suggested, fmt: target
    dialog.as_xlsx.setChecked(True)
    dialog.purpose.setCurrentText("서울시 제출")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    assert len(openpyxl.load_workbook(target).worksheets) > 2
    with session.store.read() as conn:
        assert conn.execute("SELECT purpose FROM documents WHERE kind = 'period_report'").fetchone()[0] == "서울시 제출"


def test_the_reports_menu_opens_the_dashboard_by_keyboard(qtbot: QtBot, center: tuple[Vault, Cases],
                                                          make_window: WindowFactory) -> None:  # fmt: skip
    vault, _ = center
    window = make_window(vault)
    log_in(qtbot, window, STAFF, STAFF_PASS)
    qtbot.waitUntil(lambda: window.current is not None)
    actions = window.case_actions
    assert actions.dashboard.isVisible() and not actions.report.isVisible()  # a counselor makes no reports
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(isinstance(w, DashboardWindow) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5_000)  # fmt: skip
    dashboard = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DashboardWindow))
    qtbot.waitUntil(lambda: dashboard.dashboard is not None, timeout=10_000)
    dashboard.close()


def test_an_administrator_sets_the_report_threshold(qtbot: QtBot, ready_vault: Vault,
                                                    make_window: WindowFactory) -> None:  # fmt: skip
    window = make_window(ready_vault)
    log_in(qtbot, window, ADMIN, ADMIN_PASS)
    window.menu_actions.settings.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.threshold.isEnabled() and dialog.threshold.value() == 5
    dialog.threshold.setValue(3)
    dialog.findChild(QPushButton, "settingsSave").click()
    session = window.current.session if window.current else None
    assert session is not None and session.reports.threshold == 3
    assert session.audit.recent(1)[0].detail == "5 -> 3"
