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


def _bars(chart: QChart, figure: Figure) -> None:
    horizontal = figure.key in HORIZONTAL
    series: QAbstractBarSeries
    if figure.stacked:
        series = QHorizontalStackedBarSeries() if horizontal else QStackedBarSeries()
    else:
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
    rows = list(reversed(figure.rows)) if horizontal else list(figure.rows)  # first row on top
    values = list(reversed(figure.values)) if horizontal else list(figure.values)
    for column, code in enumerate(figure.columns):
        bar_set = QBarSet(labels.label(figure.column_axis, code))
        for row in values:
            bar_set.append(float(row[column] or 0))
        _style(bar_set, column, COVERAGE_STYLES if figure.key is FigureKey.COVERAGE else STYLES, not figure.stacked)
        series.append(bar_set)
    crowded = len(rows) * len(figure.columns) > MAX_LABELLED or figure.key is FigureKey.COVERAGE
    series.setLabelsVisible(not crowded)
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsCenter if figure.stacked
                             else QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)  # fmt: skip
    series.setLabelsFormat("@value")
    series.setLabelsPrecision(3)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([labels.short(figure.row_axis, code) or "—" for code in rows])
    if horizontal:
        small = QFont(categories.labelsFont())
        # a vertical axis elides every label once the rows are lower than the text
        small.setPointSizeF(max(6.5, small.pointSizeF() - (2.5 if len(rows) > 9 else 1)))
        categories.setLabelsFont(small)
    amounts = QValueAxis()
    amounts.setLabelFormat("%.0f")
    highest = max((sum(v or 0 for v in row) if figure.stacked else max((v or 0 for v in row), default=0))
                  for row in figure.values) if figure.values else 0  # fmt: skip
    amounts.setRange(0, max(1.0, highest * 1.15))
    amounts.applyNiceNumbers()
    if figure.unit is not Unit.COUNT:  # counts need no axis title; the rows need the height
        amounts.setTitleText(labels.unit(figure))
    if len(rows) > 9:
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(amounts, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(amounts)
    chart.legend().setVisible(len(figure.columns) > 1)


def _lines(chart: QChart, figure: Figure) -> None:
    categories = QBarCategoryAxis()
    categories.append([labels.short(Axis.MONTH, code) for code in figure.rows])
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
