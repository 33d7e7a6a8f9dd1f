-- Devices carry their replication scope: a center workstation holds all cases, an outreach
-- laptop's field kit only the cases assigned to its users. Enrolment sets it; the sync
-- issue reads it. Existing devices are workstations.
ALTER TABLE devices ADD COLUMN scope TEXT NOT NULL DEFAULT 'all' CHECK (scope IN ('all', 'field'));
