"""안전조치: a protective measure with the dates of its decision (start, end), who decided and the decision's
number. For a smartwatch or an order the usual term is suggested as the end date; the decision's dates win."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QWidget

from ...domain.korean import parse_date
from ...domain.legal_deadlines import Unit, period_end
from ...domain.safety import MEASURE_LABELS, USUAL_MONTHS, Measure, MeasureKind
from ...services.session import Session
from ..common.dialog_buttons import confirm_buttons, dialog_column
from ..common.field_errors import FieldErrors
from ..common.fields import date_edit, text_edit
from ..common.form_submit import submit_form
from ..common.forms import buddy_label
from ..common.text import iso_day
from ..common.widgets import MessageLabel


class MeasureDialog(QDialog):
    def __init__(self, session: Session, case_id: str, current: Measure | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.current = current
        self.setObjectName("measureDialog")
        self.setWindowTitle(self.tr("Protective measure"))
        self.errors = FieldErrors()
        self.kind = QComboBox(self)
        self.kind.setObjectName("measureKind")
        self.kind.setAccessibleName(self.tr("Measure"))
        for kind in MeasureKind:
            self.kind.addItem(QCoreApplication.translate("Safety", MEASURE_LABELS[kind]), str(kind))
        self.starts_on = date_edit(self, "measureStarts", self.tr("From"))
        self.expires_on = date_edit(self, "measureExpires", self.tr("Until"))
        self.decided_by = text_edit(
            self, "measureDecidedBy", self.tr("Decided by"), placeholder=self.tr("e.g. police station, court")
        )
        self.reference = text_edit(self, "measureReference", self.tr("Decision number"), max_length=100)
        self.ended_on = date_edit(self, "measureEnded", self.tr("Ended or returned on"))
        self.note = text_edit(self, "measureNote", self.tr("Note"), max_length=1000)
        if current is not None:
            self.kind.setCurrentIndex(list(MeasureKind).index(current.kind))
            self.starts_on.setText(iso_day(current.starts_on))
            self.expires_on.setText(iso_day(current.expires_on))
            self.decided_by.setText(current.decided_by)
            self.reference.setText(current.reference)
            self.ended_on.setText(iso_day(current.ended_on))
            self.note.setText(current.note)
        else:
            self.starts_on.setText(date.today().isoformat())
            self._suggest()
        self.kind.currentIndexChanged.connect(lambda _i: self._suggest())
        self.starts_on.editingFinished.connect(self._suggest)
        form = QFormLayout()
        rows = (
            (self.tr("&Measure:"), "kind", self.kind),
            (self.tr("&From:"), "starts_on", self.starts_on),
            (self.tr("&Until:"), "expires_on", self.expires_on),
            (self.tr("&Decided by:"), "decided_by", self.decided_by),
            (self.tr("Decision &number:"), "reference", self.reference),
            (self.tr("&Ended on:"), "ended_on", self.ended_on),
            (self.tr("N&ote:"), "note", self.note),
        )
        for text, name, widget in rows:
            form.addRow(buddy_label(text, widget, self), self.errors.wrap(name, widget, self))
        self.message = MessageLabel(self, object_name="measureMessage")
        buttons = confirm_buttons(self, self.tr("&Save"), "measureOk", self.submit)
        dialog_column(self, form, self.message, buttons)
        self.setMinimumWidth(520)

    def chosen_kind(self) -> MeasureKind:
        return MeasureKind(self.kind.currentData())

    def _suggest(self) -> None:
        """The usual term as the end date, only while the end date is empty or was suggested."""
        if self.current is not None or (self.expires_on.text() and not self.expires_on.property("suggested")):
            return
        start = parse_date(self.starts_on.text())
        months = USUAL_MONTHS.get(self.chosen_kind())
        suggestion = period_end(start, months, Unit.MONTHS).isoformat() if start and months else ""
        self.expires_on.setText(suggestion)
        self.expires_on.setProperty("suggested", bool(suggestion))

    def submit(self) -> None:
        current = self.current
        made = submit_form(
            self.message,
            self.errors,
            lambda: self.session.safety.save_measure(
                self.case_id, self.chosen_kind(), self.starts_on.text(), self.expires_on.text(),
                decided_by=self.decided_by.text(), reference=self.reference.text(), note=self.note.text(),
                ended_on=self.ended_on.text(), measure_id=current.id if current else None,
                expected_updated_at=current.updated_at if current else None,
            ),
        )  # fmt: skip
        if made is not None:
            self.accept()
