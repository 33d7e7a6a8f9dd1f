"""삭제 지원: the items a digital sex-crime victim's images were found at, their removal requests and statuses.

Addresses are masked in what this service hands out unless the caller asks for them, and asking is audited
(without the address). No audit detail, error message or report carries an address or a platform name: the
audit says what happened to which case ("takedown item added: video"), nothing about where.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from ..domain.audit import AuditAction
from ..domain.casework import FieldProblem
from ..domain.errors import ErrorCode, OneStopError
from ..domain.roles import Permission
from ..domain.takedown import (
    ItemForm,
    ItemStatus,
    RequestForm,
    TakedownItem,
    counts_by_status,
    is_web_address,
    mask_url,
)
from ..domain.text import QT_TRANSLATE_NOOP
from ..domain.validation import FUTURE_DATE, Validator
from ..storage import repos
from ..storage.db import Connection
from ._auth import requires
from .case_access import record, require_case
from .case_editing import refuse
from .session import Session

BAD_URL = QT_TRANSLATE_NOOP(
    "Validation", "Write the address as it appears in the browser, starting with http:// or https://."
)
NEED_WHERE = QT_TRANSLATE_NOOP("Validation", "Give the address, or describe where the item is when it has none.")
BEFORE_FOUND = QT_TRANSLATE_NOOP("Validation", "This date is before the item was found.")
EVIDENCE_SIZE = QT_TRANSLATE_NOOP("Validation", "The file must hold 1 byte to 20 MB.")
MAX_EVIDENCE = 20 * 1024 * 1024
EVIDENCE_PURPOSE = "takedown_evidence"


@dataclass(frozen=True)
class CaseItems:
    """A case's items as one list line names them: the case number beside each item."""

    case_id: str
    case_number: str
    items: tuple[TakedownItem, ...]


def _masked(item: TakedownItem) -> TakedownItem:
    return dataclasses.replace(item, url=mask_url(item.url))


