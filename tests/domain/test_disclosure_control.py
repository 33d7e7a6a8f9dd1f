"""Small-cell suppression: the examples, and a proof on random tables that no hidden value can be recomputed.

The proof does not trust the module's reasoning: for every hidden entry it builds a second table of
non-negative counts, adds up its totals afresh, and checks that everything published is the same while that
entry is not. A reader who has only the report cannot tell the two tables apart, so cannot know the value.
"""

from __future__ import annotations

from collections import deque

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onestop_desktop.domain.disclosure_control import Mark, ProtectedTable, protect

Grid = list[list[int]]


def _totals(counts: Grid) -> Grid:
    """Counts with their totals, added up here rather than by the module."""
    row_totals = [sum(row) for row in counts]
    column_totals = [sum(row[c] for row in counts) for c in range(len(counts[0]))]
    return [*[[*row, total] for row, total in zip(counts, row_totals, strict=True)], [*column_totals, sum(row_totals)]]


def _published(table: ProtectedTable, grid: Grid) -> list[list[str | None]]:
    """What a reader sees, with None where the report shows "<5" or a blank."""
    return [[None if hidden else str(grid[r][c]) for c, hidden in enumerate(row)] for r, row in enumerate(table.mask)]


def _cycle_through(entry: tuple[int, int], mask: tuple[tuple[bool, ...], ...]) -> list[tuple[int, int]] | None:
    """Hidden entries that, with `entry`, close a cycle: from entry's row to entry's column through other ones."""
    hidden = [(r, c) for r, row in enumerate(mask) for c, h in enumerate(row) if h and (r, c) != entry]
    start, goal = ("row", entry[0]), ("column", entry[1])
    came_from: dict[tuple[str, int], tuple[tuple[str, int], tuple[int, int]] | None] = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        side, index = node
        for r, c in hidden:
            if side == "row" and r == index:
                nxt = ("column", c)
            elif side == "column" and c == index:
                nxt = ("row", r)
            else:
                continue
            if nxt not in came_from:
                came_from[nxt] = (node, (r, c))
                queue.append(nxt)
    if goal not in came_from:
        return None
    path: list[tuple[int, int]] = []
    node = goal
    while (step := came_from[node]) is not None:
        node, via = step
        path.append(via)
    return path[::-1]


def _other_table(counts: Grid, table: ProtectedTable, entry: tuple[int, int]) -> Grid | None:
    """Another table of non-negative counts, consistent with everything published, that differs at `entry`."""
    cycle = _cycle_through(entry, table.mask)
    if cycle is None:
        return None
    last_row, last_column = len(counts), len(counts[0])
    for direction in (1, -1):
        grid = _totals(counts)
        for step, (r, c) in enumerate([entry, *cycle]):
            # Around the cycle every line gets one +1 and one −1 of "cells minus total": a total moves the other way.
            is_total = (r == last_row) != (c == last_column)
            grid[r][c] += direction * (-1) ** step * (-1 if is_total else 1)
        inner = [row[:-1] for row in grid[:-1]]
        if all(value >= 0 for row in inner for value in row) and _totals(inner) == grid:
            return inner
    return None


def _assert_nothing_can_be_recomputed(counts: Grid, table: ProtectedTable) -> None:
    original = _totals(counts)
    for r, row in enumerate(table.mask):
        for c, hidden in enumerate(row):
            if not hidden:
                continue
            other = _other_table(counts, table, (r, c))
            assert other is not None, f"entry {(r, c)} can be recomputed in {counts}: {table.display}"
            other_grid = _totals(other)
            assert _published(table, other_grid) == _published(table, original)
            assert other_grid[r][c] != original[r][c]


def _hidden_per_line(table: ProtectedTable) -> list[int]:
    mask = table.mask
    lines = [list(row) for row in mask] + [list(column) for column in zip(*mask, strict=True)]
    return [sum(line) for line in lines]


def test_a_single_small_cell_in_a_row_forces_a_second_suppression_in_its_row_and_column() -> None:
    table = protect([[3, 10, 12], [8, 9, 11]])
    assert table.cells == (("<5", "", "12"), ("", "", "11"))
    assert table.row_totals == ("25", "28")
    assert table.column_totals == ("11", "19", "23")
    assert table.grand_total == "53"
    assert table.marks[0][0] is Mark.PRIMARY and table.marks[1][1] is Mark.COMPLEMENTARY
    _assert_nothing_can_be_recomputed([[3, 10, 12], [8, 9, 11]], table)


