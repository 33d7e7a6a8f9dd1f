"""Consents and referrals through the services: gating, withdrawal, minors, status lifecycle."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from onestop_desktop.domain.casework import ClientForm, ConsentForm, IntakeForm, ReferralForm
from onestop_desktop.domain.consent import ConsentKind, ConsentMethod, DataItem
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.referrals import ReferralStatus
from onestop_desktop.domain.roles import Role
from onestop_desktop.domain.taxonomy import CrimeType, ServiceDomain
from onestop_desktop.services.referrals import ConsentMissing
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault

TODAY = date.today()
ITEMS = frozenset({DataItem.NAME, DataItem.PHONE, DataItem.CRIME_TYPE})


def _case(session: Session, birth: str = "1990-03-15") -> str:
    return session.intake.create(IntakeForm(name="홍길동", birth_date=birth, crime_types={CrimeType.STALKING}))


def _smile(session: Session) -> str:
    return next(a.id for a in session.agencies.list() if a.name.startswith("스마일센터"))


def _consent(session: Session, case_id: str, kind: ConsentKind, **kw: object) -> str:
    kw.setdefault("purpose", "피해자 상담 및 지원 연계")
    form = ConsentForm(kind=kind, given_on=(TODAY - timedelta(days=1)).isoformat(), **kw)  # type: ignore[arg-type]
    return session.consents.record(case_id, form)


def _referral(session: Session, case_id: str, agency: str, items: frozenset[DataItem] = ITEMS) -> str:
    return session.referrals.create(
        case_id, ReferralForm(agency_id=agency, domain=ServiceDomain.PSYCH, reason="심리치료 연계 요청", items=items)
    )


def test_the_directory_is_seeded_and_editable_by_administrators(admin_session: Session, vault: Vault) -> None:
    agencies = admin_session.agencies.list()
    assert len(agencies) >= 20 and any("1366" in a.name for a in agencies)
    assert any(ServiceDomain.DIGITAL in a.domains for a in agencies)
    admin_session.users.add("kim", "김상담", Role.COUNSELOR, "Temp-Pass-1234")
    kim = vault.login("kim", "Temp-Pass-1234")
    assert len(kim.agencies.list()) == len(agencies)
    from onestop_desktop.services.agencies import AgencyForm

    with pytest.raises(OneStopError):
        kim.agencies.add(AgencyForm(name="새 기관"))
    kim.logout()
    new = admin_session.agencies.add(AgencyForm(name="성평등가족부 산하 신규 기관", phone="02-123-4567"))
    assert admin_session.agencies.get(new).phone == "02-123-4567"


def test_sending_requires_the_consents_and_names_what_is_missing(admin_session: Session) -> None:
    case_id = _case(admin_session)
    smile = _smile(admin_session)
    referral = _referral(admin_session, case_id, smile)
    with pytest.raises(ConsentMissing) as none:
        admin_session.referrals.change_status(referral, ReferralStatus.SENT)
    assert {b.kind for b in none.value.blockers} == {ConsentKind.COLLECTION, ConsentKind.THIRD_PARTY}
    _consent(admin_session, case_id, ConsentKind.COLLECTION)
    _consent(admin_session, case_id, ConsentKind.THIRD_PARTY, agency_id=smile, items=frozenset({DataItem.NAME}))
    with pytest.raises(ConsentMissing) as partial:
        admin_session.referrals.change_status(referral, ReferralStatus.SENT)
    assert (
        partial.value.blockers[0].params["items"] == "Phone number, Type of harm"
        or "Phone" in partial.value.blockers[0].params["items"]
    )
    assert admin_session.consents.allowed_items(case_id, smile) == {DataItem.NAME}
    _consent(admin_session, case_id, ConsentKind.THIRD_PARTY, agency_id=smile, items=ITEMS)
    admin_session.referrals.change_status(referral, ReferralStatus.SENT, "팩스 발송")
    sent = admin_session.referrals.get(referral)
    assert sent.status is ReferralStatus.SENT and sent.reply_due == TODAY + timedelta(days=7)
    assert [e.status for e in sent.events] == [ReferralStatus.DRAFT, ReferralStatus.SENT]


def test_withdrawal_stops_later_referrals(admin_session: Session) -> None:
    case_id = _case(admin_session)
    smile = _smile(admin_session)
    _consent(admin_session, case_id, ConsentKind.COLLECTION)
    third = _consent(admin_session, case_id, ConsentKind.THIRD_PARTY, agency_id=smile, items=ITEMS)
    first = _referral(admin_session, case_id, smile)
    assert first in admin_session.referrals.ready_to_send()
    admin_session.consents.withdraw(case_id, third, TODAY, "본인 요청")
    assert admin_session.referrals.ready_to_send() == []
    with pytest.raises(ConsentMissing):
        admin_session.referrals.change_status(first, ReferralStatus.SENT)


def test_under_14_the_guardian_consents_and_a_suspect_guardian_needs_a_legal_basis(admin_session: Session) -> None:
    child_birth = (TODAY - timedelta(days=10 * 365)).isoformat()
    case_id = _case(admin_session, birth=child_birth)
    with pytest.raises(OneStopError) as own:
        _consent(admin_session, case_id, ConsentKind.COLLECTION)
    assert own.value.params["problems"][0].field == "by_guardian"
    _consent(admin_session, case_id, ConsentKind.COLLECTION, by_guardian=True, guardian_name="홍어머니")
    case_file = admin_session.cases.open(case_id)
    admin_session.cases.update_client(
        case_id,
        ClientForm(name="홍길동", birth_date=child_birth, guardian_name="홍아버지", guardian_is_suspect=True),
        case_file.client.updated_at,
    )
    with pytest.raises(OneStopError) as suspect:
        _consent(admin_session, case_id, ConsentKind.COLLECTION, by_guardian=True, guardian_name="홍아버지")
    assert suspect.value.params["problems"][0].field == "method"
    _consent(
        admin_session,
        case_id,
        ConsentKind.COLLECTION,
        method=ConsentMethod.LEGAL_BASIS,
        legal_basis="개인정보 보호법 제15조제1항제5호",
        legal_basis_reason="보호자가 가해 의심자",
    )


@pytest.mark.parametrize(
    ("path", "allowed"),
    [
        ([ReferralStatus.SENT, ReferralStatus.RECEIVED, ReferralStatus.IN_SUPPORT, ReferralStatus.COMPLETED], True),
        ([ReferralStatus.SENT, ReferralStatus.REJECTED, ReferralStatus.DRAFT], True),
        ([ReferralStatus.CANCELLED], True),
        ([ReferralStatus.COMPLETED], False),
        ([ReferralStatus.SENT, ReferralStatus.DRAFT], False),
    ],
)
def test_every_status_change_is_dated_and_checked(
    admin_session: Session, path: list[ReferralStatus], allowed: bool
) -> None:
    case_id = _case(admin_session)
    smile = _smile(admin_session)
    _consent(admin_session, case_id, ConsentKind.COLLECTION)
    _consent(admin_session, case_id, ConsentKind.THIRD_PARTY, agency_id=smile, items=ITEMS)
    referral = _referral(admin_session, case_id, smile)
    try:
        for status in path:
            admin_session.referrals.change_status(referral, status, f"{status} 메모")
    except OneStopError as refused:
        assert not allowed and refused.code is ErrorCode.INVALID_INPUT
        return
    assert allowed
    events = admin_session.referrals.get(referral).events
    assert [e.status for e in events] == [ReferralStatus.DRAFT, *path]
    assert all(e.on == TODAY for e in events)


def test_overdue_replies_and_incoming_referrals(admin_session: Session) -> None:
    case_id = _case(admin_session)
    smile = _smile(admin_session)
    _consent(admin_session, case_id, ConsentKind.COLLECTION)
    _consent(admin_session, case_id, ConsentKind.THIRD_PARTY, agency_id=smile, items=ITEMS)
    late = (TODAY - timedelta(days=3)).isoformat()
    referral = admin_session.referrals.create(
        case_id, ReferralForm(agency_id=smile, reason="심리치료", items=ITEMS, reply_due=late)
    )
    admin_session.referrals.change_status(referral, ReferralStatus.SENT)
    assert [r.referral_id for r in admin_session.referrals.overdue_replies()] == [referral]
    incoming = admin_session.referrals.create(
        case_id, ReferralForm(agency_id=smile, domain=ServiceDomain.PSYCH, reason="스마일센터에서 의뢰"), incoming=True
    )
    assert admin_session.referrals.get(incoming).status is ReferralStatus.RECEIVED
    assert any(h.table == "referrals" for h in admin_session.cases.history(case_id))


def _sent_late(session: Session, case_id: str, agency: str) -> str:
    late = (TODAY - timedelta(days=2)).isoformat()
    referral = session.referrals.create(
        case_id, ReferralForm(agency_id=agency, reason="심리치료", items=ITEMS, reply_due=late)
    )
    session.referrals.change_status(referral, ReferralStatus.SENT)
    return referral


def test_overdue_replies_are_personal_and_name_the_client(admin_session: Session, vault: Vault) -> None:
    """내 할 일 lists the replies I answer for: referrals I created, or of cases I lead or am on the team of
    (administrators too); each row names the client as the case list does (the alias if set)."""
    for username, name in (("kim", "김상담"), ("lee", "이상담")):
        admin_session.users.add(username, name, Role.COUNSELOR, "Temp-Pass-1234")
    ids = {u.username: u.id for u in admin_session.users.list()}
    smile = _smile(admin_session)

    def case(name: str, lead: str, alias: str = "") -> str:
        case_id = admin_session.intake.create(
            IntakeForm(
                name=name,
                alias=alias,
                birth_date="1990-03-15",
                crime_types={CrimeType.STALKING},
                lead_counselor_id=lead,
            )
        )
        _consent(admin_session, case_id, ConsentKind.COLLECTION)
        _consent(admin_session, case_id, ConsentKind.THIRD_PARTY, agency_id=smile, items=ITEMS)
        return case_id

    kims_case = case("홍길동", ids["kim"], alias="해솔")
    admins_case = case("김영희", ids["admin"])
    admin_session.cases.set_team(admins_case, {ids["lee"]})
    by_admin_for_kim = _sent_late(admin_session, kims_case, smile)  # admin created it; kim leads the case
    team = _sent_late(admin_session, admins_case, smile)  # admin leads; lee is on the team
    kim = vault.login("kim", "Temp-Pass-1234")
    by_kim = _sent_late(kim, admins_case, smile)  # kim created it on a case kim is not assigned to
    kims_own = _sent_late(kim, kims_case, smile)  # kim's case, kim's referral: nothing to do with the admin

    def mine(session: Session) -> set[str]:
        return {r.referral_id for r in session.referrals.overdue_replies()}

    assert mine(kim) == {by_admin_for_kim, by_kim, kims_own}
    assert mine(admin_session) == {by_admin_for_kim, team, by_kim}
    kim.logout()
    lee = vault.login("lee", "Temp-Pass-1234")
    assert mine(lee) == {team, by_kim}  # may see every case; answers for the one they are on the team of
    lee.logout()
    rows = {r.referral_id: r for r in admin_session.referrals.overdue_replies()}
    assert rows[by_admin_for_kim].client_display_name == "해솔"  # the alias, never the name behind it
    assert rows[team].client_display_name == "김영희"
    assert rows[team].agency_name.startswith("스마일센터") and rows[team].case_id == admins_case
    assert rows[team].reply_due == TODAY - timedelta(days=2) and "연계" in rows[team].number


def test_only_administrators_include_a_resident_registration_number(admin_session: Session, vault: Vault) -> None:
    case_id = _case(admin_session)
    admin_session.users.add("kim", "김상담", Role.COUNSELOR, "Temp-Pass-1234")
    kim = vault.login("kim", "Temp-Pass-1234")
    with pytest.raises(OneStopError) as refused:
        kim.referrals.create(case_id, ReferralForm(agency_id=_smile(kim), reason="구조금", include_rrn=True))
    assert refused.value.params["problems"][0].field == "include_rrn"
    kim.logout()
