"""종결 with a look first: the reason, what is still open on the case with a choice for each item, and the
confirmation note a high-risk case needs. The service applies it all in one transaction (and holds every other
path to the same rules); this dialog only asks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QFrame, QGridLayout, QLabel, QScrollArea, QWidget

from ...domain.case_closing import (
    CHOICES,
    DISPOSITION_LABELS,
    OPEN_KIND_LABELS,
    ClosingReview,
    Disposition,
    OpenItem,
    OpenKind,
)
from ...domain.case_status import CLOSING_REASON_LABELS, ClosingReason
from ...domain.consent import ConsentKind
from ...domain.errors import OneStopError
from ...domain.taxonomy import RISK_LEVEL_LABELS
from ...services.session import Session
from ..common.consent_text import kind_text
from ..common.dialog_buttons import confirm_buttons, dialog_column
from ..common.fields import choice, enum_combo, note_edit
from ..common.forms import buddy_label
from ..common.history_labels import FIELDS
from ..common.text import day, label, problem_text
from ..common.waiting import waiting
from ..common.widgets import MessageLabel, paragraph


def _closing(text: str) -> str:
    return QCoreApplication.translate("Closing", text)


class CloseCaseDialog(QDialog):
    def __init__(self, session: Session, review: ClosingReview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.review = review
        self.setObjectName("closeCaseDialog")
        self.setWindowTitle(self.tr("Close the case"))
        self.reason = enum_combo(self, "closingReason", self.tr("Closing reason"), CLOSING_REASON_LABELS)
        self.note = note_edit(self, "closingNote", self.tr("Confirmation note"), lines=3)
        self.choices: dict[str, QComboBox] = {}
        self.message = MessageLabel(self, object_name="closeCaseMessage")
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Reason:"), self.reason, self), self.reason)
        note_text = self.tr("Confirmation &note (required):") if review.note_required else self.tr("&Note:")
        form.addRow(buddy_label(note_text, self.note, self), self.note)
        parts: list[QWidget | QFormLayout] = []
        if review.note_required:
            warning = MessageLabel(self, object_name="closeCaseRisk")
            warning.show_error(
                self.tr("This case is assessed {risk}: write a short note confirming why it can be closed.").format(
                    risk=label(RISK_LEVEL_LABELS, review.risk_level)
                )
            )
            parts.append(warning)
        if review.items:
            parts.append(paragraph(self.tr("Still open on {number} — choose what happens to each:").format(
                number=review.case_number), self))  # fmt: skip
            parts.append(self._items_area(review.items))
        else:
            parts.append(
                paragraph(self.tr("Nothing is left open on {number}.").format(number=review.case_number), self)
            )
        parts.append(paragraph(self.tr("A closed case can be reopened when the client comes back."), self))
        buttons = confirm_buttons(self, self.tr("&Close the case"), "closeCaseOk", self.submit, cancel_is_default=True)
        dialog_column(self, *parts, form, self.message, buttons)
        self.setMinimumWidth(760)

    def _items_area(self, items: tuple[OpenItem, ...]) -> QScrollArea:
        """The open items in a scroll area, so a case with many of them still fits the screen (the wheel guard
        keeps a turn of the wheel over a choice from changing it)."""
        area = QScrollArea(self)
        area.setObjectName("closeCaseItems")
        area.setAccessibleName(self.tr("Items to settle"))
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)
        body = QWidget(area)
        self._items_grid(body, items)
        area.setWidget(body)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        height = body.sizeHint().height() + 24  # wrapped descriptions grow once the width is known
        area.setMinimumHeight(min(height, 260))
        area.setMaximumHeight(min(height, 360))
        return area

    def _items_grid(self, body: QWidget, items: tuple[OpenItem, ...]) -> QGridLayout:
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        for row, item in enumerate(items):
            kind = QLabel(_closing(OPEN_KIND_LABELS[item.kind]), body)
            kind.setObjectName("sectionTitle")
            what = QLabel(self._describe(item), body)
            what.setWordWrap(True)
            if item.overdue:
                what.setProperty("tone", "error")
            combo = QComboBox(body)
            combo.setObjectName(f"closeChoice-{item.id}")
            combo.setAccessibleName(f"{kind.text()}: {what.text()}")
            for disposition in CHOICES[item.kind]:
                combo.addItem(_closing(DISPOSITION_LABELS[disposition]), str(disposition))
            combo.setEnabled(combo.count() > 1)
            self.choices[item.id] = combo
            grid.addWidget(kind, row, 0)
            grid.addWidget(what, row, 1)
            grid.addWidget(combo, row, 2)
        return grid

    def _describe(self, item: OpenItem) -> str:
        if item.kind is OpenKind.CONSENT:
            text = self.tr("{kind} (agreed {date}): signed copy not attached").format(
                kind=kind_text(ConsentKind(item.title)), date=day(item.due)
            )
        elif item.kind is OpenKind.CONFLICT:
            text = QCoreApplication.translate("History", FIELDS.get(item.title, item.title))
        elif item.due is not None:
            due = self.tr("overdue since {date}") if item.overdue else self.tr("due {date}")
            text = f"{item.title} · {due.format(date=day(item.due))}"
        else:
            text = item.title
        return text

    def chosen(self) -> dict[str, Disposition]:
        return {item_id: Disposition(choice(combo)) for item_id, combo in self.choices.items()}

    def reason_chosen(self) -> ClosingReason:
        return ClosingReason(choice(self.reason))

    def submit(self) -> None:
        self.message.clear_message()
        try:
            with waiting():
                self.session.cases.close(
                    self.review.case_id, self.reason_chosen(), note=self.note.toPlainText(), choices=self.chosen()
                )
        except OneStopError as err:
            problems = err.params.get("problems") or []
            self.message.show_error(" ".join(problem_text(p) for p in problems) if problems else err)
            return
        self.accept()
