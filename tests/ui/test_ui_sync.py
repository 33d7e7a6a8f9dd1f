"""The sync screens driven through real widgets over two real encrypted devices sharing a sync folder."""

from __future__ import annotations

import gc
import itertools
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.casework import IntakeForm, PhoneForm
from onestop_desktop.domain.taxonomy import CrimeType
from onestop_desktop.services.sync import ConflictVersion, ConflictView, DeviceView
from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.common.tables import select_row
from onestop_desktop.ui.main_window import MainWindow
from onestop_desktop.ui.models.case_list_model import Column
from onestop_desktop.ui.models.conflict_table_model import ConflictTableModel
from onestop_desktop.ui.models.device_table_model import DeviceTableModel
from onestop_desktop.ui.models.quarantine_table_model import QuarantineTableModel
from onestop_desktop.ui.sync.conflict_dialog import ConflictDialog
from onestop_desktop.ui.sync.device_enrolment_dialog import DeviceEnrolmentCodeDialog, DeviceEnrolmentDialog
from onestop_desktop.ui.sync.devices_dialog import DevicesDialog
from onestop_desktop.ui.sync.folder_dialog import SyncFolderDialog
from tests.conftest import FAST_KDF

from .helpers import ADMIN, ADMIN_PASS, STAFF, STAFF_PASS, WindowFactory, log_in
from .sync_center import LAPTOP, SyncCenter, make_sync_center, set_summary

# Exposed for the stall figure in the report (pytest -s prints it).
STALL_LIMIT_MS = 200


@pytest.fixture
def sync_center(tmp_path: Path) -> Iterator[SyncCenter]:
    center = make_sync_center(tmp_path)
    yield center
    if not center.laptop.is_locked:
        center.laptop.logout()


def _desk_window(
    qtbot: QtBot,
    make_window: WindowFactory,
    center: SyncCenter,
    user: str = ADMIN,
    passphrase: str = ADMIN_PASS,
    **options: object,
) -> MainWindow:
    window = make_window(center.desk_vault, **options)
    log_in(qtbot, window, user, passphrase)
    qtbot.waitUntil(lambda: window.current is not None and window.sync_status.isVisible())
    return window


def _sync(qtbot: QtBot, window: MainWindow) -> None:
    window.menu_actions.sync.trigger()
    qtbot.waitUntil(lambda: not window.sync.running and not window.runner.busy, timeout=20_000)


def _make_conflict(center: SyncCenter) -> None:
    """Both devices change the same case's summary before they synchronize."""
    desk = center.desk()
    set_summary(desk, center.case_id, "데스크에서 쓴 요약")
    desk.sync.run()
    desk.logout()
    set_summary(center.laptop, center.case_id, "노트북에서 쓴 요약")
    center.laptop.sync.run()


def test_the_status_bar_shows_waiting_changes_and_a_missing_bundle(
    qtbot: QtBot, make_window: WindowFactory, sync_center: SyncCenter
) -> None:
    laptop = sync_center.laptop
    set_summary(laptop, sync_center.case_id, "첫 번째 변경")
    laptop.sync.run()
    set_summary(laptop, sync_center.case_id, "두 번째 변경")
    laptop.sync.run()
    laptop_id = laptop.store.device.device_id
    (sync_center.folder / f"{laptop_id}-0000000001.osb").unlink()  # lost on the way
    window = _desk_window(qtbot, make_window, sync_center)
    status = window.sync_status

    _sync(qtbot, window)
    qtbot.waitUntil(lambda: status.gaps.isVisible())
    assert status.gaps.text() == f"{LAPTOP}: bundle 1 missing"
    assert status.last.text().startswith("Last sync: ")

    workspace = window.current.workspace if window.current else None
    assert workspace is not None
    view = workspace.open_case(sync_center.case_id)
    assert view is not None
    session = window.current.session if window.current else None
    assert session is not None
    set_summary(session, sync_center.case_id, "데스크의 새 변경")
    window.sync.refresh_status()
    qtbot.waitUntil(lambda: status.pending.text().startswith("Waiting to go out: "))
    assert int(status.pending.text().rsplit(" ", 1)[1]) > 0


