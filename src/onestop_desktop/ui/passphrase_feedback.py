"""Live feedback on a new passphrase while it is typed: the policy's reasons, translated."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ..domain.passphrase_policy import WEAKNESS_TEXT, weaknesses
from .style import TONE_MARGINS


def weakness_lines(passphrase: str, personal: Iterable[str]) -> list[str]:
    return [QCoreApplication.translate("Passphrase", WEAKNESS_TEXT[w]) for w in weaknesses(passphrase, personal)]


class PassphraseFeedback(QLabel):
    """Watches a new-passphrase field and its repetition; `acceptable` tells whether both are fine."""

    def __init__(
        self,
        new: QLineEdit,
        repeated: QLineEdit | None,
        personal: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseFeedback")
        self.setWordWrap(True)
        self.setContentsMargins(*TONE_MARGINS)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMinimumHeight(self.fontMetrics().height() * 3)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._new = new
        self._repeated = repeated
        self._personal = personal
        self.acceptable = False
        new.textChanged.connect(self.refresh)
        if repeated is not None:
            repeated.textChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        passphrase = self._new.text()
        problems = weakness_lines(passphrase, self._personal()) if passphrase else []
        mismatch = self._repeated is not None and passphrase != self._repeated.text()
        if not passphrase:
            text, tone = (
                self.tr(
                    "At least 10 characters with two kinds (letters, digits, symbols), or at least 8 with three kinds."
                ),
                "info",
            )
        elif problems:
            text, tone = "\n".join("• " + line for line in problems), "error"
        elif mismatch and self._repeated is not None and self._repeated.text():
            text, tone = self.tr("✓ Strong enough, but the two entries are not the same yet."), "info"
        elif mismatch:
            text, tone = self.tr("✓ Strong enough. Type it once more to confirm."), "info"
        else:
            text, tone = self.tr("✓ Strong enough, and both entries match."), "success"
        self.acceptable = bool(passphrase) and not problems and not mismatch
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setProperty("tone", tone)
        self.style().unpolish(self)
        self.style().polish(self)
