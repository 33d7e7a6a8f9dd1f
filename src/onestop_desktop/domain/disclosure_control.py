"""Small-cell suppression for tables that leave the center.

The center promises its partners (법무부, 서울시) that the activity reports it sends carry no personal data. A
count of 1 to 4 — "two 60-year-old men victims of stalking in Q3" — can point at a person, so such counts are
shown as "<5" (primary suppression; the threshold is a setting). Hiding the cell alone is not enough when the
row and column totals are printed beside it: one subtraction gives it back. So more entries are hidden
(complementary suppression) until no hidden value can be recomputed from what is published.

The rule that makes that true: think of the table with its totals as one grid in which every row and every
column adds up (a total is the negated last entry of its line). A hidden entry can be recomputed exactly when,
in the graph whose nodes are the grid's rows and columns and whose edges are the hidden entries, it is a
bridge. If instead it lies on a cycle of hidden non-zero entries, adding and taking 1 alternately around that
cycle gives another table of non-negative counts that agrees with everything published but not with it. So
every primary cell that is on no such cycle gets a rectangle: another row and column whose three corners are
hidden too, choosing rectangles that hide no total if possible, then the smallest counts. A rectangle through
the cell's row total, column total and the grand total always exists, which is the "suppress its total
instead" case.

The guarantee is against exact recomputation. A reader still learns that a "<5" cell is 1–4 (zeros are shown,
as they identify nobody), and that a blank inner cell is not below the threshold.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from itertools import product

DEFAULT_THRESHOLD = 5

Position = tuple[int, int]  # (row, column) in the grid with totals: last row = column totals, last column = row totals


class Mark(Enum):
    SHOWN = "shown"
    PRIMARY = "primary"  # a small count, shown as "<5"
    COMPLEMENTARY = "complementary"  # hidden so that a small count cannot be recomputed; shown blank


@dataclass(frozen=True)
class ProtectedTable:
    """What may be published: the grid with totals, each entry's mark and display text."""

    threshold: int
    marks: tuple[tuple[Mark, ...], ...]  # (rows + 1) × (columns + 1)
    display: tuple[tuple[str, ...], ...]  # same shape: the number, "<5" or ""

    @property
    def mask(self) -> tuple[tuple[bool, ...], ...]:
        """True where the entry is suppressed, totals included."""
        return tuple(tuple(mark is not Mark.SHOWN for mark in row) for row in self.marks)

    @property
    def cells(self) -> tuple[tuple[str, ...], ...]:
        return tuple(row[:-1] for row in self.display[:-1])

    @property
    def row_totals(self) -> tuple[str, ...]:
        return tuple(row[-1] for row in self.display[:-1])

    @property
    def column_totals(self) -> tuple[str, ...]:
        return self.display[-1][:-1]

    @property
    def grand_total(self) -> str:
        return self.display[-1][-1]


def with_totals(counts: Sequence[Sequence[int]]) -> list[list[int]]:
    """The counts with a row-total column, a column-total row and the grand total in the corner."""
    if not counts or not counts[0] or any(len(row) != len(counts[0]) for row in counts):
        raise ValueError("a table needs at least one cell and rows of equal length")
    if any(value < 0 for row in counts for value in row):
        raise ValueError("counts cannot be negative")
    grid = [[*row, sum(row)] for row in counts]
    grid.append([sum(column) for column in zip(*grid, strict=True)])
    return grid


def protect(
    counts: Sequence[Sequence[int]],
    threshold: int = DEFAULT_THRESHOLD,
    *,
    small_totals: bool = False,
    force: Iterable[Position] = (),
) -> ProtectedTable:
    """Mark which entries of `counts` and its totals are published; see the module docstring for why.

    With `small_totals` a total from 1 to threshold − 1 is itself a small count (three victims in a row of
    a partner report point at people as much as a cell does): it is shown as "<5" and protected the same way.
    `force` hides more entries (positions in the grid with totals, non-zero ones only) and protects them like
    small ones: a total that another table of the same report had to hide must be hidden here as well.
    """
    if threshold < 1:
        raise ValueError("the threshold is at least 1")
    grid = with_totals(counts)
    rows, columns = len(grid), len(grid[0])
    last = (rows - 1, columns - 1)
    primary = [
        (r, c)
        for r, c in product(range(rows), range(columns))
        if 0 < grid[r][c] < threshold and (small_totals or (r < last[0] and c < last[1]))
    ]
    forced = [(r, c) for r, c in force if grid[r][c] > 0 and (r, c) not in primary]
    hidden = set(primary) | set(forced)
    for cell in sorted([*primary, *forced], key=lambda p: (grid[p[0]][p[1]], p)):
        if not _on_cycle(cell, hidden):
            hidden |= _cheapest_rectangle(cell, grid, hidden)
    marks = tuple(
        tuple(
            Mark.PRIMARY if (r, c) in primary else Mark.COMPLEMENTARY if (r, c) in hidden else Mark.SHOWN
            for c in range(columns)
        )
        for r in range(rows)
    )
    display = tuple(
        tuple(
            f"<{threshold}" if mark is Mark.PRIMARY else "" if mark is Mark.COMPLEMENTARY else str(grid[r][c])
            for c, mark in enumerate(row)
        )
        for r, row in enumerate(marks)
    )
    return ProtectedTable(threshold, marks, display)


def _on_cycle(cell: Position, hidden: set[Position]) -> bool:
    """Whether the cell's row and column stay connected through other hidden entries (so it is no bridge)."""
    row, column = cell
    seen_rows: set[int] = {row}
    seen_columns: set[int] = set()
    frontier: list[tuple[str, int]] = [("row", row)]
    while frontier:
        side, index = frontier.pop()
        for r, c in hidden:
            if (r, c) == cell:
                continue
            if side == "row" and r == index and c not in seen_columns:
                if c == column:
                    return True
                seen_columns.add(c)
                frontier.append(("column", c))
            elif side == "column" and c == index and r not in seen_rows:
                seen_rows.add(r)
                frontier.append(("row", r))
    return False


def _cheapest_rectangle(cell: Position, grid: list[list[int]], hidden: set[Position]) -> set[Position]:
    """The three other corners of the rectangle that hides the fewest totals, then the smallest counts."""
    row, column = cell
    last_row, last_column = len(grid) - 1, len(grid[0]) - 1
    best: tuple[tuple[int, int, int], set[Position]] | None = None
    for other_row, other_column in product(range(last_row + 1), range(last_column + 1)):
        if other_row == row or other_column == column:
            continue
        corners = {(row, other_column), (other_row, column), (other_row, other_column)}
        new = {p for p in corners if p not in hidden}
        if any(grid[r][c] == 0 for r, c in new):
            continue  # a hidden zero may not be able to give up the unit the cycle moves
        totals = sum(1 for r, c in new if r == last_row or c == last_column)
        cost = (totals, sum(grid[r][c] for r, c in new), len(new))
        if best is None or cost < best[0]:
            best = (cost, corners)
    assert best is not None, "the rectangle through the totals always qualifies"
    return best[1]