def test_resolving_a_conflict_from_the_window_clears_it_everywhere(
    qtbot: QtBot, make_window: WindowFactory, sync_center: SyncCenter
) -> None:
    _make_conflict(sync_center)
    window = _desk_window(qtbot, make_window, sync_center)
    _sync(qtbot, window)
    status = window.sync_status
    qtbot.waitUntil(lambda: status.conflicts.isVisible())
    assert status.conflicts.text() == "Sync conflicts: 1"
    workspace = window.current.workspace if window.current else None
    assert workspace is not None
    list_model = workspace.list_page.model
    row = list_model.row_of(sync_center.case_id)
    assert list_model.in_conflict(sync_center.case_id)
    assert list_model.index(row, Column.NAME).data(Qt.ItemDataRole.DecorationRole) is not None
    view = workspace.open_case(sync_center.case_id)
    assert view is not None and view.conflict_banner.isVisible()

    view.conflict_banner.linkActivated.emit("conflicts")  # the banner's link opens the list
    dialog = window.findChild(ConflictDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, ConflictTableModel.FIELD).data() == "Case · incident summary"
    values = {dialog.model.index(0, c).data() for c in (ConflictTableModel.FIRST, ConflictTableModel.SECOND)}
    assert values == {"데스크에서 쓴 요약", "노트북에서 쓴 요약"}
    assert dialog.model.index(0, ConflictTableModel.CASE).data().startswith("D1-")

    radio = dialog.findChild(type(dialog.side_group.button(0)), "conflictSide1")
    assert radio is not None
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton)
    dialog.value_edit.moveCursor(dialog.value_edit.textCursor().MoveOperation.End)
    dialog.value_edit.insertPlainText(" (합침)")  # typed Korean (keyClicks sends ASCII only)
    combined = dialog.value_edit.toPlainText()
    assert combined.endswith(" (합침)")
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)

    assert dialog.model.rowCount() == 0
    assert dialog.message.tone == "success"
    qtbot.waitUntil(lambda: not status.conflicts.isVisible())
    assert not view.conflict_banner.isVisible()
    assert not list_model.in_conflict(sync_center.case_id)
    session = window.current.session if window.current else None
    assert session is not None
    assert session.cases.open(sync_center.case_id).case.incident_summary == combined

    _sync(qtbot, window)  # the resolution travels like any edit
    sync_center.laptop.sync.run()
    assert sync_center.laptop.sync.conflicts() == []
    assert sync_center.laptop.cases.open(sync_center.case_id).case.incident_summary == combined


def test_sync_runs_off_the_gui_thread(
    qtbot: QtBot, make_window: WindowFactory, sync_center: SyncCenter, request: pytest.FixtureRequest
) -> None:
    sync_center.laptop.demo.seed(150, 4)  # thousands of changes
    sync_center.laptop.sync.run()
    window = _desk_window(qtbot, make_window, sync_center)
    # The test process has piled up every earlier test's objects; a full collection of that heap on the worker
    # would hold the GIL for a while and measure the test suite, not the app. Set them aside while measuring.
    gc.collect()
    gc.freeze()
    request.addfinalizer(gc.unfreeze)
    ticks: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer(window)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    timer.start()
    started = time.monotonic()
    window.menu_actions.sync.trigger()
    assert window.sync.running  # the call returned while the sync goes on
    qtbot.waitUntil(lambda: not window.sync.running, timeout=60_000)
    elapsed = time.monotonic() - started
    timer.stop()
    report = window.sync.last_report
    assert report is not None and report.changes > 1000
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    worst = max(gaps)
    print(
        f"\nsync of {report.changes} changes took {elapsed:.2f} s; GUI thread max tick gap {worst} ms "
        f"over {len(ticks)} ticks"
    )
    assert elapsed > 0.3 and len(ticks) > 10  # the loop really ran during the sync
    assert worst < STALL_LIMIT_MS


