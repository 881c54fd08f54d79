-- Field verification (核查记录) details and the reason of a ledger change.

-- Where the inspectors were (a workshop, the north yard…) and what they concluded, beside
-- the per-field findings (jsonb array of {field, label, observed, note, ledgerValue}).
ALTER TABLE inspections ADD COLUMN location text;
ALTER TABLE inspections ADD COLUMN summary text NOT NULL DEFAULT '';

-- A download (GET /files/:sha256) is allowed when the file is attached to a case in the
-- user's scope: looked up by jurisdiction and hash.
CREATE INDEX case_attachments_file ON case_attachments (jurisdiction_code, file_sha256);

-- Why a record changed when the change is not a plain edit, e.g. 核查记录确认（2026-11-20）.
-- The ledger's write path appends its audit records without knowing why it was called, so
-- the caller states the reason once for its transaction:
--   SELECT set_config('panhuo.audit_reason', '…', true)
-- and every audit record of that transaction carries it. Transaction-local, so a pooled
-- connection never leaks it into another request; null when not set.
ALTER TABLE audit_log ADD COLUMN reason text DEFAULT nullif(current_setting('panhuo.audit_reason', true), '');
