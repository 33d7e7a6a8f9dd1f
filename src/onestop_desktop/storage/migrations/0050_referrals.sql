-- Partner agencies, consents (with scanned forms), referrals with their status history,
-- and the register of every document produced. All replicated and change-logged.

CREATE TABLE agencies (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    department TEXT NOT NULL DEFAULT '',
    domains TEXT NOT NULL DEFAULT '',            -- comma-separated service-domain codes
    phone TEXT NOT NULL DEFAULT '',
    fax TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    contact_person TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    last_verified TEXT,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX agencies_name ON agencies (name);

CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients (id),
    purpose TEXT NOT NULL,                       -- e.g. 'signed_consent'
    filename TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL,                          -- inside the encrypted database, never on disk
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX attachments_client ON attachments (client_id);

CREATE TABLE consents (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients (id),
    kind TEXT NOT NULL CHECK (kind IN ('collection', 'collection_optional', 'sensitive', 'unique_id', 'third_party', 'procedure_info')),
    agency_id TEXT REFERENCES agencies (id),
    agreed INTEGER NOT NULL CHECK (agreed IN (0, 1)),
    items TEXT NOT NULL DEFAULT '',              -- comma-separated DataItem codes
    purpose TEXT NOT NULL DEFAULT '',
    retention TEXT NOT NULL DEFAULT '',
    given_on TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('signed_paper', 'phone', 'signed_on_screen', 'legal_basis')),
    taken_by TEXT NOT NULL,
    form_version TEXT NOT NULL DEFAULT '',
    by_guardian INTEGER NOT NULL DEFAULT 0 CHECK (by_guardian IN (0, 1)),
    guardian_name TEXT,
    guardian_relation TEXT,
    legal_basis TEXT,
    legal_basis_reason TEXT,
    withdrawn_on TEXT,
    withdrawal_note TEXT,
    attachment_id TEXT REFERENCES attachments (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX consents_client ON consents (client_id);

CREATE TABLE referrals (
    id TEXT PRIMARY KEY,
    number TEXT NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases (id),
    agency_id TEXT NOT NULL REFERENCES agencies (id),
    direction TEXT NOT NULL DEFAULT 'outgoing' CHECK (direction IN ('outgoing', 'incoming')),
    domain TEXT NOT NULL,
    requested_services TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    urgency TEXT NOT NULL DEFAULT 'normal' CHECK (urgency IN ('normal', 'urgent', 'immediate')),
    reply_due TEXT,
    contact_person TEXT NOT NULL DEFAULT '',
    items TEXT NOT NULL DEFAULT '',
    include_rrn INTEGER NOT NULL DEFAULT 0 CHECK (include_rrn IN (0, 1)),
    rrn_legal_basis TEXT,
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'sent', 'received', 'in_support', 'completed', 'rejected', 'cancelled')),
    created_on TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE UNIQUE INDEX referrals_number ON referrals (number);
CREATE INDEX referrals_case ON referrals (case_id);
CREATE INDEX referrals_status ON referrals (status, reply_due);

CREATE TABLE referral_events (
    id TEXT PRIMARY KEY,
    referral_id TEXT NOT NULL REFERENCES referrals (id),
    status TEXT NOT NULL,
    on_date TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    by_user TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX referral_events_referral ON referral_events (referral_id, on_date);

-- 출력·복사 대장: every document produced (what, for whom, by whom, when, why).
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,                          -- referral_letter, consent_form, packet, batch
    referral_id TEXT REFERENCES referrals (id),
    client_id TEXT REFERENCES clients (id),
    recipient TEXT NOT NULL DEFAULT '',
    produced_by TEXT NOT NULL,
    produced_at TEXT NOT NULL,
    purpose TEXT NOT NULL,
    destination TEXT NOT NULL,                   -- 'file' or 'print'
    pages INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX documents_produced ON documents (produced_at);

CREATE TABLE referral_number_counters (
    year INTEGER PRIMARY KEY,
    last_sequence INTEGER NOT NULL
);

INSERT INTO captured_tables (name) VALUES
    ('agencies'), ('attachments'), ('consents'), ('referrals'), ('referral_events'), ('documents');
