"""욕구·계획: the level and a note for each of the 11 service domains, and the plan's goals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from ...domain.casework import CaseFile, FieldProblem
from ...domain.errors import ErrorCode, OneStopError
from ...domain.roles import Permission
from ...domain.taxonomy import NEED_LEVEL_LABELS, SERVICE_DOMAIN_LABELS, NeedLevel, ServiceDomain
from ...domain.validation import TOO_LONG
from ...services.session import Session
from ..common.fields import choice, enum_combo, set_choice, text_edit
from ..common.text import label
from ..common.widgets import Card
from .editor import FormEditor
from .goal_editor import GoalEditor
from .page import CasePage

NeedsForm = tuple[tuple[ServiceDomain, NeedLevel, str], ...]
NOTE_LIMIT = 1000


class NeedsEditor(FormEditor[NeedsForm]):
    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.levels: dict[ServiceDomain, QComboBox] = {}
        self.notes: dict[ServiceDomain, QLineEdit] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.addWidget(QLabel(self.tr("Domain"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("Need"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("Note"), self), 0, 2)
        for row, domain in enumerate(ServiceDomain, start=1):
            name = label(SERVICE_DOMAIN_LABELS, domain)
            caption = QLabel(name, self)
            caption.setWordWrap(True)
            level = enum_combo(
                self, f"need-{domain}", self.tr("Need for {domain}").format(domain=name), NEED_LEVEL_LABELS
            )
            note = text_edit(
                self, f"needNote-{domain}", self.tr("Note on {domain}").format(domain=name), max_length=NOTE_LIMIT
            )
            caption.setBuddy(level)
            self.levels[domain] = level
            self.notes[domain] = note
            grid.addWidget(caption, row, 0)
            grid.addWidget(level, row, 1)
            grid.addWidget(self.errors.wrap(f"note:{domain}", note, self), row, 2)
            self.watch(level, note)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(ServiceDomain) + 1, 1)
        self.set_editable(session.can(Permission.CASE_EDIT), *self.levels.values(), *self.notes.values())

    def title(self) -> str:
        return self.tr("Needs")

    def current_form(self) -> NeedsForm:
        return tuple((d, NeedLevel(choice(self.levels[d])), self.notes[d].text()) for d in ServiceDomain)

    def show_form(self, form: NeedsForm) -> None:
        for domain, level, note in form:
            set_choice(self.levels[domain], level)
            self.notes[domain].setText(note)

    def refresh(self, case_file: CaseFile) -> None:
        stored = {n.domain: n for n in case_file.needs}
        self.adopt(
            tuple(
                (d, stored[d].level if d in stored else NeedLevel.NONE, stored[d].note if d in stored else "")
                for d in ServiceDomain
            )
        )

    def commit(self) -> None:
        before = dict((d, (lv, n)) for d, lv, n in self._baseline or ())
        changed = [(d, lv, n) for d, lv, n in self.current_form() if before.get(d) != (lv, n)]
        too_long = [
            FieldProblem(f"note:{d}", TOO_LONG, {"max": str(NOTE_LIMIT)})
            for d, _, n in changed
            if len(n.strip()) > NOTE_LIMIT
        ]
        if too_long:
            raise OneStopError(ErrorCode.INVALID_INPUT, count=len(too_long), problems=too_long)
        for domain, level, note in changed:
            self.session.cases.set_need(self.case_id, domain, level, note)


class NeedsPage(CasePage):
    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("needsPage")
        inner = QWidget(self)
        inner.setObjectName("workspace")
        inner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        needs_card = Card(self.tr("Needs assessment"), inner, compact=True)
        self.needs = NeedsEditor(session, case_id, needs_card)
        needs_card.body.addWidget(self.needs, 1)
        plan_card = Card(self.tr("Service plan"), inner, compact=True)
        self.goals = GoalEditor(session, case_id, plan_card)
        self.goals.splitter.setOrientation(Qt.Orientation.Vertical)
        self.goals.outer.setContentsMargins(0, 0, 0, 0)
        self.goals.page_save = self.save
        plan_card.body.addWidget(self.goals, 1)
        grid = QGridLayout(inner)
        grid.setContentsMargins(12, 12, 12, 12)
        grid.setSpacing(12)
        grid.addWidget(needs_card, 0, 0)
        grid.addWidget(plan_card, 0, 1)
        grid.setColumnStretch(0, 11)
        grid.setColumnStretch(1, 9)
        self.column.addWidget(inner, 1)
        self.finish_layout()
        self.add_editor(self.needs)
        self.add_editor(self.goals)
