-- 파기 기록: one row per case an administrator ordered destroyed (개인정보 보호법 제21조, 안전성 확보조치 기준 제13조).
-- It holds no personal data: the case number, the kind of record, its dates, who and why, and how it was destroyed.
-- Replicated and shared (every device, field kits included, must destroy the case at its next sync) and protected
-- like settings: only a change signed by an active administrator is applied (domain/change_authority.py).
-- The id is derived from the case (uuid5), so two administrators ordering the same destruction offline write one row.
-- A shared table has no case_id/client_id (those columns mean "this row belongs to that case" to sync's scope).
CREATE TABLE destructions (
    id TEXT PRIMARY KEY,
    destroyed_case TEXT NOT NULL,                -- the destroyed case's id (a random uuid: names nobody)
    destroyed_client TEXT,                       -- the client's id when the client went with it (no other case left)
    case_number TEXT NOT NULL,
    record_kind TEXT NOT NULL DEFAULT 'case',    -- what was destroyed: a case record with its children
    closed_on TEXT,                              -- the day the case was closed (YYYY-MM-DD)
    due_on TEXT,                                 -- the first day its retention allowed destruction
    early INTEGER NOT NULL DEFAULT 0,            -- destroyed before due_on (the data subject asked, 제36조)
    reason TEXT NOT NULL,
    method TEXT NOT NULL,                        -- how: deleted from the database and overwritten (secure_delete)
    requested_by TEXT NOT NULL,                  -- user id of the administrator who ordered it
    requested_at TEXT NOT NULL,
    confirmed_by TEXT,                           -- the second administrator, when the center requires one
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'cancelled')),
    destroyed_on TEXT,                           -- YYYY-MM-DD, set when carried out
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX destructions_status ON destructions (status, destroyed_on);
CREATE INDEX destructions_case_number ON destructions (case_number);
-- The 파기 대상 list reads closed cases by the day they were closed.
CREATE INDEX cases_closed_on ON cases (closed_on) WHERE status = 'closed' AND deleted_at IS NULL;

INSERT INTO captured_tables (name) VALUES ('destructions');
