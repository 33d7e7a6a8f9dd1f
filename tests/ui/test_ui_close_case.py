"""The close dialog shows what is still open and asks about each item; a high-risk case needs a note. The case
header warns when the offender lives with the client."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.case_closing import Disposition, OpenKind
from onestop_desktop.domain.case_status import CaseStatus
from onestop_desktop.domain.casework import ConsentForm
from onestop_desktop.domain.consent import ConsentKind, DataItem
from onestop_desktop.domain.referrals import ReferralStatus
from onestop_desktop.domain.taxonomy import RiskLevel
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.cases.close_case_dialog import CloseCaseDialog

from .case_data import Cases
from .cases_ui import open_workspace, type_text
from .helpers import ADMIN, ADMIN_PASS, WindowFactory
from .referral_ui import SMILE, agency_id, ready_referral


def _shot(widget: QWidget, name: str) -> None:
    """Saved where SCREENSHOTS names a folder (to look at the dialog at 1366×768); nothing otherwise."""
    folder = os.environ.get("SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def _cohabiting(session: Session, case_id: str) -> None:
    client_id = session.cases.open(case_id).client.id
    with session.store.write(session.actor) as tx:
        tx.update("clients", client_id, {"offender_cohabits": 1})


def test_closing_a_high_risk_case_with_open_items(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    session = window.current.session
    session.cases.assess_risk(cases.kim, RiskLevel.CRITICAL)
    _cohabiting(session, cases.kim)
    referral = ready_referral(session, cases.kim, agency_id(session, SMILE), frozenset({DataItem.NAME}))
    view = workspace.open_case(cases.kim)
    assert view is not None
    window.resize(1366, 768)
    assert view.cohabit_banner.isVisible() and "offender lives with the client" in view.cohabit_banner.text()
    _shot(window, "case-header-cohabiting.png")

    status = view.overview.status
    status.buttons[CaseStatus.CLOSED].click()
    dialog = status.findChild(CloseCaseDialog)
    assert dialog is not None and dialog.isVisible()
    task = next(item for item in dialog.review.items if item.kind is OpenKind.TASK)
    assert task.overdue and dialog.review.note_required
    kinds = [item.kind for item in dialog.review.items]
    assert OpenKind.REFERRAL in kinds and kinds.count(OpenKind.CONSENT) == 2
    cancel = dialog.findChild(QComboBox, f"closeChoice-{referral}")
    cancel.setCurrentIndex(cancel.findData(str(Disposition.CANCEL)))
    assert dialog.findChild(QWidget, "closeCaseRisk").isVisible()
    _shot(dialog, "close-case-dialog.png")

    dialog.findChild(QWidget, "closeCaseOk").click()  # no note: refused, nothing closed
    assert dialog.isVisible() and "high risk" in dialog.message.text()
    assert session.cases.open(cases.kim).case.status is not CaseStatus.CLOSED

    keep = dialog.findChild(QComboBox, f"closeChoice-{task.id}")
    keep.setCurrentIndex(keep.findData(str(Disposition.KEEP)))
    type_text(dialog.note, "접근금지 결정 후 본인이 종결 희망, 3개월 후 안부 확인 예정")
    qtbot.mouseClick(dialog.findChild(QWidget, "closeCaseOk"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    stored = session.cases.open(cases.kim)
    assert stored.case.status is CaseStatus.CLOSED
    assert next(f for f in stored.followups if f.id == task.id).done_on is None  # kept open, as chosen
    assert session.referrals.get(referral).status is ReferralStatus.CANCELLED
    qtbot.waitUntil(lambda: view.status_badge.text() == "Closed", timeout=2000)


def test_an_attached_signed_form_is_shown_and_saved_with_a_purpose(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory, tmp_path: Path
) -> None:
    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    session = window.current.session
    form = session.documents.consent_form(None, "서명용 양식").data  # a real PDF to stand for the scan
    given = (date.today() - timedelta(days=1)).isoformat()
    consent_id = session.consents.record(
        cases.kim, ConsentForm(kind=ConsentKind.COLLECTION, given_on=given, purpose="상담 및 지원")
    )
    view = workspace.open_case(cases.kim)
    assert view is not None
    view.show_tab("consents")
    page = view.consents
    page.table.selectRow(0)
    assert not page.view_button.isEnabled()  # nothing attached yet
    session.consents.attach_scan(cases.kim, consent_id, "signed.pdf", "application/pdf", form)
    view.reload()
    page.table.selectRow(0)
    assert page.view_button.isEnabled()
    viewer = page.view_scan()
    assert viewer is not None and viewer.isVisible()
    shown = [label for label in viewer.findChildren(QLabel) if label.pixmap() and not label.pixmap().isNull()]
    assert len(shown) >= 1  # the pages, drawn from memory
    assert str(session.audit.recent(1)[0].action) == "view"
    target = tmp_path / "copy.pdf"
    assert not viewer.save_to(target) and not target.exists()  # no purpose: refused
    assert "출력 사유" in viewer.message.text()
    viewer.purpose.setText("법원 제출")
    assert viewer.save_to(target) and target.read_bytes() == form
    viewer.close()
