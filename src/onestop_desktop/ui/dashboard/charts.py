"""A QChart for each dashboard figure, readable printed in grey: every series differs in lightness and in
fill pattern (solid, hatched, dotted), lines differ in dash style, and bars carry their numbers."""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen

from ...domain.dashboard import Axis, Figure, FigureKey, Unit
from . import labels

# (fill colour, pattern): dark to light with alternating patterns, so neighbours differ in grey as well
STYLES: tuple[tuple[str, Qt.BrushStyle], ...] = (
    ("#1d3557", Qt.BrushStyle.SolidPattern),
    ("#a8c5e6", Qt.BrushStyle.SolidPattern),
    ("#5b6770", Qt.BrushStyle.BDiagPattern),
    ("#e07a1f", Qt.BrushStyle.SolidPattern),
    ("#2a7f62", Qt.BrushStyle.Dense4Pattern),
    ("#f2d16b", Qt.BrushStyle.SolidPattern),
    ("#7b2d50", Qt.BrushStyle.CrossPattern),
)
LINES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine)
HORIZONTAL = {FigureKey.CASELOAD, FigureKey.SERVICES, FigureKey.REFERRALS, FigureKey.REFERRAL_DAYS,
              FigureKey.OVERDUE}  # fmt: skip
MAX_LABELLED = 60  # bars beyond this carry no number (they would overlap); the table has them all


# intake dark, population light; women solid, men hatched: pairs read apart in grey and in colour
COVERAGE_STYLES: tuple[tuple[str, Qt.BrushStyle], ...] = (
    ("#1d3557", Qt.BrushStyle.SolidPattern),
    ("#b9cde6", Qt.BrushStyle.SolidPattern),
    ("#8a4b08", Qt.BrushStyle.BDiagPattern),
    ("#f4cf9c", Qt.BrushStyle.SolidPattern),
)


def _style(bar_set: QBarSet, index: int, styles: tuple[tuple[str, Qt.BrushStyle], ...], outside: bool) -> None:
    color, pattern = styles[index % len(styles)]
    brush = QBrush(QColor(color), pattern)
    bar_set.setBrush(brush)
    bar_set.setPen(QPen(QColor("#111111"), 0.8))
    light = QColor(color).lightness() > 150 or pattern is not Qt.BrushStyle.SolidPattern
    bar_set.setLabelColor(QColor("#111111") if light or outside else QColor("#ffffff"))


def build_chart(figure: Figure) -> QChart:
    chart = QChart()
    chart.setTitle(labels.title(figure.key))
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    font = QFont(chart.titleFont())
    font.setBold(True)
    chart.setTitleFont(font)
    if figure.key is FigureKey.FEEDBACK:
        _lines(chart, figure)
    else:
        _bars(chart, figure)
    return chart


MAX_BAR_ROWS = 8  # horizontal bars keep room for a Korean label each; the table view has every row
NARROW = 0.07  # a segment shorter than this share of the axis gets no number: it would sit on its borders


def chart_rows(figure: Figure) -> tuple[list[str], list[tuple[float | None, ...]], int]:
    """The rows a chart draws (first on top for horizontal bars) and how many rows it leaves to the table:
    horizontal bars leave out empty rows and keep the largest MAX_BAR_ROWS, in their order."""
    rows, values = list(figure.rows), list(figure.values)
    if figure.key not in HORIZONTAL:
        return rows, values, 0
    kept = [i for i, row in enumerate(values) if any(v for v in row)]
    if len(kept) > MAX_BAR_ROWS:
        largest = sorted(kept, key=lambda i: -sum(v or 0 for v in values[i]))[:MAX_BAR_ROWS]
        kept = sorted(largest)
    left_out = sum(1 for row in values if any(v for v in row)) - len(kept)
    return [rows[i] for i in reversed(kept)], [values[i] for i in reversed(kept)], left_out


def _bars(chart: QChart, figure: Figure) -> None:
    horizontal = figure.key in HORIZONTAL
    series: QAbstractBarSeries
    if figure.stacked:
        series = QHorizontalStackedBarSeries() if horizontal else QStackedBarSeries()
    else:
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
    rows, values, _left_out = chart_rows(figure)
    highest = max((sum(v or 0 for v in row) if figure.stacked else max((v or 0 for v in row), default=0))
                  for row in values) if values else 0  # fmt: skip
    for column, code in enumerate(figure.columns):
        bar_set = QBarSet(labels.label(figure.column_axis, code))
        for row in values:
            bar_set.append(float(row[column] or 0))
        _style(bar_set, column, COVERAGE_STYLES if figure.key is FigureKey.COVERAGE else STYLES, not figure.stacked)
        shown = [v for row in values if (v := row[column])]
        if figure.stacked and shown and min(shown) < highest * NARROW:
            bar_set.setLabelColor(QColor(Qt.GlobalColor.transparent))  # the table view has its numbers
        series.append(bar_set)
    crowded = len(rows) * len(figure.columns) > MAX_LABELLED or figure.key is FigureKey.COVERAGE
    series.setLabelsVisible(not crowded)
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsCenter if figure.stacked
                             else QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)  # fmt: skip
    series.setLabelsFormat("@value")
    series.setLabelsPrecision(3)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([labels.short(figure.row_axis, code, len(rows)) or "—" for code in rows])
    if horizontal:
        # QtCharts shortens every label of a vertical axis to "…" once a row is lower than the text; the rows
        # are few enough (MAX_BAR_ROWS) for whole labels
        categories.setTruncateLabels(False)
    if figure.row_axis is Axis.AGE_BAND:
        categories.setTitleText(labels.title_of_rows(figure))
    amounts = QValueAxis()
    amounts.setLabelFormat("%.0f")
    amounts.setRange(0, max(1.0, highest * 1.15))
    amounts.applyNiceNumbers()
    if figure.unit is not Unit.COUNT:  # counts need no axis title; the rows need the height
        amounts.setTitleText(labels.unit(figure))
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(amounts, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(amounts)
    chart.legend().setVisible(len(figure.columns) > 1)


def _lines(chart: QChart, figure: Figure) -> None:
    categories = QBarCategoryAxis()
    categories.append([labels.short(Axis.MONTH, code, len(figure.rows)) for code in figure.rows])
    scores = QValueAxis()
    scores.setRange(1, 5)
    scores.setTickCount(5)
    scores.setTitleText(labels.unit(figure))
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(scores, Qt.AlignmentFlag.AlignLeft)
    for column, code in enumerate(figure.columns):
        line = QLineSeries()
        line.setName(labels.short(figure.column_axis, code))
        line.setPen(QPen(QColor(STYLES[column % len(STYLES)][0]), 2.4, LINES[column % len(LINES)]))
        line.setPointsVisible(True)
        line.setPointLabelsVisible(True)
        line.setPointLabelsFormat("@yPoint")
        for row, values in enumerate(figure.values):
            if values[column] is not None:
                line.append(QPointF(row, float(values[column] or 0)))
        chart.addSeries(line)
        line.attachAxis(categories)
        line.attachAxis(scores)
