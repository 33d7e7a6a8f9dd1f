-- The staff's job end to end: contact details of each account, how a referral was dispatched, which case an
-- output was about, and the administrator's monthly access-log review (안전성 확보조치 기준 제8조).

-- Each account's own direct line and e-mail, printed as the counselor's contact on letters and cover sheets.
ALTER TABLE users ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN email TEXT NOT NULL DEFAULT '';

-- How a referral went out when it was marked 발송 (the date is its status event's).
ALTER TABLE referrals ADD COLUMN dispatched_via TEXT
    CHECK (dispatched_via IS NULL OR dispatched_via IN ('post', 'fax', 'hand', 'electronic'));

-- The case an output was about: a consent form names no referral, and the register and the audit trail must
-- still say whose case it was. Older rows reach their case through their referral.
ALTER TABLE documents ADD COLUMN case_id TEXT REFERENCES cases (id);
CREATE INDEX documents_case ON documents (case_id);
CREATE INDEX documents_referral ON documents (referral_id);

-- The monthly review of the access records. Replicated and shared: the review is the center's duty, not a
-- workstation's, and every workstation's 내 할 일 must know that last month was reviewed wherever it was done.
-- A field kit receives the rows too (a few a year, nothing about any client).
CREATE TABLE audit_reviews (
    id TEXT PRIMARY KEY,                         -- the month reviewed, YYYY-MM: one review per month
    period_start TEXT NOT NULL,                  -- first day covered (YYYY-MM-DD)
    period_end TEXT NOT NULL,                    -- last day covered
    findings TEXT NOT NULL,
    reviewed_by TEXT NOT NULL,                   -- user id
    reviewed_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);

-- Filters of the access-log review window: by account or action, newest first.
CREATE INDEX audit_log_username ON audit_log (username, seq);
CREATE INDEX audit_log_action ON audit_log (action, seq);

INSERT INTO captured_tables (name) VALUES ('audit_reviews');
