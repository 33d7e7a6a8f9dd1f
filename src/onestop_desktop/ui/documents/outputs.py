"""The documents a person can print or save, each opened as an `OutputDialog` that asks its purpose first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from ...domain.referrals import Referral
from ...services.session import Session
from ..ops import BackgroundRunner
from .output_dialog import Make, OutputDialog


class Outputs(QObject):
    """Opens the output dialogs over `parent` (a case tab or the workspace)."""

    def __init__(self, session: Session, runner: BackgroundRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.window = parent

    def _open(
        self, title: str, what: str, file_stem: str, make: Make, suggestions: list[str], *, batch: bool = False
    ) -> OutputDialog:
        dialog = OutputDialog(
            self.session, self.runner, title, what, file_stem, make, self.window, batch=batch, suggestions=suggestions
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _for_agency(self) -> list[str]:
        return [self.tr("Sending to the agency"), self.tr("Faxing to the agency"), self.tr("Case conference")]

    def referral_letter(self, referral: Referral, agency: str) -> OutputDialog:
        documents = self.session.documents
        return self._open(
            self.tr("Print or save the referral letter"),
            self.tr("Referral letter {number} to {agency}").format(number=referral.number, agency=agency),
            f"연계의뢰서-{referral.number}",
            lambda purpose, _: documents.referral_letter(referral.id, purpose),
            self._for_agency(),
        )

    def packet(self, referral: Referral, agency: str) -> OutputDialog:
        documents = self.session.documents
        return self._open(
            self.tr("Print or save the referral packet"),
            self.tr(
                "Referral packet {number} to {agency}: cover sheet, referral letter, copy of the consent form "
                "and case summary"
            ).format(number=referral.number, agency=agency),
            f"연계묶음-{referral.number}",
            lambda purpose, _: documents.packet(referral.id, purpose),
            self._for_agency(),
        )

    def consent_form(self, case_id: str | None) -> OutputDialog:
        documents = self.session.documents
        if case_id is None:
            what = self.tr("Blank consent form (개인정보 수집·이용·제공 동의서), every box unticked")
        else:
            what = self.tr(
                "Consent form for this client, with the agencies of their pending referrals; every box unticked"
            )
        return self._open(
            self.tr("Print or save the consent form"),
            what,
            f"동의서-{date.today():%Y%m%d}",
            lambda purpose, _: documents.consent_form(case_id, purpose),
            [self.tr("For the client to sign"), self.tr("Sending to the agency")],
        )

    def ready_batch(self) -> OutputDialog:
        return self._open(
            self.tr("Batch output of referrals ready to send"),
            self.tr("The packets of every draft referral whose consents are complete, in one PDF"),
            f"연계일괄-{date.today():%Y%m%d}",
            self.session.documents.ready_batch,
            [self.tr("Sending to the agencies"), self.tr("Faxing to the agencies")],
            batch=True,
        )

    def safety_card(self, case_id: str) -> OutputDialog:
        safety = self.session.safety
        return self._open(
            self.tr("Print or save the safety card"),
            self.tr(
                "A wallet-size card (A7) with the emergency numbers and, from the latest safety plan, the code word "
                "and safe contacts. It names neither the client nor the center, nor any crime."
            ),
            f"연락처-{date.today():%Y%m%d}",  # the file name gives nothing away either
            lambda purpose, _: safety.safety_card(case_id, purpose),
            [self.tr("Given to the client")],
        )
