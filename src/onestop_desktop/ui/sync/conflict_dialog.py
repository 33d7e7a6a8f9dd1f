"""동기화 충돌: edits that collided on two devices, kept side by side until a counselor settles them.

A field conflict is settled with one side's value or a combination typed here; a delete conflict by
restoring the record (the edits stand) or confirming the removal. The resolution syncs like any edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OneStopError
from ...services.session import Session
from ...services.sync import ConflictView
from ..common.forms import named_button
from ..common.tables import record_table, select_row, selected_id
from ..common.widgets import MessageLabel, paragraph
from ..models.conflict_table_model import ConflictTableModel
from .labels import field_label, one_line, value_text, when_text


def _typed(text: str, versions: list[Any]) -> Any:
    """The combined text as the column's kind of value: a whole number stays a number."""
    numbers = [v for v in versions if v is not None]
    if numbers and all(isinstance(v, int) and not isinstance(v, bool) for v in numbers):
        try:
            return int(text.strip())
        except ValueError:
            return text
    return text


class ConflictDialog(QDialog):
    resolved = Signal(str)  # case id ("" for a center-wide record)
    open_case = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.model = ConflictTableModel(parent=self)
        self.table = record_table(self, "conflictTable", self.tr("Sync conflicts"), self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (
            ConflictTableModel.CASE,
            ConflictTableModel.FIELD,
            ConflictTableModel.FIRST_BY,
            ConflictTableModel.SECOND_BY,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (ConflictTableModel.FIRST, ConflictTableModel.SECOND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        intro = paragraph(
            self.tr(
                "The same information was changed on two devices before they synchronized. Both versions are kept "
                "until you choose one, or combine them, here. Your choice reaches the other devices with the next "
                "sync."
            ),
            self,
            object_name="muted",
        )
        self.detail = QGroupBox(self.tr("Selected conflict"), self)
        self.detail.setObjectName("conflictDetail")
        self.heading = QLabel(self.detail)
        self.heading.setObjectName("conflictHeading")
        self.heading.setWordWrap(True)
        self.sides = QVBoxLayout()
        self.side_group = QButtonGroup(self)
        self.side_group.idClicked.connect(self._side_chosen)
        self.value_label = QLabel(self.tr("&Value to keep (choose a side above, or combine both here):"), self.detail)
        self.value_edit = QPlainTextEdit(self.detail)
        self.value_edit.setObjectName("conflictValue")
        self.value_edit.setAccessibleName(self.tr("Value to keep"))
        self.value_edit.setTabChangesFocus(True)
        self.value_edit.setFixedHeight(self.fontMetrics().height() * 5)
        self.value_label.setBuddy(self.value_edit)
        self.keep_button = named_button(self, "resolveKeep", self.tr("&Keep this value"), self._keep)
        self.restore_button = named_button(self, "resolveRestore", self.tr("&Restore the record"), self._restore)
        self.confirm_delete_button = named_button(
            self, "resolveDelete", self.tr("Confirm the &removal"), self._confirm_delete
        )
        self.open_button = named_button(self, "conflictOpenCase", self.tr("&Open the case"), self._open_case)
        actions = QHBoxLayout()
        for button in (self.keep_button, self.restore_button, self.confirm_delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.heading)
        detail_layout.addLayout(self.sides)
        detail_layout.addWidget(self.value_label)
        detail_layout.addWidget(self.value_edit)
        detail_layout.addLayout(actions)
        self.message = MessageLabel(self, object_name="conflictMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.resize(1100, 640)
        self.reload()

    # -- reading ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        keep = selected_id(self.table)
        try:
            conflicts = self.session.sync.conflicts()
            cases = self.session.sync.case_labels({c.case_id for c in conflicts if c.case_id})
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.model.set_conflicts(conflicts, cases)
        row = self.model.row_of(keep) if keep else -1
        select_row(self.table, row if row >= 0 else 0)
        self._show_selected()

    def selected(self) -> ConflictView | None:
        index = self.table.currentIndex()
        return self.model.record_at(index.row()) if index.isValid() else None

    def _show_selected(self) -> None:
        conflict = self.selected()
        while self.sides.count():
            item = self.sides.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                if isinstance(widget, QRadioButton):
                    self.side_group.removeButton(widget)
                widget.deleteLater()
        self.detail.setEnabled(conflict is not None)
        if conflict is None:
            self.heading.setText(self.tr("There are no open sync conflicts."))
            for widget in (
                self.value_label,
                self.value_edit,
                self.keep_button,
                self.restore_button,
                self.confirm_delete_button,
            ):
                widget.setVisible(False)
            self.open_button.setEnabled(False)
            return
        field_conflict = conflict.kind == "field"
        self.heading.setText(f"{self.model.case_text(conflict)} — {field_label(conflict.table, conflict.column)}")
        for widget in (self.value_label, self.value_edit, self.keep_button):
            widget.setVisible(field_conflict)
        self.restore_button.setVisible(not field_conflict)
        self.confirm_delete_button.setVisible(not field_conflict)
        self.open_button.setEnabled(bool(conflict.case_id))
        for i, version in enumerate(conflict.versions):
            by = self.tr("{device}, {user}, {when}").format(
                device=version.device_name, user=version.username, when=when_text(version.when)
            )
            if not field_conflict:
                text = (self.tr("Removed — {by}") if i == 0 else self.tr("Changed to “{value}” — {by}")).format(
                    value=one_line(version.value, 90), by=by
                )
                label = QLabel(text, self.detail)
                label.setWordWrap(True)
                self.sides.addWidget(label)
                continue
            radio = QRadioButton(
                self.tr("“{value}” — {by}").format(value=one_line(version.value, 90), by=by), self.detail
            )
            radio.setToolTip(value_text(version.value))  # a radio button does not wrap: the whole text is here
            radio.setObjectName(f"conflictSide{i}")
            self.side_group.addButton(radio, i)
            self.sides.addWidget(radio)
        if not field_conflict:
            hint = QLabel(
                self.tr(
                    "Restore keeps the record with the changes made on the other device; confirming "
                    "removes it on every device."
                ),
                self.detail,
            )
            hint.setWordWrap(True)
            hint.setObjectName("muted")
            self.sides.addWidget(hint)
        self.value_edit.clear()
        self.value_edit.document().setModified(False)

    def _side_chosen(self, side: int) -> None:
        conflict = self.selected()
        if conflict is not None and 0 <= side < len(conflict.versions):
            value = conflict.versions[side].value
            self.value_edit.setPlainText("" if value is None else str(value))
            self.value_edit.document().setModified(False)

    def has_input(self) -> bool:
        """A combined value is being typed: an automatic sync waits (its reload would drop the text)."""
        return self.isVisible() and self.value_edit.document().isModified()

    # -- settling -----------------------------------------------------------------------------------------
    def _keep(self) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        text = self.value_edit.toPlainText()
        side = self.side_group.checkedId()
        chosen = conflict.versions[side].value if 0 <= side < len(conflict.versions) else None
        if side >= 0 and text == ("" if chosen is None else str(chosen)):
            value: Any = chosen  # exactly one side, with its own type
        elif side < 0 and not text:
            self.message.show_error(self.tr("Choose one of the values, or type the combined value."))
            return
        else:
            value = _typed(text, [v.value for v in conflict.versions])
        self._resolve(
            conflict, value, self.tr("The conflict is settled; the value reaches the other devices with the next sync.")
        )

    def _restore(self) -> None:
        conflict = self.selected()
        if conflict is not None:
            self._resolve(conflict, None, self.tr("The record is restored."))

    def _confirm_delete(self) -> None:
        conflict = self.selected()
        if conflict is not None:
            self._resolve(conflict, True, self.tr("The removal is confirmed."))

    def _resolve(self, conflict: ConflictView, value: Any, done: str) -> None:
        try:
            self.session.sync.resolve(conflict.id, value)
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.reload()
        self.message.show_success(done)
        self.resolved.emit(conflict.case_id)

    def _open_case(self) -> None:
        conflict = self.selected()
        if conflict is not None and conflict.case_id:
            self.open_case.emit(conflict.case_id)
