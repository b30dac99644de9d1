-- The yearly operating grant: grants and their instalments, the budget prévisionnel per financial year on the
-- Cerfa lines, expenses and other income, and what the compte rendu financier (Cerfa 15059) says in words.
-- Amounts are integer cents. A financial year is a civil year.

CREATE TABLE grant_award (
    id INTEGER PRIMARY KEY,
    funder TEXT NOT NULL CHECK (funder IN ('REGION', 'ETAT', 'EUROPE', 'MECENE', 'AUTRE')),
    funder_name TEXT NOT NULL,
    financial_year INTEGER NOT NULL CHECK (financial_year BETWEEN 2000 AND 2100),
    object TEXT NOT NULL,
    requested_cents INTEGER CHECK (requested_cents >= 0),
    awarded_cents INTEGER CHECK (awarded_cents >= 0),
    decision_date TEXT,
    convention_ref TEXT,
    convention_signed_on TEXT,
    status TEXT NOT NULL CHECK (status IN ('PREPARATION', 'DEPOSEE', 'ACCORDEE', 'REFUSEE', 'SOLDEE')),
    -- Null: the default, the end of the financial year plus six months.
    report_due_on TEXT,
    report_sent_on TEXT,
    -- The compte rendu financier: part 1 (qualitative review) and part 3 (annex).
    review_text TEXT,
    indirect_costs_text TEXT,
    contributions_text TEXT,
    updated_at TEXT NOT NULL
);

CREATE INDEX grant_award_year ON grant_award (financial_year);

-- The schedule of a grant's payments and what was received.
CREATE TABLE grant_instalment (
    id INTEGER PRIMARY KEY,
    grant_id INTEGER NOT NULL REFERENCES grant_award (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('AVANCE', 'ACOMPTE', 'SOLDE')),
    expected_on TEXT,
    expected_cents INTEGER NOT NULL CHECK (expected_cents > 0),
    condition TEXT,
    received_on TEXT,
    received_cents INTEGER CHECK (received_cents > 0),
    CHECK ((received_on IS NULL) = (received_cents IS NULL))
);

CREATE INDEX grant_instalment_grant ON grant_instalment (grant_id);

-- Why a line of the compte rendu differs from the forecast by more than 15 %.
CREATE TABLE grant_gap_explanation (
    grant_id INTEGER NOT NULL REFERENCES grant_award (id) ON DELETE CASCADE,
    line_code TEXT NOT NULL,
    explanation TEXT NOT NULL,
    PRIMARY KEY (grant_id, line_code)
);

-- The budget prévisionnel of a financial year: one amount per line that takes amounts.
CREATE TABLE budget_forecast (
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    line_code TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
    PRIMARY KEY (year, line_code)
);

-- Expenses (on a charge line or 86) and other income (on a produit line or 87).
CREATE TABLE finance_entry (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('EXPENSE', 'INCOME')),
    entry_date TEXT NOT NULL,
    party TEXT,
    description TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    line_code TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('ENGAGEE', 'PAYEE')),
    paid_on TEXT,
    reference TEXT,
    document_path TEXT,
    action_id INTEGER REFERENCES action (id) ON DELETE SET NULL,
    event_id INTEGER REFERENCES event (id) ON DELETE SET NULL,
    grant_id INTEGER REFERENCES grant_award (id) ON DELETE SET NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX finance_entry_date ON finance_entry (entry_date);
CREATE INDEX finance_entry_action ON finance_entry (action_id);
CREATE INDEX finance_entry_event ON finance_entry (event_id);
CREATE INDEX finance_entry_grant ON finance_entry (grant_id);
