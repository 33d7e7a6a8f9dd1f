"""Dashboard charts readable in a panel half as wide as a 1366 px screen: short axis labels, horizontal bars with
whole Korean labels (the largest few; the table has every row), no number on a segment too narrow for it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import QAbstractBarSeries, QBarCategoryAxis, QChart
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.dashboard import Axis, Figure, FigureKey
from onestop_desktop.ui.dashboard.chart_panel import ChartPanel
from onestop_desktop.ui.dashboard.charts import MAX_BAR_ROWS, build_chart, chart_rows
from onestop_desktop.ui.i18n import Translators

KEEP: list[QChart] = []  # a chart owns its axes: keep it alive while the test reads them


def _categories(figure: Figure) -> QBarCategoryAxis:
    chart = build_chart(figure)
    KEEP.append(chart)
    return next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))


def test_twelve_months_are_labelled_by_their_number_and_a_quarter_by_month_name(
    qapp: QApplication, korean: Translators
) -> None:
    year = Figure(FigureKey.NEW_CASES, tuple(f"2026-{m:02d}" for m in range(1, 13)), Axis.MONTH,
                  ("sexual",), Axis.CRIME, tuple((1.0,) for _ in range(12)))  # fmt: skip
    assert _categories(year).categories()[9:] == ["10", "11", "12"]
    quarter = Figure(FigureKey.NEW_CASES, ("2026-10", "2026-11", "2026-12"), Axis.MONTH, ("sexual",), Axis.CRIME,
                     ((1.0,), (2.0,), (3.0,)))  # fmt: skip
    assert _categories(quarter).categories() == ["10월", "11월", "12월"]


def test_horizontal_bars_keep_whole_labels_for_the_largest_rows(qtbot: QtBot, tmp_path: Path) -> None:
    agencies = tuple(f"기관 {n:02d} 피해자지원센터" for n in range(14))
    values = tuple((float(n % 5), 0.0) if n != 3 else (0.0, 0.0) for n in range(14))  # row 3 and 0, 5, 10: empty
    figure = Figure(FigureKey.REFERRALS, agencies, Axis.AGENCY, ("sent", "completed"), Axis.STATUS, values)
    rows, _values, left_out = chart_rows(figure)
    assert len(rows) == MAX_BAR_ROWS and left_out == 14 - 4 - MAX_BAR_ROWS
    assert "기관 03 피해자지원센터" not in rows and "기관 04 피해자지원센터" in rows  # empty out, largest in
    axis = _categories(figure)
    assert not axis.truncateLabels() and axis.count() == MAX_BAR_ROWS
    panel = ChartPanel(FigureKey.REFERRALS, tmp_path)
    qtbot.addWidget(panel)
    panel.set_figure(figure)
    assert "2" in panel.note.text() and panel.model.rowCount() == 14  # the table keeps every row


def test_a_segment_too_narrow_for_its_number_shows_none(qapp: QApplication) -> None:
    figure = Figure(FigureKey.OVERDUE, ("김상담", "이나래"), Axis.PERSON, ("1-7", "8-30"), Axis.LATENESS,
                    ((40.0, 1.0), (30.0, 10.0)))  # fmt: skip
    chart = build_chart(figure)
    series = chart.series()[0]
    assert isinstance(series, QAbstractBarSeries)
    wide, narrow = series.barSets()
    assert narrow.labelColor() == QColor(0, 0, 0, 0) and wide.labelColor().alpha() == 255
