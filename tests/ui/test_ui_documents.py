"""Printing and saving documents: the purpose comes first, the PDF is made in the background, saving
writes a real PDF and a register row, printing draws every page; the batch shows progress and can be
cancelled."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.audit import AuditAction
from onestop_desktop.domain.consent import DataItem
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.documents import output_dialog
from onestop_desktop.ui.documents.batch_progress import BatchProgress
from onestop_desktop.ui.documents.output_dialog import OutputDialog
from onestop_desktop.ui.documents.printing import PdfPages, printing_available

from .case_data import Cases
from .cases_ui import open_workspace, type_text
from .helpers import ADMIN, ADMIN_PASS, WindowFactory
from .referral_ui import SMILE, SUNFLOWER, agency_id, ready_referral

ITEMS = frozenset({DataItem.NAME, DataItem.PHONE, DataItem.CRIME_TYPE})


def _exports(session: Session, action: AuditAction = AuditAction.EXPORT) -> list[str]:
    return [e.detail for e in session.audit.recent(50) if e.action is action]


def _purpose(dialog: OutputDialog, text: str) -> None:
    dialog.purpose.setEditText("")
    type_text(dialog.purpose.lineEdit(), text)


def test_a_referral_letter_needs_a_purpose_then_saves_and_prints(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory, tmp_path: Path
) -> None:
    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    session = window.current.session
    referral_id = ready_referral(session, cases.hong, agency_id(session, SMILE), ITEMS)
    view = workspace.open_case(cases.hong)
    assert view is not None
    view.show_tab("referrals")
    page = view.referrals
    page.select(referral_id)
    assert page.letter_button.isVisible()
    qtbot.mouseClick(page.letter_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(OutputDialog)
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "letter.pdf"
    dialog.choose_path = lambda parent, suggested: target

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no purpose: nothing is made
    assert dialog.errors.shown() == {"purpose": "State why this document is printed or saved (출력 사유)."}
    assert not dialog.busy and not target.exists()

    _purpose(dialog, "기관 발송")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.busy and not dialog.save_button.isEnabled()  # made on the worker, not here
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert "Saved to" in dialog.message.text(), dialog.message.text()
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert "referral_letter: 기관 발송" in _exports(session)

    if not printing_available():
        pytest.skip("QtPdf is not installed")
    from PySide6.QtPdfWidgets import QPdfView

    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)  # same purpose: no second rendering
    job = dialog.print_job
    assert job is not None and job.preview.isVisible()
    preview = job.preview
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth  # opens at the page's width, drawn crisp
    fitted = preview.zoom()
    assert 0.5 < fitted < 3 and preview.zoom_label.text() == f"{round(fitted * 100)} %"
    preview.zoom_by(1.25)  # from the zoom shown, not from 100 %
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert abs(preview.view.zoomFactor() - fitted * 1.25) < 0.01
    job.printer.setOutputFileName(str(tmp_path / "printed.pdf"))  # the printer the print dialog chose
    assert preview.print_to(job.printer) == len(PdfReader(target).pages)  # and the preview closes as printed
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == len(PdfReader(target).pages)
    qtbot.waitUntil(lambda: "Sent to the printer" in dialog.message.text(), timeout=5000)
    assert "referral_letter: 기관 발송" in _exports(session, AuditAction.PRINT)


def test_a_document_the_consents_do_not_allow_is_refused_and_printing_can_be_missing(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, cases = center
    monkeypatch.setattr(output_dialog, "printing_available", lambda: False)
    window, workspace = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    session = window.current.session
    referral_id = ready_referral(session, cases.kim2, agency_id(session, SUNFLOWER), ITEMS)
    consent = next(c for c in session.consents.for_case(cases.kim2) if c.agency_id)
    session.consents.withdraw(cases.kim2, consent.id, note="본인 요청")
    view = workspace.open_case(cases.kim2)
    assert view is not None
    view.show_tab("referrals")
    page = view.referrals
    page.select(referral_id)
    assert not page.packet_button.isEnabled() and "do not allow" in page.packet_button.toolTip()
    referral = page.selected()
    assert referral is not None
    dialog = page.outputs.packet(referral, SUNFLOWER)  # the service refuses it too
    assert dialog.isVisible()
    assert not dialog.print_button.isEnabled() and dialog.no_print_note.isVisible()
    assert "QtPdf" in dialog.no_print_note.text()
    dialog.purpose.setCurrentIndex(0)  # a suggestion
    assert dialog.current_purpose() == "Sending to the agency"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert f"There is no consent to provide information to {SUNFLOWER}." in dialog.message.text()
    assert not any(d.startswith("packet") for d in _exports(session))


def test_the_consent_form_prints_blank_or_for_the_client(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory, tmp_path: Path
) -> None:
    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    view = workspace.open_case(cases.hong)
    assert view is not None
    view.show_tab("consents")
    qtbot.mouseClick(view.consents.blank_button, Qt.MouseButton.LeftButton)
    dialog = view.consents.findChild(OutputDialog)
    assert dialog is not None and dialog.what.text().startswith("Blank consent form")
    assert [dialog.purpose.itemText(i) for i in range(dialog.purpose.count())] == [
        "For the client to sign",
        "Sending to the agency",
    ]
    dialog.purpose.setCurrentIndex(0)
    dialog.choose_path = lambda parent, suggested: tmp_path / suggested.name
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    saved = list(tmp_path.glob("*.pdf"))
    assert len(saved) == 1 and saved[0].name.startswith("동의서-") and saved[0].read_bytes()[:4] == b"%PDF"
    assert "consent_form: For the client to sign" in _exports(window.current.session)


def test_the_batch_runs_in_the_background_and_cancel_works(
    qtbot: QtBot,
    center: tuple[Vault, Cases],
    make_window: WindowFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    session = window.current.session
    smile = agency_id(session, SMILE)
    for case_id in (cases.hong, cases.kim, cases.alias):
        ready_referral(session, case_id, smile, ITEMS)
    action = window.case_actions.batch
    assert action.isVisible() and action.isEnabled()
    action.trigger()
    dialog = workspace.findChild(OutputDialog)
    assert dialog is not None and dialog.batch
    target = tmp_path / "batch.pdf"
    dialog.choose_path = lambda parent, suggested: target
    _purpose(dialog, "기관 일괄 발송")

    gate = threading.Event()  # hold the worker so the batch is still waiting when Cancel is pressed
    window.runner.run(lambda: gate.wait(10), lambda _: None, lambda _: None)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    progress = dialog.progress
    assert progress is not None and progress.dialog.isVisible() and window.runner.busy
    assert progress.dialog.objectName() == "batchProgress"
    cancel = progress.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert "Stopping" in dialog.message.text()
    gate.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.message.text() == "Cancelled: nothing was saved or printed."
    assert not target.exists() and dialog.progress is None

    shown: list[tuple[int, int]] = []
    labels: list[str] = []
    original = BatchProgress.show_progress

    def record(progress: BatchProgress, done: int, total: int) -> None:
        shown.append((done, total))
        original(progress, done, total)
        labels.append(progress.dialog.labelText())

    monkeypatch.setattr(BatchProgress, "show_progress", record)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert "Saved to" in dialog.message.text(), dialog.message.text()
    assert shown == [(1, 3), (2, 3), (3, 3)]
    assert "Packet 3 of 3 drawn…" in labels
    reader = PdfReader(target)
    assert len(reader.pages) >= 3
    assert "batch: 기관 일괄 발송" in _exports(session)


def test_pdf_pages_are_drawn_onto_a_printer(tmp_path: Path, qtbot: QtBot) -> None:
    if not printing_available():
        pytest.skip("QtPdf is not installed")
    from reportlab.pdfgen import canvas

    source = tmp_path / "three.pdf"
    drawing = canvas.Canvas(str(source))
    for n in range(3):
        drawing.drawString(100, 700, f"page {n + 1}")
        drawing.showPage()
    drawing.save()
    pages = PdfPages(source.read_bytes())
    assert pages.ready and pages.count == 3
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    pages.prepare(printer)
    assert pages.paint(printer) == 3
    pages.close()
    assert len(PdfReader(printed).pages) == 3


def test_a_document_finished_behind_the_lock_screen_waits(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory, tmp_path: Path
) -> None:
    from .helpers import log_in

    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    session = window.current.session
    referral_id = ready_referral(session, cases.kim, agency_id(session, SMILE), ITEMS)
    view = workspace.open_case(cases.kim)
    assert view is not None
    view.show_tab("referrals")
    view.referrals.select(referral_id)
    qtbot.mouseClick(view.referrals.letter_button, Qt.MouseButton.LeftButton)
    dialog = view.referrals.findChild(OutputDialog)
    assert dialog is not None
    asked: list[Path] = []
    dialog.choose_path = lambda parent, suggested: asked.append(suggested) or tmp_path / "letter.pdf"
    _purpose(dialog, "기관 발송")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    window.menu_actions.lock.trigger()  # waits for the worker; the result arrives after the lock
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert not asked and "ready" in dialog.message.text()  # no file dialog over the lock screen
    log_in(qtbot, window, ADMIN, ADMIN_PASS)
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # made already: saved at once
    assert len(asked) == 1 and (tmp_path / "letter.pdf").read_bytes().startswith(b"%PDF")
