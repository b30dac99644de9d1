-- The values an import of the Annuaire de l'éducation last wrote into an establishment, field by field: a field
-- whose value differs from it was edited by hand, and a later import does not overwrite it without asking.

CREATE TABLE establishment_import_value (
    establishment_id INTEGER NOT NULL REFERENCES establishment (id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    value TEXT,
    PRIMARY KEY (establishment_id, field)
);
