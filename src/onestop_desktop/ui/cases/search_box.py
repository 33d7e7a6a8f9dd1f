"""The list's search line, in two modes: cases (answered as you type) and session notes (on Enter).

Each mode keeps its own text, so switching back and forth loses nothing. Down moves into the results.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QToolButton, QWidget


class SearchBox(QWidget):
    case_text_changed = Signal(str)
    case_entered = Signal()
    notes_entered = Signal(str)
    mode_changed = Signal(bool)  # True: session notes
    down_pressed = Signal()

    def __init__(self, notes_allowed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = {False: "", True: ""}
        self.edit = QLineEdit(self)
        self.edit.setObjectName("caseSearch")
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(self.tr("Search cases"))
        self.edit.setMinimumWidth(320)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.returnPressed.connect(self._entered)
        self.edit.installEventFilter(self)
        self.case_mode = self._mode_button(
            "searchCases", self.tr("Cases"), self.tr("Search names, aliases, case numbers and phone numbers")
        )
        self.note_mode = self._mode_button(
            "searchNotes", self.tr("Session notes"), self.tr("Full-text search in the notes of counseling sessions")
        )
        self.note_mode.setVisible(notes_allowed)
        modes = QButtonGroup(self)
        modes.setExclusive(True)
        modes.addButton(self.case_mode)
        modes.addButton(self.note_mode)
        self.case_mode.setChecked(True)
        self.case_mode.toggled.connect(self._mode_changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.case_mode)
        row.addWidget(self.note_mode)
        self._placeholder()

    def _mode_button(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        return button

    @property
    def notes_active(self) -> bool:
        return bool(self.note_mode.isChecked())

    @property
    def case_text(self) -> str:
        return self._texts[False].strip()

    def show_mode(self, notes: bool) -> None:
        """Switch mode (notes only where allowed) and put the cursor in the box."""
        if notes and self.note_mode.isVisibleTo(self):
            self.note_mode.setChecked(True)
        elif not notes:
            self.case_mode.setChecked(True)
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def _text_changed(self, text: str) -> None:
        self._texts[self.notes_active] = text
        if not self.notes_active:
            self.case_text_changed.emit(text)

    def _entered(self) -> None:
        if self.notes_active:
            self.notes_entered.emit(self.edit.text())
        else:
            self.case_entered.emit()

    def _mode_changed(self) -> None:
        notes = self.notes_active
        self.edit.blockSignals(True)
        self.edit.setText(self._texts[notes])
        self.edit.blockSignals(False)
        self._placeholder()
        self.mode_changed.emit(notes)
        self.edit.setFocus()

    def _placeholder(self) -> None:
        self.edit.setPlaceholderText(
            self.tr("Words in session notes, then Enter")
            if self.notes_active
            else self.tr("Name, alias, case number, phone number")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.down_pressed.emit()
            return True
        return super().eventFilter(watched, event)
