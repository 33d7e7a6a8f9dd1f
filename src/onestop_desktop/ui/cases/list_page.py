"""The case list: search as you type, filters, sort by header, note search, and my tasks beside it.

The first page of a query is read on the spot (a few milliseconds); the count, which may take
longer on a large center, runs on the background worker and is shown when it arrives. While
text is searched the results come newest record first, so the sort indicator is switched off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.casework import CaseQuery, CaseSort
from ...domain.errors import OneStopError
from ...domain.roles import Permission
from ...services.session import Session
from ..common.tables import record_table, select_row, selected_id
from ..common.text import count_text
from ..errors import error_text
from ..models.case_list_model import SORTS, CaseListModel, Column
from ..ops import BackgroundRunner
from .filter_bar import FilterBar
from .note_search import NoteSearchView
from .people import People
from .search_box import SearchBox
from .todo_panel import TodoPanel

DEBOUNCE_MS = 150
_WIDTHS = {
    Column.CASE_NUMBER: 128,
    Column.NAME: 82,
    Column.STATUS: 76,
    Column.RISK: 92,
    Column.LEAD: 84,
    Column.INTAKE: 96,
    Column.ACTIVITY: 96,
    Column.FOLLOWUPS: 100,
}
_ASCENDING_FIRST = (CaseSort.CASE_NUMBER, CaseSort.CLIENT_NAME)


class CaseListPage(QWidget):
    open_case = Signal(str, str)  # case id, tab ("" = overview)
    new_intake = Signal()

    def __init__(
        self, session: Session, runner: BackgroundRunner, people: People, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.setObjectName("caseListPage")
        self._count_wanted: CaseQuery | None = None
        self._counting = False
        self._sort = CaseSort.ACTIVITY
        self._descending = True
        self.model = CaseListModel(session.cases.page, parent=self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_query)
        self._build(people)
        self.model.fetch_failed.connect(self._fetch_failed)

    def _build(self, people: People) -> None:
        self.search_box = SearchBox(self.session.can(Permission.NOTES_READ), self)
        self.search, self.case_mode, self.note_mode = (
            self.search_box.edit,
            self.search_box.case_mode,
            self.search_box.note_mode,
        )
        self.search_box.case_text_changed.connect(self._debounce.start)
        self.search_box.case_entered.connect(self._search_entered)
        self.search_box.notes_entered.connect(self._search_notes)
        self.search_box.mode_changed.connect(self._mode_changed)
        self.search_box.down_pressed.connect(self._into_results)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("caseCount")
        self.sort_hint = QLabel(self.tr("Search results: newest first"), self)
        self.sort_hint.setObjectName("muted")
        self.sort_hint.setVisible(False)
        self.intake_button = QPushButton(self.tr("New intake…"), self)
        self.intake_button.setObjectName("primary")
        self.intake_button.setToolTip(self.tr("New intake (Ctrl+N)"))
        self.intake_button.clicked.connect(self.new_intake)
        self.intake_button.setVisible(self.session.can(Permission.CASE_EDIT))
        top = QHBoxLayout()
        top.addWidget(self.search_box, 2)
        top.addSpacing(8)
        top.addWidget(self.count_label)
        top.addWidget(self.sort_hint)
        top.addStretch(1)
        top.addWidget(self.intake_button)

        self.filters = FilterBar(people, all_cases=self.session.can(Permission.CASES_ALL), parent=self)
        self.filters.changed.connect(self.apply_query)
        self.table = record_table(self, "caseTable", self.tr("Cases"), self.model, stretch_column=Column.CRIME_TYPES)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._header_clicked)
        for column, width in _WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.notes = NoteSearchView(self.session, self.runner, self)
        self.notes.open_case.connect(self.open_case)
        self.results = QStackedWidget(self)
        self.results.addWidget(self.table)
        self.results.addWidget(self.notes)
        self.todo = TodoPanel(self.session, self)
        self.todo.open_case.connect(self.open_case)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.results)
        self.splitter.addWidget(self.todo)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([960, 380])
        self.idle_note = QLabel(self)
        self.idle_note.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.idle_note)

    # -- queries ----------------------------------------------------------------------------------
    def start(self) -> None:
        """The first page and my tasks, right after login."""
        self.apply_query(force=True)
        self.todo.reload()

    def current_query(self) -> CaseQuery:
        text = self.search_box.case_text
        return self.filters.apply(CaseQuery(text=text, sort=self._sort, descending=self._descending))

    def apply_query(self, force: bool = False) -> None:
        self._debounce.stop()
        query = self.current_query()
        if query == self.model.query and not force:
            return
        keep = selected_id(self.table)
        self.model.set_query(query)
        self.mark_conflicts()
        select_row(self.table, self.model.row_of(keep) if keep else -1)
        searching = bool(query.text)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(not searching)
        header.setSectionsClickable(not searching)
        self.sort_hint.setVisible(searching)
        if not searching:
            header.setSortIndicator(
                self._sort_column(), Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
            )
        if not self.model.canFetchMore():  # everything is on the first page: that is the count
            self._count_wanted = query
            self._show_count(self.model.rowCount())
        else:
            self._request_count(query)

    def mark_conflicts(self) -> None:
        try:
            self.model.set_conflict_cases(self.session.sync.conflict_case_ids())
        except OneStopError:
            self.model.set_conflict_cases(set())

    def refresh(self) -> None:
        """Read the list again (after a change); the selected case stays selected when still listed."""
        self.apply_query(force=True)
        self.todo.reload()

    def _sort_column(self) -> int:
        return next(int(c) for c, s in SORTS.items() if s is self._sort)

    def _header_clicked(self, section: int) -> None:
        sort = SORTS.get(Column(section)) if 0 <= section < len(Column) else None
        if sort is None or self.search_box.case_text:
            header = self.table.horizontalHeader()  # not sortable: keep the indicator where it was
            header.setSortIndicator(
                self._sort_column(), Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
            )
            return
        if sort is self._sort:
            self._descending = not self._descending
        else:
            self._sort, self._descending = sort, sort not in _ASCENDING_FIRST
        self.apply_query()

    def _request_count(self, query: CaseQuery) -> None:
        self._count_wanted = query
        if self._counting:
            return  # the running count reports first; the newest query is counted after it
        self._counting = True
        self._mark_count(stale=True)
        cases = self.session.cases

        def done(count: int) -> None:
            self._counting = False
            if query == self._count_wanted:
                self._show_count(count)
            elif self._count_wanted is not None:
                self._request_count(self._count_wanted)

        def failed(err: OneStopError) -> None:
            self._counting = False

        self.runner.run(lambda: cases.count(query), done, failed)

    def _show_count(self, count: int) -> None:
        self.count_label.setText(count_text(count))
        self._mark_count(stale=False)

    def _mark_count(self, *, stale: bool) -> None:
        """Grey while a newer count is on its way."""
        self.count_label.setProperty("stale", stale)
        self.count_label.style().unpolish(self.count_label)
        self.count_label.style().polish(self.count_label)

    # -- search box ---------------------------------------------------------------------------------
    @property
    def note_search_active(self) -> bool:
        return self.search_box.notes_active

    def _search_notes(self, text: str) -> None:
        self.notes.search(text)

    def _fetch_failed(self, err: OneStopError) -> None:
        self.count_label.setText(error_text(err))

    def _search_entered(self) -> None:
        self.apply_query()
        row = self.table.currentIndex().row() if self.table.currentIndex().isValid() else 0
        self._open_row(row)

    def _mode_changed(self, notes: bool) -> None:
        self.results.setCurrentWidget(self.notes if notes else self.table)
        self.filters.setEnabled(not notes)
        self.count_label.setVisible(not notes)
        self.sort_hint.setVisible(not notes and bool(self.search_box.case_text))

    def focus_search(self, notes: bool = False) -> None:
        self.search_box.show_mode(notes)

    def _into_results(self) -> None:
        target = self.notes.table if self.note_search_active else self.table
        target.setFocus(Qt.FocusReason.TabFocusReason)
        if not target.currentIndex().isValid():
            select_row(target, 0)

    def _open_row(self, row: int) -> None:
        record = self.model.row_at(row)
        if record is not None:
            self.open_case.emit(record.id, "")

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle_note.setText(
            self.tr(
                "Lock the screen with Ctrl+L whenever you leave the desk. OneStop also locks by itself after "
                "{minutes} minutes without input. Your work stays as it was until you unlock."
            ).format(minutes=minutes)
        )
