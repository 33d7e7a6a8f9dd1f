"""One dashboard figure: its chart, or (toggled) a table of the same numbers, with copy and CSV export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.dashboard import Figure, FigureKey
from ...domain.errors import OneStopError
from ...domain.outputs import OutputKind
from ...domain.spreadsheet_cells import csv_text
from ...services.output_target import save_output
from ..errors import error_text
from ..models.figure_table_model import FigureTableModel
from ..save_dialog import ask_save_path
from . import labels
from .charts import build_chart, chart_rows

AskPath = Callable[[QWidget, Path], Path | None]


def ask_csv_path(parent: QWidget, suggested: Path) -> Path | None:
    return ask_save_path(
        parent,
        QCoreApplication.translate("ChartPanel", "Export the table"),
        suggested,
        QCoreApplication.translate("ChartPanel", "CSV files (*.csv)"),
        ".csv",
    )


class ChartPanel(QFrame):
    def __init__(self, key: FigureKey, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.data_dir = data_dir  # an export never lands in it (save_output)
        self.ask_path: AskPath = ask_csv_path
        self.setObjectName(f"panel_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.model = FigureTableModel(parent=self)
        self.chart_view = QChartView(self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(250)
        self.setFixedHeight(340)  # two rows of charts on a 1366×768 screen
        self.chart_view.setAccessibleName(labels.title(key))
        self.table = QTableView(self)
        self.table.setObjectName(f"table_{key}")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Table: {title}").format(title=labels.title(key)))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.chart_view)
        self.stack.addWidget(self.table)
        self.toggle = QPushButton(self.tr("Show &table"), self)
        self.toggle.setObjectName(f"toggle_{key}")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._show_table)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setObjectName(f"copy_{key}")
        self.copy_button.setToolTip(self.tr("Copy the table (tab-separated, pastes into a spreadsheet)"))
        self.copy_button.clicked.connect(self.copy)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setObjectName(f"export_{key}")
        self.export_button.setToolTip(self.tr("Save the table as a CSV file"))
        self.export_button.clicked.connect(self.export)
        self.note = QLabel(self)
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.toggle, self.copy_button, self.export_button):
            button.setAccessibleDescription(labels.title(key))
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

    def set_figure(self, figure: Figure) -> None:
        self.model.set_figure(figure)
        old = self.chart_view.chart()
        self.chart_view.setChart(build_chart(figure))
        # what a screen reader says for the chart: the numbers of its table, row by row
        rows = self.model.as_rows()
        self.chart_view.setAccessibleDescription("; ".join(", ".join(row) for row in rows[1:]) or self.tr("No data"))
        if old is not None:
            old.deleteLater()
        notes = []
        if figure.flagged:
            groups = ", ".join(self._group_name(flag) for flag in figure.flagged)
            notes.append(self.tr("Falling behind their share of Seoul's population: {groups}").format(groups=groups))
        shown, _values, left_out = chart_rows(figure)
        if left_out:
            notes.append(
                self.tr("The chart shows the {count} largest; {left} more are in the table.").format(
                    count=len(shown), left=left_out
                )
            )
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))

    def _group_name(self, flag: str) -> str:
        band, gender = flag.split(":")
        figure = self.model.figure
        assert figure is not None
        who = self.tr("women") if gender == "F" else self.tr("men")
        return f"{labels.label(figure.row_axis, band)} {who}"

    def _show_table(self, on: bool) -> None:
        self.stack.setCurrentWidget(self.table if on else self.chart_view)
        self.toggle.setText(self.tr("Show &chart") if on else self.tr("Show &table"))
        if on:
            self.table.setFocus()

    def table_text(self, delimiter: str = "\t") -> str:
        return csv_text(self.model.as_rows(), delimiter, "\n")  # pasted or opened: never a formula

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.table_text())

    def export(self) -> None:
        figure = self.model.figure
        if figure is None:
            return
        target = self.ask_path(self, Path.home() / f"현황-{figure.key}.csv")
        if target is None:
            return
        # aggregate numbers only (no person's row); BOM so spreadsheet programs read the Korean
        data = self.table_text(",").encode("utf-8-sig")
        try:
            save_output(self.data_dir, target, data, OutputKind.CSV, overwrite=True)  # the save dialog asked
        except OneStopError as err:
            QMessageBox.warning(self, self.tr("Export the table"), error_text(err))
