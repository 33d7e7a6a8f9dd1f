"""The rule a receiving device applies to every change (domain/change_authority.py), for any facts."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from onestop_desktop.domain.change_authority import (
    PROTECTED_TABLES,
    SYSTEM_AUTHOR,
    ChangeFacts,
    Refusal,
    Signature,
    refusal,
    value_at,
    was_admin,
)

SHARED = {"devices", "users", "settings", "account_keys", "agencies", "programs", "survey_versions", "audit_reviews"}
TABLES = sorted(SHARED | {"cases", "case_sessions", "clients", "followups"})
USERS = ["u1", "u2", "u3", SYSTEM_AUTHOR]
DEVICES = ["d1", "d2", "d3"]

facts = st.builds(
    ChangeFacts,
    table=st.sampled_from(TABLES),
    row_id=st.sampled_from(USERS + DEVICES + ["r1"]),
    op=st.sampled_from(["insert", "update", "delete"]),
    values=st.dictionaries(
        st.sampled_from(["role", "must_change_passphrase", "updated_at", "updated_by", "name", "public_key"]),
        st.one_of(st.integers(0, 1), st.text(max_size=3), st.none()),
        max_size=3,
    ),
    author=st.sampled_from(USERS),
    origin_device=st.sampled_from(DEVICES),
    origin_scope=st.sampled_from(["all", "field"]),
    origin_users=st.frozensets(st.sampled_from(USERS), max_size=3),
    sender=st.sampled_from(DEVICES),
    sender_scope=st.sampled_from(["all", "field"]),
    sender_aliases=st.frozensets(st.sampled_from(DEVICES), max_size=1),
    shared=st.booleans(),
    in_scope=st.booleans(),
    signature=st.sampled_from(list(Signature)),
    self_signed=st.booleans(),
    author_was_admin=st.booleans(),
    author_has_key=st.booleans(),
    new_identity=st.booleans(),
)


@given(facts)
def test_an_access_change_needs_a_valid_signature_by_an_administrator_or_a_stated_exception(f: ChangeFacts) -> None:
    if f.table not in PROTECTED_TABLES or refusal(f) is not None:
        return
    self_service = f.table == "users" and f.row_id == f.author and f.op == "update"
    first_key = f.table == "account_keys" and f.op == "insert" and f.row_id == f.author and not f.author_has_key
    renewal = f.table == "devices" and f.author == SYSTEM_AUTHOR and f.row_id == f.origin_device and f.new_identity
    admin = f.signature is Signature.VALID and f.author_was_admin
    assert admin or self_service or (first_key and f.self_signed) or renewal
    if self_service and not admin:
        assert set(f.values) <= {"must_change_passphrase", "updated_at", "updated_by", "created_at", "origin_device"}
        assert f.values.get("must_change_passphrase", 0) in (0, False)


@given(facts)
def test_a_field_kit_writes_only_its_cases_rows(f: ChangeFacts) -> None:
    kit = replace(f, origin_scope="field", new_identity=False, shared=f.table in SHARED)
    verdict = refusal(kit)
    if verdict is None and kit.table in SHARED:
        # the one write to accounts a kit makes: a user clearing their own must-change flag
        assert kit.table == "users" and kit.row_id == kit.author and kit.op == "update"
        assert "role" not in kit.values
    if verdict is None and kit.table not in SHARED:
        assert kit.in_scope


@given(facts)
def test_a_field_kit_never_relays_and_the_author_must_be_enrolled_where_the_change_was_made(f: ChangeFacts) -> None:
    verdict = refusal(f)
    if f.sender_scope == "field" and f.origin_device != f.sender and f.origin_device not in f.sender_aliases:
        assert verdict is Refusal.RELAYED_BY_FIELD_KIT
    elif verdict is None and f.origin_users and f.author not in f.origin_users:
        assert f.author == SYSTEM_AUTHOR and f.table == "devices" and f.op == "insert" and f.new_identity


@given(facts)
def test_a_change_an_administrator_signed_is_refused_only_for_where_it_came_from(f: ChangeFacts) -> None:
    signed = replace(f, signature=Signature.VALID, author_was_admin=True)
    verdict = refusal(signed)
    assert verdict in (
        None,
        Refusal.RELAYED_BY_FIELD_KIT,
        Refusal.NOT_ENROLLED,
        Refusal.FIELD_KIT_TABLE,
        Refusal.OUT_OF_SCOPE,
        Refusal.BAD_SIGNATURE,
    )
    if verdict is Refusal.BAD_SIGNATURE:  # an account's first key must be signed by itself
        assert signed.table == "account_keys" and not signed.self_signed


def test_the_attack_from_the_issue_is_refused_on_both_counts() -> None:
    """outr1 on a field kit makes itself an administrator: refused as a kit's write, and unsigned anyway."""
    attack = ChangeFacts(
        table="users",
        row_id="outr1",
        op="update",
        values={"role": "admin", "updated_at": "x", "updated_by": "outr1"},
        author="outr1",
        origin_device="kit",
        origin_scope="field",
        origin_users=frozenset({"outr1"}),
        sender="kit",
        sender_scope="field",
    )
    assert refusal(attack) is Refusal.FIELD_KIT_TABLE
    from_workstation = replace(attack, origin_scope="all", sender_scope="all")
    assert refusal(from_workstation) is Refusal.UNSIGNED
    assert refusal(replace(from_workstation, signature=Signature.VALID)) is Refusal.NOT_ADMIN
    assert refusal(replace(from_workstation, signature=Signature.VALID, author_was_admin=True)) is None


history_entries = st.lists(
    st.tuples(
        st.integers(0, 50).map(lambda n: f"{n:04d}-0000-d1"),
        st.fixed_dictionaries(
            {}, optional={"role": st.sampled_from(["admin", "counselor"]), "active": st.sampled_from([0, 1])}
        ),
    ),
    max_size=12,
    unique_by=lambda e: e[0],
)


@given(history_entries, st.integers(0, 51).map(lambda n: f"{n:04d}-0000-d1"), st.randoms())
def test_the_role_at_a_moment_is_the_latest_set_before_it_in_any_order(
    history: list[tuple[str, dict[str, object]]], at: str, rng: object
) -> None:
    shuffled = list(history)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    before = sorted((h for h in history if h[0] < at and "role" in h[1]), key=lambda h: h[0])
    expected = before[-1][1]["role"] if before else None
    assert value_at(shuffled, "role", at, inclusive=False) == expected
    active = [h for h in sorted(history) if h[0] < at and "active" in h[1]]
    assert was_admin(shuffled, at) == (expected == "admin" and bool(active) and active[-1][1]["active"] == 1)
