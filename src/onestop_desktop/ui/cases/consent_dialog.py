"""동의 기록: one consent as the client (or the legal guardian) gave it — or, when the guardian is the
suspected offender, the legal basis used instead and why.

The dialog says so as soon as the date makes the client under 14 (만 나이), and switches to the
legal basis when the guardian is flagged as the suspect; the service enforces both and its
messages appear under the fields. Nothing typed is lost when a consent is refused, and closing
the dialog with something typed asks first.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.casework import Client, ConsentForm
from ...domain.consent import SENSITIVE_ITEMS, UNIQUE_ID_ITEMS, ConsentKind, ConsentMethod, DataItem
from ...domain.consent_rules import ClientFacts, is_minor_on
from ...domain.korean import parse_date
from ...domain.referrals import Agency
from ...services.session import Session
from ..common.consent_text import kind_text, method_text
from ..common.dialog_buttons import confirm_buttons
from ..common.field_errors import FieldErrors
from ..common.fields import choice, date_edit, set_choice, text_edit
from ..common.form_submit import submit_form
from ..common.forms import buddy_label
from ..common.unsaved import close_or_ask
from ..common.widgets import MessageLabel, paragraph
from ..dialog_fit import fit_later
from .item_checklist import ItemChecklist

ITEM_KINDS = {
    ConsentKind.THIRD_PARTY: tuple(DataItem),
    ConsentKind.SENSITIVE: tuple(i for i in DataItem if i in SENSITIVE_ITEMS),
    ConsentKind.UNIQUE_ID: tuple(i for i in DataItem if i in UNIQUE_ID_ITEMS),
}


class ConsentDialog(QDialog):
    recorded = Signal(str)  # consent id

    def __init__(
        self,
        session: Session,
        case_id: str,
        client: Client,
        agencies: list[Agency],
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.client = client
        self.facts = ClientFacts(client.birth_date, client.guardian_is_suspect)
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Record a consent"))
        self.errors = FieldErrors()
        self.kind = QComboBox(self)
        self.kind.setObjectName("consentKind")
        self.kind.setAccessibleName(self.tr("Consent"))
        for kind in ConsentKind:
            self.kind.addItem(kind_text(kind), str(kind))
        self.agency = QComboBox(self)
        self.agency.setObjectName("consentAgency")
        self.agency.setAccessibleName(self.tr("Recipient agency"))
        self.agency.addItem(self.tr("Choose the agency…"), "")
        for agency in agencies:
            self.agency.addItem(agency.name, agency.id)
        self.agreed = QRadioButton(self.tr("&Agreed"), self)
        self.agreed.setObjectName("consentAgreed")
        self.refused = QRadioButton(self.tr("Re&fused"), self)
        self.refused.setObjectName("consentRefused")
        self.agreed.setChecked(True)
        answer_group = QButtonGroup(self)
        answer_group.addButton(self.agreed)
        answer_group.addButton(self.refused)
        self.items = QStackedWidget(self)
        self.items.setObjectName("consentItems")
        self.checklists = {
            kind: ItemChecklist(self.items, object_prefix="consentItem", items=items)
            for kind, items in ITEM_KINDS.items()
        }
        for checklist in self.checklists.values():
            self.items.addWidget(checklist)
        self.purpose = text_edit(
            self,
            "consentPurpose",
            self.tr("Purpose"),
            placeholder=self.tr("e.g. psychological support referral"),
            max_length=300,
        )
        self.retention = text_edit(self, "consentRetention", self.tr("Retention"), max_length=100)
        self.given_on = date_edit(self, "consentDate", self.tr("Date of consent"))
        self.method = QComboBox(self)
        self.method.setObjectName("consentMethod")
        self.method.setAccessibleName(self.tr("How it was given"))
        for method in ConsentMethod:
            self.method.addItem(method_text(method), str(method))
        self.notice = MessageLabel(self, object_name="consentNotice")
        self.by_guardian = QCheckBox(self.tr("The legal &guardian gave this consent"), self)
        self.by_guardian.setObjectName("consentByGuardian")
        self.guardian_name = text_edit(self, "consentGuardianName", self.tr("Guardian's name"), max_length=60)
        self.guardian_relation = text_edit(
            self,
            "consentGuardianRelation",
            self.tr("Relation to the client"),
            placeholder=self.tr("e.g. mother"),
            max_length=30,
        )
        self.legal_basis = text_edit(
            self,
            "consentLegalBasis",
            self.tr("Legal basis"),
            placeholder="개인정보 보호법 제15조제1항제5호",
            max_length=200,
        )
        self.basis_reason = text_edit(
            self,
            "consentBasisReason",
            self.tr("Reason"),
            placeholder=self.tr("e.g. the guardian is the suspected offender"),
            max_length=300,
        )
        self.message = MessageLabel(self, object_name="consentMessage")
        self._layout()
        self.given_on.setText((today or date.today()).isoformat())
        self.retention.setText(ConsentForm(kind=ConsentKind.COLLECTION).retention)
        self.kind.currentIndexChanged.connect(self._update)
        self.method.currentIndexChanged.connect(self._update)
        self.given_on.textChanged.connect(self._date_changed)
        self.by_guardian.toggled.connect(self._guardian_toggled)
        self._suspect_switched = False
        self._date_changed()
        self.setMinimumWidth(640)
        self._untouched = self.input_state()

    def _row(self, text: str, widget: QWidget, error_name: str = "", *, buddy: bool = True) -> None:
        field = self.errors.wrap(error_name, widget, self) if error_name else widget
        self.rows[widget] = field
        self.form.addRow(buddy_label(text, widget, self) if buddy else QLabel(text, self), field)

    def _layout(self) -> None:
        self.answer = QWidget(self)
        answer_row = QHBoxLayout(self.answer)
        answer_row.setContentsMargins(0, 0, 0, 0)
        answer_row.addWidget(self.agreed)
        answer_row.addWidget(self.refused)
        answer_row.addStretch(1)
        self.rows: dict[QWidget, QWidget] = {}
        self.form = QFormLayout()
        self._row(self.tr("&Consent:"), self.kind)
        self._row(self.tr("Reci&pient:"), self.agency, "agency_id")
        self._row(self.tr("Answer:"), self.answer, buddy=False)
        self._row(self.tr("Items:"), self.items, "items", buddy=False)
        self._row(self.tr("P&urpose:"), self.purpose, "purpose")
        self._row(self.tr("&Retention:"), self.retention, "retention")
        self._row(self.tr("&Date:"), self.given_on, "given_on")
        self._row(self.tr("&Method:"), self.method, "method")
        self.form.addRow(self.notice)
        self._row("", self.by_guardian, "by_guardian", buddy=False)
        self._row(self.tr("Guardian's &name:"), self.guardian_name, "guardian_name")
        self._row(self.tr("Re&lation:"), self.guardian_relation)
        self._row(self.tr("Legal &basis:"), self.legal_basis, "legal_basis")
        self._row(self.tr("R&eason:"), self.basis_reason)
        buttons = confirm_buttons(self, self.tr("&Record"), "consentOk", self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Each consent is recorded separately, as it was given: a signed paper form, a phone call or a "
                    "signature on screen. Record a refusal too."
                ),
                self,
                object_name="muted",
            )
        )
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    # -- what the form shows ------------------------------------------------------------------------
    def current_kind(self) -> ConsentKind:
        return ConsentKind(choice(self.kind))

    def current_method(self) -> ConsentMethod:
        return ConsentMethod(choice(self.method))

    def minor_on_date(self) -> bool:
        given = parse_date(self.given_on.text())
        return given is not None and is_minor_on(self.facts, given)

    def _date_changed(self) -> None:
        minor = self.minor_on_date()
        if minor and self.facts.guardian_is_suspect and not self._suspect_switched:
            self._suspect_switched = True  # once: the counselor may still choose otherwise (and is refused)
            set_choice(self.method, ConsentMethod.LEGAL_BASIS)
        self._update()

    def _guardian_toggled(self, checked: bool) -> None:
        if checked and not self.guardian_name.text() and self.client.guardian_name:
            self.guardian_name.setText(self.client.guardian_name)
            self.guardian_relation.setText(self.client.guardian_relation or "")
        self._update()

    def _show_row(self, widget: QWidget, visible: bool) -> None:
        self.form.setRowVisible(self.rows[widget], visible)

    def _update(self) -> None:
        kind = self.current_kind()
        legal = self.current_method() is ConsentMethod.LEGAL_BASIS
        checklist = self.checklists.get(kind)
        if checklist is not None:
            self.items.setCurrentWidget(checklist)
        self._show_row(self.agency, kind is ConsentKind.THIRD_PARTY)
        self._show_row(self.items, checklist is not None)
        self._show_row(self.answer, not legal)
        self._show_row(self.by_guardian, not legal)
        for widget in (self.legal_basis, self.basis_reason):
            self._show_row(widget, legal)
        minor = self.minor_on_date()
        if minor and self.facts.guardian_is_suspect:
            self.notice.show_error(
                self.tr(
                    "The client is under 14 on this date and their guardian is flagged as the suspected offender. The "
                    "guardian cannot consent for the client: record the legal basis used instead (for example "
                    "개인정보 보호법 제15조제1항제5호) and the reason."
                )
            )
        elif minor:
            self.notice.show_info(
                self.tr(
                    "The client is under 14 on this date: the legal guardian must give this "
                    "consent. Record the guardian's name and relation."
                )
            )
        else:
            self.notice.clear_message()
        self.form.setRowVisible(self.notice, bool(self.notice.text()))
        fit_later(self, shrink=True)
        self._show_row(self.guardian_name, not legal and (minor or self.by_guardian.isChecked()))
        self._show_row(self.guardian_relation, not legal and (minor or self.by_guardian.isChecked()))

    def form_data(self) -> ConsentForm:
        kind = self.current_kind()
        legal = self.current_method() is ConsentMethod.LEGAL_BASIS
        checklist = self.checklists.get(kind)
        return ConsentForm(
            kind=kind, agreed=legal or self.agreed.isChecked(),
            agency_id=(choice(self.agency) or None) if kind is ConsentKind.THIRD_PARTY else None,
            items=checklist.chosen() if checklist is not None else frozenset(),
            purpose=self.purpose.text(), retention=self.retention.text(), given_on=self.given_on.text(),
            method=self.current_method(), by_guardian=not legal and self.by_guardian.isChecked(),
            guardian_name=self.guardian_name.text() if not legal and self.by_guardian.isChecked() else "",
            guardian_relation=self.guardian_relation.text() if not legal and self.by_guardian.isChecked() else "",
            legal_basis=self.legal_basis.text() if legal else "",
            legal_basis_reason=self.basis_reason.text() if legal else "",
        )  # fmt: skip

    def input_state(self) -> tuple[object, ...]:
        """Everything that can be typed or chosen, hidden rows too (to tell whether closing loses input)."""
        return (choice(self.kind), choice(self.agency), self.agreed.isChecked(),
                tuple(tuple(sorted(str(i) for i in c.chosen())) for c in self.checklists.values()),
                *(edit.text() for edit in (self.purpose, self.retention, self.given_on, self.guardian_name,
                                           self.guardian_relation, self.legal_basis, self.basis_reason)),
                choice(self.method), self.by_guardian.isChecked())  # fmt: skip

    def has_input(self) -> bool:
        return self.input_state() != self._untouched

    def reject(self) -> None:
        """Esc, × and 취소: with something typed, ask first (닫기 / 계속 작성)."""
        close_or_ask(self, self.has_input(), lambda: QDialog.reject(self))

    def submit(self) -> None:
        consent_id = submit_form(
            self.message, self.errors, lambda: self.session.consents.record(self.case_id, self.form_data())
        )
        if consent_id is None:
            fit_later(self, shrink=True)
            return
        self.recorded.emit(consent_id)
        self.accept()
