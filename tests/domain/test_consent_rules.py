"""Consent gating holds for any combination of consent records (hypothesis)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from onestop_desktop.domain.consent import (
    SENSITIVE_ITEMS,
    Consent,
    ConsentKind,
    ConsentMethod,
    DataItem,
)
from onestop_desktop.domain.consent_rules import ClientFacts, allowed_items, counts, referral_blockers

TODAY = date(2026, 11, 26)
AGENCIES = ("smile", "klac")


@st.composite
def consents(draw: st.DrawFn) -> Consent:
    given_on = TODAY - timedelta(days=draw(st.integers(-5, 900)))
    method = draw(st.sampled_from(list(ConsentMethod)))
    withdrawn = draw(st.one_of(st.none(), st.integers(-30, 400).map(lambda d: TODAY - timedelta(days=d))))
    return Consent(
        id=str(draw(st.integers(0, 10**9))),
        client_id="c",
        kind=draw(st.sampled_from(list(ConsentKind))),
        agency_id=draw(st.sampled_from((*AGENCIES, None))),
        agreed=draw(st.booleans()),
        items=frozenset(draw(st.sets(st.sampled_from(list(DataItem)), max_size=6))),
        purpose="",
        retention="",
        given_on=given_on,
        method=method,
        taken_by="u",
        form_version="",
        by_guardian=draw(st.booleans()),
        guardian_name=None,
        guardian_relation=None,
        legal_basis=draw(st.sampled_from((None, "개인정보 보호법 제15조제1항제5호"))),
        legal_basis_reason=None,
        withdrawn_on=withdrawn,
        withdrawal_note=None,
        attachment_id=None,
    )


facts_strategy = st.builds(
    ClientFacts,
    birth_date=st.one_of(st.none(), st.integers(3 * 365, 60 * 365).map(lambda d: TODAY - timedelta(days=d))),
    guardian_is_suspect=st.booleans(),
)
wanted = st.sets(st.sampled_from(list(DataItem)), min_size=1, max_size=6).map(frozenset)


@settings(max_examples=400)
@given(st.lists(consents(), max_size=8), facts_strategy, wanted)
def test_a_referral_is_allowed_exactly_when_its_items_are_in_the_offered_checklist(
    records: list[Consent], facts: ClientFacts, items: frozenset[DataItem]
) -> None:
    blockers = referral_blockers(records, facts, "smile", "스마일센터", items, TODAY)
    assert (blockers == []) == (items <= allowed_items(records, facts, "smile", TODAY))


@settings(max_examples=400)
@given(st.lists(consents(), max_size=8), facts_strategy, wanted)
def test_every_item_sent_is_covered_by_a_valid_consent_for_that_agency(
    records: list[Consent], facts: ClientFacts, items: frozenset[DataItem]
) -> None:
    if referral_blockers(records, facts, "smile", "스마일센터", items, TODAY):
        return
    valid = [c for c in records if counts(c, facts, TODAY)]
    covered = frozenset().union(
        *(c.items for c in valid if c.kind is ConsentKind.THIRD_PARTY and c.agency_id == "smile")
    )
    assert items <= covered
    assert any(c.kind is ConsentKind.COLLECTION for c in valid)
    if items & SENSITIVE_ITEMS:
        assert any(c.kind is ConsentKind.SENSITIVE for c in valid)
    # nothing counts that was withdrawn, refused, or given by a suspected-offender guardian
    for c in valid:
        assert c.agreed and (c.withdrawn_on is None or c.withdrawn_on > TODAY)
        if facts.guardian_is_suspect and c.method is not ConsentMethod.LEGAL_BASIS:
            assert not c.by_guardian or facts.birth_date is None or (TODAY - facts.birth_date).days > 13 * 365


@given(st.lists(consents(), max_size=8), facts_strategy, wanted)
def test_withdrawing_every_consent_for_the_agency_blocks_the_referral(
    records: list[Consent], facts: ClientFacts, items: frozenset[DataItem]
) -> None:
    withdrawn = [
        replace(c, withdrawn_on=TODAY) if c.kind is ConsentKind.THIRD_PARTY and c.agency_id == "smile" else c
        for c in records
    ]
    assert referral_blockers(withdrawn, facts, "smile", "스마일센터", items, TODAY) != []


def _consent(kind: ConsentKind, **changes: object) -> Consent:
    base = Consent(
        "1",
        "c",
        kind,
        "smile" if kind is ConsentKind.THIRD_PARTY else None,
        True,
        frozenset({DataItem.NAME, DataItem.PHONE}),
        "",
        "",
        TODAY - timedelta(days=10),
        ConsentMethod.SIGNED_PAPER,
        "u",
        "",
        False,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_the_message_names_the_missing_consent() -> None:
    adult = ClientFacts(date(1990, 1, 1), False)
    records = [_consent(ConsentKind.COLLECTION), _consent(ConsentKind.THIRD_PARTY)]
    assert referral_blockers(records, adult, "smile", "스마일센터", frozenset({DataItem.NAME}), TODAY) == []
    partial = referral_blockers(
        records, adult, "smile", "스마일센터", frozenset({DataItem.NAME, DataItem.ADDRESS}), TODAY
    )
    assert [b.params["items"] for b in partial] == ["address"]
    other = referral_blockers(records, adult, "klac", "대한법률구조공단", frozenset({DataItem.NAME}), TODAY)
    assert other[0].params["agency"] == "대한법률구조공단"
    sensitive = referral_blockers(records, adult, "smile", "스마일센터", frozenset({DataItem.HEALTH}), TODAY)
    assert {b.kind for b in sensitive} == {ConsentKind.THIRD_PARTY, ConsentKind.SENSITIVE}


def test_under_14_needs_the_guardian_and_a_suspect_guardian_needs_a_legal_basis() -> None:
    child = ClientFacts(TODAY - timedelta(days=10 * 365), False)
    own = [_consent(ConsentKind.COLLECTION), _consent(ConsentKind.THIRD_PARTY)]
    blockers = referral_blockers(own, child, "smile", "스마일센터", frozenset({DataItem.NAME}), TODAY)
    assert blockers and "guardian" in blockers[0].message
    by_guardian = [replace(c, by_guardian=True) for c in own]
    assert referral_blockers(by_guardian, child, "smile", "스마일센터", frozenset({DataItem.NAME}), TODAY) == []
    suspect = ClientFacts(child.birth_date, True)
    assert (
        "suspected offender"
        in referral_blockers(by_guardian, suspect, "smile", "x", frozenset({DataItem.NAME}), TODAY)[0].message
    )
    legal = [replace(c, method=ConsentMethod.LEGAL_BASIS, legal_basis="개인정보 보호법 제15조제1항제5호") for c in own]
    assert referral_blockers(legal, suspect, "smile", "x", frozenset({DataItem.NAME}), TODAY) == []
