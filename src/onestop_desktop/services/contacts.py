"""Contact details printed on letters and cover sheets: the center's (administrators set them) and each
account's own direct line and e-mail (the account itself, or an administrator, sets them). Each change is
audited; phone numbers are stored as digits and printed as 02-1234-5678."""

from __future__ import annotations

from ..domain.audit import AuditAction
from ..domain.contacts import CenterContact, PersonContact, check_center, check_person
from ..domain.errors import ErrorCode, OneStopError
from ..domain.roles import Permission
from ..domain.settings import CENTER_ADDRESS, CENTER_EMAIL, CENTER_FAX, CENTER_PHONE
from ..storage import repos
from ..storage.audit_log import AuditRecord
from ._auth import requires
from .session import Session


def _digits(stored: object) -> str:
    """A stored number as digits (an older release stored what was typed, dashes and all)."""
    return "".join(ch for ch in str(stored) if ch.isdigit())


class Contacts:
    def __init__(self, session: Session) -> None:
        self.session = session

    @requires(Permission.USE_APP)
    def center(self) -> CenterContact:
        with self.session.store.read() as conn:
            stored = repos.settings.load_all(conn)
        options = (CENTER_PHONE, CENTER_FAX, CENTER_EMAIL, CENTER_ADDRESS)
        value = {o.key: str(stored.get(o.key, o.default)) for o in options}
        return CenterContact(
            _digits(value[CENTER_PHONE.key]),
            _digits(value[CENTER_FAX.key]),
            value[CENTER_EMAIL.key],
            value[CENTER_ADDRESS.key],
        )

    @requires(Permission.MANAGE_SETTINGS)
    def set_center(self, phone: str, fax: str, email: str, address: str) -> CenterContact:
        """Check all four, then store those that changed (each one a settings change in the audit trail)."""
        contact, problems = check_center(phone, fax, email, address)
        if problems:
            raise OneStopError(ErrorCode.INVALID_INPUT, count=len(problems), problems=problems)
        settings = self.session.settings
        for option, value in (
            (CENTER_PHONE, contact.phone),
            (CENTER_FAX, contact.fax),
            (CENTER_EMAIL, contact.email),
            (CENTER_ADDRESS, contact.address),
        ):
            settings.set(option, value)
        return contact

    @requires(Permission.USE_APP)
    def person(self, user_id: str | None = None) -> PersonContact:
        """An account's direct line and e-mail (one's own by default)."""
        with self.session.store.read() as conn:
            return repos.users.contact(conn, user_id or self.session.user.id)

    @requires(Permission.USE_APP)
    def set_own(self, phone: str, email: str) -> PersonContact:
        return self._set_person(self.session.user.id, phone, email)

    @requires(Permission.MANAGE_USERS)
    def set_for(self, username: str, phone: str, email: str) -> PersonContact:
        with self.session.store.read() as conn:
            user = repos.users.by_username(conn, username)
        if user is None:
            raise OneStopError(ErrorCode.UNKNOWN_USER, username=username)
        return self._set_person(user.id, phone, email)

    def _set_person(self, user_id: str, phone: str, email: str) -> PersonContact:
        contact, problems = check_person(phone, email)
        if problems:
            raise OneStopError(ErrorCode.INVALID_INPUT, count=len(problems), problems=problems)
        if contact == self.person(user_id):
            return contact
        me = self.session.user
        with self.session.store.write(self.session.actor) as tx:
            repos.users.set_contact(tx, user_id, contact)
            tx.audit(AuditRecord(me.id, me.username, AuditAction.UPDATE, "user", user_id, "contact details"))
        return contact