def test_small_cells_that_hide_each_other_need_no_complement() -> None:
    counts = [[2, 3, 20], [4, 1, 30]]
    table = protect(counts)
    assert table.cells == (("<5", "<5", "20"), ("<5", "<5", "30"))
    assert (table.row_totals, table.column_totals, table.grand_total) == (("25", "35"), ("6", "4", "50"), "60")
    _assert_nothing_can_be_recomputed(counts, table)


def test_zeros_are_shown_and_never_used_to_hide_another_cell() -> None:
    assert protect([[0, 7], [6, 0]]).cells == (("0", "7"), ("6", "0"))
    counts = [[2, 0, 9], [0, 8, 7]]
    table = protect(counts)
    assert table.cells[0][1] == "0" and table.cells[1][0] == "0"
    assert table.cells[0] == ("<5", "0", "")
    # no other row has a non-zero cell under the 2, so the column totals hide it; the row totals stay
    assert table.column_totals == ("", "8", "") and table.row_totals == ("11", "15") and table.grand_total == "26"
    _assert_nothing_can_be_recomputed(counts, table)


def test_with_nothing_else_to_hide_the_totals_are_suppressed_instead() -> None:
    counts = [[3, 0], [0, 9]]
    table = protect(counts)
    assert table.cells == (("<5", "0"), ("0", "9"))
    assert table.row_totals == ("", "9") and table.column_totals == ("", "9") and table.grand_total == ""
    _assert_nothing_can_be_recomputed(counts, table)


def test_the_threshold_is_a_setting() -> None:
    counts = [[7, 12], [15, 20]]
    assert not any(any(row) for row in protect(counts).mask)
    assert protect(counts, threshold=10).cells[0][0] == "<10"
    assert not any(any(row) for row in protect([[1, 2]], threshold=1).mask)
    with pytest.raises(ValueError):
        protect(counts, threshold=0)


@pytest.mark.parametrize("counts", [[], [[]], [[1, 2], [3]], [[1, -1]]])
def test_malformed_tables_are_a_programming_error(counts: Grid) -> None:
    with pytest.raises(ValueError):
        protect(counts)


tables = st.integers(1, 5).flatmap(
    lambda columns: st.lists(
        st.lists(st.one_of(st.integers(0, 6), st.integers(0, 60)), min_size=columns, max_size=columns),
        min_size=1,
        max_size=5,
    )
)


@settings(max_examples=400)
@given(tables, st.integers(1, 8))
def test_no_suppressed_value_can_be_recomputed_from_what_is_published(counts: Grid, threshold: int) -> None:
    table = protect(counts, threshold)
    grid = _totals(counts)
    for r, row in enumerate(table.marks):
        for c, mark in enumerate(row):
            inner = r < len(counts) and c < len(counts[0])
            assert (mark is Mark.PRIMARY) == (inner and 0 < grid[r][c] < threshold)
            if mark is Mark.SHOWN:
                assert table.display[r][c] == str(grid[r][c])
            else:
                assert grid[r][c] > 0
                assert table.display[r][c] == (f"<{threshold}" if mark is Mark.PRIMARY else "")
    assert all(hidden != 1 for hidden in _hidden_per_line(table))
    _assert_nothing_can_be_recomputed(counts, table)


def test_a_small_total_is_a_small_count_too() -> None:
    counts = [[3, 0], [0, 9]]
    table = protect(counts, small_totals=True)
    assert table.row_totals == ("<5", "9") and table.column_totals == ("<5", "9") and table.grand_total == ""
    spread = [[2, 5, 9], [2, 7, 8]]  # the column total 2 + 2 is four people however it is split
    assert protect(spread, small_totals=True).column_totals[0] == "<5"
    _assert_nothing_can_be_recomputed(spread, protect(spread, small_totals=True))


@settings(max_examples=300)
@given(tables, st.integers(2, 8), st.booleans())
def test_small_totals_and_forced_entries_are_protected_like_small_cells(counts: Grid, threshold: int,
                                                                        hide_total: bool) -> None:  # fmt: skip
    corner = (len(counts), len(counts[0]))
    table = protect(counts, threshold, small_totals=True, force=[corner] if hide_total else [])
    grid = _totals(counts)
    for r, row in enumerate(table.marks):
        for c, mark in enumerate(row):
            assert (mark is Mark.PRIMARY) == (0 < grid[r][c] < threshold)
    if hide_total and grid[corner[0]][corner[1]] > 0:
        assert table.mask[corner[0]][corner[1]]
    _assert_nothing_can_be_recomputed(counts, table)
