"""Helpers for the consent, referral and document screens in tests: the partner agencies of the seeded
directory, and driving the dialogs through their widgets."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from onestop_desktop.domain.casework import ConsentForm, ReferralForm
from onestop_desktop.domain.consent import ConsentKind, ConsentMethod, DataItem
from onestop_desktop.domain.taxonomy import ServiceDomain
from onestop_desktop.services.session import Session
from onestop_desktop.ui.cases.consent_dialog import ConsentDialog
from onestop_desktop.ui.common.fields import set_choice

SMILE = "스마일센터 (범죄피해트라우마통합지원)"
SUNFLOWER = "해바라기센터 (성폭력피해자통합지원센터)"
HOTLINE = "여성긴급전화 1366 서울센터"
YESTERDAY = (date.today() - timedelta(days=1)).isoformat()


def agency_id(session: Session, name: str) -> str:
    return next(a.id for a in session.agencies.list() if a.name == name)


def consent(session: Session, case_id: str, kind: ConsentKind, **fields: object) -> str:
    fields.setdefault("purpose", "피해자 상담 및 지원 연계")
    form = ConsentForm(kind=kind, given_on=YESTERDAY, **fields)  # type: ignore[arg-type]
    return session.consents.record(case_id, form)


def ready_referral(session: Session, case_id: str, agency: str, items: frozenset[DataItem], reply_due: str = "") -> str:
    """A draft whose consents are complete (collection + provision to `agency` of `items`)."""
    consent(session, case_id, ConsentKind.COLLECTION)
    consent(session, case_id, ConsentKind.THIRD_PARTY, agency_id=agency, items=items, purpose="심리 지원 연계")
    return session.referrals.create(
        case_id,
        ReferralForm(
            agency_id=agency,
            domain=ServiceDomain.PSYCH,
            reason="트라우마 상담 연계 요청",
            items=items,
            reply_due=reply_due,
        ),
    )


def fill_consent(
    dialog: ConsentDialog,
    kind: ConsentKind,
    *,
    agency: str = "",
    items: frozenset[DataItem] = frozenset(),
    method: ConsentMethod | None = None,
) -> None:
    set_choice(dialog.kind, kind)
    if not dialog.purpose.text():
        dialog.purpose.setText("피해자 상담 및 지원 연계")
    if agency:
        dialog.agency.setCurrentIndex(dialog.agency.findText(agency))
    checklist = dialog.checklists.get(kind)
    if checklist is not None:
        for item in items:
            checklist.boxes[item].setChecked(True)
    if method is not None:
        set_choice(dialog.method, method)


def ok_button(dialog: QWidget, name: str) -> QPushButton:
    button = dialog.findChild(QPushButton, name)
    assert button is not None, name
    return button


def press_ok(dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()
