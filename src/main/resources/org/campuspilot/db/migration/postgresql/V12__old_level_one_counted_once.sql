-- PostgreSQL's version of V12 (decision 0033). A database on a server is made by this version or a later one, empty:
-- no action holds the old double level, and no change set is needed to record the fix (SQLite's text dates it with
-- strftime, which PostgreSQL lacks). The statement is kept so that both engines hold the same rows after V12.
DELETE FROM action_level WHERE level = 8 AND action_id IN (SELECT action_id FROM action_level WHERE level = 7);