def test_enrolling_from_the_devices_window_writes_a_file_and_shows_a_code(
    qtbot: QtBot, make_window: WindowFactory, sync_center: SyncCenter, tmp_path: Path
) -> None:
    target = tmp_path / "field-3.onestop-enrol"
    window = _desk_window(qtbot, make_window, sync_center, choose_enrolment_path=lambda parent, suggested: target)
    assert window.menu_actions.devices.isVisible()
    window.menu_actions.devices.trigger()
    dialog = window.findChild(DevicesDialog)
    assert dialog is not None and dialog.isVisible()
    names = [dialog.model.index(r, DeviceTableModel.NAME).data() for r in range(dialog.model.rowCount())]
    assert "상담실 PC 1 (this computer)" in names and LAPTOP in names

    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    enrol = dialog.findChild(DeviceEnrolmentDialog)
    assert enrol is not None and enrol.isVisible()
    qtbot.mouseClick(enrol.create_button, Qt.MouseButton.LeftButton)
    assert enrol.message.tone == "error"  # no name yet
    qtbot.keyClicks(enrol.name, "field-3")
    enrol.users.item(1).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(enrol.findChild(type(enrol.create_button), "enrolmentBrowse"), Qt.MouseButton.LeftButton)
    assert enrol.out.text() == str(target)
    qtbot.mouseClick(enrol.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(DeviceEnrolmentCodeDialog) is not None)
    code_dialog = window.findChild(DeviceEnrolmentCodeDialog)
    assert code_dialog is not None and code_dialog.isVisible()
    shown = code_dialog.code.text().replace(" ", "")
    assert len(shown) >= 10 and "-" in shown
    assert target.is_file() and target.stat().st_size > 0
    qtbot.waitUntil(lambda: dialog.model.row_of(_device_id(dialog, "field-3")) >= 0)
    assert dialog.message.tone == "success"


def _device_id(dialog: DevicesDialog, name: str) -> str:
    return next((d.id for d in dialog.model.records() if d.name == name), "")


def test_revoking_says_what_revocation_cannot_do(
    qtbot: QtBot, make_window: WindowFactory, sync_center: SyncCenter
) -> None:
    window = _desk_window(qtbot, make_window, sync_center)
    dialog = window.show_devices()
    assert dialog is not None
    row = next(r for r, d in enumerate(dialog.model.records()) if d.name == LAPTOP)
    dialog.table.selectRow(row)
    assert dialog.revoke_button.isEnabled()
    revoke = dialog.revoke()
    assert revoke is not None
    warning = revoke.findChild(type(dialog.message), "revokeWarning")
    assert warning is not None and "protected only by its encryption" in warning.text()
    revoke.retired.click()
    qtbot.mouseClick(revoke.findChild(type(dialog.revoke_button), "revokeConfirm"), Qt.MouseButton.LeftButton)
    laptop = next(d for d in dialog.model.records() if d.name == LAPTOP)
    assert laptop.status == "retired"
    dialog.table.selectRow(dialog.model.row_of(laptop.id))
    assert not dialog.revoke_button.isEnabled()


def test_non_administrators_do_not_see_the_devices_window(
    qtbot: QtBot, make_window: WindowFactory, sync_center: SyncCenter
) -> None:
    window = _desk_window(qtbot, make_window, sync_center, user=STAFF, passphrase=STAFF_PASS)
    assert window.menu_actions.sync.isVisible() and window.menu_actions.sync.isEnabled()
    assert not window.menu_actions.devices.isVisible() and not window.menu_actions.devices.isEnabled()
    assert window.show_devices() is None
    assert window.findChild(DevicesDialog) is None
    assert not window.sync_status.quarantine.isVisible()


