-- The objectives of the label period (issue 25), which the bilan du label sets the records against: what each
-- counts (an indicator the application computes, or one typed by hand per school year), its target, and whether it
-- is due every school year or by the end of the period.
CREATE TABLE label_objective (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    position INTEGER NOT NULL,
    indicator TEXT NOT NULL,
    label TEXT NOT NULL,
    target INTEGER NOT NULL CHECK (target >= 0),
    scope TEXT NOT NULL CHECK (scope IN ('EACH_YEAR', 'BY_END')),
    updated_at TEXT NOT NULL
);

-- The figures typed per school year (by its first year) for an objective counted by hand.
CREATE TABLE label_objective_value (
    objective_id INTEGER NOT NULL REFERENCES label_objective (id) ON DELETE CASCADE,
    school_year INTEGER NOT NULL CHECK (school_year BETWEEN 2000 AND 2100),
    typed_value INTEGER NOT NULL CHECK (typed_value >= 0),
    PRIMARY KEY (objective_id, school_year)
);
