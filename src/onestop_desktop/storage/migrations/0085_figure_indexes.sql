-- Covering indexes for the dashboard and period reports (storage/repos/figures.py): each figure reads one
-- period through a range of one of these and never visits the table rows, whose pages (notes, summaries)
-- would each have to be decrypted. deleted_at is a column of each (SQLite does not count a partial index's
-- WHERE as covering the filter). Without ANALYZE statistics SQLite prefers an older index with the same
-- leading column, so the queries name these (INDEXED BY) where it would otherwise read every table row.

CREATE INDEX cases_intake_figures ON cases (intake_date, deleted_at, id, client_id, lead_counselor_id);
CREATE INDEX cases_closed_figures ON cases (status, closed_on, deleted_at, intake_date, id, client_id,
                                            lead_counselor_id);
CREATE INDEX cases_open_figures ON cases (status, deleted_at, lead_counselor_id, id);
CREATE INDEX cases_lead_figures ON cases (lead_counselor_id, deleted_at, id);  -- one counselor's caseload
CREATE INDEX case_crime_types_figures ON case_crime_types (case_id, deleted_at, crime_type);
CREATE INDEX clients_figures ON clients (id, gender, birth_date);
CREATE INDEX case_sessions_figures ON case_sessions (started_at, deleted_at, mode);
CREATE INDEX case_services_figures ON case_services (provided_on, deleted_at, domain, provider_kind, status, case_id);
CREATE INDEX referral_events_figures ON referral_events (status, on_date, deleted_at, referral_id);
CREATE INDEX referral_events_reached ON referral_events (referral_id, status, deleted_at, on_date);
CREATE INDEX referrals_figures ON referrals (id, deleted_at, agency_id, status, case_id);
