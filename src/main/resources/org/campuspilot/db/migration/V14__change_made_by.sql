-- Who made each change: the database user on a server, the system's user for a file (issue 24).
ALTER TABLE change_set ADD COLUMN made_by TEXT;
