"""Merging two client records of one person: the fields whose values differ side by side, each chosen one by one
(the kept client's value unless the other is chosen); 병합 moves everything of the other client to the kept one.
Which client is kept can be swapped. A merge cannot be undone, so 취소 is the default button."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QWidget,
)

from ...domain.casework import ClientForm
from ...domain.errors import OneStopError
from ...domain.taxonomy import GENDER_LABELS, Gender
from ...services.client_records import MergePreview
from ...services.session import Session
from ..common.dialog_buttons import confirm_buttons, dialog_column
from ..common.forms import named_button
from ..common.history_labels import FIELDS
from ..common.text import label
from ..common.widgets import MessageLabel, paragraph

_FLAGS = frozenset({"address_private", "offender_cohabits", "guardian_is_suspect"})
# The fields in the order the client's details show them (the preview lists them alphabetically by column).
_FORM_ORDER = {f.name: i for i, f in enumerate(dataclasses.fields(ClientForm))}


def value_text(field: str, value: object) -> str:
    if value is None or value == "":
        return "—"
    if field in _FLAGS:
        return (
            QCoreApplication.translate("MergeDialog", "yes")
            if value
            else QCoreApplication.translate("MergeDialog", "no")
        )
    if field == "gender":
        return label(GENDER_LABELS, Gender(str(value)))
    return str(value)


class MergeDialog(QDialog):
    merged = Signal(str)  # a one-line confirmation

    def __init__(self, session: Session, keep_case: str, other_case: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.keep_case, self.other_case = keep_case, other_case
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge two clients"))
        self.heading = paragraph("", self, object_name="mergeHeading")
        explanation = paragraph(
            self.tr(
                "For each field whose values differ, choose the value to keep. Both cases remain; a merge cannot be "
                "undone."
            ),
            self,
            object_name="muted",
        )
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.swap_button = named_button(self, "mergeSwap", self.tr("&Keep the other client instead"), self.swap)
        self.message = MessageLabel(self, object_name="mergeMessage")
        buttons = confirm_buttons(self, self.tr("&Merge"), "mergeOk", self.submit, cancel_is_default=True)
        swap_row = QHBoxLayout()
        swap_row.addWidget(self.swap_button)
        swap_row.addStretch(1)
        dialog_column(self, self.heading, explanation, scroll, swap_row, self.message, buttons)
        self.choices: dict[str, QButtonGroup] = {}
        self.preview: MergePreview | None = None
        self.resize(760, 520)
        self.load()

    def load(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop, and the new rows are drawn first
                widget.deleteLater()
        for group in self.choices.values():
            group.deleteLater()
        self.choices.clear()
        try:
            self.preview = self.session.clients.preview(self.keep_case, self.other_case)
        except OneStopError as err:
            self.preview = None
            self.message.show_error(err)
            return
        p = self.preview
        if p.other_cases == (self.other_case,) and p.keep_cases == (self.keep_case,):  # one case each
            heading = self.tr("The client of {other} is merged into the client of {keep}.")
        else:
            heading = self.tr(
                "The client of {other} ({other_cases}) is merged into the client of {keep} ({keep_cases})."
            )
        self.heading.setText(
            heading.format(
                other=self.other_case,
                other_cases=", ".join(p.other_cases),
                keep=self.keep_case,
                keep_cases=", ".join(p.keep_cases),
            )
        )
        for column, text in enumerate((self.tr("Field"), self.tr("Kept client"), self.tr("Other client"))):
            self.grid.addWidget(QLabel(f"<b>{text}</b>", self.grid_host), 0, column)
        if not p.differing:
            self.grid.addWidget(QLabel(self.tr("The two records hold the same values."), self.grid_host), 1, 0, 1, 3)
        differing = sorted(p.differing, key=lambda d: _FORM_ORDER.get(d[0], len(_FORM_ORDER)))
        for row, (field, mine, theirs) in enumerate(differing, start=1):
            name = QCoreApplication.translate("History", FIELDS.get(field, field))
            self.grid.addWidget(QLabel(name, self.grid_host), row, 0)
            group = QButtonGroup(self)
            for column, value in ((1, mine), (2, theirs)):
                button = QRadioButton(value_text(field, value), self.grid_host)
                button.setObjectName(f"merge-{field}-{'keep' if column == 1 else 'other'}")
                side = self.tr("kept client") if column == 1 else self.tr("other client")
                button.setAccessibleName(self.tr("{field}: {side}").format(field=name, side=side))
                group.addButton(button, column)
                self.grid.addWidget(button, row, column)
            group.button(1).setChecked(True)
            self.choices[field] = group
        self.grid.setRowStretch(len(p.differing) + 1, 1)

    def taken_from_other(self) -> frozenset[str]:
        return frozenset(field for field, group in self.choices.items() if group.checkedId() == 2)

    def swap(self) -> None:
        self.keep_case, self.other_case = self.other_case, self.keep_case
        self.message.clear_message()
        self.load()

    def submit(self) -> None:
        if self.preview is None:
            return
        try:
            moved = self.session.clients.merge(self.keep_case, self.other_case, self.taken_from_other())
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.merged.emit(
            self.tr("Merged: the client of {other} is now the client of {keep} ({rows} records moved).").format(
                other=self.other_case, keep=self.keep_case, rows=sum(moved.values())
            )
        )
        self.done(QDialog.DialogCode.Accepted)
