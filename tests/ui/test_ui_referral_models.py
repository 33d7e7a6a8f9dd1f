"""The consent, referral, agency and to-do models: consistent for Qt's model tester and showing the DTOs."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from onestop_desktop.domain.casework import Followup
from onestop_desktop.domain.consent import Consent, ConsentKind, ConsentMethod, DataItem
from onestop_desktop.domain.consent_rules import NO_THIRD_PARTY, THIRD_PARTY_ITEMS, Blocker
from onestop_desktop.domain.referrals import (
    Agency,
    Direction,
    OverdueReply,
    Referral,
    ReferralEvent,
    ReferralStatus,
    Urgency,
)
from onestop_desktop.domain.taxonomy import ServiceDomain
from onestop_desktop.ui.common.consent_text import blocker_text
from onestop_desktop.ui.models.agency_table_model import AgencyTableModel
from onestop_desktop.ui.models.consent_table_model import ConsentTableModel
from onestop_desktop.ui.models.record_table_model import MUTED, WARNING
from onestop_desktop.ui.models.referral_event_model import ReferralEventModel
from onestop_desktop.ui.models.referral_table_model import ReferralTableModel
from onestop_desktop.ui.models.todo_table_model import TodoTableModel

TODAY = date(2026, 11, 26)


def _consent(n: int, **changes: object) -> Consent:
    values: dict[str, object] = dict(
        id=f"c{n}",
        client_id="cl",
        kind=ConsentKind.THIRD_PARTY,
        agency_id="a1",
        agreed=True,
        items=frozenset({DataItem.NAME, DataItem.PHONE}),
        purpose="심리 지원",
        retention="지원 종료 후 3년",
        given_on=TODAY - timedelta(days=n),
        method=ConsentMethod.SIGNED_PAPER,
        taken_by="u1",
        form_version="abc",
        by_guardian=False,
        guardian_name=None,
        guardian_relation=None,
        legal_basis=None,
        legal_basis_reason=None,
        withdrawn_on=None,
        withdrawal_note=None,
        attachment_id=None,
    )
    values.update(changes)
    return Consent(**values)  # type: ignore[arg-type]


def _referral(n: int, **changes: object) -> Referral:
    values: dict[str, object] = dict(
        id=f"r{n}",
        number=f"D1-연계-2026-{n:05d}",
        case_id="case",
        agency_id="a1",
        direction=Direction.OUTGOING,
        domain=ServiceDomain.PSYCH,
        requested_services="트라우마 상담",
        reason="요청",
        urgency=Urgency.NORMAL,
        reply_due=TODAY + timedelta(days=3),
        contact_person="",
        items=frozenset({DataItem.NAME}),
        include_rrn=False,
        rrn_legal_basis=None,
        status=ReferralStatus.DRAFT,
        created_on=TODAY,
        created_by="u1",
        events=(ReferralEvent(ReferralStatus.DRAFT, TODAY, "", "김민지"),),
        updated_at="",
    )
    values.update(changes)
    return Referral(**values)  # type: ignore[arg-type]


def _agency(n: int, verified: date | None, active: bool = True) -> Agency:
    return Agency(
        f"a{n}",
        f"기관{n}",
        "",
        frozenset({ServiceDomain.PSYCH, ServiceDomain.LEGAL}),
        "0212345678",
        "",
        "",
        "",
        "",
        "",
        verified,
        active,
    )


@pytest.mark.parametrize("count", [0, 1, 5])
def test_the_models_pass_the_model_tester(qtmodeltester: ModelTester, count: int) -> None:
    followup = Followup(
        "f1", "case", "D1-2026-00001", "홍길동", "전화", TODAY - timedelta(days=1), "u1", "김민지", None
    )
    reply = OverdueReply("r1", "case", "D1-연계-2026-00001", "스마일센터", "해솔", TODAY - timedelta(days=2))
    models = [
        ConsentTableModel([_consent(n) for n in range(count)], agency_names={"a1": "스마일센터"}),
        ReferralTableModel([_referral(n) for n in range(count)], agency_names={"a1": "스마일센터"}, today=TODAY),
        ReferralEventModel(list(_referral(0).events) * count),
        AgencyTableModel([_agency(n, TODAY) for n in range(count)], today=TODAY),
        TodoTableModel(([followup, reply] * count)[:count], complete=lambda i, d: None, today=TODAY),
    ]
    for model in models:
        qtmodeltester.check(model, force_py=True)
        qtmodeltester.check(model, force_py=False)


def test_what_the_models_show() -> None:
    consents = ConsentTableModel(
        [
            _consent(1, withdrawn_on=TODAY, withdrawal_note="본인 요청"),
            _consent(
                2,
                method=ConsentMethod.LEGAL_BASIS,
                legal_basis="개인정보 보호법 제15조제1항제5호",
                legal_basis_reason="보호자가 가해 의심자",
            ),
            _consent(3, by_guardian=True, guardian_name="김보호", guardian_relation="모", kind=ConsentKind.COLLECTION),
        ],
        agency_names={"a1": "스마일센터"},
    )
    row = [consents.index(0, c).data() for c in range(consents.columnCount())]
    assert row == [
        "Provision to a third party",
        "스마일센터",
        "Agreed",
        "Name, Phone number",
        "2026. 11. 25.",
        "Signed paper form",
        "Client",
        "2026. 11. 26.",
        "",
    ]
    assert consents.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color() == MUTED
    assert consents.index(1, 2).data() == "Legal basis" and consents.index(1, 6).data() == "—"
    assert "보호자가 가해 의심자" in consents.index(1, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert consents.index(2, 1).data() == "" and consents.index(2, 6).data() == "Legal guardian: 김보호 (모)"

    referrals = ReferralTableModel(
        [
            _referral(1, status=ReferralStatus.SENT, reply_due=TODAY - timedelta(days=2)),
            _referral(2, status=ReferralStatus.COMPLETED, direction=Direction.INCOMING, urgency=Urgency.IMMEDIATE),
        ],
        agency_names={"a1": "스마일센터"},
        today=TODAY,
    )
    assert [referrals.index(0, c).data() for c in range(7)] == [
        "D1-연계-2026-00001",
        "Sent by us",
        "스마일센터",
        "Psychological support",
        "Sent",
        "Normal",
        "2026. 11. 24.",
    ]
    assert referrals.index(0, 6).data(Qt.ItemDataRole.ForegroundRole).color() == WARNING
    assert referrals.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "The reply is 2 days overdue"
    assert referrals.index(1, 1).data() == "Received"
    assert referrals.index(1, 0).data(Qt.ItemDataRole.ForegroundRole).color() == MUTED

    agencies = AgencyTableModel([_agency(1, TODAY - timedelta(days=400)), _agency(2, None, active=False)], today=TODAY)
    assert agencies.index(0, 2).data() == "Psychological support, Legal support"
    assert agencies.index(0, 3).data() == "02-1234-5678"
    assert agencies.index(0, 4).data(Qt.ItemDataRole.ForegroundRole).color() == WARNING
    assert agencies.index(1, 4).data() == "never"
    assert agencies.index(1, 0).data(Qt.ItemDataRole.ForegroundRole).color() == MUTED


def test_blockers_read_in_the_current_language_with_their_items() -> None:
    assert (
        blocker_text(Blocker(ConsentKind.THIRD_PARTY, NO_THIRD_PARTY, {"agency": "스마일센터", "items": "x"}))
        == "There is no consent to provide information to 스마일센터."
    )
    partial = Blocker(
        ConsentKind.THIRD_PARTY,
        THIRD_PARTY_ITEMS,
        {"agency": "스마일센터", "items": "x"},
        frozenset({DataItem.PHONE, DataItem.NAME}),
    )
    assert (
        blocker_text(partial) == "The consent to provide information to 스마일센터 does not cover: Name, Phone number."
    )
