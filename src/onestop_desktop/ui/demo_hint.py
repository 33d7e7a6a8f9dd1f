"""What the login screen of `onestop --demo` says: the demo user, its passphrase, the other demo accounts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class DemoHint:
    """A demo installation: who to log in as, with what, and the other demo accounts (same passphrase)."""

    username: str
    passphrase: str
    others: tuple[tuple[str, str], ...] = ()  # (user name, role label)

    def text(self) -> str:
        by_role: dict[str, list[str]] = {}
        for name, role in self.others:
            by_role.setdefault(role, []).append(name)
        lines = [
            QCoreApplication.translate("DemoHint", "This is a demo with fictional data. Log in with:"),
            QCoreApplication.translate("DemoHint", "User name: {username}").format(username=self.username),
            QCoreApplication.translate("DemoHint", "Passphrase: {passphrase}").format(passphrase=self.passphrase),
        ]
        if by_role:
            accounts = "; ".join(f"{role} {', '.join(names)}" for role, names in by_role.items())
            lines.append(
                QCoreApplication.translate("DemoHint", "Other demo accounts, same passphrase: {accounts}.").format(
                    accounts=accounts
                )
            )
        return "\n".join(lines)
