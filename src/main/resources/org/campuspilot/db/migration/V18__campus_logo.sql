-- The campus's logo (issue 21), on the cover of the rapport d'activité: its bytes kept once with the other files of
-- the campus (attachment_file, decision 0046), the identity naming them; in the history as the file's name and
-- fingerprint, not its bytes.
ALTER TABLE campus ADD COLUMN logo_sha256 TEXT REFERENCES attachment_file (sha256);
ALTER TABLE campus ADD COLUMN logo_file_name TEXT;
