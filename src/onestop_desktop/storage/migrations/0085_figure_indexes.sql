-- Indexes for the dashboard and period reports (storage/repos/figures.py): each figure reads one period
-- of one table through a range of these instead of scanning every session, service or referral event.
-- Partial on deleted_at IS NULL (the figures' own filter), so tombstoned rows cost nothing.

CREATE INDEX case_sessions_started ON case_sessions (started_at, counselor_id) WHERE deleted_at IS NULL;
CREATE INDEX case_services_provided ON case_services (provided_on, domain, provider_kind) WHERE deleted_at IS NULL;
CREATE INDEX referral_events_status_day ON referral_events (status, on_date) WHERE deleted_at IS NULL;
CREATE INDEX cases_closed ON cases (closed_on) WHERE closed_on IS NOT NULL AND deleted_at IS NULL;
