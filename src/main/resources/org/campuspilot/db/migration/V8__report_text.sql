-- The texts the director writes in the rapport d'activité (introduction, highlights, outlook), kept per period:
-- « 2025 » for a civil year, « 2025-2026 » for a school year.

CREATE TABLE report_text (
    period TEXT NOT NULL,
    section TEXT NOT NULL CHECK (section IN ('INTRODUCTION', 'HIGHLIGHTS', 'OUTLOOK')),
    body TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (period, section)
);
