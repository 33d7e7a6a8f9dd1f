-- Programs the center runs (self-help groups, workshops, information sessions), enrolment of
-- cases into them with attendance per session, and client feedback surveys.
-- Feedback answers are stored apart from identity: feedback_responses has no case, client or
-- enrolment column and only the month it was given; feedback_requests records *that* a case was
-- surveyed (answered or declined) so nobody asks twice, and cannot be joined to the answer.

CREATE TABLE programs (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('self_help', 'trauma_recovery', 'legal_info', 'family', 'other')),
    description TEXT NOT NULL DEFAULT '',
    facilitator_kind TEXT NOT NULL DEFAULT 'in_house' CHECK (facilitator_kind IN ('in_house', 'agency')),
    facilitator_user_id TEXT REFERENCES users (id),
    facilitator_agency_id TEXT REFERENCES agencies (id),
    facilitator_name TEXT NOT NULL DEFAULT '',   -- free text for an outside facilitator
    place TEXT NOT NULL DEFAULT '',
    online INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1)),
    capacity INTEGER CHECK (capacity IS NULL OR capacity > 0),
    starts_on TEXT NOT NULL,                     -- ISO date
    ends_on TEXT,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'running', 'finished', 'cancelled')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX programs_starts ON programs (starts_on);

CREATE TABLE program_sessions (
    id TEXT PRIMARY KEY,
    program_id TEXT NOT NULL REFERENCES programs (id),
    held_on TEXT NOT NULL,                       -- ISO date
    start_time TEXT NOT NULL DEFAULT '',         -- HH:MM
    topic TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX program_sessions_program ON program_sessions (program_id, held_on);

CREATE TABLE program_enrolments (
    id TEXT PRIMARY KEY,                         -- uuid5(program_id, case_id): one enrolment per case and program on every device
    program_id TEXT NOT NULL REFERENCES programs (id),
    case_id TEXT NOT NULL REFERENCES cases (id),
    enrolled_on TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'enrolled' CHECK (status IN ('enrolled', 'completed', 'dropped')),
    completed_on TEXT,
    enrolled_by TEXT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX program_enrolments_program ON program_enrolments (program_id);
CREATE INDEX program_enrolments_case ON program_enrolments (case_id);

CREATE TABLE program_attendance (
    id TEXT PRIMARY KEY,                         -- uuid5(enrolment_id, session_id): concurrent records merge per field
    enrolment_id TEXT NOT NULL REFERENCES program_enrolments (id),
    session_id TEXT NOT NULL REFERENCES program_sessions (id),
    status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
    recorded_by TEXT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX program_attendance_session ON program_attendance (session_id);
CREATE INDEX program_attendance_enrolment ON program_attendance (enrolment_id);

-- Survey questions are data: each edit publishes a new version; answers keep the version they answered.
CREATE TABLE survey_versions (
    id TEXT PRIMARY KEY,
    subject TEXT NOT NULL CHECK (subject IN ('case', 'program')),
    version INTEGER NOT NULL CHECK (version > 0),
    questions TEXT NOT NULL,                     -- JSON list of {code, kind: scale5|service|text, text_ko, text_en}
    published_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX survey_versions_subject ON survey_versions (subject, version);

-- That a case (or a case's program enrolment) was surveyed, and how; never what was answered.
CREATE TABLE feedback_requests (
    id TEXT PRIMARY KEY,                         -- uuid5(subject, case_id, enrolment_id): asked once, on every device
    subject TEXT NOT NULL CHECK (subject IN ('case', 'program')),
    case_id TEXT NOT NULL REFERENCES cases (id),
    enrolment_id TEXT REFERENCES program_enrolments (id),
    outcome TEXT NOT NULL CHECK (outcome IN ('answered', 'declined')),
    method TEXT NOT NULL CHECK (method IN ('kiosk', 'phone', 'paper')),
    recorded_on TEXT NOT NULL,                   -- ISO date
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX feedback_requests_case ON feedback_requests (case_id);

-- The answers themselves: no case, client, enrolment or day; the month is enough for reports.
CREATE TABLE feedback_responses (
    id TEXT PRIMARY KEY,                         -- random, unrelated to the request's id
    survey_version_id TEXT NOT NULL REFERENCES survey_versions (id),
    subject TEXT NOT NULL CHECK (subject IN ('case', 'program')),
    program_id TEXT REFERENCES programs (id),    -- which program was rated (not who rated it)
    answered_month TEXT NOT NULL,                -- 'YYYY-MM'
    method TEXT NOT NULL CHECK (method IN ('kiosk', 'phone', 'paper')),
    answers TEXT NOT NULL,                       -- JSON {question code: 1..5}
    helped_most TEXT,                            -- service-domain code
    comment TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,                    -- set to the first day of answered_month, not the real time
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX feedback_responses_month ON feedback_responses (subject, answered_month);

INSERT INTO captured_tables (name) VALUES
    ('programs'), ('program_sessions'), ('program_enrolments'), ('program_attendance'),
    ('survey_versions'), ('feedback_requests'), ('feedback_responses');
