-- Mistakes and the data subject's requests (개인정보 보호법 제35조~제37조).
--
-- A session, service, plan goal, follow-up or consent entered on the wrong case is removed as a tombstone
-- (deleted_at) that carries why: a reason code and an optional note, written in the same update, so the change
-- log (the case's history, and sync) keeps that it happened and why.
ALTER TABLE case_sessions ADD COLUMN deleted_reason TEXT;
ALTER TABLE case_sessions ADD COLUMN deleted_note TEXT;
ALTER TABLE case_services ADD COLUMN deleted_reason TEXT;
ALTER TABLE case_services ADD COLUMN deleted_note TEXT;
ALTER TABLE plan_goals ADD COLUMN deleted_reason TEXT;
ALTER TABLE plan_goals ADD COLUMN deleted_note TEXT;
ALTER TABLE followups ADD COLUMN deleted_reason TEXT;
ALTER TABLE followups ADD COLUMN deleted_note TEXT;
ALTER TABLE consents ADD COLUMN deleted_reason TEXT;
ALTER TABLE consents ADD COLUMN deleted_note TEXT;

-- 열람 (§35), 정정·삭제 (§36) and 처리정지 (§37) requests: received on a day, due 10 days later (시행령 제41조),
-- answered with what was done and when. A case's rows: they sync to the devices that hold the case.
CREATE TABLE subject_requests (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    kind TEXT NOT NULL CHECK (kind IN ('access', 'correction', 'suspension')),
    received_on TEXT NOT NULL,                   -- ISO date
    due_on TEXT NOT NULL,                        -- ISO date: received_on + 10 days
    detail TEXT NOT NULL DEFAULT '',             -- what was asked
    outcome TEXT CHECK (outcome IN ('granted', 'partly', 'refused')),
    answer TEXT NOT NULL DEFAULT '',             -- what was answered (and, when refused, the reason)
    answered_on TEXT,                            -- ISO date; NULL while open
    received_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX subject_requests_case ON subject_requests (case_id, received_on);
CREATE INDEX subject_requests_open ON subject_requests (due_on) WHERE answered_on IS NULL AND deleted_at IS NULL;

INSERT INTO captured_tables (name) VALUES ('subject_requests');
