"""Publishing report tables: cross tables, independent columns, averages, shared totals, Seoul coverage."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onestop_desktop.domain.documents import Production
from onestop_desktop.domain.population import SEOUL_SHARES, AgeBand, coverage
from onestop_desktop.domain.reporting import (
    HIDDEN,
    NOT_SHOWN,
    CountTable,
    Measure,
    PublishedTable,
    publish,
    publish_linked,
    small_counts,
)
from onestop_desktop.domain.taxonomy import Gender

from .test_disclosure_control import _cycle_through, _totals

PRODUCTION = Production("관리자", datetime(2026, 10, 2, 9, 30), "실적 보고")


def _cross(counts: tuple[tuple[int, ...], ...]) -> CountTable:
    rows = tuple(f"행{i}" for i in range(len(counts)))
    return CountTable("t", "표", "구분", rows, tuple(f"열{i}" for i in range(len(counts[0]))), counts)


def test_a_cross_table_gets_totals_and_hides_small_counts_with_a_complement() -> None:
    table = publish(_cross(((3, 10, 12), (8, 9, 11))), 5)
    assert table.columns == ("열0", "열1", "열2", "계")
    assert table.rows[0] == ("행0", ("<5", HIDDEN, 12, 25))
    assert table.rows[-1] == ("계", (11, 19, 23, 53))
    assert table.chart_values == (("행0", 25), ("행1", 28)) and table.suppressed == 4
    assert small_counts(table, 5) == []


def test_independent_columns_are_protected_one_by_one_without_a_row_total() -> None:
    counts = ((2, 30), (9, 40), (7, 0))
    table = publish(CountTable("p", "프로그램", "유형", ("가", "나", "다"), ("회기", "인원"), counts, cross=False), 5)
    assert table.columns == ("회기", "인원")
    assert [values for _, values in table.rows] == [("<5", 30), (9, 40), (HIDDEN, 0), (18, 70)]


def test_an_average_is_shown_only_over_enough_published_answers() -> None:
    counts = ((6,), (2,), (7,))
    measure = Measure("평균 점수", ((4.25, 6), (1.5, 2), (3.0, 7)))
    table = publish(CountTable("f", "만족도", "대상", ("가", "나", "다"), ("응답",), counts, cross=False), 5, [measure])
    # the 6 hides the 2 (the smaller complement), so only the 7 answers keep their average
    assert [values for _, values in table.rows] == [(HIDDEN, NOT_SHOWN), ("<5", NOT_SHOWN), (7, 3.0),
                                                    (15, NOT_SHOWN)]  # fmt: skip
    assert small_counts(table, 5) == []


def test_a_table_that_must_hide_a_shared_total_hides_it_and_protects_it() -> None:
    table = publish(CountTable("c", "유형별", "유형", ("가", "나"), ("사건",), ((12,), (6,)), cross=False), 5,
                    hide_grand_total=True)  # fmt: skip
    assert table.grand_total == HIDDEN and HIDDEN in (table.rows[0][1][0], table.rows[1][1][0])


def test_an_empty_table_is_one_row_of_zeros() -> None:
    table = publish(CountTable("e", "연계", "기관", (), ("완료",), ()), 5)
    assert table.rows == (("계", (0, 0)),)


def test_labels_and_counts_must_match() -> None:
    with pytest.raises(ValueError):
        publish(CountTable("x", "표", "구분", ("가",), ("열",), ((1,), (2,))), 5)


def test_groups_far_below_their_share_of_seoul_are_flagged() -> None:
    intake = {(band, Gender.FEMALE): 10 for band in SEOUL_SHARES} | {(AgeBand.THIRTIES, Gender.MALE): 9}
    cells = {(c.band, c.gender): c for c in coverage(intake)}
    assert abs(sum(c.population_share for c in cells.values()) - 100) < 1e-6
    assert not cells[(AgeBand.FORTIES, Gender.FEMALE)].behind  # 11 % of intake against ~7.7 % of residents
    assert cells[(AgeBand.FORTIES, Gender.MALE)].behind and cells[(AgeBand.FORTIES, Gender.MALE)].intake == 0
    assert not cells[(AgeBand.THIRTIES, Gender.MALE)].behind  # 9 of 89 ≈ 10 %, more than 7.8 %
    assert not any(c.behind for c in coverage({}))  # an empty period is not an imbalance


# -- linked tables: the same people counted by age × gender and by crime type --------------------------------

Grid = list[list[int]]


def _shown(table: PublishedTable) -> list[list[bool]]:
    return [[not isinstance(v, str) for v in values] for _, values in table.rows]


def _alternatives(counts: Grid, hidden: list[list[bool]], entry: tuple[int, int]) -> list[Grid]:
    """Other cross tables of non-negative counts, publishing the same entries, that differ at `entry`."""
    mask = tuple(tuple(row) for row in hidden)
    cycle = _cycle_through(entry, mask)
    if cycle is None:
        return []
    last_row, last_column = len(counts), len(counts[0])
    found = []
    for direction in (1, -1):
        grid = _totals(counts)
        for step, (r, c) in enumerate([entry, *cycle]):
            is_total = (r == last_row) != (c == last_column)
            grid[r][c] += direction * (-1) ** step * (-1 if is_total else 1)
        inner = [row[:-1] for row in grid[:-1]]
        if all(v >= 0 for row in inner for v in row) and _totals(inner) == grid:
            found.append(inner)
    return found


@settings(max_examples=250, deadline=None)
@given(st.lists(st.lists(st.integers(0, 9), min_size=3, max_size=3), min_size=1, max_size=5), st.data())
def test_linked_tables_give_back_nothing_either_hides(by_age: Grid, data: st.DataObject) -> None:
    """A reader holding both tables cannot recompute a hidden entry of either: for every one there is another
    pair of tables with the same total, publishing exactly the same, that differs there."""
    total = sum(map(sum, by_age))
    parts = data.draw(st.lists(st.integers(0, total), min_size=1, max_size=4))
    cuts = sorted({min(p, total) for p in parts})
    by_crime = [[b - a] for a, b in zip([0, *cuts], [*cuts, total], strict=True)]
    cross = CountTable("a", "연령", "연령", tuple(f"a{i}" for i in range(len(by_age))), ("F", "M", "X"),
                       tuple(tuple(r) for r in by_age))  # fmt: skip
    column = CountTable("c", "유형", "유형", tuple(f"c{i}" for i in range(len(by_crime))), ("n",),
                        tuple(tuple(r) for r in by_crime), cross=False)  # fmt: skip
    published_a, published_c = publish_linked((cross, column), 5)
    assert small_counts(published_a, 5) == small_counts(published_c, 5) == []
    shown_g = [not isinstance(t.grand_total, str) for t in (published_a, published_c)]
    assert shown_g[0] == shown_g[1]  # the shared total is published alike
    hidden_a = [[not s for s in row] for row in _shown(published_a)]
    corner = (len(by_age), 3)
    hidden_cells_c = [i for i, (_, values) in enumerate(published_c.rows[:-1]) if isinstance(values[0], str)]
    for r, row in enumerate(hidden_a):
        for c, hidden in enumerate(row):
            if not hidden:
                continue
            others = _alternatives(by_age, hidden_a, (r, c))
            assert others, f"{(r, c)} of {by_age} is recomputable within its table"
            for other in others:
                if sum(map(sum, other)) != total:  # the crime table must absorb the change of the total
                    assert hidden_cells_c, f"{(r, c)}: {by_age} / {by_crime}"
    for i in hidden_cells_c:
        if len(hidden_cells_c) >= 2:
            continue  # move one unit between two hidden rows: same total, same publication
        assert not shown_g[1], f"row {i} of {by_crime} is the total minus the shown rows"
        assert _alternatives(by_age, hidden_a, corner), f"{by_age}: the hidden total cannot move"
