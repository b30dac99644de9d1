-- The history of every change (docs/decisions/0015-data-safety.md). A change set is one transaction of the
-- application (a save, a delete, an import, an undo); each row it wrote is one audit entry with the row's values
-- before and after, as JSON. The entries are written by triggers (db.AuditTriggers, re-created from the tables'
-- columns each time a file is opened), so no repository can forget one.

CREATE TABLE change_set (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    -- 1 while its transaction runs: the triggers attach their entries to the open change set.
    open INTEGER NOT NULL DEFAULT 0 CHECK (open IN (0, 1)),
    -- An undo, redo or restore from the trash: the change set whose entries it reversed.
    reverts INTEGER REFERENCES change_set (id),
    -- A deletion the trash (« Corbeille ») offers to restore; 0 once restored or emptied.
    in_trash INTEGER NOT NULL DEFAULT 0 CHECK (in_trash IN (0, 1))
);

CREATE INDEX change_set_open ON change_set (open) WHERE open = 1;
CREATE INDEX change_set_trash ON change_set (in_trash) WHERE in_trash = 1;

CREATE TABLE audit_entry (
    id INTEGER PRIMARY KEY,
    change_set_id INTEGER REFERENCES change_set (id),
    table_name TEXT NOT NULL,
    -- The record shown to the user: the row itself, or the record a detail row belongs to (an action's levels).
    record_table TEXT NOT NULL,
    record_id TEXT NOT NULL,
    operation TEXT NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
    old_values TEXT,
    new_values TEXT
);

CREATE INDEX audit_entry_change_set ON audit_entry (change_set_id);
CREATE INDEX audit_entry_record ON audit_entry (record_table, record_id);
