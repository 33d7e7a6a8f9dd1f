"""내 할 일 for an administrator: overdue replies summarised per agency, old ones acknowledged (per user, kept
in the replicated settings), the agency first in the text so a narrow column does not cut it off."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.consent import DataItem
from onestop_desktop.domain.referrals import OverdueReply, ReferralStatus
from onestop_desktop.domain.todo_summary import ReplyGroup, summarise
from onestop_desktop.services.todo_acknowledgements import OLD_AFTER_DAYS, TodoAcknowledgements
from onestop_desktop.services.vault import Vault

from .case_data import Cases
from .cases_ui import open_workspace
from .helpers import ADMIN, ADMIN_PASS, STAFF, STAFF_PASS, WindowFactory
from .referral_ui import SMILE, SUNFLOWER, agency_id, ready_referral

TODAY = date.today()
AGENCIES = ("대한법률구조공단", "스마일센터", "해바라기센터")


def _reply(n: int, agency: str, days_ago: int) -> OverdueReply:
    return OverdueReply(f"r{n}", f"c{n}", f"D1-연계-{n:04d}", agency, f"내담자{n}", TODAY - timedelta(days=days_ago))


@given(
    st.lists(st.tuples(st.sampled_from(AGENCIES), st.integers(1, 800)), max_size=30),
    st.one_of(st.none(), st.integers(0, 800)),
)
def test_every_overdue_reply_is_listed_once_or_counted_as_acknowledged(
    owed: list[tuple[str, int]], acknowledged_days_ago: int | None
) -> None:
    replies = [_reply(n, agency, days) for n, (agency, days) in enumerate(owed)]
    until = None if acknowledged_days_ago is None else TODAY - timedelta(days=acknowledged_days_ago)
    summary = summarise(replies, until)
    listed = [r for row in summary.rows for r in (row.replies if isinstance(row, ReplyGroup) else (row,))]
    assert sorted(r.referral_id for r in listed) == sorted(
        r.referral_id for r in replies if until is None or r.reply_due > until
    )
    assert summary.shown == len(listed) and summary.shown + summary.acknowledged == len(replies)
    agencies = [row.agency_name for row in summary.rows]
    assert len(agencies) == len(set(agencies))  # one row per agency
    assert all(len(row.replies) > 1 for row in summary.rows if isinstance(row, ReplyGroup))
    assert [row.reply_due for row in summary.rows] == sorted(row.reply_due for row in summary.rows)


def _sent(session: object, case_id: str, agency: str, days_ago: int) -> str:
    referral = ready_referral(
        session,  # type: ignore[arg-type]
        case_id,
        agency,
        frozenset({DataItem.NAME}),
        reply_due=(TODAY - timedelta(days=days_ago)).isoformat(),
    )
    session.referrals.change_status(referral, ReferralStatus.SENT, "팩스 발송")  # type: ignore[attr-defined]
    return referral


def test_an_administrator_sees_replies_per_agency_and_acknowledges_the_old_ones(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    window, workspace = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    session = window.current.session
    smile, sunflower = agency_id(session, SMILE), agency_id(session, SUNFLOWER)
    for days in (400, 200, 3):
        _sent(session, cases.kim, smile, days)
    ninety_days = _sent(session, cases.hong, sunflower, 90)
    todo = workspace.list_page.todo
    todo.reload()
    rows = [todo.model.record_at(r) for r in range(todo.model.rowCount())]
    groups = [r for r in rows if isinstance(r, ReplyGroup)]
    assert [(g.agency_name, len(g.replies)) for g in groups] == [(SMILE, 3)]
    row = rows.index(groups[0])
    assert todo.model.index(row, 2).data() == f"{SMILE}: 3 replies overdue"  # the agency comes first
    assert todo.model.index(row, 1).data() == "3 referrals"
    assert todo.model.index(row, 0).data(Qt.ItemDataRole.DisplayRole).startswith(str((TODAY - timedelta(400)).year))
    assert (
        "3 referral replies overdue" not in todo.summary.text() and "4 referral replies overdue" in todo.summary.text()
    )
    assert todo.acknowledge_button.isVisibleTo(todo)

    todo.acknowledge_button.click()  # replies more than OLD_AFTER_DAYS overdue leave the list
    rows = [todo.model.record_at(r) for r in range(todo.model.rowCount())]
    listed = [r for r in rows if isinstance(r, OverdueReply | ReplyGroup)]
    assert [r.reply_due for r in listed] == [TODAY - timedelta(days=3)]
    assert "3 old replies acknowledged" in todo.summary.text()
    assert not todo.acknowledge_button.isVisibleTo(todo)
    assert TodoAcknowledgements(session).acknowledged_until() == TODAY - timedelta(days=OLD_AFTER_DAYS)
    assert ninety_days not in {r.referral_id for r in listed if isinstance(r, OverdueReply)}

    todo.table.doubleClicked.emit(todo.model.index(rows.index(listed[0]), 2))  # a single reply opens its case
    view = workspace.current_view()
    assert view is not None and view.case_id == cases.kim

    staff = vault.login(STAFF, STAFF_PASS)  # per user: minji's acknowledgement is her own (none), and not hers to set
    assert TodoAcknowledgements(staff).acknowledged_until() is None
    assert not TodoAcknowledgements(staff).may_acknowledge
    staff.logout()
