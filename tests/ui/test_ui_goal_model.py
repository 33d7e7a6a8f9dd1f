"""The service plan's goal table: consistent for Qt's model tester and showing what each goal holds."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.modeltest import ModelTester

from onestop_desktop.domain.casework import Goal
from onestop_desktop.domain.taxonomy import GoalStatus, ServiceDomain
from onestop_desktop.ui.models.goal_table_model import GoalTableModel
from onestop_desktop.ui.models.record_table_model import ID_ROLE, MUTED

GOALS = [
    Goal("g1", ServiceDomain.PSYCH, "수면 회복", date(2026, 12, 31), GoalStatus.OPEN),
    Goal("g2", None, "안전한 거처 마련", None, GoalStatus.ACHIEVED),
    Goal("g3", ServiceDomain.LEGAL, "국선변호사 선임", date(2027, 1, 5), GoalStatus.DROPPED),
]


@pytest.mark.parametrize("force_py", [True, False])  # pytest-qt's tester, then Qt's QAbstractItemModelTester
def test_the_goal_model_passes_the_model_tester(qtmodeltester: ModelTester, force_py: bool) -> None:
    model = GoalTableModel()
    qtmodeltester.check(model, force_py=force_py)
    model.set_records(GOALS)  # a reset while the tester watches
    assert model.rowCount() == 3 and model.columnCount() == 4
    model.set_records(GOALS[:1])
    assert model.rowCount() == 1


def test_the_goal_model_shows_each_goal(qtmodeltester: ModelTester) -> None:
    model = GoalTableModel(GOALS)
    qtmodeltester.check(model, force_py=True)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Domain", "Goal", "Target date", "Status"]
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(3)]
    assert rows == [
        ["Psychological support", "수면 회복", "2026. 12. 31.", "Open"],
        ["", "안전한 거처 마련", "", "Achieved"],
        ["Legal support", "국선변호사 선임", "2027. 1. 5.", "Dropped"],
    ]
    assert [model.index(r, 1).data(ID_ROLE) for r in range(3)] == ["g1", "g2", "g3"]
    assert model.row_of("g3") == 2 and model.record_at(1) == GOALS[1]


def test_finished_goals_are_muted(qtmodeltester: ModelTester) -> None:
    model = GoalTableModel(GOALS)
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is None  # open: the normal colour
    for row in (1, 2):  # achieved, dropped
        brush = model.index(row, 3).data(Qt.ItemDataRole.ForegroundRole)
        assert isinstance(brush, QBrush) and brush.color() == MUTED
