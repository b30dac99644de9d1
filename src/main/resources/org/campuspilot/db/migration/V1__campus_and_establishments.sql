-- The campus's identity (one row) and its member establishments.
-- Portable SQL: TEXT dates in ISO form, BOOLEAN flags, INTEGER primary keys (GENERATED on PostgreSQL).

CREATE TABLE establishment (
    id INTEGER PRIMARY KEY,
    uai TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    ownership TEXT NOT NULL,
    siret TEXT,
    street TEXT,
    postal_code TEXT,
    city TEXT,
    phone TEXT,
    email TEXT,
    website TEXT,
    network_role TEXT NOT NULL,
    member_since TEXT,
    member_until TEXT,
    convention_signed_on TEXT,
    notes TEXT
);

-- At most one établissement support.
CREATE UNIQUE INDEX establishment_one_support ON establishment (network_role) WHERE network_role = 'SUPPORT';

CREATE INDEX establishment_name ON establishment (name);

CREATE TABLE campus (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    sector TEXT NOT NULL,
    academie TEXT,
    region TEXT,
    excellence BOOLEAN NOT NULL DEFAULT FALSE,
    label_start TEXT,
    label_end TEXT,
    association_name TEXT,
    association_siret TEXT
);
