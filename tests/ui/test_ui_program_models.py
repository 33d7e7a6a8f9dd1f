"""The programs' and surveys' item models pass Qt's model tester, with paging and edits."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.feedback import Question, QuestionKind
from onestop_desktop.domain.programs import (
    AttendanceStatus,
    Enrolment,
    EnrolmentStatus,
    FacilitatorKind,
    Program,
    ProgramKind,
    ProgramMeeting,
    ProgramQuery,
    ProgramStatus,
)
from onestop_desktop.ui.models.attendance_model import STATUS_ROLE, AttendanceModel
from onestop_desktop.ui.models.enrolment_table_model import EnrolmentTableModel
from onestop_desktop.ui.models.program_meeting_model import ProgramMeetingModel
from onestop_desktop.ui.models.program_table_model import ProgramTableModel
from onestop_desktop.ui.models.survey_question_model import SurveyQuestionModel

TODAY = date(2026, 11, 26)


def _program(n: int) -> Program:
    return Program(
        f"p{n}",
        f"프로그램 {n}",
        ProgramKind.SELF_HELP,
        "",
        FacilitatorKind.IN_HOUSE,
        None,
        None,
        "김상담",
        "센터 교육실",
        n % 2 == 0,
        10 if n % 3 else None,
        TODAY - timedelta(days=n),
        None,
        ProgramStatus.RUNNING if n % 4 else ProgramStatus.FINISHED,
        3,
        n % 7,
        "t",
    )


def _enrolment(n: int, status: EnrolmentStatus = EnrolmentStatus.ENROLLED) -> Enrolment:
    return Enrolment(
        f"e{n}",
        "p1",
        "자조모임",
        ProgramKind.SELF_HELP,
        ProgramStatus.RUNNING,
        f"c{n}",
        f"D1-2026-{n:05d}",
        f"내담자{n}",
        TODAY - timedelta(days=20),
        status,
        None,
        2,
        1,
        False,
        "t",
    )


def _meeting(n: int, days: int) -> ProgramMeeting:
    return ProgramMeeting(f"s{n}", "p1", TODAY + timedelta(days=days), "14:00", f"{n}회기", 0)


@pytest.mark.parametrize("force_py", [True, False])  # pytest-qt's tester, then Qt's QAbstractItemModelTester
def test_the_program_list_pages_and_passes_the_tester(qtmodeltester: ModelTester, force_py: bool) -> None:
    everything = [_program(n) for n in range(250)]
    asked: list[tuple[ProgramQuery, int, int]] = []

    def fetch(query: ProgramQuery, offset: int, limit: int) -> list[Program]:
        asked.append((query, offset, limit))
        return [p for p in everything if query.text in p.name][offset : offset + limit]

    model = ProgramTableModel(fetch)
    qtmodeltester.check(model, force_py=force_py)
    model.set_query(ProgramQuery())
    assert model.rowCount() == 100 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 250 and not model.canFetchMore()
    assert [a[1] for a in asked] == [0, 100, 200]
    assert model.index(1, 5).data() == "1 of 10" and model.index(3, 5).data() == "3"
    assert model.index(0, 7).data() == "Online" and model.index(1, 7).data() == "센터 교육실"
    model.set_query(ProgramQuery(text="프로그램 12"))
    assert model.rowCount() == 11  # 12, 120 … 129


def test_a_failing_fetch_is_reported_not_raised(qtbot: object) -> None:
    def fetch(query: ProgramQuery, offset: int, limit: int) -> list[Program]:
        raise OneStopError(ErrorCode.LOCKED)

    model = ProgramTableModel(fetch)
    failures: list[object] = []
    model.fetch_failed.connect(failures.append)
    model.set_query(ProgramQuery())
    assert model.rowCount() == 0 and len(failures) == 1 and not model.canFetchMore()


@pytest.mark.parametrize("force_py", [True, False])  # pytest-qt's tester, then Qt's QAbstractItemModelTester
def test_enrolment_and_session_models(qtmodeltester: ModelTester, force_py: bool) -> None:
    history = EnrolmentTableModel([_enrolment(1), _enrolment(2, EnrolmentStatus.DROPPED)])
    qtmodeltester.check(history, force_py=force_py)
    assert history.index(0, 0).data() == "자조모임" and history.index(0, 4).data() == "1 of 2"
    roster = EnrolmentTableModel([_enrolment(1)], roster=True)
    qtmodeltester.check(roster, force_py=force_py)
    assert roster.index(0, 0).data() == "내담자1" and roster.index(0, 1).data() == "D1-2026-00001"
    meetings = ProgramMeetingModel([_meeting(1, -7), _meeting(2, 7)])
    qtmodeltester.check(meetings, force_py=force_py)
    assert [meetings.index(r, 0).data() for r in range(2)] == ["1", "2"]


@pytest.mark.parametrize("force_py", [True, False])  # pytest-qt's tester, then Qt's QAbstractItemModelTester
def test_the_attendance_grid_records_through_its_callback(qtmodeltester: ModelTester, force_py: bool) -> None:
    written: list[tuple[str, str, AttendanceStatus | None]] = []

    def record(enrolment: str, meeting: str, status: AttendanceStatus | None) -> None:
        if meeting == "s9":
            raise OneStopError(ErrorCode.NOT_FOUND)
        written.append((enrolment, meeting, status))

    model = AttendanceModel(record, today=TODAY)
    qtmodeltester.check(model, force_py=force_py)
    model.set_grid(
        [_enrolment(1), _enrolment(2, EnrolmentStatus.DROPPED)],
        [_meeting(1, -7), _meeting(2, 7), _meeting(9, 0)],
        {("e1", "s1"): AttendanceStatus.ABSENT},
    )
    qtmodeltester.check(model, force_py=force_py)
    failures: list[object] = []
    model.failed.connect(failures.append)
    assert model.index(0, 0).data() == "Absent"
    assert model.setData(model.index(0, 0), "present", STATUS_ROLE)
    assert not model.setData(model.index(0, 1), "present", STATUS_ROLE)  # not held yet
    assert not model.setData(model.index(1, 0), "present", STATUS_ROLE)  # dropped out
    assert not model.setData(model.index(0, 2), "present", STATUS_ROLE) and len(failures) == 1
    assert model.setData(model.index(0, 0), "", STATUS_ROLE)
    assert written == [("e1", "s1", AttendanceStatus.PRESENT), ("e1", "s1", None)]
    assert model.index(0, 0).data() == ""
    assert model.headerData(0, Qt.Orientation.Vertical) == "내담자1"
    assert (
        model.headerData(0, Qt.Orientation.Horizontal) == f"{(TODAY - timedelta(days=7)).month}/"
        f"{(TODAY - timedelta(days=7)).day}"
    )
    read_only = AttendanceModel(None, today=TODAY)
    read_only.set_grid([_enrolment(1)], [_meeting(1, -7)], {})
    assert not read_only.setData(read_only.index(0, 0), "present", STATUS_ROLE)


@pytest.mark.parametrize("force_py", [True, False])  # pytest-qt's tester, then Qt's QAbstractItemModelTester
def test_the_question_model_edits_moves_and_removes(qtmodeltester: ModelTester, force_py: bool) -> None:
    model = SurveyQuestionModel(
        [
            Question("helpful", QuestionKind.SCALE5, "도움", "Help"),
            Question("comment", QuestionKind.TEXT, "의견", "Comment"),
        ]
    )
    qtmodeltester.check(model, force_py=force_py)
    assert not model.setData(model.index(0, 1), "text")  # the kind is fixed
    assert model.setData(model.index(0, 2), "도움이 되었습니까?")
    model.add(Question("q1", QuestionKind.SCALE5, "", ""))
    assert model.move(2, -1) == 1 and [q.code for q in model.questions()] == ["helpful", "q1", "comment"]
    assert model.move(0, -1) == 0
    assert model.move(1, 1) == 2 and model.questions()[2].code == "q1"
    model.remove(0)
    assert [q.code for q in model.questions()] == ["comment", "q1"]
