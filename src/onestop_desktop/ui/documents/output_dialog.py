"""출력: a document is saved as a PDF or printed only after its purpose (출력 사유) is given.

The purpose goes into the document, the document register and the audit trail (고시 제12조).
The PDF is made on the background worker (a busy bar; for a batch, a progress dialog whose
Cancel works); it then exists only in memory until it is saved where the user chose or
drawn onto the printer. A result that arrives while the screen is locked waits for the next
click instead of opening a window over the lock screen.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...domain.casework import FieldProblem
from ...domain.errors import ErrorCode, OneStopError
from ...domain.roles import Permission
from ...services.documents import NEED_PURPOSE, RenderedDocument
from ...services.session import Session
from ..common.consent_text import blockers_text
from ..common.field_errors import FieldErrors
from ..common.forms import buddy_label
from ..common.waiting import waiting
from ..common.widgets import MessageLabel, paragraph
from ..dialog_fit import keep_fitted
from ..errors import error_text
from ..ops import BackgroundRunner
from .batch_progress import BatchProgress, ProgressRelay
from .dispatch_dialog import DispatchDialog
from .print_job import PrintJob
from .printing import ChoosePdf, ask_pdf_path, printing_available

Progress = Callable[[int, int], bool]
Make = Callable[[str, Progress], RenderedDocument]


class OutputDialog(QDialog):
    produced = Signal(str)  # "file" or "print": a row was written to the document register

    def __init__(
        self,
        session: Session,
        runner: BackgroundRunner,
        title: str,
        what: str,
        file_stem: str,
        make: Make,
        parent: QWidget | None = None,
        *,
        batch: bool = False,
        suggestions: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.make = make
        self.batch = batch
        self.file_stem = file_stem
        self.choose_path: ChoosePdf = ask_pdf_path
        self.document: RenderedDocument | None = None
        self.print_job: PrintJob | None = None
        self.progress: BatchProgress | None = None
        self.busy = False
        self._cancel = threading.Event()
        self.setObjectName("outputDialog")
        self.setWindowTitle(title)
        self.errors = FieldErrors()
        self.purpose = QComboBox(self)
        self.purpose.setObjectName("outputPurpose")
        self.purpose.setAccessibleName(self.tr("Purpose of the output"))
        self.purpose.setEditable(True)
        self.purpose.addItems(
            list(suggestions) or [self.tr("Sending to the agency"), self.tr("For the client to sign")]
        )
        self.purpose.setCurrentIndex(-1)
        edit = self.purpose.lineEdit()
        assert edit is not None
        edit.setPlaceholderText(self.tr("Required: why is this printed or saved?"))
        edit.setMaxLength(200)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("outputBusy")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setVisible(False)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(lambda: self.start(self._save))
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("outputPrint")
        self.print_button.clicked.connect(lambda: self.start(self._print))
        self.dispatch_button = QPushButton(self.tr("&Mark sent…"), self)
        self.dispatch_button.setObjectName("outputDispatch")
        self.dispatch_button.setToolTip(
            self.tr("After posting, faxing or handing them over: mark these referrals sent")
        )
        self.dispatch_button.setVisible(False)
        self.dispatch_button.clicked.connect(self._dispatch)
        self.produced.connect(self._offer_dispatch)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setObjectName("outputClose")
        self.close_button.clicked.connect(self.reject)
        self.no_print_note = QLabel(
            self.tr(
                "Printing from OneStop needs the QtPdf component, which this installation does not include. Save the "
                "PDF and print it from a PDF viewer; the purpose is recorded when you save."
            ),
            self,
        )
        self.no_print_note.setObjectName("muted")
        self.no_print_note.setWordWrap(True)
        can_print = printing_available()
        self.print_button.setEnabled(can_print)
        self.no_print_note.setVisible(not can_print)
        self.message = MessageLabel(self, object_name="outputMessage")
        form = QFormLayout()
        self.what = paragraph(what, self)
        form.addRow(self.tr("Document:"), self.what)
        form.addRow(
            buddy_label(self.tr("P&urpose:"), self.purpose, self), self.errors.wrap("purpose", self.purpose, self)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_bar, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.dispatch_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "The purpose is printed on the document and written, with your name and the time, to the document "
                    "register and the audit trail. Only the items the client consented to are included."
                ),
                self,
                object_name="muted",
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.no_print_note)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(600)
        keep_fitted(self)

    # -- making the document ----------------------------------------------------------------------------
    def current_purpose(self) -> str:
        return self.purpose.currentText().strip()

    def start(self, then: Callable[[RenderedDocument], None]) -> None:
        """Make the document (unless it is made already for this purpose), then save or print it."""
        if self.busy:
            return
        self.message.clear_message()
        self.errors.clear()
        purpose = self.current_purpose()
        if not purpose:
            self.errors.show([FieldProblem("purpose", NEED_PURPOSE)])
            return
        if self.document is not None and self.document.purpose == purpose[:200]:
            then(self.document)
            return
        self._set_busy(True)
        self._cancel.clear()
        relay = ProgressRelay()
        cancel, make = self._cancel, self.make
        if self.batch:
            self.progress = BatchProgress(self, self._cancel_requested)
            relay.progressed.connect(self.progress.show_progress)

        def progress(done: int, total: int) -> bool:
            relay.progressed.emit(done, total)
            return not cancel.is_set()

        def job() -> RenderedDocument | None:
            try:
                return make(purpose, progress)
            except OneStopError:
                raise
            except Exception:
                if cancel.is_set():  # the batch stopped because Cancel was pressed
                    return None
                raise

        self.runner.run(job, lambda document: self._made(document, then), self._failed)

    def _cancel_requested(self) -> None:
        self._cancel.set()
        self.message.show_info(self.tr("Stopping after the packet being drawn…"))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_bar.setVisible(busy and not self.batch)
        for widget in (self.save_button, self.purpose):
            widget.setEnabled(not busy)
        self.print_button.setEnabled(not busy and printing_available())

    def _end_progress(self) -> None:
        if self.progress is not None:
            self.progress.finish()
            self.progress = None

    def _made(self, document: RenderedDocument | None, then: Callable[[RenderedDocument], None]) -> None:
        if not isValid(self):
            return
        self._set_busy(False)
        self._end_progress()
        if document is None:
            self.message.show_info(self.tr("Cancelled: nothing was saved or printed."))
            return
        self.document = document
        if self.session.is_locked or not self.isVisible():
            self.message.show_info(self.tr("The document is ready. Choose Save or Print again."))
            return
        then(document)

    def _failed(self, err: OneStopError) -> None:
        if not isValid(self):
            return
        self._set_busy(False)
        self._end_progress()
        if err.code is ErrorCode.INVALID_INPUT:
            self.errors.show(list(err.params.get("problems", [])))
            self.message.show_error(err)
        elif err.code is ErrorCode.CONSENT_MISSING:
            self.message.show_error(error_text(err) + "\n" + blockers_text(err.params.get("blockers", [])))
        else:
            self.message.show_error(err)

    # -- output -------------------------------------------------------------------------------------------
    def _save(self, document: RenderedDocument) -> None:
        target = self.choose_path(self, Path.home() / f"{self.file_stem}.pdf")
        if target is None:
            return
        try:
            with waiting():
                self.session.documents.save(document, target, overwrite=True)  # the save dialog asked
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.message.show_success(
            self.tr(
                "Saved to {path} ({pages} pages). The output is recorded in the document register with its purpose."
            ).format(path=target, pages=document.pages)
        )
        self.produced.emit("file")

    def _print(self, document: RenderedDocument) -> None:
        self.print_job = PrintJob(document, self)
        self.print_job.printed.connect(lambda: self._printed(document))
        self.print_job.start()

    def _printed(self, document: RenderedDocument) -> None:
        try:
            self.session.documents.record_printed(document)
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.message.show_success(
            self.tr(
                "Sent to the printer ({pages} pages). The output is recorded in the document register with its purpose."
            ).format(pages=document.pages)
        )
        self.produced.emit("print")

    # -- dispatch: the printed referrals marked sent ----------------------------------------------------
    def _offer_dispatch(self) -> None:
        document = self.document
        may = self.session.can(Permission.DISPATCH)
        self.dispatch_button.setVisible(bool(may and document is not None and document.referral_ids))

    def _dispatch(self) -> None:
        if self.document is None:
            return
        dialog = DispatchDialog(self.session, self.document.referral_ids, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.dispatch_button.setVisible(False)
            self.message.show_success(
                self.tr("{count} referrals marked sent: {numbers}").format(
                    count=len(dialog.marked), numbers=", ".join(dialog.marked)
                )
            )

    def reject(self) -> None:
        if self.busy:  # a batch stops at its next packet; a single document just finishes
            if self.batch:
                self._cancel_requested()
            return
        super().reject()
