-- The values an import of the Annuaire de l'éducation last wrote into an establishment: a field whose value differs
-- from it was edited by hand, and a later import does not overwrite it without asking. One row per establishment.

CREATE TABLE establishment_import_value (
    establishment_id INTEGER PRIMARY KEY REFERENCES establishment (id) ON DELETE CASCADE,
    name TEXT,
    kind TEXT,
    ownership TEXT,
    siret TEXT,
    street TEXT,
    postal_code TEXT,
    city TEXT,
    phone TEXT,
    email TEXT,
    website TEXT
);
