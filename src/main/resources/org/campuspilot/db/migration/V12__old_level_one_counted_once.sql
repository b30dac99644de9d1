-- Old level « I » used to be imported as both level 7 and level 8 (issue 21), so such an action counted in two
-- levels. It is now read as level 7 (master, engineering degree): an action holding 7 and 8 keeps 7.
-- The change is written in the history like any other: the history's triggers attach their entries to the open change
-- set, and with none open they would write entries belonging to no change (without a date, outside any undo). This
-- migration opens its own change set, so each action's « Historique » shows its level 8 removed and the director can
-- tick it again for an action truly meant for doctoral students. A change set that recorded nothing (no such action,
-- or a file whose triggers are not installed yet) is dropped.
INSERT INTO change_set (at, open) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 1);
DELETE FROM action_level WHERE level = 8 AND action_id IN (SELECT action_id FROM action_level WHERE level = 7);
UPDATE change_set SET open = 0 WHERE id = (SELECT MAX(id) FROM change_set);
DELETE FROM change_set WHERE id = (SELECT MAX(id) FROM change_set)
    AND NOT EXISTS (SELECT 1 FROM audit_entry WHERE change_set_id = (SELECT MAX(id) FROM change_set));
