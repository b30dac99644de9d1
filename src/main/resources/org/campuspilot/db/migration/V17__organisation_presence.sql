-- Attendance of establishments and companies (issue 21): like a person, an organisation taking part in an event is
-- invited, registered or was present. The organisations recorded before took part: present at an event held,
-- registered at one still to come or called off.
ALTER TABLE event_establishment ADD COLUMN presence TEXT NOT NULL DEFAULT 'PRESENT'
    CHECK (presence IN ('INVITE', 'INSCRIT', 'PRESENT'));
ALTER TABLE event_company ADD COLUMN presence TEXT NOT NULL DEFAULT 'PRESENT'
    CHECK (presence IN ('INVITE', 'INSCRIT', 'PRESENT'));
UPDATE event_establishment SET presence = 'INSCRIT'
    WHERE event_id IN (SELECT id FROM event WHERE status <> 'REALISE');
UPDATE event_company SET presence = 'INSCRIT'
    WHERE event_id IN (SELECT id FROM event WHERE status <> 'REALISE');
