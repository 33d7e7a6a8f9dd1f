"""The case screens' item models: consistent for Qt's model tester, lazy, and showing what the DTOs hold."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from onestop_desktop.domain.case_status import CaseStatus
from onestop_desktop.domain.casework import (
    CaseQuery,
    CaseRow,
    CaseSort,
    CounselingSession,
    Followup,
    HistoryEntry,
    NoteHit,
    ServiceRecord,
)
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.taxonomy import CounselingMode, CrimeType, RiskLevel, ServiceDomain, ServiceStatus
from onestop_desktop.services.session import Session
from onestop_desktop.ui.models.case_list_model import CASE_ID_ROLE, SORTS, CaseListModel, Column
from onestop_desktop.ui.models.counseling_session_table_model import CounselingSessionTableModel
from onestop_desktop.ui.models.followup_table_model import FollowupTableModel
from onestop_desktop.ui.models.history_table_model import HistoryTableModel
from onestop_desktop.ui.models.note_hit_model import NoteHitModel
from onestop_desktop.ui.models.service_table_model import ServiceTableModel

TODAY = date.today()


def _row(n: int, **changes: object) -> CaseRow:
    row = CaseRow(
        f"id-{n}",
        f"D1-2026-{n:05d}",
        f"내담자{n}",
        CaseStatus.ACTIVE,
        frozenset({CrimeType.STALKING}),
        RiskLevel.MEDIUM,
        "김상담",
        date(2026, 3, 4),
        "2026-03-05T01:02:03.000Z",
        0,
        0,
    )
    return replace(row, **changes)  # type: ignore[arg-type]


class FakeCases:
    """`session.cases.page` over a list, recording every call."""

    def __init__(self, total: int) -> None:
        self.rows = [_row(n) for n in range(total)]
        self.calls: list[tuple[CaseQuery, int, int]] = []

    def page(self, query: CaseQuery, offset: int, limit: int) -> list[CaseRow]:
        self.calls.append((query, offset, limit))
        return self.rows[offset : offset + limit]


@pytest.mark.parametrize("force_py", [True, False])  # pytest-qt's tester, then Qt's QAbstractItemModelTester
@pytest.mark.parametrize("total", [0, 1, 99, 100, 250])
def test_case_list_model_passes_the_model_tester(qtmodeltester: ModelTester, total: int, force_py: bool) -> None:
    cases = FakeCases(total)
    model = CaseListModel(cases.page, page_size=100)
    model.set_query(CaseQuery())
    qtmodeltester.check(model, force_py=force_py)  # the tester also calls fetchMore
    model.set_query(CaseQuery(text="김"))  # a reset while the tester watches
    model.fetchMore(QModelIndex())
    assert model.rowCount() == min(total, 200)


def test_case_list_model_loads_one_page_until_asked_for_more() -> None:
    cases = FakeCases(250)
    model = CaseListModel(cases.page, page_size=100)
    assert model.rowCount() == 0 and not cases.calls  # nothing read before a query is set
    model.set_query(CaseQuery(statuses=frozenset({CaseStatus.ACTIVE})))
    assert model.rowCount() == 100
    assert [(offset, limit) for _, offset, limit in cases.calls] == [(0, 100)]
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 200 and cases.calls[-1][1:] == (100, 100)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 250 and not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # at the end: no more reads
    assert len(cases.calls) == 3 and model.pages_fetched == 3
    assert all(query.statuses == {CaseStatus.ACTIVE} for query, _, _ in cases.calls)
    model.set_query(CaseQuery())  # a new query starts from its first page again
    assert model.rowCount() == 100 and cases.calls[-1][1] == 0


def test_case_list_model_pages_through_the_service(qtmodeltester: ModelTester, admin_session: Session) -> None:
    admin_session.demo.seed(130, 0)
    model = CaseListModel(admin_session.cases.page)
    model.set_query(CaseQuery(sort=CaseSort.CASE_NUMBER, descending=False))
    assert model.rowCount() == 100 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 130 and not model.canFetchMore(QModelIndex())
    numbers = [model.index(r, Column.CASE_NUMBER).data() for r in range(130)]
    assert numbers == sorted(numbers) and len(set(numbers)) == 130


def test_case_list_model_shows_the_row() -> None:
    overdue = _row(
        1,
        client_display_name="해솔",
        crime_types=frozenset({CrimeType.SEXUAL, CrimeType.STALKING}),
        risk_level=RiskLevel.CRITICAL,
        open_followups=3,
        overdue_followups=1,
        status=CaseStatus.ON_HOLD,
    )
    plain = _row(2, risk_level=None)
    model = CaseListModel(lambda q, o, n: [overdue, plain][o : o + n])
    model.set_query(CaseQuery())
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert texts[:6] == ["D1-2026-00001", "해솔", "On hold", "Stalking, Sexual violence", "Critical risk", "김상담"]
    assert texts[6] == "2026. 3. 4." and texts[8] == "3 (1 late)"
    assert model.index(0, Column.FOLLOWUPS).data(Qt.ItemDataRole.ForegroundRole) is not None  # red
    assert model.index(1, Column.FOLLOWUPS).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, Column.RISK).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, Column.RISK).data() == "Not assessed"
    assert model.index(1, Column.FOLLOWUPS).data() == ""
    assert model.index(1, 3).data(CASE_ID_ROLE) == "id-2"
    assert model.row_of("id-2") == 1 and model.row_at(5) is None
    assert set(SORTS) == {Column.CASE_NUMBER, Column.NAME, Column.RISK, Column.INTAKE, Column.ACTIVITY}


def test_a_refused_page_stops_fetching_and_says_why() -> None:
    def locked(query: CaseQuery, offset: int, limit: int) -> list[CaseRow]:
        raise OneStopError(ErrorCode.LOCKED)

    model = CaseListModel(locked)
    errors: list[OneStopError] = []
    model.fetch_failed.connect(errors.append)
    model.set_query(CaseQuery())
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
    assert [e.code for e in errors] == [ErrorCode.LOCKED]


def _followup(n: int, due: date, done: date | None = None) -> Followup:
    return Followup(f"f{n}", f"c{n}", f"D1-2026-{n:05d}", f"내담자{n}", f"할 일 {n}", due, "u1", "김상담", done)


def test_followup_model_ticks_through_the_callback(qtmodeltester: ModelTester) -> None:
    ticked: list[tuple[str, bool]] = []
    records = [
        _followup(1, TODAY - timedelta(days=3)),
        _followup(2, TODAY + timedelta(days=2)),
        _followup(3, TODAY - timedelta(days=9), TODAY - timedelta(days=8)),
    ]
    model = FollowupTableModel(records, complete=lambda i, d: ticked.append((i, d)))
    qtmodeltester.check(model, force_py=True)
    done = model.done_column
    assert model.headers() == ("Due", "To do", "Assignee", "Done")
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # overdue: red
    assert "3 days" in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, done).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(model.index(0, done), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert ticked == [("f1", True)]
    assert model.index(0, done).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(0, done).data() == f"{TODAY.year}. {TODAY.month}. {TODAY.day}."
    assert not model.setData(model.index(0, 1), "x", Qt.ItemDataRole.EditRole)

    def refuse(followup_id: str, done_now: bool) -> None:
        raise OneStopError(ErrorCode.NOT_FOUND)

    mine = FollowupTableModel(records, with_case=True, complete=refuse)
    assert mine.headers() == ("Due", "Client", "To do", "Done")
    assert (
        mine.index(1, 1).data() == "내담자2" and mine.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) == "D1-2026-00002"
    )
    assert not mine.setData(mine.index(0, 3), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert (
        mine.last_error is not None and mine.index(0, 3).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    )
    read_only = FollowupTableModel(records)
    assert not read_only.index(0, 3).flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_session_service_note_and_history_models(qtmodeltester: ModelTester) -> None:
    sessions = CounselingSessionTableModel(
        [
            CounselingSession(
                "s1", "2026-11-20T14:30", CounselingMode.PHONE, "센터", 50, "u1", "김상담", "첫 줄\n둘째 줄", "", "t"
            )
        ]
    )
    services = ServiceTableModel(
        [
            ServiceRecord(
                "v1",
                ServiceDomain.ECON,
                "긴급 생계비",
                "agency",
                "구청",
                date(2026, 11, 2),
                1234000,
                ServiceStatus.DONE,
            )
        ]
    )
    hits = NoteHitModel([NoteHit("s1", "c1", "D1-2026-00001", "홍길동", "2026-11-20T14:30", "…경찰서 동행…")])
    history = HistoryTableModel(
        [HistoryEntry("2026-11-20T05:30:00Z", "minji", "clients", "x", "update", ("birth_date", "name", "updated_at"))],
        user_names={"minji": "김민지 (minji)"},
    )
    for model in (sessions, services, hits, history):
        qtmodeltester.check(model, force_py=True)
    assert [sessions.index(0, c).data() for c in range(5)] == ["2026. 11. 20. 14:30", "Phone", "김상담", "50", "첫 줄"]
    assert [services.index(0, c).data() for c in range(6)] == [
        "Financial aid",
        "긴급 생계비",
        "구청",
        "2026. 11. 2.",
        "1,234,000 won",
        "Provided",
    ]
    assert hits.index(0, 2).data() == "2026. 11. 20. 14:30" and hits.index(0, 0).data(Qt.ItemDataRole.UserRole) == "s1"
    assert history.index(0, 1).data() == "김민지 (minji)"
    assert history.index(0, 2).data() == "Client changed: date of birth, name"


def test_counts_are_capped_in_words() -> None:
    from onestop_desktop.ui.common.text import count_text, won

    assert count_text(0) == "Cases: 0" and count_text(1234) == "Cases: 1,234"
    assert count_text(10_000) == "Cases: 10,000" and count_text(10_001) == "Cases: more than 10,000"
    assert won(1234000) == "1,234,000 won" and won(None) == ""