def test_automatic_sync_waits_for_idle_and_for_unsaved_input(
    qtbot: QtBot, make_window: WindowFactory, sync_center: SyncCenter
) -> None:
    set_summary(sync_center.laptop, sync_center.case_id, "노트북의 변경")
    sync_center.laptop.sync.run()
    window = _desk_window(qtbot, make_window, sync_center, sync_idle_ms=150)
    workspace = window.current.workspace if window.current else None
    assert workspace is not None
    view = workspace.open_case(sync_center.case_id)
    assert view is not None
    window.sync.unsaved = lambda: True  # a form with unsaved input holds the automatic sync back
    qtbot.waitUntil(lambda: window.sync.last_status is not None)  # the folder is known: only the input holds it
    for _ in range(3):  # idle stretches pass, each one held back
        with qtbot.waitSignal(window.sync.idle.inactivity_detected, timeout=5000):
            pass
    assert not window.sync.running and window.sync.last_report is None  # never started
    window.sync.unsaved = lambda: False
    qtbot.waitUntil(lambda: window.sync.last_report is not None, timeout=5000)
    assert window.sync.last_report is not None and window.sync.last_report.applied == 1
    qtbot.waitUntil(lambda: view.case_file.case.incident_summary == "노트북의 변경")
    assert QApplication.activeModalWidget() is None
    assert window.findChild(QProgressDialog, "syncProgress") is None  # silent when automatic


def test_a_missing_folder_is_said_plainly(qtbot: QtBot, make_window: WindowFactory, sync_center: SyncCenter) -> None:
    window = _desk_window(qtbot, make_window, sync_center)
    sync_center.folder.rename(sync_center.root / "unplugged")
    window.menu_actions.sync.trigger()
    qtbot.waitUntil(lambda: window.sync.last_message is not None)
    assert window.sync.last_message is not None
    assert "cannot be reached" in window.sync.last_message.text()
    assert not window.sync.can_sync_automatically()


def test_a_delete_conflict_offers_restore_and_restoring_brings_the_record_back(
    qtbot: QtBot, make_window: WindowFactory, sync_center: SyncCenter
) -> None:
    desk, laptop, case_id = sync_center.desk(), sync_center.laptop, sync_center.case_id
    phone_id = desk.cases.add_phone(case_id, PhoneForm(number="010-1234-5678"))
    desk.sync.run()
    laptop.sync.run()  # both hold the phone number
    desk.cases.remove_phone(case_id, phone_id)
    desk.sync.run()
    desk.logout()
    with laptop.store.write(laptop.actor) as tx:  # an edit of the same row made without seeing the removal
        tx.update("client_phones", phone_id, {"instructions": "저녁에만 통화"})
    laptop.sync.run()
    window = _desk_window(qtbot, make_window, sync_center)
    _sync(qtbot, window)
    dialog = window.show_conflicts()
    row = next(r for r, c in enumerate(dialog.model.records()) if c.kind == "delete")
    select_row(dialog.table, row)
    assert dialog.model.index(row, ConflictTableModel.FIRST).data() == "Removed"
    assert dialog.model.index(row, ConflictTableModel.SECOND).data() == "저녁에만 통화"
    assert dialog.restore_button.isVisible() and dialog.confirm_delete_button.isVisible()
    assert not dialog.keep_button.isVisible()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert all(c.kind != "delete" for c in dialog.model.records())
    session = window.current.session if window.current else None
    assert session is not None
    phones = session.cases.open(case_id).client.phones
    assert [p.instructions for p in phones if p.id == phone_id] == ["저녁에만 통화"]


def test_typing_a_combined_value_holds_the_automatic_sync_back(
    qtbot: QtBot, make_window: WindowFactory, sync_center: SyncCenter
) -> None:
    _make_conflict(sync_center)
    window = _desk_window(qtbot, make_window, sync_center, sync_idle_ms=100_000)
    _sync(qtbot, window)
    dialog = window.show_conflicts()
    assert not window._has_unsaved_input()
    dialog.value_edit.insertPlainText("합친 요약")
    assert window._has_unsaved_input() and not window.sync.can_sync_automatically()