class Takedown:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- reading ----------------------------------------------------------------------------------------
    def _visible_cases(self, conn: Connection) -> list[tuple[str, str]]:
        cases = repos.takedown.cases_with_items(conn)
        if self.session.can(Permission.CASES_ALL):
            return cases
        return [(cid, number) for cid, number in cases if repos.cases.is_assigned(conn, cid, self.session.user.id)]

    @requires(Permission.USE_APP)
    def items(
        self, case_id: str | None, status: ItemStatus | None = None, *, show_urls: bool = False
    ) -> list[CaseItems]:
        """The items of one case (or of every case in this user's scope that has any), addresses masked unless
        `show_urls`; showing them is recorded in the audit trail once per case, without the addresses."""
        with self.session.store.read() as conn:
            if case_id is not None:
                require_case(self.session, conn, case_id)
                record_ = repos.cases.get(conn, case_id)
                assert record_ is not None
                cases = [(case_id, record_.case_number)]
            else:
                cases = self._visible_cases(conn)
            found = [CaseItems(cid, number, tuple(repos.takedown.for_case(conn, cid, status))) for cid, number in cases]
        if not show_urls:
            return [dataclasses.replace(c, items=tuple(_masked(i) for i in c.items)) for c in found]
        for shown in found:
            if any(item.url for item in shown.items):
                self.session.record(AuditAction.VIEW, "case", shown.case_id, "takedown addresses shown")
        return found

    @requires(Permission.USE_APP)
    def for_case(self, case_id: str, *, show_urls: bool = False) -> tuple[TakedownItem, ...]:
        return self.items(case_id, show_urls=show_urls)[0].items

    @requires(Permission.USE_APP)
    def summary(self, case_id: str) -> dict[ItemStatus, int]:
        """How many of the case's items are in each status (the case summary)."""
        return counts_by_status(self.for_case(case_id))

    @requires(Permission.USE_APP)
    def has_items(self, case_id: str) -> bool:
        with self.session.store.read() as conn:
            require_case(self.session, conn, case_id)
            return repos.takedown.count_for_case(conn, case_id) > 0

    # -- writing ----------------------------------------------------------------------------------------
    def _item_of(self, conn: Connection, case_id: str, item_id: str) -> TakedownItem:
        require_case(self.session, conn, case_id)
        item = repos.takedown.get(conn, item_id)
        if item is None or item.case_id != case_id:
            raise OneStopError(ErrorCode.NOT_FOUND)
        return item

    def _checked(self, form: ItemForm, today: date) -> tuple[dict[str, object], date]:
        v = Validator(today)
        platform = v.text("platform", form.platform, required=True, max_length=200)
        description = v.text("description", form.description, max_length=500) or ""
        url = form.url.strip()
        if url and not is_web_address(url):
            v.fail("url", BAD_URL)  # never quotes the address: error lines end up in terminals and logs
        if not url and not description:
            v.fail("url", NEED_WHERE)
        found_on = v.past_date("found_on", form.found_on, required=True)
        note = v.text("note", form.note, max_length=1000) or ""
        refuse(v.problems)
        assert found_on is not None and platform is not None
        values: dict[str, object] = {
            "platform": platform,
            "url": url,
            "description": description,
            "kind": str(form.kind),
            "found_on": found_on.isoformat(),
            "found_by": str(form.found_by),
            "note": note,
        }
        return values, found_on

    @requires(Permission.CASE_EDIT)
    def add_item(self, case_id: str, form: ItemForm, today: date | None = None) -> str:
        """A new item; as a re-upload (`form.original_item_id`) it links to the original, which becomes 재유포."""
        values, found_on = self._checked(form, today or date.today())
        with self.session.store.read() as conn:
            require_case(self.session, conn, case_id)
            original = self._item_of(conn, case_id, form.original_item_id) if form.original_item_id else None
        with self.session.store.write(self.session.actor) as tx:
            item_id = repos.takedown.insert_item(
                tx,
                {
                    **values,
                    "case_id": case_id,
                    "status": str(ItemStatus.FOUND),
                    "status_on": found_on.isoformat(),
                    "original_item_id": original.id if original else None,
                },
            )
            if original is not None:
                repos.takedown.update_item(
                    tx, original.id, {"status": str(ItemStatus.REUPLOADED), "status_on": found_on.isoformat()}
                )
            repos.cases.touch(tx, case_id)
            what = "re-upload" if original else "item"
            record(tx, self.session, AuditAction.CREATE, case_id, f"takedown {what} added: {form.kind}")
        return item_id

    @requires(Permission.CASE_EDIT)
    def update_item(self, case_id: str, item_id: str, form: ItemForm, today: date | None = None) -> None:
        values, _ = self._checked(form, today or date.today())
        with self.session.store.read() as conn:
            self._item_of(conn, case_id, item_id)
        with self.session.store.write(self.session.actor) as tx:
            repos.takedown.update_item(tx, item_id, values)
            repos.cases.touch(tx, case_id)
            record(tx, self.session, AuditAction.UPDATE, case_id, "takedown item edited")

    @requires(Permission.CASE_EDIT)
    def set_status(self, case_id: str, item_id: str, status: ItemStatus, on: date | None = None) -> None:
        on = on or date.today()
        with self.session.store.read() as conn:
            item = self._item_of(conn, case_id, item_id)
        if on > date.today():
            refuse([FieldProblem("status_on", FUTURE_DATE)])
        if on < item.found_on:
            refuse([FieldProblem("status_on", BEFORE_FOUND)])
        with self.session.store.write(self.session.actor) as tx:
            repos.takedown.update_item(tx, item_id, {"status": str(status), "status_on": on.isoformat()})
            repos.cases.touch(tx, case_id)
            record(tx, self.session, AuditAction.UPDATE, case_id, f"takedown status: {status}")

    @requires(Permission.CASE_EDIT)
    def add_request(self, case_id: str, item_id: str, form: RequestForm, today: date | None = None) -> str:
        """A removal request; an item still 발견 (or 재유포) moves to 요청 on the request's date."""
        v = Validator(today or date.today())
        requested_on = v.past_date("requested_on", form.requested_on, required=True)
        note = v.text("note", form.note, max_length=500) or ""
        with self.session.store.read() as conn:
            item = self._item_of(conn, case_id, item_id)
        refuse(v.problems)
        assert requested_on is not None
        with self.session.store.write(self.session.actor) as tx:
            request_id = repos.takedown.insert_request(
                tx,
                {
                    "item_id": item_id,
                    "recipient": str(form.recipient),
                    "requested_on": requested_on.isoformat(),
                    "channel": str(form.channel),
                    "note": note,
                    "by_user": self.session.user.id,
                },
            )
            if item.status in (ItemStatus.FOUND, ItemStatus.REUPLOADED):
                status: dict[str, object] = {"status": str(ItemStatus.REQUESTED), "status_on": requested_on.isoformat()}
                repos.takedown.update_item(tx, item_id, status)
            repos.cases.touch(tx, case_id)
            record(tx, self.session, AuditAction.CREATE, case_id, f"takedown request: {form.recipient}")
        return request_id

    # -- evidence (screenshots), kept encrypted like consent scans --------------------------------------
    @requires(Permission.CASE_EDIT)
    def attach_evidence(self, case_id: str, item_id: str, filename: str, media_type: str, data: bytes) -> str:
        if not data or len(data) > MAX_EVIDENCE:
            refuse([FieldProblem("file", EVIDENCE_SIZE)])
        with self.session.store.read() as conn:
            self._item_of(conn, case_id, item_id)
            client_id = repos.cases.client_id_of(conn, case_id)
        assert client_id is not None
        with self.session.store.write(self.session.actor) as tx:
            attachment_id = repos.consents.attach(tx, client_id, EVIDENCE_PURPOSE, filename[:200], media_type, data)
            repos.takedown.update_item(tx, item_id, {"evidence_attachment_id": attachment_id})
            repos.cases.touch(tx, case_id)
            record(tx, self.session, AuditAction.CREATE, case_id, "takedown evidence attached")
        return attachment_id

    @requires(Permission.CASE_EDIT)
    def evidence(self, case_id: str, item_id: str) -> tuple[str, str, bytes] | None:
        """The screenshot (name, media type, bytes), in memory only; every viewing is audited."""
        with self.session.store.read() as conn:
            item = self._item_of(conn, case_id, item_id)
            if item.evidence_attachment_id is None:
                return None
            found = repos.consents.attachment(conn, item.evidence_attachment_id)
        self.session.record(AuditAction.VIEW, "case", case_id, "takedown evidence viewed")
        return found
