"""안전: the danger assessments over time (a small trend chart, and the same list as a table), the safety plan
(latest version, earlier ones listed), the protective measures with their end dates, and the legal deadlines
computed from the case's dates, each with its legal source and a "not applicable" with a reason.

A high or critical assessment prompts a safety-plan review and a 신변보호 referral right after it is recorded.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OneStopError
from ...domain.roles import Permission
from ...domain.safety import PLAN_SECTION_LABELS, Assessment, PlanSection, SafetyPlan, needs_safety_review
from ...domain.taxonomy import RISK_LEVEL_LABELS
from ...services.session import Session
from ..common.fields import date_edit
from ..common.forms import buddy_label, named_button
from ..common.tables import record_table, selected_id
from ..common.text import day, iso_day, label
from ..common.waiting import waiting
from ..common.widgets import MessageLabel
from ..documents.outputs import Outputs
from ..models.assessment_table_model import AssessmentTableModel
from ..models.deadline_table_model import DeadlineTableModel
from ..models.measure_table_model import MeasureTableModel
from ..ops import BackgroundRunner
from .assessment_dialog import AssessmentDialog
from .measure_dialog import MeasureDialog
from .safety_plan_dialog import SafetyPlanDialog
from .waiver_dialog import WaiverDialog


def _table(parent: QWidget, name: str, title: str, model: AssessmentTableModel | MeasureTableModel | DeadlineTableModel,
           stretch: int) -> QTableView:  # fmt: skip
    table = record_table(parent, name, title, model, stretch_column=stretch)
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        if column != stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


class TrendChart(QChartView):
    """The scores of the assessments, oldest to newest, against the checklist's maximum (small; the table beside
    it holds the same figures as text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentTrend")
        self.setAccessibleName(QCoreApplication.translate("SafetyPage", "Scores of the assessments"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(150)
        self.show_assessments([])

    def show_assessments(self, assessments: list[Assessment]) -> None:
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        line, dots = QLineSeries(), QScatterSeries()
        line.setPen(QPen(QColor("#1d3557"), 2))
        dots.setMarkerSize(8)
        dots.setColor(QColor("#1d3557"))
        for index, assessment in enumerate(assessments):
            line.append(QPointF(index, assessment.score))
            dots.append(QPointF(index, assessment.score))
        chart.addSeries(line)
        chart.addSeries(dots)
        x, y = QBarCategoryAxis(), QValueAxis()
        x.append(_day_labels(assessments) or [""])
        x.setTitleText(QCoreApplication.translate("SafetyPage", "Assessed on"))
        # up to a little above the highest score (a full 0..max scale flattens the line), never past the maximum
        top = min(max((a.max_score for a in assessments), default=10), max([10, *(a.score + 3 for a in assessments)]))
        y.setRange(0, top)
        y.setLabelFormat("%d")
        y.setTitleText(QCoreApplication.translate("SafetyPage", "Score"))
        axes: tuple[tuple[QBarCategoryAxis | QValueAxis, Qt.AlignmentFlag], ...] = (
            (x, Qt.AlignmentFlag.AlignBottom),
            (y, Qt.AlignmentFlag.AlignLeft),
        )
        for axis, side in axes:
            font = axis.labelsFont()
            font.setPointSizeF(max(font.pointSizeF() - 1, 7))
            axis.setLabelsFont(font)
            axis.setTitleFont(font)
            chart.addAxis(axis, side)
            line.attachAxis(axis)
            dots.attachAxis(axis)
        self.setChart(chart)
        points = [
            QCoreApplication.translate("SafetyPage", "{day}: {score} of {maximum}").format(
                day=day, score=a.score, maximum=a.max_score
            )
            for day, a in zip(_day_labels(assessments), assessments, strict=True)
        ]
        self.setAccessibleDescription(
            ", ".join(points) or QCoreApplication.translate("SafetyPage", "No assessment yet")
        )


def _day_labels(assessments: list[Assessment]) -> list[str]:
    """`11. 7.` under each point; a second assessment on the same day gets its number (the axis needs distinct
    labels)."""
    seen: dict[str, int] = {}
    labels = []
    for a in assessments:
        text = f"{a.assessed_on.month}. {a.assessed_on.day}."
        seen[text] = seen.get(text, 0) + 1
        labels.append(text if seen[text] == 1 else f"{text} ({seen[text]})")
    return labels


class SafetyPage(QWidget):
    changed = Signal()  # the case's risk level or its records changed

    def __init__(self, session: Session, runner: BackgroundRunner, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyPage")
        self.session = session
        self.case_id = case_id
        self.outputs = Outputs(session, runner, self)
        self.plans: list[SafetyPlan] = []
        editing = session.can(Permission.CASE_EDIT)
        self.message = MessageLabel(self, object_name="safetyMessage")

        # danger assessment
        self.trend = TrendChart(self)
        self.assessment_model = AssessmentTableModel(parent=self)
        self.assessment_table = _table(self, "assessmentTable", self.tr("Danger assessments"),
                                       self.assessment_model, AssessmentTableModel.NOTE)  # fmt: skip
        self.last_assessed = QLabel(self)
        self.last_assessed.setObjectName("muted")
        self.assess_button = named_button(self, "assessDanger", self.tr("&Assess danger…"), self.assess, editing)
        self.assess_button.setObjectName("primary")
        assessment_box = self._box(self.tr("Danger assessment"), [self.assess_button, self.last_assessed],
                                   self.trend, self.assessment_table)  # fmt: skip

        # safety plan
        self.plan_text = QLabel(self)
        self.plan_text.setObjectName("planSummary")
        self.plan_text.setWordWrap(True)
        self.plan_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.plan_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plan_button = named_button(self, "editPlan", self.tr("&Write the plan…"), self.edit_plan, editing)
        self.card_button = named_button(self, "safetyCard", self.tr("Safety &card…"), self.print_card,
                                        session.can(Permission.DOCUMENTS))  # fmt: skip
        plan_box = self._box(self.tr("Safety plan"), [self.plan_button, self.card_button], self.plan_text)

        # protective measures
        self.measure_model = MeasureTableModel(parent=self)
        self.measure_table = _table(self, "measureTable", self.tr("Protective measures"), self.measure_model,
                                    MeasureTableModel.KIND)  # fmt: skip
        self.measure_table.doubleClicked.connect(lambda _i: self.edit_measure())
        self.add_measure_button = named_button(self, "addMeasure", self.tr("A&dd a measure…"),
                                               lambda: self.edit_measure(new=True), editing)  # fmt: skip
        self.edit_measure_button = named_button(self, "editMeasure", self.tr("&Extend or end…"),
                                                self.edit_measure, editing)  # fmt: skip
        measure_box = self._box(self.tr("Protective measures"), [self.add_measure_button, self.edit_measure_button],
                                self.measure_table)  # fmt: skip

        # legal deadlines
        self.deadline_model = DeadlineTableModel(parent=self)
        self.deadline_table = _table(self, "deadlineTable", self.tr("Legal deadlines"), self.deadline_model,
                                     DeadlineTableModel.STATE)  # fmt: skip
        self.learned_on = date_edit(self, "harmLearnedOn", self.tr("Learned of the harm on"))
        self.learned_on.setToolTip(self.tr("Empty: the incident date"))
        self.decision_on = date_edit(self, "reliefDecisionOn", self.tr("Relief fund decision served on"))
        self.save_dates_button = named_button(self, "saveDeadlineDates", self.tr("Sa&ve dates"), self.save_dates,
                                              editing)  # fmt: skip
        self.waive_button = named_button(self, "waiveDeadline", self.tr("&Not applicable…"), self.waive, editing)
        self.unwaive_button = named_button(self, "unwaiveDeadline", self.tr("A&pplies again"), self.unwaive, editing)
        dates = QHBoxLayout()
        dates.addWidget(buddy_label(self.tr("&Learned of the harm:"), self.learned_on, self))
        dates.addWidget(self.learned_on)
        dates.addWidget(buddy_label(self.tr("Decision ser&ved:"), self.decision_on, self))
        dates.addWidget(self.decision_on)
        dates.addWidget(self.save_dates_button)
        dates.addStretch(1)
        deadline_box = self._box(self.tr("Legal deadlines"), [self.waive_button, self.unwaive_button],
                                 self.deadline_table, dates)  # fmt: skip

        grid = QGridLayout()
        grid.addWidget(assessment_box, 0, 0)
        grid.addWidget(plan_box, 0, 1)
        grid.addWidget(measure_box, 1, 0)
        grid.addWidget(deadline_box, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 6)
        layout.addLayout(grid, 1)
        layout.addWidget(self.message)

    def _box(self, title: str, tools: list[QWidget], *content: QWidget | QHBoxLayout) -> QGroupBox:
        box = QGroupBox(title, self)
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        for tool in tools:
            row.addWidget(tool)
        row.addStretch(1)
        column.addLayout(row)
        for part in content:
            if isinstance(part, QHBoxLayout):
                column.addLayout(part)
            else:
                column.addWidget(part, 1)
        return box

    # -- reading ------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        safety = self.session.safety
        try:
            assessments = safety.assessments(self.case_id)
            self.plans = safety.plans(self.case_id)
            measures = safety.measures(self.case_id)
            deadlines = safety.case_deadlines(self.case_id)
            _incident, learned, decision = safety.case_dates(self.case_id)
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.trend.show_assessments(assessments)
        self.assessment_model.set_records(list(reversed(assessments)))
        last = assessments[-1] if assessments else None
        self.last_assessed.setText(
            self.tr("Last assessed {date}: {level}").format(date=day(last.assessed_on),
                                                            level=label(RISK_LEVEL_LABELS, last.level))
            if last else self.tr("Not assessed yet")
        )  # fmt: skip
        self._show_plan()
        self.measure_model.set_records(measures)
        self.deadline_model.set_records(deadlines)
        self.learned_on.setText(iso_day(learned))
        self.decision_on.setText(iso_day(decision))

    def _show_plan(self) -> None:
        plan = self.plans[0] if self.plans else None
        if plan is None:
            self.plan_text.setText(
                self.tr("No safety plan yet. The safety card then holds the emergency numbers only.")
            )
            return
        lines = [
            self.tr("Version {version} of {date}").format(version=plan.version, date=day(plan.written_on))
            + (" · " + self.tr("review on {date}").format(date=day(plan.review_on)) if plan.review_on else "")
        ]
        for section in PlanSection:
            text = plan.text(section)
            if text:
                title = QCoreApplication.translate("Safety", PLAN_SECTION_LABELS[section])
                lines.append(f"<b>{title}</b>: {_escape(text)}")
        self.plan_text.setText("<br>".join(lines))

    # -- acting ----------------------------------------------------------------------------------------------------
    def assess(self) -> QDialog | None:
        try:
            checklist = self.session.safety.checklist()
        except OneStopError as err:
            self.message.show_error(err)
            return None
        dialog = AssessmentDialog(self.session, self.case_id, checklist, self)
        dialog.accepted.connect(lambda: self._assessed(dialog))
        dialog.open()
        return dialog

    def _assessed(self, dialog: AssessmentDialog) -> None:
        self.refresh()
        self.changed.emit()
        if dialog.made is not None and needs_safety_review(dialog.made.level):
            self.message.show_error(
                self.tr("The danger is high: review the safety plan with the client and consider a 신변보호 referral.")
            )
        else:
            self.message.show_success(self.tr("Assessment recorded."))

    def edit_plan(self) -> QDialog:
        dialog = SafetyPlanDialog(self.session, self.case_id, self.plans[0] if self.plans else None, self)
        dialog.accepted.connect(self._plan_saved)
        dialog.open()
        return dialog

    def _plan_saved(self) -> None:
        self.refresh()
        self.message.show_success(self.tr("Plan saved."))

    def edit_measure(self, new: bool = False) -> QDialog | None:
        current = (
            None if new else self.measure_model.record_at(self.measure_model.row_of(selected_id(self.measure_table)))
        )
        if not new and current is None:
            return None
        dialog = MeasureDialog(self.session, self.case_id, current, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def _deadline(self) -> tuple[str, str]:
        code = selected_id(self.deadline_table)
        record = self.deadline_model.record_at(self.deadline_model.row_of(code))
        return code, QCoreApplication.translate("Deadline", record.rule.kind) if record else ""

    def waive(self) -> QDialog | None:
        code, what = self._deadline()
        if not code:
            return None
        dialog = WaiverDialog(self.session, self.case_id, code, what, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def unwaive(self) -> None:
        code, _what = self._deadline()
        if code:
            self._run(lambda: self.session.safety.waive(self.case_id, code, None))

    def save_dates(self) -> None:
        learned, decision = self.learned_on.text(), self.decision_on.text()
        self._run(lambda: self.session.safety.set_dates(self.case_id, learned, decision), self.tr("Dates saved."))

    def _run(self, write: Callable[[], object], done: str = "") -> None:
        try:
            with waiting():
                write()
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.refresh()
        if done:
            self.message.show_success(done)

    def print_card(self) -> QDialog:
        return self.outputs.safety_card(self.case_id)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