def test_quarantined_bundles_are_shown_to_administrators_only(
    qtbot: QtBot, make_window: WindowFactory, sync_center: SyncCenter
) -> None:
    desk = sync_center.desk()
    code = desk.sync.enrol("field-kit-1", "field", [STAFF], sync_center.root / "kit.enrol")
    kit = Vault(sync_center.root / "kit", kdf=FAST_KDF).join(sync_center.root / "kit.enrol", code, STAFF, STAFF_PASS)
    kit.sync.set_folder(str(sync_center.folder))
    desk.sync.revoke("field-kit-1", "lost")
    desk.logout()
    kit.intake.create(IntakeForm(name="윤하늘", birth_date="2001-04-09", crime_types={CrimeType.STALKING}))
    kit.sync.run()  # written after the revocation, before the kit learnt of it
    kit.logout()

    window = _desk_window(qtbot, make_window, sync_center)
    _sync(qtbot, window)
    status = window.sync_status
    qtbot.waitUntil(lambda: status.quarantine.isVisible())
    assert status.quarantine.text() == "Quarantined bundles: 1"
    qtbot.mouseClick(status.quarantine, Qt.MouseButton.LeftButton)
    devices = window.findChild(DevicesDialog)
    assert devices is not None and devices.isVisible()
    assert devices.quarantine_model.rowCount() == 1
    assert devices.quarantine_model.index(0, QuarantineTableModel.DEVICE).data() == "field-kit-1"
    assert devices.quarantine_model.index(0, QuarantineTableModel.REASON).data().startswith("Written by a revoked")
    devices.close()

    window.logout()
    log_in(qtbot, window, STAFF, STAFF_PASS)
    qtbot.waitUntil(lambda: window.current is not None and window.current.session.user.username == STAFF)
    qtbot.waitUntil(lambda: status.isVisible() and status.last.text().startswith("Last sync"))
    assert not status.quarantine.isVisible()


def test_a_refused_change_is_listed_with_its_reason_for_administrators(
    qtbot: QtBot, make_window: WindowFactory, sync_center: SyncCenter
) -> None:
    desk = sync_center.desk()
    code = desk.sync.enrol("field-kit-1", "field", [STAFF], sync_center.root / "kit.enrol")
    kit = Vault(sync_center.root / "kit", kdf=FAST_KDF).join(sync_center.root / "kit.enrol", code, STAFF, STAFF_PASS)
    kit.sync.set_folder(str(sync_center.folder))
    desk.logout()
    with kit.store.write(kit.actor) as tx:  # the kit's user makes itself an administrator, raw
        tx.conn.execute("UPDATE users SET role = 'admin' WHERE username = ?", (STAFF,))
    kit.sync.run()
    kit.logout()

    window = _desk_window(qtbot, make_window, sync_center)
    _sync(qtbot, window)
    status = window.sync_status
    qtbot.waitUntil(lambda: status.quarantine.isVisible())
    qtbot.mouseClick(status.quarantine, Qt.MouseButton.LeftButton)
    devices = window.findChild(DevicesDialog)
    assert devices is not None and devices.isVisible()
    ModelTester(qtbot).check(devices.quarantine_model)
    reasons = [
        devices.quarantine_model.index(row, QuarantineTableModel.REASON).data()
        for row in range(devices.quarantine_model.rowCount())
    ]
    assert reasons == ["A field kit may not change accounts, devices, settings or the directory"]
    devices.close()


def test_cancel_stops_before_the_next_bundle(qtbot: QtBot, make_window: WindowFactory, sync_center: SyncCenter) -> None:
    for text in ("하나", "둘", "셋"):
        set_summary(sync_center.laptop, sync_center.case_id, text)
        sync_center.laptop.sync.run()
    window = _desk_window(qtbot, make_window, sync_center)
    qtbot.waitUntil(lambda: not window.runner.busy)
    release = threading.Event()
    window.runner.run(release.wait, lambda _: None, lambda _: None)  # the worker is busy: the sync queues
    window.menu_actions.sync.trigger()
    progress = window.sync.progress_dialog
    assert progress is not None and progress.objectName() == "syncProgress"
    progress.show()
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)
    report = window.sync.last_report
    assert report is not None and report.applied == 0  # stopped before the first of the three bundles
    assert window.sync.progress_dialog is None
    _sync(qtbot, window)
    assert window.sync.last_report is not None and window.sync.last_report.applied == 3


