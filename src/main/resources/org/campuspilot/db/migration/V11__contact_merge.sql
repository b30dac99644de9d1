-- Which contact was merged into which (ContactService.merge): anonymising a person must also erase the history and
-- the Corbeille entry of every duplicate merged into them (RGPD). Not audited: a note about records, not a record.

CREATE TABLE contact_merge (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    removed_id INTEGER NOT NULL,
    kept_id INTEGER NOT NULL,
    merged_at TEXT NOT NULL
);

CREATE INDEX contact_merge_kept ON contact_merge (kept_id);
