-- A bulk write (the annuaire's import) records its inserted rows' history in one statement instead of one trigger per
-- row (docs/decisions/0029-import-and-history-speed.md). While its change set names the table here, the table's insert
-- trigger stays silent; the writer then writes the same audit entries itself (AuditTriggers.recordInserts) and clears
-- the name, in the same transaction. The entries are the ones the trigger would have written: nothing else reads this.
ALTER TABLE change_set ADD COLUMN bulk_table TEXT;