def test_the_sync_folder_is_set_in_its_dialog(
    qtbot: QtBot, make_window: WindowFactory, sync_center: SyncCenter, tmp_path: Path
) -> None:
    window = _desk_window(qtbot, make_window, sync_center)
    window.menu_actions.sync_folder.trigger()
    dialog = window.findChild(SyncFolderDialog)
    assert dialog is not None and dialog.folder.text() == str(sync_center.folder)
    dialog.folder.setText(str(tmp_path / "nowhere"))
    save = dialog.findChild(QPushButton, "syncFolderSave")
    assert save is not None
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.tone == "error"
    other = tmp_path / "usb"
    other.mkdir()
    dialog.folder.setText(str(other))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: window.sync.last_status is not None and window.sync.last_status.folder == str(other))


def test_a_revoked_device_says_so_and_leaves_nobody_logged_in(
    qtbot: QtBot, make_window: WindowFactory, sync_center: SyncCenter
) -> None:
    desk = sync_center.desk()
    desk.sync.revoke(LAPTOP, "lost")
    desk.sync.run()  # the notice for the laptop goes into the folder
    desk.logout()
    sync_center.laptop.logout()
    window = make_window(sync_center.laptop_vault)
    log_in(qtbot, window, ADMIN, ADMIN_PASS)
    qtbot.waitUntil(lambda: window.current is not None and window.sync_status.isVisible())
    window.menu_actions.sync.trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "deviceRevoked") is not None, timeout=20_000)
    box = window.findChild(QMessageBox, "deviceRevoked")
    assert box is not None and "revoked this device" in box.text()
    assert window.current is None and window.stack.currentWidget() is window.gate
    assert not window.sync_status.isVisible()
    assert not sync_center.laptop_vault.is_initialized()


# -- models ------------------------------------------------------------------------------------------
def _conflict(kind: str = "field") -> ConflictView:
    return ConflictView(
        "c1",
        kind,
        "cases",
        "r1",
        "incident_summary",
        "case1",
        (
            ConflictVersion("가", "1-0", "desk1", "admin", "2026-11-26T01:00:00Z"),
            ConflictVersion("나", "2-0", LAPTOP, "minji", "2026-11-26T02:00:00Z"),
            ConflictVersion("다", "3-0", "desk3", "minji", "2026-11-26T03:00:00Z"),
        ),
    )


def test_sync_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    conflicts = ConflictTableModel()
    conflicts.set_conflicts([_conflict(), _conflict("delete")], {"case1": ("D1-2026-0001", "홍길동")})
    qtmodeltester.check(conflicts, force_py=True)
    assert conflicts.index(0, ConflictTableModel.CASE).data() == "D1-2026-0001 홍길동"
    assert conflicts.index(1, ConflictTableModel.FIRST).data() == "Removed"
    assert "3 versions" in conflicts.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    devices = DeviceTableModel(
        [
            DeviceView("d1", "desk1", "D1", "all", "active", ("admin",), 0, True),
            DeviceView("d2", LAPTOP, "LAPTOP2", "field", "lost", ("minji",), 14, False),
        ]
    )
    qtmodeltester.check(devices, force_py=True)
    assert devices.index(1, DeviceTableModel.LAST_SEQ).data() == "14"
    quarantine = QuarantineTableModel([(LAPTOP, 15, "revoked", ""), ("desk3", 2, "clock", "+9 min")])
    qtmodeltester.check(quarantine, force_py=True)
    assert quarantine.index(1, QuarantineTableModel.REASON).data().startswith("The sending device's clock")
