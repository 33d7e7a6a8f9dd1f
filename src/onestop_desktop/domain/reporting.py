"""What a period report (실적 보고) publishes: tables of counts made safe to leave the center.

A `CountTable` holds raw aggregate counts (never a person's row). `publish()` turns it into a
`PublishedTable` through small-cell suppression (disclosure_control.protect, small totals included),
so the writers in export/ only ever see numbers that may be printed, "<5" for a small count and "x"
for a value hidden so that a small count cannot be recomputed. A cross table (rows × columns with
row and column totals) is protected as a whole; a table of independent columns (programs: 회기 수,
참여자 수 …) is protected column by column, each with its own total. Averages are published only
when they rest on at least `threshold` answers or referrals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .disclosure_control import Mark, protect
from .documents import Production
from .periods import Period

Value = int | float | str | None  # a count, an average, "<5"/"x", or nothing (a measure not shown)
HIDDEN = "x"  # complementary suppression (통계청 convention for 비밀보호)
NOT_SHOWN = "—"  # an average over too few to publish
TOTAL = "계"


@dataclass(frozen=True)
class CountTable:
    key: str  # stable id: sheet order and tests
    title: str
    row_header: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]  # len(rows) × len(columns)
    cross: bool = True  # row and column totals that add up; False: each column on its own
    chart: bool = True  # drawn as a bar chart in the PDF


@dataclass(frozen=True)
class Measure:
    """An average beside a count column, e.g. 평균 일수 (발송→접수) over the received referrals."""

    header: str  # must name what it is (평균, 일수, 점수): it is not a count
    values: tuple[tuple[float | None, int], ...]  # per row: (average, how many it rests on)


@dataclass(frozen=True)
class PublishedTable:
    key: str
    title: str
    row_header: str
    columns: tuple[str, ...]  # headers of the value columns
    rows: tuple[tuple[str, tuple[Value, ...]], ...]  # label, values; the last row is the total row
    chart_values: tuple[tuple[str, int | None], ...] = ()  # bar per row label; None where suppressed
    suppressed: int = 0  # how many entries are hidden

    @property
    def grand_total(self) -> Value:
        """The bottom-right count (the total row's last count column)."""
        counts = [i for i, header in enumerate(self.columns) if not _is_measure(header)]
        return self.rows[-1][1][counts[-1]] if counts else None


@dataclass(frozen=True)
class ActivityReport:
    center_name: str
    period: Period
    threshold: int
    tables: tuple[PublishedTable, ...]
    production: Production
    notes: tuple[str, ...] = field(default=())


def _display(mark: Mark, value: int, threshold: int) -> Value:
    if mark is Mark.PRIMARY:
        return f"<{threshold}"
    if mark is Mark.COMPLEMENTARY:
        return HIDDEN
    return value


def publish(table: CountTable, threshold: int, measures: Sequence[Measure] = (), *,
            hide_grand_total: bool = False) -> PublishedTable:  # fmt: skip
    """The table as it may leave the center (see the module docstring).

    `hide_grand_total`: another table of the report counts the same people and had to hide its grand total, so
    this one hides (and protects) it too; otherwise one table would give back what the other hides.
    """
    n_rows, n_cols = len(table.rows), len(table.columns)
    if any(len(row) != n_cols for row in table.counts) or len(table.counts) != n_rows:
        raise ValueError(f"{table.key}: counts do not match the labels")
    if n_rows == 0:
        empty: tuple[Value, ...] = tuple(0 for _ in table.columns) + ((0,) if table.cross else ())
        columns = (*table.columns, TOTAL) if table.cross else table.columns
        return PublishedTable(table.key, table.title, table.row_header, columns + tuple(m.header for m in measures),
                              ((TOTAL, empty + tuple(NOT_SHOWN for _ in measures)),))  # fmt: skip
    grid: list[list[Value]] = [[None] * (n_cols + 1) for _ in range(n_rows + 1)]
    hidden = 0
    if table.cross:
        force = [(n_rows, n_cols)] if hide_grand_total else []
        protected = protect(table.counts, threshold, small_totals=True, force=force)
        full = [[*row, sum(row)] for row in table.counts]
        full.append([sum(column) for column in zip(*full, strict=True)])
        for r in range(n_rows + 1):
            for c in range(n_cols + 1):
                grid[r][c] = _display(protected.marks[r][c], full[r][c], threshold)
                hidden += protected.marks[r][c] is not Mark.SHOWN
        columns = (*table.columns, TOTAL)
    else:
        for c in range(n_cols):
            column = [[row[c]] for row in table.counts]
            protected = protect(column, threshold, small_totals=True, force=[(n_rows, 0)] if hide_grand_total else [])
            values = [row[0] for row in column] + [sum(row[0] for row in column)]
            for r in range(n_rows + 1):
                mark = protected.marks[r][0]
                grid[r][c] = _display(mark, values[r], threshold)
                hidden += mark is not Mark.SHOWN
        grid = [row[:n_cols] for row in grid]
        columns = table.columns
    labels = (*table.rows, TOTAL)
    rows: list[tuple[str, tuple[Value, ...]]] = []
    shown: list[list[Value]] = [[] for _ in measures]
    for r in range(n_rows):
        counts_hidden = any(isinstance(v, str) for v in grid[r])
        for m, measure in enumerate(measures):
            average, basis = measure.values[r]
            # an average beside a hidden count, or over few, narrows the hidden count or the few down
            ok = average is not None and basis >= threshold and not counts_hidden
            shown[m].append(round(average, 1) if ok and average is not None else NOT_SHOWN)
    for m, measure in enumerate(measures):
        average, basis = _pooled(measure)
        # the pooled average with all but one group's averages gives that group's back
        complete = all(v != NOT_SHOWN for v, (_, n) in zip(shown[m], measure.values, strict=True) if n)
        ok = average is not None and basis >= threshold and complete and not any(isinstance(v, str) for v in grid[-1])
        shown[m].append(round(average, 1) if ok and average is not None else NOT_SHOWN)
    for r, label in enumerate(labels):
        rows.append((label, (*grid[r], *(values[r] for values in shown))))
    chart: tuple[tuple[str, int | None], ...] = ()
    if table.chart and n_cols:
        drawn = n_cols if table.cross else 0  # the row totals, or the one count column
        chart = tuple((table.rows[r], value if isinstance(value := grid[r][drawn], int) else None)
                      for r in range(n_rows))  # fmt: skip
    return PublishedTable(table.key, table.title, table.row_header, (*columns, *(m.header for m in measures)),
                          tuple(rows), chart, hidden)  # fmt: skip


def publish_linked(tables: Sequence[CountTable], threshold: int) -> list[PublishedTable]:
    """Tables that count the same people and share their grand total and nothing else (only one of them may
    be split by a second variable): if one must hide the total, all hide it, each protecting it within itself.
    A change of the hidden total that keeps one table's published entries is then matched by one in the
    other, so combining the tables gives back nothing either hides (tests/domain/test_reporting.py)."""
    published = [publish(table, threshold) for table in tables]
    if any(isinstance(table.grand_total, str) for table in published):
        published = [publish(table, threshold, hide_grand_total=True) for table in tables]
    return published


def _pooled(measure: Measure) -> tuple[float | None, int]:
    basis = sum(n for value, n in measure.values if value is not None)
    if not basis:
        return None, 0
    return sum(value * n for value, n in measure.values if value is not None) / basis, basis


def small_counts(table: PublishedTable, threshold: int) -> list[int]:
    """Published counts from 1 to threshold − 1 (must be none): what tests and the writers check."""
    count_columns = [i for i, header in enumerate(table.columns) if not _is_measure(header)]
    return [value for _, values in table.rows for i, value in enumerate(values)
            if i in count_columns and isinstance(value, int) and 0 < value < threshold]  # fmt: skip


def _is_measure(header: str) -> bool:
    return any(word in header for word in ("평균", "점수", "일수"))
