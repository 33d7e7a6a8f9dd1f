-- 종결 확인 메모: why a high-risk case (위험 높음 / 매우 높음) was closed, written by whoever closed it.
-- A case column, so it replicates and shows in the case's history like the closing reason.
ALTER TABLE cases ADD COLUMN closing_note TEXT;
