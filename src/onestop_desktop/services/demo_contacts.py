"""The demo center's contact details: a demo's letters and cover sheets show a number to call and a line per
counselor, like a real center's. Fictional numbers (02-555-01xx) and addresses at example.kr; nothing set by
someone is replaced."""

from __future__ import annotations

from ..storage import repos
from .session import Session

DEMO_CENTER = ("02-555-0100", "02-555-0199", "onestop@example.kr", "서울특별시 중구 세종대로 00 (데모빌딩 5층)")


def fill_demo_contacts(session: Session) -> None:
    contacts = session.contacts
    center = contacts.center()
    if not (center.phone or center.fax or center.email or center.address):
        contacts.set_center(*DEMO_CENTER)
    with session.store.read() as conn:
        accounts = repos.users.list_users(conn, include_inactive=False)
        held = {u.id: repos.users.contact(conn, u.id) for u in accounts}
    for n, user in enumerate(accounts, start=1):
        if not held[user.id].phone and not held[user.id].email and n < 99:
            contacts.set_for(user.username, f"02-555-01{n:02d}", f"{user.username}@example.kr")
