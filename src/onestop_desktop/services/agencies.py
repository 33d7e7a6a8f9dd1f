"""The partner-agency directory: everyone reads it, administrators keep it current."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..domain.audit import AuditAction
from ..domain.errors import ErrorCode, OneStopError
from ..domain.referrals import Agency
from ..domain.roles import Permission
from ..domain.taxonomy import ServiceDomain
from ..domain.validation import Validator
from ..storage import repos
from ..storage.audit_log import AuditRecord
from ._auth import requires
from .session import Session


@dataclass
class AgencyForm:
    name: str = ""
    department: str = ""
    domains: set[ServiceDomain] = field(default_factory=set)
    phone: str = ""
    fax: str = ""
    email: str = ""
    address: str = ""
    contact_person: str = ""
    notes: str = ""
    last_verified: str = ""
    active: bool = True


def _values(form: AgencyForm) -> dict[str, object]:
    v = Validator(date.today())
    name = v.text("name", form.name, required=True, max_length=100)
    verified = v.past_date("last_verified", form.last_verified)
    for key in ("phone", "fax"):
        v.phone(key, getattr(form, key))
    texts = {
        k: v.text(k, getattr(form, k), max_length=300) or ""
        for k in ("department", "email", "address", "contact_person", "notes")
    }
    if v.problems:
        raise OneStopError(ErrorCode.INVALID_INPUT, count=len(v.problems), problems=v.problems)
    return {
        "name": name,
        **texts,
        "phone": form.phone.strip(),
        "fax": form.fax.strip(),
        "domains": ",".join(sorted(str(d) for d in form.domains)),
        "last_verified": verified.isoformat() if verified else None,
        "active": int(form.active),
    }


class AgencyDirectory:
    def __init__(self, session: Session) -> None:
        self.session = session

    @requires(Permission.USE_APP)
    def list(self, *, active_only: bool = True) -> list[Agency]:
        with self.session.store.read() as conn:
            return repos.agencies.list_agencies(conn, active_only=active_only)

    @requires(Permission.USE_APP)
    def get(self, agency_id: str) -> Agency:
        with self.session.store.read() as conn:
            agency = repos.agencies.get(conn, agency_id)
        if agency is None:
            raise OneStopError(ErrorCode.NOT_FOUND)
        return agency

    def _record(self, agency_id: str, detail: str) -> AuditRecord:
        user = self.session.user
        return AuditRecord(user.id, user.username, AuditAction.UPDATE, "agency", agency_id, detail)

    @requires(Permission.MANAGE_AGENCIES)
    def add(self, form: AgencyForm) -> str:
        values = _values(form)
        with self.session.store.write(self.session.actor) as tx:
            agency_id = repos.agencies.insert(tx, values)
            tx.audit(self._record(agency_id, "agency added"))
        return agency_id

    @requires(Permission.MANAGE_AGENCIES)
    def update(self, agency_id: str, form: AgencyForm) -> None:
        values = _values(form)
        with self.session.store.write(self.session.actor) as tx:
            if repos.agencies.update(tx, agency_id, values) == 0:
                raise OneStopError(ErrorCode.NOT_FOUND)
            tx.audit(self._record(agency_id, "agency changed"))
