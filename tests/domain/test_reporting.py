"""Publishing report tables: cross tables, independent columns, averages, shared totals, Seoul coverage."""

from __future__ import annotations

from datetime import datetime

import pytest

from onestop_desktop.domain.documents import Production
from onestop_desktop.domain.population import SEOUL_SHARES, AgeBand, coverage
from onestop_desktop.domain.reporting import HIDDEN, NOT_SHOWN, CountTable, Measure, publish, small_counts
from onestop_desktop.domain.taxonomy import Gender

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
