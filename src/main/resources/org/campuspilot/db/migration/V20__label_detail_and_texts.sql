-- An objective of the label period may count one value of an indicator's list (issue 25): the members of one kind,
-- the people of one public at the events, the beneficiaries at one level, of one status or of one sex. The value is
-- the enum's name (CFA, COLLEGIENS, LEVEL_5, ETUDIANTS, FEMMES…); null for an indicator counted as a whole.
ALTER TABLE label_objective ADD COLUMN detail TEXT;

-- What the director writes about each theme of the bilan du label (the network, the companies, the events…), printed
-- under that theme's figures. The bilan's synthesis, highlights and outlook stay in report_text (period « label »).
CREATE TABLE label_text (
    theme TEXT PRIMARY KEY CHECK (theme IN ('NETWORK', 'COMPANIES', 'EVENTS', 'ACTIONS', 'MOBILITY', 'FINANCE',
        'OTHER')),
    body TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
