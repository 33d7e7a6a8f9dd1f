"""One person, one client: likely matches at intake (by role), a new case for a returning client, duplicates,
merging two clients (every child table of storage/tables.py), statistics and imports after a merge."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from onestop_desktop.domain.casework import IntakeForm
from onestop_desktop.domain.client_matching import MatchReason
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.roles import Role
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault
from onestop_desktop.storage import repos, tables
from onestop_desktop.storage.repos.client_merges import tables_with_client_id
from onestop_desktop.storage.sync_store import rows_of_case

TODAY = date(2026, 12, 7)


def _case(session: Session, name: str, birth: str = "1990-03-15", phone: str = "", intake: str = "2026-11-02") -> str:
    form = IntakeForm(name=name, birth_date=birth, phone=phone, crime_types={_crime()}, intake_date=intake)
    return session.intake.create(form, today=TODAY)


def _crime():  # type: ignore[no-untyped-def]
    from onestop_desktop.domain.taxonomy import CrimeType

    return CrimeType.STALKING


def _number(session: Session, case_id: str) -> str:
    return session.cases.open(case_id).case.case_number


def _client(session: Session, case_id: str) -> str:
    with session.store.read() as conn:
        client = repos.client_merges.client_of_case(conn, case_id)
    assert client is not None
    return client


def _stat(session: Session, name: str) -> int:
    return dict(session.stats.counts(TODAY))[name]


def test_intake_shows_likely_matches_with_alias_age_cases_and_status(admin_session: Session) -> None:
    first = _case(admin_session, "홍길동", phone="010-1234-5678")
    _case(admin_session, "김다른", birth="1970-01-01")
    found = admin_session.clients.likely_matches("홍 길동", "1990-03-15", today=TODAY)
    assert [(m.reason, m.visible, m.age) for m in found] == [(MatchReason.SAME_NAME_BIRTH, True, 36)]
    assert [c.case_number for c in found[0].cases] == [_number(admin_session, first)]
    assert found[0].cases[0].status == "intake" and found[0].last_contact
    by_phone = admin_session.clients.likely_matches("전혀다른이름", phone="+82 10-1234-5678", today=TODAY)
    assert [m.reason for m in by_phone] == [MatchReason.SAME_PHONE]
    assert admin_session.clients.likely_matches("없는사람", "2000-01-01", today=TODAY) == []


def test_an_outreach_worker_sees_details_only_of_their_own_cases(admin_session: Session, vault: Vault) -> None:
    mine, other = _case(admin_session, "가나다"), _case(admin_session, "라마바", phone="01055556666")
    admin_session.users.add("field1", "현장 1", Role.OUTREACH, "Temp-Pass-1234")
    field1 = next(u for u in admin_session.cases.colleagues() if u.username == "field1")
    admin_session.cases.set_team(mine, {field1.id})
    worker = vault.login("field1", "Temp-Pass-1234")
    try:
        visible = worker.clients.likely_matches("가나다", "1990-03-15", today=TODAY)
        assert [(m.visible, m.client_id) for m in visible] == [(True, _client(admin_session, mine))]
        hidden = worker.clients.likely_matches("아무개", phone="010-5555-6666", today=TODAY)
        assert [(m.visible, m.client_id, m.cases, m.shown_name) for m in hidden] == [(False, "", (), "")]
        assert _number(admin_session, other) not in repr(hidden)
        with pytest.raises(OneStopError) as denied:
            worker.clients.duplicates()
        assert denied.value.code is ErrorCode.PERMISSION_DENIED
    finally:
        worker.logout()


def test_a_returning_client_gets_a_new_case_and_keeps_valid_consents(admin_session: Session) -> None:
    from onestop_desktop.domain.casework import ConsentForm
    from onestop_desktop.domain.consent import ConsentKind

    first = _case(admin_session, "홍길동", phone="01012345678")
    admin_session.consents.record(
        first, ConsentForm(kind=ConsentKind.COLLECTION, agreed=True, given_on="2026-11-02", purpose="상담"), TODAY
    )
    client = _client(admin_session, first)
    form = IntakeForm(name="홍길동", phone="010-9999-0000", crime_types={_crime()}, intake_date="2026-12-01")
    second = admin_session.intake.create_for_client(client, form, today=TODAY)
    assert _client(admin_session, second) == client
    assert [c.kind for c in admin_session.consents.for_case(second)] == [ConsentKind.COLLECTION]
    phones = {p.digits for p in admin_session.cases.open(second).client.phones}
    assert phones == {"01012345678", "01099990000"}
    assert _stat(admin_session, "clients") == 1 and _stat(admin_session, "cases") == 2


def test_duplicates_are_listed_once_and_merging_twice_is_refused(admin_session: Session) -> None:
    a = _case(admin_session, "홍길동", phone="01012345678")
    b = _case(admin_session, "홍길동", birth="1990-03-16")  # the same name, a birth date one day off
    c = _case(admin_session, "다른이", birth="1980-01-01", phone="010-1234-5678")  # the same phone as a
    _case(admin_session, "무관한", birth="1970-01-01")
    pairs = admin_session.clients.duplicates()
    listed = {(p.first_case, p.second_case, p.reason) for p in pairs}
    na, nb, nc = (_number(admin_session, x) for x in (a, b, c))
    assert listed == {(na, nb, MatchReason.SAME_NAME_SIMILAR_BIRTH), (na, nc, MatchReason.SAME_PHONE)}
    assert _stat(admin_session, "clients") == 4
    admin_session.clients.merge(na, nb, today=TODAY)
    assert _stat(admin_session, "clients") == 3 and _stat(admin_session, "cases") == 4
    assert {(p.first_case, p.second_case) for p in admin_session.clients.duplicates()} == {(na, nc)}
    with pytest.raises(OneStopError) as same:
        admin_session.clients.merge(na, nb, today=TODAY)
    assert same.value.code is ErrorCode.ALREADY_SAME_CLIENT


def test_a_merge_takes_chosen_fields_and_is_explained_on_both_clients(admin_session: Session) -> None:
    a = _case(admin_session, "홍길동", phone="01012345678")
    b = _case(admin_session, "홍길동", phone="01012345678")
    keep, other = _client(admin_session, a), _client(admin_session, b)
    with admin_session.store.write(admin_session.actor) as tx:
        repos.clients.update(tx, other, {"alias": "하늘", "address_road": "서울 동작구 여의대방로 1"})
    na, nb = _number(admin_session, a), _number(admin_session, b)
    preview = admin_session.clients.preview(na, nb)
    assert {f for f, _, _ in preview.differing} == {"alias", "address_road"}
    admin_session.clients.merge(na, nb, frozenset({"alias"}), today=TODAY)
    client = admin_session.cases.open(b).client
    assert client.id == keep and client.alias == "하늘" and client.address_road is None
    assert [p.digits for p in client.phones] == ["01012345678"]  # the shared number kept once
    [record] = admin_session.clients.merge_history(nb)
    assert (record.kept_client_id, record.merged_client_id, record.merged_on) == (keep, other, "2026-12-07")
    assert record.taken_fields == ("alias",)
    with admin_session.store.read() as conn:
        audited = set(conn.execute("SELECT subject_id, detail FROM audit_log WHERE subject_type = 'client'"))
    assert {s for s, _ in audited} == {keep, other}
    assert any(s == keep and d.startswith(f"merged from client {other}") for s, d in audited)
    assert any(s == other and d.startswith(f"merged into client {keep}") for s, d in audited)


def test_a_counselor_may_not_merge(admin_session: Session, vault: Vault) -> None:
    a, b = _case(admin_session, "홍길동"), _case(admin_session, "홍길동")
    admin_session.users.add("kim", "김상담", Role.COUNSELOR, "Temp-Pass-1234")
    kim = vault.login("kim", "Temp-Pass-1234")
    try:
        with pytest.raises(OneStopError) as denied:
            kim.clients.merge(_number(admin_session, a), _number(admin_session, b))
        assert denied.value.code is ErrorCode.PERMISSION_DENIED
    finally:
        kim.logout()


def test_a_merge_moves_the_rows_of_every_child_table(admin_session: Session) -> None:
    """Every client and case table of storage/tables.py: after merging every demo client into one, no live row
    points at a merged-away client and every row of every case is reachable from the kept client."""
    admin_session.demo.seed(24, 1, today=TODAY)
    with admin_session.store.read() as conn:
        cases = [str(r[0]) for r in conn.execute("SELECT id FROM cases WHERE deleted_at IS NULL ORDER BY id")]
        before = {
            t.name: conn.execute(f'SELECT count(*) FROM "{t.name}" WHERE deleted_at IS NULL').fetchone()[0]
            for t in tables.REPLICATED
        }
        client_tables = tables_with_client_id(conn)
    declared = {t.name for t in tables.REPLICATED if t.owner in (tables.Owner.CLIENT, tables.Owner.CASE)}
    reach_by_case = set(tables.CASE_ID_TABLES) | {link.table for link in tables.CASE_LINKS}
    # every client or case table moves by its client_id, by its case, or is the merge record itself
    assert declared <= set(client_tables) | reach_by_case | {"clients", "client_merges"}
    assert {"client_phones", "consents", "cases", "referrals", "program_enrolments"} <= {
        t for t, n in before.items() if n
    }
    keep_number = _number(admin_session, cases[0])
    keep = _client(admin_session, cases[0])
    for case_id in cases[1:]:
        if _client(admin_session, case_id) != keep:
            admin_session.clients.merge(keep_number, _number(admin_session, case_id), today=TODAY)
    with admin_session.store.read() as conn:
        for table in client_tables:
            stray = conn.execute(
                f'SELECT count(*) FROM "{table}" WHERE client_id != ? AND deleted_at IS NULL', (keep,)
            ).fetchone()[0]
            assert stray == 0, table
        for case_id in cases:
            for row in rows_of_case(conn, case_id):
                if row.table in tables.CLIENT_TABLES and row.table != "clients":
                    owner = conn.execute(f'SELECT client_id FROM "{row.table}" WHERE id = ?', (row.row_id,))
                    assert owner.fetchone()[0] == keep
        after = {
            t.name: conn.execute(f'SELECT count(*) FROM "{t.name}" WHERE deleted_at IS NULL').fetchone()[0]
            for t in tables.REPLICATED
        }
    assert _stat(admin_session, "clients") == 1
    for name, count in before.items():
        if name == "client_merges":
            assert after[name] > 0
        elif name == "client_phones":
            assert after[name] <= count  # a number both clients had is kept once
        elif name == "clients":
            assert after[name] == count  # merged-away clients stay, pointing at the kept one
        else:
            assert after[name] == count, name


def test_statistics_count_people_after_a_merge(admin_session: Session) -> None:
    a, b = _case(admin_session, "홍길동"), _case(admin_session, "홍길동", intake="2026-11-20")
    assert (_stat(admin_session, "clients"), _stat(admin_session, "cases")) == (2, 2)
    admin_session.clients.merge(_number(admin_session, a), _number(admin_session, b), today=TODAY)
    assert (_stat(admin_session, "clients"), _stat(admin_session, "cases")) == (1, 2)


def test_an_import_attaches_a_returning_person_and_adds_nobody_when_run_again(
    admin_session: Session, tmp_path: Path
) -> None:
    header = "성명,성별,생년월일,연락처,접수일,피해유형\n"
    first = tmp_path / "first.csv"
    first.write_text(header + "홍길동,여,1990-03-15,010-1111-2222,2026-01-05,스토킹\n", encoding="utf-8")
    back = tmp_path / "back.csv"  # the same person months later, with a new phone
    back.write_text(header + "홍길동,여,1990-03-15,010-7777-0101,2026-06-01,스토킹\n", encoding="utf-8")
    same = tmp_path / "same.csv"  # the first intake again, typed with a new phone: the same intake
    same.write_text(header + "홍길동,여,1990-03-15,010-3333-4444,2026-01-05,스토킹\n", encoding="utf-8")
    assert admin_session.importer.run(first, today=TODAY).created == 1
    assert admin_session.importer.run(back, today=TODAY).created == 1
    assert (_stat(admin_session, "clients"), _stat(admin_session, "cases")) == (1, 2)
    for again in (first, back, same):
        result = admin_session.importer.run(again, today=TODAY)
        assert (result.created, result.skipped) == (0, 1)
    assert (_stat(admin_session, "clients"), _stat(admin_session, "cases")) == (1, 2)
    assert admin_session.clients.duplicates() == []


def test_a_period_report_before_and_after_a_merge_differs_only_by_the_merge(admin_session: Session) -> None:
    from onestop_desktop.domain.dashboard import FigureKey
    from onestop_desktop.domain.periods import parse_period

    year = parse_period("2026")
    pairs = []
    for i, name in enumerate(["가나", "다라", "마바", "사아", "자차", "카타"]):
        first = _case(admin_session, name, intake=f"2026-0{i + 1}-03")
        pairs.append((first, _case(admin_session, name, intake=f"2026-0{i + 1}-20")))

    def tables() -> dict[str, object]:
        report = admin_session.reports.build(year, "실적 보고")
        return {t.key: t.rows for t in report.tables}

    def people_by_month() -> list[tuple[float | None, ...]]:
        figure = admin_session.dashboard.compute(year, TODAY).figure(FigureKey.NEW_PEOPLE)
        assert figure is not None and figure.columns == ("cases", "people")
        return [row for row in figure.values if row[0]]

    before, figure_before = tables(), people_by_month()
    assert figure_before == [(2.0, 2.0)] * 6
    for first, second in pairs:
        admin_session.clients.merge(_number(admin_session, first), _number(admin_session, second), today=TODAY)
    after = tables()
    assert before["new_people"][0] == ("기간 전체", (12,))
    assert after["new_people"][0] == ("기간 전체", (6,))
    assert {k: v for k, v in before.items() if k != "new_people"} == {
        k: v for k, v in after.items() if k != "new_people"
    }
    assert people_by_month() == [(2.0, 1.0)] * 6
