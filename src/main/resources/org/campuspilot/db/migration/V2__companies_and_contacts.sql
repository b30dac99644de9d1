-- Partner companies, their kinds of partnership, and the contacts of every organisation.

CREATE TABLE company (
    id INTEGER PRIMARY KEY,
    siren TEXT NOT NULL,
    siret TEXT UNIQUE,
    name TEXT NOT NULL,
    naf_code TEXT,
    naf_version TEXT,
    size_band TEXT,
    activity TEXT,
    street TEXT,
    postal_code TEXT,
    city TEXT,
    website TEXT,
    convention_signed_on TEXT,
    convention_ends_on TEXT,
    main_contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    notes TEXT
);

-- A company known only by its SIREN is one record per SIREN.
CREATE UNIQUE INDEX company_siren_only ON company (siren) WHERE siret IS NULL;
CREATE INDEX company_name ON company (name);

CREATE TABLE company_partnership (
    company_id INTEGER NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    PRIMARY KEY (company_id, kind)
);

-- A person: belongs to at most one organisation (an establishment, a company or a named other body).
CREATE TABLE contact (
    id INTEGER PRIMARY KEY,
    first_name TEXT,
    last_name TEXT NOT NULL,
    role TEXT,
    email TEXT,
    phone TEXT,
    establishment_id INTEGER REFERENCES establishment (id),
    company_id INTEGER REFERENCES company (id),
    other_body TEXT,
    last_contact_on TEXT,
    notes TEXT,
    created_on TEXT NOT NULL,
    reviewed_on TEXT,
    anonymised_on TEXT,
    CHECK ((establishment_id IS NOT NULL) + (company_id IS NOT NULL) + (other_body IS NOT NULL) <= 1)
);

CREATE INDEX contact_establishment ON contact (establishment_id);
CREATE INDEX contact_company ON contact (company_id);
