"""상담 내용 검색: full-text search in session notes, run in the background when Enter is pressed.

Every search is a "view" in the audit trail, so it runs on Enter rather than on each keystroke.
Opening a hit opens its case on the sessions tab.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from ...domain.casework import NoteHit
from ...domain.errors import OneStopError
from ...services.session import Session
from ..common.tables import record_table
from ..errors import error_text
from ..models.note_hit_model import NoteHitModel
from ..ops import BackgroundRunner

LIMIT = 50
MIN_LENGTH = 2


class NoteSearchView(QWidget):
    open_case = Signal(str, str)  # case id, tab
    finished = Signal()

    def __init__(self, session: Session, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self._generation = 0
        self.last_text = ""
        self.model = NoteHitModel(parent=self)
        self.table = record_table(
            self, "noteHits", self.tr("Sessions whose notes contain the search"), self.model, stretch_column=3
        )
        for column in (0, 1, 2):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.prompt()

    def prompt(self) -> None:
        self.status.setText(
            self.tr(
                "Type at least two characters of a note and press Enter. Results are newest "
                "first; each search is recorded in the audit trail."
            )
        )

    def search(self, text: str) -> None:
        text = text.strip()
        if len(text) < MIN_LENGTH:
            self.model.set_records([])
            self.prompt()
            return
        self._generation += 1
        generation = self._generation
        self.last_text = text
        self.status.setText(self.tr("Searching…"))
        session = self.session

        def done(hits: list[NoteHit]) -> None:
            if generation == self._generation:
                self.show_hits(hits)
                self.finished.emit()

        def failed(err: OneStopError) -> None:
            if generation == self._generation:
                self.status.setText(error_text(err))
                self.finished.emit()

        self.runner.run(lambda: session.cases.search_notes(text, limit=LIMIT), done, failed)

    def show_hits(self, hits: list[NoteHit]) -> None:
        self.model.set_records(hits)
        if not hits:
            self.status.setText(self.tr("No session note contains “{text}”.").format(text=self.last_text))
        elif len(hits) >= LIMIT:
            self.status.setText(
                self.tr("The newest {count} sessions containing “{text}”. Add words to narrow the search.").format(
                    count=len(hits), text=self.last_text
                )
            )
        else:
            self.status.setText(
                self.tr("{count} sessions contain “{text}”, newest first.").format(count=len(hits), text=self.last_text)
            )
        if hits:
            self.table.selectRow(0)

    def open_current(self) -> None:
        self._activated(self.table.currentIndex())

    def _activated(self, index: QModelIndex) -> None:
        hit = self.model.record_at(index.row()) if index.isValid() else None
        if hit is not None:
            self.open_case.emit(hit.case_id, "sessions")

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
