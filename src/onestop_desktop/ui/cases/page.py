"""A tab of a case: its forms, and a bar at the bottom that appears while something is unsaved.

`save()` writes every form of the tab that has unsaved edits, in reading order, and stops at
the first refusal: its messages go under the fields (the rest of the bar's message says why),
and nothing typed is cleared. `saved` asks the case to be read again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.casework import CaseFile, FieldProblem
from ...domain.errors import ErrorCode, OneStopError
from ..common.text import problem_text
from ..common.waiting import waiting
from ..common.widgets import MessageLabel
from ..errors import error_text
from .editor import FormEditor
from .record_editor import RecordEditor


class SaveBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.message = MessageLabel(self, object_name="saveMessage")
        self.reload_button = QPushButton(self.tr("Show their version"), self)
        self.reload_button.setObjectName("reloadCase")
        self.reload_button.setToolTip(
            self.tr("Replaces your edits in this form with the version saved by the other person.")
        )
        self.reload_button.setVisible(False)
        self.revert_button = QPushButton(self.tr("Undo changes"), self)
        self.revert_button.setObjectName("revertCase")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("primary")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.hint = QLabel(self.tr("Unsaved changes on this tab. Save with Ctrl+S."), self)
        self.hint.setObjectName("muted")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.hint)
        layout.addWidget(self.message, 1)
        layout.addStretch(0)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.revert_button)
        layout.addWidget(self.save_button)


class CasePage(QWidget):
    saved = Signal()
    dirty_changed = Signal()
    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors: list[FormEditor[Any]] = []
        self.bar = SaveBar(self)
        self.bar.save_button.clicked.connect(self.save)
        self.bar.revert_button.clicked.connect(self.revert)
        self.bar.reload_button.clicked.connect(self._take_theirs)
        self._conflicted: FormEditor[Any] | None = None
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(0)
        self._update_bar()

    def finish_layout(self) -> None:
        """Call after the content is added: the bar goes last."""
        self.column.addWidget(self.bar)

    def add_editor(self, editor: FormEditor[Any]) -> None:
        self.editors.append(editor)
        editor.dirty_changed.connect(self._on_dirty)
        if isinstance(editor, RecordEditor):  # a record removed by mistake: read the case again
            editor.removed.connect(self.reload_requested)

    def _on_dirty(self) -> None:
        self._update_bar()
        self.dirty_changed.emit()

    def _update_bar(self) -> None:
        dirty = self.is_dirty()
        self.bar.save_button.setEnabled(dirty)
        self.bar.revert_button.setEnabled(dirty)
        if not dirty and self.bar.message.tone != "error":
            self.bar.message.clear_message()
        has_message = self.bar.message.isVisibleTo(self.bar)
        self.bar.hint.setVisible(dirty and not has_message)
        self.bar.setVisible(dirty or has_message)

    def is_dirty(self) -> bool:
        return any(editor.is_dirty() for editor in self.editors)

    def dirty_titles(self) -> list[str]:
        return [editor.title() for editor in self.editors if editor.is_dirty()]

    def refresh(self, case_file: CaseFile) -> None:
        for editor in self.editors:
            editor.refresh(case_file)
        self._update_bar()

    def save(self) -> bool:
        """True when nothing unsaved is left on this tab."""
        self.bar.message.clear_message()
        self.bar.reload_button.setVisible(False)
        wrote = False
        for editor in self.editors:
            if not editor.is_dirty():
                continue
            try:
                with waiting():
                    editor.save()
            except OneStopError as err:
                self._refused(editor, err)
                if wrote:
                    self.saved.emit()
                return False
            wrote = True
        if wrote:
            self.saved.emit()
        self._update_bar()
        return True

    def _refused(self, editor: FormEditor[Any], err: OneStopError) -> None:
        if err.code is ErrorCode.INVALID_INPUT:
            problems: list[FieldProblem] = list(err.params.get("problems", []))
            elsewhere = editor.errors.show(problems)
            lines = [problem_text(p) for p in elsewhere]
            self.bar.message.show_error("\n".join([editor.title() + ": " + error_text(err), *lines]))
        else:
            self.bar.message.show_error(editor.title() + ": " + error_text(err))
        if err.code is ErrorCode.EDIT_CONFLICT:
            self._conflicted = editor
            self.bar.reload_button.setVisible(True)
        self.bar.hint.setVisible(False)
        self.bar.setVisible(True)

    def revert(self) -> None:
        for editor in self.editors:
            editor.revert()
        self.bar.message.clear_message()
        self.bar.reload_button.setVisible(False)
        self._update_bar()

    def _take_theirs(self) -> None:
        if self._conflicted is not None:
            self._conflicted.discard()
            self._conflicted = None
        self.bar.message.clear_message()
        self.bar.reload_button.setVisible(False)
        self.reload_requested.emit()
        self._update_bar()
