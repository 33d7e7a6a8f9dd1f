"""The one declaration of replicated tables (`storage/tables.py`) matches the migrated schema."""

from __future__ import annotations

from onestop_desktop.services.session import Session
from onestop_desktop.storage import tables
from onestop_desktop.storage.change_capture import captured_tables
from onestop_desktop.storage.db import Connection


def _columns(conn: Connection, table: str) -> set[str]:
    return {str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")}


def test_every_captured_table_is_declared_and_every_declared_table_is_captured(admin_session: Session) -> None:
    with admin_session.store.read() as conn:
        captured = set(captured_tables(conn))
        triggered = {
            str(r[0]).removeprefix("cc_").removesuffix("_log_insert")
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'cc\\_%' ESCAPE '\\'"
            )
            if str(r[0]).endswith("_log_insert")
        }
    declared = set(tables.TABLE_ORDER)
    assert captured == triggered
    assert captured - declared == set(), "captured by the change log but not declared in storage/tables.py"
    assert declared - captured == set(), "declared in storage/tables.py but not captured by the change log"
    assert len(tables.TABLE_ORDER) == len(declared)


def test_the_order_puts_every_parent_before_its_children(admin_session: Session) -> None:
    with admin_session.store.read() as conn:
        for table in tables.TABLE_ORDER:
            for r in conn.execute(f"PRAGMA foreign_key_list({table})"):
                parent = str(r[2])
                if parent in tables.BY_NAME and parent != table:
                    assert tables.rank(parent) < tables.rank(table), f"{table} refers to {parent}, declared later"


def test_each_owner_kind_has_the_column_that_ties_its_rows_to_a_case(admin_session: Session) -> None:
    with admin_session.store.read() as conn:
        for t in tables.REPLICATED:
            columns = _columns(conn, t.name)
            if t.owner is tables.Owner.CLIENT and t.name != "clients":
                assert "client_id" in columns, t.name
            if t.owner is tables.Owner.CASE and t.name != "cases" and t.via is None:
                assert "case_id" in columns, t.name
            if t.via is not None:
                parent, column = t.via
                assert column in columns and "case_id" in _columns(conn, parent), t.name
            if t.or_client:
                assert "client_id" in columns, t.name
            if t.owner in (tables.Owner.SHARED, tables.Owner.WORKSTATION):
                assert not {"case_id", "client_id"} & columns, t.name


def test_the_derived_lists_cover_the_owners() -> None:
    assert {
        "devices",
        "users",
        "settings",
        "account_keys",
        "agencies",
        "programs",
        "program_sessions",
        "survey_versions",
        "audit_reviews",
        "danger_checklists",
        "destructions",
    } == tables.SHARED_TABLES
    assert {"feedback_responses"} == tables.WORKSTATION_ONLY_TABLES
    assert tables.CLIENT_TABLES[0] == "clients"
    case_tables = {"cases", *tables.CASE_ID_TABLES, *(link.table for link in tables.CASE_LINKS)}
    everything = tables.SHARED_TABLES | tables.WORKSTATION_ONLY_TABLES | set(tables.CLIENT_TABLES) | case_tables
    assert everything == set(tables.TABLE_ORDER)
    assert tables.rank("a_table_from_a_newer_schema") > len(tables.TABLE_ORDER)
