"""First-run setup: center, this device, the first administrator, and the recovery key once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..domain.errors import OneStopError
from ..domain.users import is_valid_username
from ..services.vault import DEVICE_CODE, SetupResult, Vault
from .common.forms import buddy_label, device_code_edit, line_edit, passphrase_edit, username_edit
from .common.username_hint import UsernameHint
from .common.widgets import MessageLabel, paragraph
from .passphrase_feedback import PassphraseFeedback

KEY_GROUPS_PER_LINE = 5


def recovery_key_lines(key: str) -> str:
    """The key in short lines of groups, so it fits the page and is easy to copy by hand."""
    groups = key.split("-")
    lines = ["-".join(groups[i : i + KEY_GROUPS_PER_LINE]) for i in range(0, len(groups), KEY_GROUPS_PER_LINE)]
    return "-\n".join(lines)


class WelcomePage(QWizardPage):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.setTitle(self.tr("Welcome to OneStop"))
        self.setSubTitle(self.tr("This computer has no OneStop data yet. Setup takes about two minutes."))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(
            paragraph(
                self.tr(
                    "OneStop keeps the case files of your center encrypted on this computer. Only people with "
                    "an account can open them, and every access is written to the audit trail."
                ),
                self,
            )
        )
        layout.addWidget(
            paragraph(
                self.tr(
                    "In the next steps you name your center and this computer, create the first administrator "
                    "account, and receive a recovery key. Keep the recovery key on paper in a locked place: it "
                    "is the only way back to the data if every passphrase is forgotten."
                ),
                self,
            )
        )
        folder = paragraph(
            self.tr("Data folder: {folder}").format(folder=vault.data_dir.root), self, object_name="muted"
        )
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(folder)
        layout.addStretch(1)


class CenterPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("centerPage")
        self.setTitle(self.tr("Center and this computer"))
        self.setSubTitle(self.tr("These names appear in the window title, in letters and in the audit trail."))
        self.center = line_edit(
            "centerName", self.tr("Center name"), self, placeholder=self.tr("e.g. Seoul One-Stop Support Center")
        )
        self.device = line_edit(
            "deviceName", self.tr("Name of this computer"), self, placeholder=self.tr("e.g. Counseling room PC 1")
        )
        self.code = device_code_edit("deviceCode", self.tr("Device code"), self)
        self.code.setPlaceholderText(self.tr("e.g. D1"))
        self.code.setMaximumWidth(160)
        form = QFormLayout(self)
        form.addRow(buddy_label(self.tr("&Center name:"), self.center, self), self.center)
        form.addRow(buddy_label(self.tr("Name of this co&mputer:"), self.device, self), self.device)
        form.addRow(buddy_label(self.tr("Device c&ode:"), self.code, self), self.code)
        form.addRow(
            "",
            paragraph(
                self.tr(
                    "The device code is 2 to 8 capital letters or digits. It starts every case number made on "
                    "this computer, so each computer of the center needs its own code."
                ),
                self,
                object_name="muted",
            ),
        )
        for edit in (self.center, self.device, self.code):
            edit.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(
            self.center.text().strip() and self.device.text().strip() and DEVICE_CODE.match(self.code.text().strip())
        )


class AdminPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setObjectName("adminPage")
        self.setTitle(self.tr("First administrator"))
        self.setSubTitle(self.tr("The administrator adds the other staff accounts after setup."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("C&reate"))
        self.display_name = line_edit(
            "adminDisplayName", self.tr("Display name"), self, placeholder=self.tr("e.g. Hong Gildong")
        )
        self.username = username_edit("adminUsername", self.tr("User name"), self)
        self.username.setPlaceholderText(self.tr("e.g. hong"))
        self.passphrase = passphrase_edit("adminPassphrase", self.tr("Passphrase"), self)
        self.repeated = passphrase_edit("adminPassphraseRepeated", self.tr("Passphrase again"), self)
        self.feedback = PassphraseFeedback(self.passphrase, self.repeated, self._personal, self)
        self.message = MessageLabel(self, object_name="setupError")
        form = QFormLayout(self)
        form.addRow(buddy_label(self.tr("&Display name:"), self.display_name, self), self.display_name)
        form.addRow(buddy_label(self.tr("&User name:"), self.username, self), self.username)
        form.addRow("", UsernameHint(self.username, self))
        form.addRow(
            "",
            paragraph(
                self.tr("3 to 32 lower-case Latin letters, digits, '.', '-' or '_'; used to log in."),
                self,
                object_name="muted",
            ),
        )
        form.addRow(buddy_label(self.tr("&Passphrase:"), self.passphrase, self), self.passphrase)
        form.addRow(buddy_label(self.tr("Passphrase &again:"), self.repeated, self), self.repeated)
        form.addRow("", self.feedback)
        form.addRow(self.message)
        for edit in (self.display_name, self.username, self.passphrase, self.repeated):
            edit.textChanged.connect(self.completeChanged)

    def _personal(self) -> list[str]:
        center: CenterPage = self._wizard.center_page
        return [self.username.text(), self.display_name.text(), center.center.text(), center.device.text()]

    def isComplete(self) -> bool:
        return bool(
            self.display_name.text().strip()
            and is_valid_username(self.username.text())
            and self.passphrase.text()
            and self.repeated.text()
        )

    def validatePage(self) -> bool:
        """Runs the setup; stays on this page with the reason when it is refused."""
        self.message.clear_message()
        if self.passphrase.text() != self.repeated.text():
            self.message.show_error(self.tr("The two passphrases are not the same."))
            return False
        try:
            self._wizard.run_setup(self.display_name.text(), self.username.text(), self.passphrase.text())
        except OneStopError as err:
            self.message.show_error(err)
            return False
        self.passphrase.clear()
        self.repeated.clear()
        return True


class RecoveryKeyPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setObjectName("recoveryPage")
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(self.tr("It is shown only now. Write it down or print this page, then store it safely."))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self.key_label = QLabel(self)
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.key_label)
        layout.addWidget(
            paragraph(
                self.tr(
                    "With this key the data can be opened even if every passphrase is forgotten, and a backup can "
                    "be restored. Anyone who has it can open the data: keep it on paper in the center's safe, "
                    "never in an e-mail, a chat or a file on this computer."
                ),
                self,
            )
        )
        self.stored = QCheckBox(self.tr("I have &stored the recovery key in a safe place"), self)
        self.stored.setObjectName("keyStored")
        self.stored.toggled.connect(self.completeChanged)
        layout.addWidget(self.stored)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self._wizard.result_of_setup
        self.key_label.setText(recovery_key_lines(result.recovery_key) if result else "")
        self._wizard.setOption(QWizard.WizardOption.NoCancelButton, True)

    def isComplete(self) -> bool:
        return bool(self.stored.isChecked())


class SetupWizard(QWizard):
    """Emits `completed` with the administrator's open session once the key is confirmed."""

    completed = Signal(object)  # SetupResult

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.vault = vault
        self.result_of_setup: SetupResult | None = None
        self.setWindowTitle(self.tr("OneStop setup"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.welcome_page = WelcomePage(vault, self)
        self.center_page = CenterPage(self)
        self.admin_page = AdminPage(self)
        self.key_page = RecoveryKeyPage(self)
        for page in (self.welcome_page, self.center_page, self.admin_page, self.key_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Start OneStop"))
        self.resize(760, 580)

    def run_setup(self, display_name: str, username: str, passphrase: str) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result_of_setup = self.vault.initialize(
                self.center_page.center.text(),
                self.center_page.device.text(),
                self.center_page.code.text(),
                username,
                display_name,
                passphrase,
            )
        finally:
            QGuiApplication.restoreOverrideCursor()

    def accept(self) -> None:
        super().accept()
        if self.result_of_setup is not None:
            self.completed.emit(self.result_of_setup)

    def reject(self) -> None:
        if self.result_of_setup is not None:  # setup is done: the key must be confirmed, not dismissed
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.result_of_setup is not None and self.isVisible():
            event.ignore()
            return
        super().closeEvent(event)
