-- Appointments (일정): a series row per appointment (a single one is a series of one), its exceptions (skipped or
-- moved occurrences) and who goes. `first_day`/`last_day` bound every occurrence after the exceptions, so a
-- date-range query finds the candidate series by index and only those are expanded (domain/appointments.py).
-- appointment_staff repeats the two days so one worker's week is a range of one index.
CREATE TABLE appointments (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    kind TEXT NOT NULL CHECK (kind IN ('counseling', 'visit', 'phone', 'accompany', 'program')),
    first_start TEXT NOT NULL,                   -- local 'YYYY-MM-DD HH:MM'
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    weekly_count INTEGER NOT NULL DEFAULT 1 CHECK (weekly_count BETWEEN 1 AND 104),
    interval_weeks INTEGER NOT NULL DEFAULT 1 CHECK (interval_weeks BETWEEN 1 AND 8),
    place_kind TEXT NOT NULL DEFAULT 'none'
        CHECK (place_kind IN ('center', 'home', 'hospital', 'police', 'court', 'other', 'none')),
    place TEXT NOT NULL DEFAULT '',              -- free text (never printed for a client marked 주소 비공개)
    note TEXT NOT NULL DEFAULT '',
    first_day TEXT NOT NULL,                     -- 'YYYY-MM-DD' of the earliest occurrence
    last_day TEXT NOT NULL,                      -- and of the latest (moved occurrences included)
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX appointments_case ON appointments (case_id, first_day);
-- Covering (tombstones included): a range scan reads only index pages, never a row it will not use.
CREATE INDEX appointments_days ON appointments (last_day, first_day, deleted_at, id);

CREATE TABLE appointment_changes (
    id TEXT PRIMARY KEY,                         -- '<appointment id>:<occurrence index>': edits merge per occurrence
    appointment_id TEXT NOT NULL REFERENCES appointments (id),
    occurrence INTEGER NOT NULL CHECK (occurrence >= 0),
    moved_to TEXT,                               -- NULL = this occurrence is skipped
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX appointment_changes_appointment ON appointment_changes (appointment_id);

CREATE TABLE appointment_staff (
    id TEXT PRIMARY KEY,                         -- '<appointment id>:<user id>'
    appointment_id TEXT NOT NULL REFERENCES appointments (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    first_day TEXT NOT NULL,
    last_day TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX appointment_staff_appointment ON appointment_staff (appointment_id);
CREATE INDEX appointment_staff_days ON appointment_staff (user_id, last_day, first_day, deleted_at, appointment_id);

INSERT INTO captured_tables (name) VALUES ('appointments'), ('appointment_changes'), ('appointment_staff');
