-- The director's answers at the mapping step of a spreadsheet import: which field a column title stands for, per
-- kind of record (an empty field: the column is left out). The next file with the same titles is mapped the same way.

CREATE TABLE import_mapping (
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    field TEXT NOT NULL,
    PRIMARY KEY (kind, title)
);
