-- Case work: clients (피해자/내담자), their phones and RRN history, cases with crime types and team,
-- needs, service-plan goals, counseling sessions, services provided and follow-ups.
-- Every table is replicated (captured) and tombstoned; search indexes are local and derived.

CREATE TABLE clients (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    alias TEXT,                                   -- 가명: shown on screen when set
    gender TEXT NOT NULL DEFAULT 'U' CHECK (gender IN ('F', 'M', 'X', 'U')),
    birth_date TEXT,                              -- ISO date
    nationality TEXT NOT NULL DEFAULT '대한민국',
    interpreter_language TEXT,                    -- set when an interpreter is needed
    disability TEXT,
    address_road TEXT,                            -- 도로명주소
    address_detail TEXT,                          -- 동·층·호
    postal_code TEXT,
    address_private INTEGER NOT NULL DEFAULT 0 CHECK (address_private IN (0, 1)),   -- 주소 비공개
    offender_cohabits INTEGER NOT NULL DEFAULT 0 CHECK (offender_cohabits IN (0, 1)),
    guardian_name TEXT,
    guardian_relation TEXT,
    guardian_phone TEXT,
    guardian_is_suspect INTEGER NOT NULL DEFAULT 0 CHECK (guardian_is_suspect IN (0, 1)),
    import_key TEXT,                              -- the dedup key of a spreadsheet import
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX clients_name ON clients (name);
CREATE INDEX clients_display_name ON clients (coalesce(alias, name));   -- the list's name sort shows the alias
CREATE UNIQUE INDEX clients_import_key ON clients (import_key) WHERE import_key IS NOT NULL AND deleted_at IS NULL;

CREATE TABLE client_phones (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients (id),
    digits TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',              -- 휴대전화, 집, 직장 …
    sms_ok INTEGER NOT NULL DEFAULT 1 CHECK (sms_ok IN (0, 1)),   -- 0 = 문자 금지
    call_hours TEXT NOT NULL DEFAULT '',         -- 연락 가능 시간
    instructions TEXT NOT NULL DEFAULT '',       -- e.g. "본인이 받지 않으면 끊을 것"
    is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX client_phones_client ON client_phones (client_id);

-- 주민등록번호: optional, only with a recorded legal basis, kept with history (it can change).
CREATE TABLE client_rrns (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients (id),
    rrn TEXT NOT NULL,
    legal_basis TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    superseded_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX client_rrns_client ON client_rrns (client_id);

CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    case_number TEXT NOT NULL,                    -- <device code>-<year>-<sequence>: unique without a server
    client_id TEXT NOT NULL REFERENCES clients (id),
    intake_date TEXT NOT NULL,
    intake_channel TEXT NOT NULL CHECK (intake_channel IN ('visit', 'phone', 'outreach', 'agency')),
    referring_agency TEXT,
    incident_date TEXT,
    incident_summary TEXT NOT NULL DEFAULT '',
    police_report TEXT NOT NULL DEFAULT 'not_reported'
        CHECK (police_report IN ('not_reported', 'reported', 'investigating', 'referred', 'closed')),
    police_station TEXT,
    police_case_number TEXT,
    offender_relationship TEXT,
    risk_level TEXT CHECK (risk_level IN ('low', 'medium', 'high', 'critical')),
    risk_rank INTEGER NOT NULL DEFAULT 0,         -- 0 unknown … 4 critical: sorts and filters
    risk_assessed_on TEXT,
    risk_assessed_by TEXT REFERENCES users (id),
    status TEXT NOT NULL DEFAULT 'intake' CHECK (status IN ('intake', 'active', 'on_hold', 'closed')),
    closed_on TEXT,
    closing_reason TEXT,
    lead_counselor_id TEXT REFERENCES users (id),
    last_activity_at TEXT NOT NULL,
    import_key TEXT,                              -- the dedup key of a spreadsheet import
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE UNIQUE INDEX cases_number ON cases (case_number);
CREATE INDEX cases_client ON cases (client_id);
CREATE INDEX cases_activity ON cases (last_activity_at);
CREATE INDEX cases_status_activity ON cases (status, last_activity_at);
CREATE INDEX cases_lead_activity ON cases (lead_counselor_id, last_activity_at);
CREATE INDEX cases_risk_activity ON cases (risk_rank, last_activity_at);
CREATE INDEX cases_intake ON cases (intake_date);
CREATE UNIQUE INDEX cases_import_key ON cases (import_key) WHERE import_key IS NOT NULL AND deleted_at IS NULL;

CREATE TABLE case_crime_types (
    id TEXT PRIMARY KEY,                          -- case id + ':' + crime type: same on every device
    case_id TEXT NOT NULL REFERENCES cases (id),
    crime_type TEXT NOT NULL CHECK (crime_type IN ('life_body', 'digital_sex', 'stalking', 'domestic', 'sexual', 'other')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX case_crime_types_case ON case_crime_types (case_id);
CREATE INDEX case_crime_types_type ON case_crime_types (crime_type, case_id);

CREATE TABLE case_team (
    id TEXT PRIMARY KEY,                          -- case id + ':' + user id
    case_id TEXT NOT NULL REFERENCES cases (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX case_team_case ON case_team (case_id);
CREATE INDEX case_team_user ON case_team (user_id, case_id);

CREATE TABLE needs (
    id TEXT PRIMARY KEY,                          -- case id + ':' + domain
    case_id TEXT NOT NULL REFERENCES cases (id),
    domain TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('none', 'low', 'medium', 'high', 'urgent')),
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX needs_case ON needs (case_id);

CREATE TABLE plan_goals (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    domain TEXT,
    goal TEXT NOT NULL,
    target_date TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'achieved', 'dropped')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX plan_goals_case ON plan_goals (case_id);

CREATE TABLE case_sessions (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    started_at TEXT NOT NULL,                     -- local date-time, ISO, minutes
    mode TEXT NOT NULL CHECK (mode IN ('visit', 'phone', 'outreach', 'video')),
    place TEXT NOT NULL DEFAULT '',
    duration_minutes INTEGER NOT NULL DEFAULT 0 CHECK (duration_minutes BETWEEN 0 AND 1440),
    counselor_id TEXT REFERENCES users (id),
    note TEXT NOT NULL DEFAULT '',
    next_steps TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX case_sessions_case ON case_sessions (case_id, started_at);

CREATE TABLE case_services (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    domain TEXT NOT NULL,
    service TEXT NOT NULL,
    provider_kind TEXT NOT NULL DEFAULT 'in_house' CHECK (provider_kind IN ('in_house', 'agency')),
    provider_name TEXT NOT NULL DEFAULT '',
    provided_on TEXT,
    amount_krw INTEGER CHECK (amount_krw IS NULL OR amount_krw >= 0),
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX case_services_case ON case_services (case_id);

CREATE TABLE followups (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    title TEXT NOT NULL,
    due_date TEXT NOT NULL,
    assignee_id TEXT REFERENCES users (id),
    done_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX followups_open_case ON followups (case_id, due_date) WHERE done_on IS NULL AND deleted_at IS NULL;
CREATE INDEX followups_open_assignee ON followups (assignee_id, due_date) WHERE done_on IS NULL AND deleted_at IS NULL;

-- Case numbers: the next sequence per device and year, local to this device.
CREATE TABLE case_number_counters (
    year INTEGER PRIMARY KEY,
    last_sequence INTEGER NOT NULL
);

INSERT INTO captured_tables (name) VALUES
    ('clients'), ('client_phones'), ('client_rrns'), ('cases'), ('case_crime_types'), ('case_team'),
    ('needs'), ('plan_goals'), ('case_sessions'), ('case_services'), ('followups');
