"""The output register and the access-log review windows, the monthly review from the window and its reminder in
내 할 일, the contact details in Settings, and 발송 처리 after an output."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.casework import ConsentForm, ReferralForm
from onestop_desktop.domain.consent import ConsentKind, DataItem
from onestop_desktop.domain.referrals import ReferralStatus
from onestop_desktop.domain.taxonomy import ServiceDomain
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.cases.todo_panel import TodoPanel
from onestop_desktop.ui.dialogs.audit_dialog import AuditDialog
from onestop_desktop.ui.dialogs.audit_review_dialog import AuditReviewDialog
from onestop_desktop.ui.dialogs.register_dialog import RegisterDialog
from onestop_desktop.ui.dialogs.settings_dialog import SettingsDialog
from onestop_desktop.ui.documents.dispatch_dialog import DispatchDialog

from .case_data import Cases
from .helpers import ADMIN, ADMIN_PASS, WindowFactory, log_in

SHOTS = os.environ.get("ONESTOP_SHOTS")  # a folder: save 1366x768 screenshots there


def _shot(widget: object, name: str) -> None:
    if SHOTS:
        widget.resize(1366, 728)  # type: ignore[attr-defined]
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


def _printed_referral(admin: Session, case_id: str) -> str:
    smile = next(a.id for a in admin.agencies.list() if a.name.startswith("스마일센터"))
    given = (date.today() - timedelta(days=1)).isoformat()
    items = frozenset({DataItem.NAME, DataItem.CRIME_TYPE})
    admin.consents.record(
        case_id, ConsentForm(kind=ConsentKind.COLLECTION, given_on=given, purpose="상담 및 지원 연계")
    )
    admin.consents.record(
        case_id, ConsentForm(kind=ConsentKind.THIRD_PARTY, agency_id=smile, given_on=given, items=items)
    )
    referral_id = admin.referrals.create(
        case_id, ReferralForm(agency_id=smile, domain=ServiceDomain.PSYCH, reason="심리치료 연계", items=items)
    )
    admin.documents.record_printed(admin.documents.packet(referral_id, "기관 발송"))
    return referral_id


def test_the_register_lists_outputs_with_their_case_and_filters(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    window = make_window(vault)
    log_in(qtbot, window, ADMIN, ADMIN_PASS)
    session = window.current.session if window.current else None
    assert session is not None
    _printed_referral(session, cases.hong)
    session.documents.record_printed(session.documents.consent_form(cases.kim, "서명 받기"))
    window.menu_actions.register.trigger()
    dialog = window.findChild(RegisterDialog)
    assert dialog is not None and dialog.model.rowCount() == 2
    kim_number = session.cases.open(cases.kim).case.case_number
    assert dialog.model.index(0, 2).data() == "Consent form" and dialog.model.index(0, 3).data() == kim_number
    _shot(dialog, "register")
    dialog.filters.kind.setCurrentIndex(dialog.filters.kind.findData("packet"))
    dialog.filters.apply_button.click()
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 6).data() == "기관 발송"
    dialog.filters.since.setText("2026-13-01")
    dialog.filters.apply_button.click()
    assert dialog.message.tone == "error" and "YYYY-MM-DD" in dialog.message.text()
    dialog.filters.since.setText("")
    dialog.filters.case.setText("D1-1999-99999")
    dialog.filters.apply_button.click()
    assert dialog.message.tone == "error" and "D1-1999-99999" in dialog.message.text()


def test_the_review_is_recorded_from_the_audit_window_and_the_reminder_goes(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    window = make_window(vault)
    log_in(qtbot, window, ADMIN, ADMIN_PASS)
    session = window.current.session if window.current else None
    assert session is not None
    panel = window.findChild(TodoPanel)
    assert panel is not None
    panel.reload()
    last_month = (date.today().replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    assert panel.review_reminder.isVisibleTo(panel) and last_month in panel.review_reminder.text()
    session.cases.open(cases.hong)
    dialog = AuditDialog(session, window)
    qtbot.addWidget(dialog)
    assert last_month in dialog.review_status.text()
    hong_number = session.cases.open(cases.hong).case.case_number
    dialog.filters.case.setText(hong_number)
    dialog.filters.kind.setCurrentIndex(dialog.filters.kind.findData("view"))
    dialog.filters.apply_button.click()
    rows = dialog.model.rowCount()
    assert rows >= 2 and {dialog.model.index(r, 4).data() for r in range(rows)} == {f"case {hong_number}"}
    review = AuditReviewDialog(session, dialog)
    qtbot.addWidget(review)
    assert review.month.text() == last_month
    review.findings.setPlainText("월간 점검: 이상 없음")
    review.findChild(QPushButton, "reviewRecord").click()
    assert review.recorded is not None and review.recorded.month == last_month
    dialog.filters.case.setText("")
    dialog.filters.kind.setCurrentIndex(0)
    dialog.reload()
    status = dialog.review_status.text()
    assert "월간 점검: 이상 없음" in status and "not been reviewed" not in status
    assert dialog.model.index(0, 3).data() == "access-log review"
    assert dialog.model.index(0, 5).data() == f"access-log review of {last_month}"
    _shot(dialog, "audit-reviewed")
    panel.reload()
    assert not panel.review_reminder.isVisibleTo(panel)


def test_settings_set_the_centers_contact_and_my_direct_line(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, _ = center
    window = make_window(vault)
    log_in(qtbot, window, ADMIN, ADMIN_PASS)
    window.menu_actions.settings.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    dialog.center_phone.setText("02-555-0100")
    dialog.center_email.setText("no address")
    dialog.own_phone.setText("010 2222 3333")
    dialog.findChild(QPushButton, "settingsSave").click()
    assert dialog.isVisible() and "Center e-mail" in dialog.message.text()
    dialog.center_email.setText("onestop@example.kr")
    dialog.findChild(QPushButton, "settingsSave").click()
    assert not dialog.isVisible()
    session = window.current.session if window.current else None
    assert session is not None
    assert session.contacts.center().phone == "025550100" and session.contacts.person().phone == "01022223333"


def test_dispatch_dialog_marks_the_printed_referrals_sent(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    window = make_window(vault)
    log_in(qtbot, window, ADMIN, ADMIN_PASS)
    session = window.current.session if window.current else None
    assert session is not None
    referral_id = _printed_referral(session, cases.hong)
    dialog = DispatchDialog(session, (referral_id,), window)
    qtbot.addWidget(dialog)
    dialog.means.setCurrentIndex(dialog.means.findData("fax"))
    dialog.day.setText("2026-02-30")
    dialog.findChild(QPushButton, "dispatchConfirm").click()
    assert dialog.message.tone == "error"
    dialog.day.setText(date.today().isoformat())
    dialog.findChild(QPushButton, "dispatchConfirm").click()
    referral = session.referrals.get(referral_id)
    assert dialog.marked == [referral.number] and referral.status is ReferralStatus.SENT
    assert referral.events[-1].note == "팩스 발송"
