-- PostgreSQL's version of V15 (decision 0033): the same tables, the file's bytes in a BYTEA (SQLite's BLOB has no
-- PostgreSQL name the translation rules could give it).
CREATE TABLE attachment_file (
    sha256 TEXT PRIMARY KEY,
    size_bytes BIGINT NOT NULL,
    content BYTEA NOT NULL
);

CREATE TABLE entry_attachment (
    entry_id BIGINT PRIMARY KEY REFERENCES finance_entry (id) ON DELETE CASCADE DEFERRABLE,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL REFERENCES attachment_file (sha256) DEFERRABLE,
    size_bytes BIGINT NOT NULL,
    added_at TEXT NOT NULL
);
