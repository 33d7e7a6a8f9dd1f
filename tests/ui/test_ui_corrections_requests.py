"""Through the real widgets: 삭제… on a service entered by mistake (with the reason) leaves the tab and shows in the
history; a request logged on the 요구 tab is on 내 할 일 until its answer is recorded; the 열람 자료 is made on the
worker and saved as PDF and zip; each new dialog fits a 1366x728 screen."""

from __future__ import annotations

import json
import zipfile
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.casework import ConsentForm, FollowupForm, ServiceForm
from onestop_desktop.domain.consent import ConsentKind
from onestop_desktop.domain.outputs import OutputKind
from onestop_desktop.domain.subject_requests import RequestKind, RequestOutcome, SubjectRequest
from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.cases.access_export_dialog import AccessExportDialog
from onestop_desktop.ui.cases.remove_dialog import RemoveRecordDialog
from onestop_desktop.ui.cases.request_dialogs import AnswerDialog, RequestDialog
from onestop_desktop.ui.common.history_labels import describe
from onestop_desktop.ui.models.subject_request_table_model import SubjectRequestTableModel

from .case_data import Cases
from .cases_ui import open_workspace, type_text
from .helpers import STAFF, STAFF_PASS, WindowFactory
from .referral_ui import press_ok

SCREEN = (1366, 728)


def _fits(dialog: QDialog) -> None:
    hint = dialog.sizeHint()
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1], (dialog.objectName(), hint)


def test_a_service_entered_by_mistake_is_removed_with_its_reason(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    session = window.current.session
    service_id = session.cases.add_service(cases.hong, ServiceForm(service="잘못된 사례의 지원"))
    view = workspace.open_case(cases.hong)
    assert view is not None
    view.show_tab("services")
    editor = view.services.editor
    assert editor.remove_button.isVisible() and not editor.remove_button.isEnabled()  # nothing open yet
    editor.request(service_id)
    assert editor.remove_button.isEnabled()
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in editor.findChildren(RemoveRecordDialog) if d.isVisible())
    _fits(dialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("wrong_case"))
    type_text(dialog.note, "다른 사례")
    press_ok(dialog)
    qtbot.waitUntil(lambda: editor.model.row_of(service_id) < 0, timeout=5000)
    assert all(s.id != service_id for s in session.cases.open(cases.hong).services)
    history = session.cases.history(cases.hong)
    [removal] = [e for e in history if e.table == "case_services" and e.op == "delete"]
    assert describe(removal) == "Service removed: Entered on the wrong case"


def test_a_request_is_on_my_tasks_until_answered(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    _window, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    view = workspace.open_case(cases.hong)  # minji leads it
    assert view is not None
    view.show_tab("requests")
    assert view.tabs.currentWidget() is view.requests
    dialog = view.requests.log_request()
    assert isinstance(dialog, RequestDialog) and dialog.isVisible()
    _fits(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(str(RequestKind.ACCESS)))
    type_text(dialog.detail, "상담 기록 열람")
    press_ok(dialog)
    qtbot.waitUntil(lambda: view.requests.model.rowCount() == 1, timeout=5000)
    todo = workspace.list_page.todo
    todo.reload()
    rows = [todo.model.index(r, 2).data() for r in range(todo.model.rowCount())]
    assert any("Answer the request" in (text or "") for text in rows), rows
    view.requests.table.selectRow(0)
    answer = view.requests.answer()
    assert isinstance(answer, AnswerDialog)
    _fits(answer)
    press_ok(answer)
    qtbot.waitUntil(lambda: view.requests.model.record_at(0) is not None
                    and view.requests.model.record_at(0).answered_on == date.today(), timeout=5000)  # fmt: skip
    todo.reload()
    rows = [todo.model.index(r, 2).data() for r in range(todo.model.rowCount())]
    assert not any("Answer the request" in (text or "") for text in rows)


def test_the_access_record_is_made_on_the_worker_and_saved(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory, tmp_path: Path
) -> None:
    vault, cases = center
    _window, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    view = workspace.open_case(cases.hong)
    assert view is not None
    dialog = view.requests.access_record()
    assert isinstance(dialog, AccessExportDialog) and view.requests.export_button.isEnabled()
    _fits(dialog)
    targets = {OutputKind.PDF: tmp_path / "열람.pdf", OutputKind.ZIP: tmp_path / "열람.zip"}
    dialog.choose_path = lambda parent, suggested, kind: targets[kind]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: targets[OutputKind.PDF].exists() and not dialog.busy, timeout=20_000)
    assert "홍길동" in "".join(p.extract_text() for p in PdfReader(targets[OutputKind.PDF]).pages)
    dialog.format.setCurrentIndex(dialog.format.findData(OutputKind.ZIP.value))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: targets[OutputKind.ZIP].exists() and not dialog.busy, timeout=20_000)
    with zipfile.ZipFile(targets[OutputKind.ZIP]) as archive:
        assert json.loads(archive.read("access-record.json"))["subject"] == "홍길동"
    assert "Saved to" in dialog.message.text()
    QApplication.processEvents()


def test_follow_ups_and_consents_offer_remove_for_the_chosen_row(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    session = window.current.session
    followup = session.cases.add_followup(cases.hong, FollowupForm("잘못 넣은 할 일", date.today().isoformat()))
    consent = session.consents.record(
        cases.hong, ConsentForm(ConsentKind.COLLECTION, purpose="상담", given_on=date.today().isoformat())
    )
    view = workspace.open_case(cases.hong)
    assert view is not None
    page = view.followups
    assert not page.remove_button.isEnabled()
    page.table.selectRow(page.model.row_of(followup))
    assert page.remove_button.isEnabled()
    view.consents.refresh(view.case_file)
    view.consents.table.selectRow(view.consents.model.row_of(consent))
    assert view.consents.remove_button.isEnabled()
    dialog = view.consents.remove()
    assert isinstance(dialog, RemoveRecordDialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("duplicate"))
    press_ok(dialog)
    qtbot.waitUntil(lambda: view.consents.model.row_of(consent) < 0, timeout=5000)
    assert all(c.id != consent for c in session.consents.for_case(cases.hong))


def test_the_request_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    today = date.today()
    rows = [
        SubjectRequest("r1", "k", "D1-2026-00001", RequestKind.ACCESS, today, today + timedelta(days=10), "사본", None,
                       "", None, "김상담", "t"),
        SubjectRequest("r2", "k", "D1-2026-00001", RequestKind.SUSPENSION, today - timedelta(days=20),
                       today - timedelta(days=10), "", RequestOutcome.REFUSED, "법령상 보존 의무", today, "김", "t"),
    ]  # fmt: skip
    model = SubjectRequestTableModel(rows)
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 3).data() == "Open" and model.index(1, 3).data() == "Refused (reason given)"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None  # 10 days left: not urgent
    assert model.index(1, 5).data(Qt.ItemDataRole.ToolTipRole) == "법령상 보존 의무"
