"""Consents gate referrals, through the real widgets: record consents (incl. a minor and a guardian who is
the suspect), a checklist limited to what was consented, a refused send naming the missing consent, a
send that goes through, and a withdrawal that makes sending refused again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.consent import ConsentKind, ConsentMethod, DataItem
from onestop_desktop.domain.referrals import ReferralStatus
from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.cases.case_view import CaseView
from onestop_desktop.ui.cases.consent_dialog import ConsentDialog
from onestop_desktop.ui.cases.referral_dialog import ReferralDialog
from onestop_desktop.ui.cases.status_note_dialog import StatusNoteDialog

from .case_data import Cases
from .cases_ui import answer, open_workspace, type_text, unsaved_question
from .helpers import ADMIN, ADMIN_PASS, STAFF, STAFF_PASS, WindowFactory
from .referral_ui import HOTLINE, SMILE, SUNFLOWER, agency_id, fill_consent, press_ok

TODAY = date.today()
BASIC = frozenset({DataItem.NAME, DataItem.PHONE, DataItem.CRIME_TYPE})


def _record(qtbot: QtBot, view: CaseView, kind: ConsentKind, **fill: object) -> ConsentDialog:
    dialog = view.consents.record()
    assert isinstance(dialog, ConsentDialog) and dialog.isVisible()
    fill_consent(dialog, kind, **fill)  # type: ignore[arg-type]
    press_ok(dialog)
    return dialog


def _new_referral(view: CaseView, agency: str) -> ReferralDialog:
    dialog = view.referrals.new_referral()
    assert isinstance(dialog, ReferralDialog)
    dialog.agency.setCurrentIndex(dialog.agency.findText(agency))
    return dialog


def _send(qtbot: QtBot, view: CaseView, referral_id: str, note: str = "팩스 발송") -> None:
    page = view.referrals
    page.select(referral_id)
    button = page.status_buttons[ReferralStatus.SENT]
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialogs = [d for d in page.findChildren(StatusNoteDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    type_text(dialog.note, note)
    press_ok(dialog)


def test_consents_limit_the_checklist_and_gate_sending(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    session = window.current.session
    view = workspace.open_case(cases.hong)
    assert view is not None
    view.show_tab("consents")
    assert view.tabs.currentWidget() is view.consents

    # collection and use only: nothing may go to any agency yet
    dialog = _record(qtbot, view, ConsentKind.COLLECTION)
    assert not dialog.isVisible() and view.consents.model.rowCount() == 1
    assert view.consents.model.index(0, 2).data() == "Agreed"

    view.show_tab("referrals")
    dialog = _new_referral(view, SMILE)
    assert dialog.items.allowed() == frozenset() and dialog.items.chosen() == frozenset()
    assert not dialog.items.boxes[DataItem.NAME].isEnabled()
    assert "no consent" in dialog.items.boxes[DataItem.NAME].text()
    assert f"There is no consent to provide information to {SMILE}." in dialog.consent_note.text()
    type_text(dialog.reason, "트라우마 상담 연계 요청")
    press_ok(dialog)
    assert not dialog.isVisible()
    page = view.referrals
    assert page.model.rowCount() == 1
    draft = page.model.record_at(0)
    assert draft is not None and draft.status is ReferralStatus.DRAFT
    assert "Cannot be sent yet" in page.details.consent.text()

    # sending without the consent is refused, and the message names what is missing
    _send(qtbot, view, draft.id)
    assert f"There is no consent to provide information to {SMILE}." in page.message.text()
    assert "Nothing was sent" in page.message.text()
    assert session.referrals.get(draft.id).status is ReferralStatus.DRAFT

    # consent to provide three items to the Smile center; the sunflower center may not get health data
    view.show_tab("consents")
    _record(qtbot, view, ConsentKind.THIRD_PARTY, agency=SMILE, items=BASIC)
    _record(qtbot, view, ConsentKind.THIRD_PARTY, agency=SUNFLOWER, items=BASIC | {DataItem.HEALTH})
    assert view.consents.model.rowCount() == 3
    view.show_tab("referrals")
    dialog = page.edit_draft()
    assert isinstance(dialog, ReferralDialog)
    assert dialog.items.allowed() == BASIC
    assert not dialog.items.boxes[DataItem.ADDRESS].isEnabled()
    assert dialog.items.boxes[DataItem.NAME].isEnabled()
    dialog.agency.setCurrentIndex(dialog.agency.findText(HOTLINE))  # no consent for this agency at all
    assert dialog.items.allowed() == frozenset()
    assert f"There is no consent to provide information to {HOTLINE}." in dialog.consent_note.text()
    dialog.agency.setCurrentIndex(dialog.agency.findText(SUNFLOWER))  # health needs a separate consent
    assert dialog.items.allowed() == BASIC and not dialog.items.boxes[DataItem.HEALTH].isEnabled()
    dialog.agency.setCurrentIndex(dialog.agency.findText(SMILE))
    for item in (DataItem.NAME, DataItem.PHONE):
        dialog.items.boxes[item].setChecked(True)
    press_ok(dialog)
    assert session.referrals.get(draft.id).items == {DataItem.NAME, DataItem.PHONE}
    assert "can be sent" in page.details.consent.text()

    _send(qtbot, view, draft.id)
    sent = session.referrals.get(draft.id)
    assert sent.status is ReferralStatus.SENT and sent.events[-1].note == "팩스 발송"
    assert page.model.index(page.model.row_of(draft.id), 4).data() == "Sent"
    assert page.details.events.rowCount() == 2
    assert page.details.events.index(1, 2).data() == "팩스 발송"

    # a second draft, then the Smile consent is withdrawn: sending is refused again
    dialog = _new_referral(view, SMILE)
    assert dialog.items.chosen() == BASIC  # the default items the consent covers
    type_text(dialog.reason, "주거 지원 연계")
    press_ok(dialog)
    second = page.selected()
    assert second is not None and second.id != draft.id
    view.show_tab("consents")
    consents = view.consents
    smile_row = next(r for r in range(consents.model.rowCount()) if consents.model.index(r, 1).data() == SMILE)
    consents.table.selectRow(smile_row)
    withdraw = consents.withdraw()
    assert withdraw is not None
    type_text(withdraw.note, "본인 요청")
    press_ok(withdraw)
    assert not withdraw.isVisible()
    assert consents.model.index(smile_row, 7).data()  # the withdrawal date is shown
    view.show_tab("referrals")
    _send(qtbot, view, second.id)
    assert f"There is no consent to provide information to {SMILE}." in page.message.text()
    assert session.referrals.get(second.id).status is ReferralStatus.DRAFT


def test_a_minor_needs_the_guardian_and_a_suspect_guardian_needs_a_legal_basis(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    view = workspace.open_case(cases.kim)
    assert view is not None
    client = view.overview.client
    client.birth_date.setText(f"{TODAY.year - 10}-01-02")
    window.case_actions.save.trigger()
    assert not view.is_dirty()

    view.show_tab("consents")
    dialog = view.consents.record()
    assert isinstance(dialog, ConsentDialog)
    assert "under 14" in dialog.notice.text() and "legal guardian must" in dialog.notice.text()
    fill_consent(dialog, ConsentKind.COLLECTION)
    press_ok(dialog)  # the guardian box is not ticked: refused, shown under it
    assert dialog.isVisible()
    assert dialog.errors.shown() == {
        "by_guardian": "The client is under 14 on this date: the legal guardian must give this consent."
    }
    dialog.by_guardian.setChecked(True)
    type_text(dialog.guardian_name, "김보호")
    type_text(dialog.guardian_relation, "모")
    press_ok(dialog)
    assert not dialog.isVisible()
    model = view.consents.model
    assert model.rowCount() == 1 and model.index(0, 6).data() == "Legal guardian: 김보호 (모)"

    # the guardian turns out to be the suspected offender
    view.show_tab("overview")
    client.guardian_suspect.setChecked(True)
    window.case_actions.save.trigger()
    assert not view.is_dirty()
    dialog = view.consents.record()
    assert isinstance(dialog, ConsentDialog)
    assert "suspected offender" in dialog.notice.text()
    assert dialog.current_method() is ConsentMethod.LEGAL_BASIS  # switched to the legal basis
    assert dialog.legal_basis.isVisibleTo(dialog) and not dialog.by_guardian.isVisibleTo(dialog)
    fill_consent(dialog, ConsentKind.THIRD_PARTY, agency=SMILE, items=frozenset({DataItem.NAME}))
    press_ok(dialog)
    assert dialog.errors.shown() == {"legal_basis": "Record the legal basis and the reason it applies."}

    # a guardian's signature instead is refused with the plain reason
    fill_consent(dialog, ConsentKind.THIRD_PARTY, method=ConsentMethod.SIGNED_PAPER)
    dialog.by_guardian.setChecked(True)
    press_ok(dialog)
    assert "suspected offender and cannot consent" in dialog.errors.shown()["method"]

    fill_consent(dialog, ConsentKind.THIRD_PARTY, method=ConsentMethod.LEGAL_BASIS)
    type_text(dialog.legal_basis, "개인정보 보호법 제15조제1항제5호")
    type_text(dialog.basis_reason, "보호자가 가해 의심자로 동의를 받을 수 없음")
    press_ok(dialog)
    assert not dialog.isVisible()
    assert model.rowCount() == 2
    row = next(r for r in range(2) if model.index(r, 1).data() == SMILE)
    assert (
        model.index(row, 2).data() == "Legal basis" and model.index(row, 5).data() == "Legal basis instead of consent"
    )
    assert "개인정보 보호법" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    stored = window.current.session.consents.for_case(cases.kim)
    assert {c.method for c in stored} == {ConsentMethod.SIGNED_PAPER, ConsentMethod.LEGAL_BASIS}
    smile = agency_id(window.current.session, SMILE)
    # the legal basis counts for the agency; the minor's earlier guardian consent does not any more
    assert window.current.session.consents.allowed_items(cases.kim, smile) == frozenset()
    view.show_tab("referrals")
    referral = view.referrals.new_referral()
    assert referral is not None and referral.include_rrn.isVisibleTo(referral)  # administrators only
    assert not referral.rrn_basis.isEnabled()
    referral.include_rrn.setChecked(True)
    assert referral.rrn_basis.isEnabled()
    referral.reject()  # something was changed: asks first
    answer(unsaved_question(), QMessageBox.StandardButton.Discard)
    assert not referral.isVisible()
    QApplication.processEvents()


def test_a_scan_is_attached_and_an_incoming_referral_recorded(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory, tmp_path: object
) -> None:
    from pathlib import Path

    vault, cases = center
    _window, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    view = workspace.open_case(cases.alias)
    assert view is not None
    view.show_tab("consents")
    _record(qtbot, view, ConsentKind.COLLECTION)
    scan = Path(str(tmp_path)) / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4 signed consent scan")
    page = view.consents
    page.table.selectRow(0)
    page.choose_scan = lambda parent: scan
    assert "stored encrypted" in page.attach_button.toolTip()
    qtbot.mouseClick(page.attach_button, Qt.MouseButton.LeftButton)
    assert "stored encrypted inside the OneStop database" in page.message.text()
    assert page.model.index(0, 8).data() == "Attached"

    view.show_tab("referrals")
    dialog = view.referrals.new_referral(incoming=True)
    assert isinstance(dialog, ReferralDialog) and dialog.windowTitle() == "Record a referral received"
    assert not dialog.items.isVisibleTo(dialog)
    dialog.agency.setCurrentIndex(dialog.agency.findText(HOTLINE))
    press_ok(dialog)
    assert dialog.errors.shown() == {"reason": "This field is required."}
    type_text(dialog.reason, "야간 긴급 상담 후 연계")
    press_ok(dialog)
    referrals = view.referrals
    received = referrals.selected()
    assert received is not None and received.status is ReferralStatus.RECEIVED
    assert referrals.model.index(0, 1).data() == "Received"
    assert referrals.status_buttons[ReferralStatus.IN_SUPPORT].isVisible()
    assert not referrals.letter_button.isVisible()  # nothing of ours to print for it


def test_the_consent_gate_speaks_korean(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory, korean: object
) -> None:
    vault, cases = center
    _window, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    view = workspace.open_case(cases.hong)
    assert view is not None
    view.show_tab("referrals")
    assert view.tabs.tabText(view.tabs.currentIndex()) == "연계(&E)"
    dialog = _new_referral(view, SMILE)
    assert dialog.windowTitle() == "새 연계"
    assert not dialog.include_rrn.isVisibleTo(dialog)  # a counselor never adds the registration number
    assert dialog.items.boxes[DataItem.NAME].text() == "이름 — 동의 없음"
    assert "개인정보 수집·이용(필수) 동의가 없습니다." in dialog.consent_note.text()
    assert f"{SMILE}에 정보를 제공하는 데 대한 동의가 없습니다." in dialog.consent_note.text()
    type_text(dialog.reason, "심리 지원 연계")
    press_ok(dialog)
    draft = view.referrals.selected()
    assert draft is not None
    view.referrals.change_status(draft, ReferralStatus.SENT, "")
    message = view.referrals.message.text()
    assert message.startswith("연계 의뢰서를 보낼 수 없습니다. 동의 문제가 2건 있습니다")
    assert f"• {SMILE}에 정보를 제공하는 데 대한 동의가 없습니다." in message
    assert view.referrals.model.index(0, 4).data() == "작성 중"
