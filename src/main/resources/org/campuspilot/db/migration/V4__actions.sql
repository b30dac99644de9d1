-- Pedagogical actions: levels, beneficiaries, hours, partners, speakers, international mobility.

CREATE TABLE action (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    type TEXT NOT NULL,
    school_year INTEGER NOT NULL,
    start_date TEXT,
    end_date TEXT,
    status TEXT NOT NULL,
    objectives TEXT,
    description TEXT,
    hours_per_beneficiary INTEGER CHECK (hours_per_beneficiary >= 0),
    total_hours INTEGER CHECK (total_hours >= 0),
    mobility_country TEXT,
    mobility_direction TEXT,
    mobility_programme TEXT,
    mobility_programme_name TEXT,
    updated_at TEXT NOT NULL
);

CREATE INDEX action_school_year ON action (school_year);

-- The 2019 national levels (1 to 8) an action concerns.
CREATE TABLE action_level (
    action_id INTEGER NOT NULL REFERENCES action (id) ON DELETE CASCADE,
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 8),
    PRIMARY KEY (action_id, level)
);

-- Target and actual people by category: a learner status (ELEVES, ...) or a sex (FEMMES, ...).
CREATE TABLE action_beneficiary (
    action_id INTEGER NOT NULL REFERENCES action (id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    target INTEGER NOT NULL DEFAULT 0 CHECK (target >= 0),
    actual INTEGER NOT NULL DEFAULT 0 CHECK (actual >= 0),
    PRIMARY KEY (action_id, category)
);

CREATE TABLE action_establishment (
    action_id INTEGER NOT NULL REFERENCES action (id) ON DELETE CASCADE,
    establishment_id INTEGER NOT NULL REFERENCES establishment (id),
    PRIMARY KEY (action_id, establishment_id)
);

CREATE TABLE action_company (
    action_id INTEGER NOT NULL REFERENCES action (id) ON DELETE CASCADE,
    company_id INTEGER NOT NULL REFERENCES company (id),
    PRIMARY KEY (action_id, company_id)
);

CREATE TABLE action_contact (
    action_id INTEGER NOT NULL REFERENCES action (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contact (id),
    PRIMARY KEY (action_id, contact_id)
);
