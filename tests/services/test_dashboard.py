"""The dashboard's figures: what they count, for whom, and who sees the whole center."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date

import pytest

from onestop_desktop.domain.dashboard import FigureKey
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.periods import parse_period
from onestop_desktop.domain.roles import Permission, Role
from onestop_desktop.domain.taxonomy import CrimeType, Gender
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault

from .report_data import PROGRAM_NAME, add_case, add_feedback, add_program

YEAR = parse_period("2026")
TEMP = "Temp-Pass-1234"


@pytest.fixture
def kim(admin_session: Session, vault: Vault) -> Session:
    """A counselor leading 3 cases of the 2026 intake; the administrator leads 5 others."""
    admin_session.users.add("kim", "김상담", Role.COUNSELOR, TEMP)
    kim_id = next(u.id for u in admin_session.users.list() if u.username == "kim")
    for month in ("02", "02", "07"):
        add_case(admin_session, f"2026-{month}-10", lead=kim_id, crimes=frozenset({CrimeType.DOMESTIC}))
    for _ in range(5):
        add_case(admin_session, "2026-03-05", gender=Gender.MALE, birth="1950-01-01", lead=admin_session.user.id)
    add_case(admin_session, "2025-12-31")  # last year: in no figure of 2026
    session = vault.login("kim", TEMP)
    yield session  # type: ignore[misc]
    session.logout()


def test_an_administrator_sees_the_center(admin_session: Session, kim: Session) -> None:
    dashboard = admin_session.dashboard.compute(YEAR, date(2026, 11, 26))
    assert dashboard.center_wide
    new = dashboard.figure(FigureKey.NEW_CASES)
    assert new is not None and len(new.rows) == 12 and new.total() == 8
    assert new.values[new.rows.index("2026-02")][new.columns.index("domestic")] == 2
    caseload = dashboard.figure(FigureKey.CASELOAD)
    assert caseload is not None and set(caseload.rows) == {"관리자", "김상담"}
    assert dashboard.figure(FigureKey.FEEDBACK) is not None
    coverage = dashboard.figure(FigureKey.COVERAGE)
    assert coverage is not None and "70+:M" not in coverage.flagged and "30-39:F" not in coverage.flagged
    assert "40-49:F" in coverage.flagged  # nobody of that group came in 2026


def test_a_counselor_sees_only_their_caseload_and_no_feedback(kim: Session) -> None:
    assert kim.can(Permission.DASHBOARD) and not kim.can(Permission.DASHBOARD_ALL)
    dashboard = kim.dashboard.compute(YEAR, date(2026, 11, 26))
    assert not dashboard.center_wide
    new = dashboard.figure(FigureKey.NEW_CASES)
    assert new is not None and new.total() == 3
    caseload = dashboard.figure(FigureKey.CASELOAD)
    assert caseload is not None and caseload.rows == ("김상담",) and caseload.values == ((3,),)
    assert dashboard.figure(FigureKey.FEEDBACK) is None


def test_feedback_averages_over_few_answers_stay_hidden(admin_session: Session) -> None:
    program = add_program(admin_session)
    add_feedback(admin_session, "2026-05", [5, 4, 4, 5, 2])
    add_feedback(admin_session, "2026-05", [1, 2], program_id=program)
    feedback = admin_session.dashboard.compute(YEAR).figure(FigureKey.FEEDBACK)
    assert feedback is not None and feedback.columns == ("case", PROGRAM_NAME)
    may = feedback.values[feedback.rows.index("2026-05")]
    assert may == (4.0, None)


def test_the_dashboard_needs_its_permission(admin_session: Session, vault: Vault,
                                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    admin_session.users.add("desk", "한마루", Role.STAFF, TEMP)
    desk = vault.login("desk", TEMP)
    try:
        assert desk.dashboard.compute(YEAR).center_wide  # staff see the whole center
        monkeypatch.setattr(type(desk), "can", lambda self, permission: permission is not Permission.DASHBOARD)
        with pytest.raises(OneStopError) as refused:
            desk.dashboard.compute(YEAR)
        assert refused.value.code is ErrorCode.PERMISSION_DENIED
    finally:
        monkeypatch.undo()
        desk.logout()


def test_figures_fetch_groups_not_rows(admin_session: Session) -> None:
    """With 400 cases and 1,600 sessions no query of the dashboard or the report returns more rows than it has
    groups (at most 12 months × 7 crime categories): every figure is grouped by SQLite, none counted in Python."""
    admin_session.demo.seed(400, 4, today=date(2026, 11, 26))
    fetched: list[int] = []
    store = admin_session.store
    real_read = store.read

    class Counting:
        def __init__(self, conn: object) -> None:
            self.conn = conn

        def execute(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
            rows = list(self.conn.execute(sql, params))  # type: ignore[attr-defined]
            if "FROM users" not in sql and "FROM settings" not in sql:
                fetched.append(len(rows))
            return rows

    @contextlib.contextmanager
    def counting_read() -> Iterator[Counting]:
        with real_read() as conn:
            yield Counting(conn)

    store.read = counting_read  # type: ignore[method-assign]
    try:
        admin_session.dashboard.compute(YEAR, date(2026, 11, 26))
        admin_session.reports.build(YEAR, "실적 보고")
    finally:
        store.read = real_read  # type: ignore[method-assign]
    assert len(fetched) >= 12 and max(fetched) <= 12 * 7 < 400, fetched
