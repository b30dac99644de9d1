-- Analytic allocation (issue 21, decision 0047). A grant funds either the association's operation as a whole (no
-- project: its compte rendu is the association's budget) or one project, an action the association carries out
-- (« Actions de découverte des métiers »): its compte rendu financier (Cerfa 15059) reports that project alone.
-- A project's budget prévisionnel is its part of the association's lines (project_forecast); an expense or an income
-- belongs to a project in full or for a share of its amount (project_percent), the rest staying with the
-- association's general operation.
CREATE TABLE analytic_project (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

ALTER TABLE grant_award ADD COLUMN project_id INTEGER REFERENCES analytic_project (id) ON DELETE SET NULL;
ALTER TABLE finance_entry ADD COLUMN project_id INTEGER REFERENCES analytic_project (id) ON DELETE SET NULL;
-- The share of the amount the project bears, in per cent; null without a project.
ALTER TABLE finance_entry ADD COLUMN project_percent INTEGER CHECK (project_percent BETWEEN 1 AND 100);

CREATE INDEX finance_entry_project ON finance_entry (project_id);

-- A project's part of a year's budget prévisionnel, one amount per line that takes amounts.
CREATE TABLE project_forecast (
    project_id INTEGER NOT NULL REFERENCES analytic_project (id) ON DELETE CASCADE,
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    line_code TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    PRIMARY KEY (project_id, year, line_code)
);
