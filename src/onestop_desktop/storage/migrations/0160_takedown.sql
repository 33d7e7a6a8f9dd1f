-- 삭제 지원 for digital sex-crime victims: the images, videos and posts found online (takedown_items) and the
-- removal requests made for each (takedown_requests). An item's address is victim data like any other: it stays
-- in the encrypted database and its change log, and never reaches the audit trail, reports or error messages.
-- A re-upload is an item of its own that points at the item it re-appeared from (original_item_id).

CREATE TABLE takedown_items (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    platform TEXT NOT NULL,                      -- the site or service, as people name it
    url TEXT NOT NULL DEFAULT '',                -- '' when there is none (a chat room, a private message)
    description TEXT NOT NULL DEFAULT '',        -- where it is, when there is no address
    kind TEXT NOT NULL CHECK (kind IN ('video', 'photo', 'post', 'deepfake', 'threat')),
    found_on TEXT NOT NULL,                      -- ISO date
    found_by TEXT NOT NULL CHECK (found_by IN ('client', 'counselor', 'agency')),
    status TEXT NOT NULL DEFAULT 'found' CHECK (status IN ('found', 'requested', 'removed', 'refused', 'reuploaded')),
    status_on TEXT NOT NULL,                     -- ISO date the status was reached
    original_item_id TEXT REFERENCES takedown_items (id),
    evidence_attachment_id TEXT REFERENCES attachments (id),  -- a screenshot, kept encrypted like consent scans
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX takedown_items_case ON takedown_items (case_id, found_on);
CREATE INDEX takedown_items_found ON takedown_items (found_on);
CREATE INDEX takedown_items_status ON takedown_items (status, status_on);

CREATE TABLE takedown_requests (
    id TEXT PRIMARY KEY,
    item_id TEXT NOT NULL REFERENCES takedown_items (id),
    recipient TEXT NOT NULL CHECK (recipient IN ('dsc_center', 'seoul_center', 'kcsc', 'platform', 'other')),
    requested_on TEXT NOT NULL,                  -- ISO date
    channel TEXT NOT NULL CHECK (channel IN ('online_form', 'email', 'phone', 'document', 'other')),
    note TEXT NOT NULL DEFAULT '',
    by_user TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX takedown_requests_item ON takedown_requests (item_id, requested_on);

INSERT INTO captured_tables (name) VALUES ('takedown_items'), ('takedown_requests');
