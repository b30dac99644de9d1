-- Pièces justificatives kept with the campus (issue 21): the file itself, not a path on one laptop that breaks
-- when the file moves, and that a backup or a colleague on the shared server never had.
-- attachment_file holds each file once, named by its SHA-256; it is not in the history (its bytes are no change to
-- review), and nothing rewrites or removes a row of it, so an entry restored from the Corbeille or an undone removal
-- finds its file again. entry_attachment links an expense or an income to its file: a detail of the entry, in its
-- history and back with it from the Corbeille.
CREATE TABLE attachment_file (
    sha256 TEXT PRIMARY KEY,
    size_bytes INTEGER NOT NULL,
    content BLOB NOT NULL
);

CREATE TABLE entry_attachment (
    entry_id INTEGER PRIMARY KEY REFERENCES finance_entry (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL REFERENCES attachment_file (sha256),
    size_bytes INTEGER NOT NULL,
    added_at TEXT NOT NULL
);
