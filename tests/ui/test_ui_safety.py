"""The case's 안전 tab through the real screens: the checklist dialog scores as it is answered and a high level
prompts a plan review, the plan saves versions, a smartwatch gets its usual term suggested and reminds in 내 할 일,
a deadline is marked not applicable with a reason; and the safety card goes through the output dialog.

With SAFETY_SHOTS=/some/folder the tab, the dialogs and the card are also saved as 1366×768 screenshots."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.casework import CaseDetailsForm
from onestop_desktop.domain.legal_deadlines import Unit, period_end
from onestop_desktop.domain.safety import Answer, MeasureKind, PlanSection
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.cases.assessment_dialog import AssessmentDialog
from onestop_desktop.ui.cases.case_view import CaseView
from onestop_desktop.ui.cases.measure_dialog import MeasureDialog
from onestop_desktop.ui.cases.safety_plan_dialog import SafetyPlanDialog
from onestop_desktop.ui.cases.waiver_dialog import WaiverDialog
from onestop_desktop.ui.dashboard.window import DashboardWindow
from onestop_desktop.ui.dialogs.checklist_editor import ChecklistEditorDialog
from onestop_desktop.ui.ops import BackgroundRunner

from .case_data import FIELD, PEOPLE_PASS, Cases
from .cases_ui import open_workspace, type_text
from .helpers import ADMIN, ADMIN_PASS, WindowFactory

TODAY = date.today()
SHOTS = os.environ.get("SAFETY_SHOTS", "")


def _shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _history(vault: Vault, case_id: str) -> None:
    """Three earlier assessments, a smartwatch ending in 10 days and an incident two years and 11 months ago."""
    admin: Session = vault.login(ADMIN, ADMIN_PASS)
    try:
        case = admin.cases.open(case_id).case
        incident = TODAY - timedelta(days=3 * 365 - 25)
        admin.cases.update_details(case_id, CaseDetailsForm(
            intake_date=case.intake_date.isoformat(), incident_date=incident.isoformat(),
            lead_counselor_id=case.lead_counselor_id))  # fmt: skip
        items = [i.code for i in admin.safety.checklist().items]
        for days, yes in ((90, {"control"}), (60, {"control", "following", "contact"}),
                          (30, {"control", "following", "contact", "separation", "knows_address"})):  # fmt: skip
            answers = {c: Answer.YES if c in yes else Answer.NO for c in items}
            admin.safety.assess(case_id, answers, (TODAY - timedelta(days=days)).isoformat())
        admin.safety.save_measure(case_id, MeasureKind.SMARTWATCH, (TODAY - timedelta(days=172)).isoformat(),
                                  (TODAY + timedelta(days=10)).isoformat(), decided_by="서울○○경찰서")  # fmt: skip
        admin.safety.save_measure(case_id, MeasureKind.REGISTERED_112, (TODAY - timedelta(days=172)).isoformat(), "",
                                  decided_by="서울○○경찰서")  # fmt: skip
    finally:
        admin.logout()


def _dialog(kind: type) -> QWidget:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1
    return found[0]


def test_the_safety_tab_records_plans_measures_and_waivers(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    _history(vault, cases.kim)
    window, workspace = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    window.resize(1366, 768)
    todo = workspace.list_page.todo
    todo.reload()
    reminders = [todo.model.text(r, 2) for r in todo.model.records()]
    assert "Smartwatch: return or extend" in reminders and "Relief fund application" in reminders
    view = workspace.open_case(cases.kim, "safety")
    assert isinstance(view, CaseView) and view.tabs.currentWidget() is view.safety
    page = view.safety
    assert page.assessment_model.rowCount() == 3 and "Last assessed" in page.last_assessed.text()
    assert page.measure_model.rowCount() == 2
    assert page.deadline_model.rowCount() == 2

    dialog = page.assess()
    assert isinstance(dialog, AssessmentDialog)
    for code, group in dialog.groups.items():
        group.button(1 if code in ("strangulation", "separation", "following") else 2).click()
    assert "Score 7 of" in dialog.score_label.text()
    _shot(dialog, "safety-assessment-dialog")
    dialog.submit()
    assert not dialog.isVisible() and page.assessment_model.rowCount() == 4
    assert "review the safety plan" in page.message.text() and view.case_file.case.risk_level == "high"

    plan = page.edit_plan()
    assert isinstance(plan, SafetyPlanDialog)
    plan.sections[PlanSection.CODE_WORD].setPlainText("파란 우산")
    plan.sections[PlanSection.CONTACTS].setPlainText("언니 010-1111-2222\n직장 동료 010-3333-4444")
    plan.sections[PlanSection.PLACE].setPlainText("1366 긴급피난처, 택시로 이동")
    plan.sections[PlanSection.DIGITAL].setPlainText("위치 공유 해제, 비밀번호 변경, 스파이앱 점검 완료")
    type_text(plan.review_on, (TODAY + timedelta(days=5)).isoformat())
    _shot(plan, "safety-plan-dialog")
    plan.submit()
    assert not plan.isVisible() and "파란 우산" in page.plan_text.text()

    measure = page.edit_measure(new=True)
    assert isinstance(measure, MeasureDialog)
    measure.kind.setCurrentIndex(list(MeasureKind).index(MeasureKind.PROTECTION_ORDER))
    assert measure.expires_on.text() == period_end(TODAY, 12, Unit.MONTHS).isoformat()  # the usual term
    measure.submit()
    assert page.measure_model.rowCount() == 3

    page.deadline_table.selectRow(page.deadline_model.row_of("civil_damages"))
    waiver = page.waive()
    assert isinstance(waiver, WaiverDialog)
    waiver.submit()
    assert waiver.isVisible() and waiver.message.isVisibleTo(waiver)  # the reason is required
    type_text(waiver.reason, "재산상 손해 없음, 민사 진행 안 함")
    waiver.submit()
    row = page.deadline_model.row_of("civil_damages")
    assert "Not applicable" in page.deadline_model.text(page.deadline_model.record_at(row), 3)  # type: ignore[arg-type]
    window.resize(1366, 768)
    qtbot.wait(50)
    _shot(window, "safety-tab")

    card = page.print_card()
    assert card.objectName() == "outputDialog"
    card.close()


def test_the_dashboard_counts_the_coming_deadlines_in_scope(qtbot: QtBot, center: tuple[Vault, Cases]) -> None:
    vault, cases = center
    _history(vault, cases.kim)  # a smartwatch ending in 10 days, the 구조금 and civil deadlines in 25-26 days
    runner = BackgroundRunner()
    try:
        for user, passphrase, expected in ((ADMIN, ADMIN_PASS, 3), (FIELD, PEOPLE_PASS, 0)):
            window = DashboardWindow(vault.login(user, passphrase), runner, today=TODAY)
            qtbot.addWidget(window)
            window.show()
            qtbot.waitUntil(lambda w=window: w.dashboard is not None and not w.busy, timeout=10_000)  # type: ignore[misc]
            assert window.deadlines.text() == f"Deadlines in the next 30 days: {expected}"
            assert ("Relief fund application" in window.deadlines.toolTip()) == (expected > 0)
    finally:
        runner.shutdown()


def test_an_administrator_publishes_a_new_checklist_version(qtbot: QtBot, center: tuple[Vault, Cases]) -> None:
    vault, cases = center
    session = vault.login(ADMIN, ADMIN_PASS)
    editor = ChecklistEditorDialog(session)
    qtbot.addWidget(editor)
    rows = editor.table.rowCount()
    assert rows >= 18 and editor.cutoffs["high"].value() == 11
    editor.add()
    editor.publish()  # the new question has no text yet: refused, nothing published
    assert "Korean and an English text" in editor.message.text() and session.safety.checklist().version == 1
    editor.table.item(rows, 4).setText("가해자가 최근 출소했거나 곧 출소한다")  # type: ignore[union-attr]
    editor.table.item(rows, 5).setText("The offender was recently released")  # type: ignore[union-attr]
    editor.table.item(rows, 3).setCheckState(Qt.CheckState.Checked)  # type: ignore[union-attr]
    editor.cutoffs["critical"].setValue(20)
    editor.publish()
    current = session.safety.checklist()
    assert current.version == 2 and current.cutoffs.critical == 20 and len(current.items) == rows + 1
    assert current.items[-1].escalates and "Version 2" in editor.version.text()
    answers = {i.code: Answer.NO for i in current.items} | {current.items[-1].code: Answer.YES}
    made = session.safety.assess(cases.kim, answers, TODAY.isoformat())
    assert made.checklist_version == 2 and made.level == "high"  # the new item alone makes it high
    editor.cutoffs["medium"].setValue(30)
    editor.publish()
    assert "cut-offs must rise" in editor.message.text() and session.safety.checklist().version == 2
