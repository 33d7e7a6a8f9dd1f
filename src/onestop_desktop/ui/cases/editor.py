"""A form on a case tab whose saved state is a form dataclass.

The form is dirty while what is on screen differs from the last state read from the
database (`baseline`). A fresh read of the case replaces what is on screen only when there
are no unsaved edits; with edits, it only tells whether they were made against the same
content (then the new version stamp applies to them, else saving reports a conflict).
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from ...domain.casework import CaseFile
from ..common.field_errors import FieldErrors

F = TypeVar("F")


class FormEditor(QWidget, Generic[F]):
    dirty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self._baseline: F | None = None  # None: show the next record read, whatever is on screen
        self._dirty = False
        self._loading = False
        self.editable = True

    # -- what a subclass provides ------------------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def current_form(self) -> F:
        raise NotImplementedError

    def show_form(self, form: F) -> None:
        raise NotImplementedError

    def commit(self) -> None:
        """Save through the service; raises OneStopError when refused."""
        raise NotImplementedError

    def refresh(self, case_file: CaseFile) -> None:
        raise NotImplementedError

    # -- state ---------------------------------------------------------------------------------------
    def load(self, form: F) -> None:
        self._loading = True
        try:
            self.show_form(form)
        finally:
            self._loading = False
        self._baseline = form
        self.errors.clear()
        self.check_dirty()

    def adopt(self, form: F) -> bool:
        """A fresh read of the record. Returns True when its version stamp applies to what is on screen."""
        if self._baseline is None or not self.is_dirty():
            self.load(form)
            return True
        return form == self._baseline

    def is_dirty(self) -> bool:
        return self.editable and self._baseline is not None and self.current_form() != self._baseline

    def check_dirty(self) -> None:
        if self._loading:
            return
        dirty = self.is_dirty()
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def save(self) -> None:
        self.commit()
        self._baseline = None  # the next read shows what was stored (normalised)
        self.check_dirty()

    def revert(self) -> None:
        if self._baseline is not None:
            self.load(self._baseline)

    def discard(self) -> None:
        """Drop the edits: the next read replaces them."""
        self._baseline = None
        self.errors.clear()
        self.check_dirty()

    # -- helpers ---------------------------------------------------------------------------------------
    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.textChanged.connect(self.check_dirty)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.check_dirty)
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(self.check_dirty)
            elif isinstance(widget, QListWidget):
                widget.itemChanged.connect(self.check_dirty)

    def set_editable(self, editable: bool, *widgets: QWidget) -> None:
        self.editable = editable
        for widget in widgets:
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(not editable)
            else:
                widget.setEnabled(editable)
