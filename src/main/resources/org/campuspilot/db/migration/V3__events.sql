-- Events, their participants and their attendance by public.

CREATE TABLE event (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    type TEXT NOT NULL,
    all_day BOOLEAN NOT NULL,
    start_date TEXT NOT NULL,
    start_time TEXT,
    end_date TEXT NOT NULL,
    end_time TEXT,
    place TEXT,
    place_establishment_id INTEGER REFERENCES establishment (id),
    organiser_establishment_id INTEGER REFERENCES establishment (id),
    organiser_company_id INTEGER REFERENCES company (id),
    description TEXT,
    status TEXT NOT NULL,
    expected INTEGER,
    updated_at TEXT NOT NULL,
    CHECK (organiser_establishment_id IS NULL OR organiser_company_id IS NULL)
);

CREATE INDEX event_start ON event (start_date);

CREATE TABLE event_attendance (
    event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    audience TEXT NOT NULL,
    present INTEGER NOT NULL CHECK (present >= 0),
    PRIMARY KEY (event_id, audience)
);

CREATE TABLE event_establishment (
    event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    establishment_id INTEGER NOT NULL REFERENCES establishment (id),
    PRIMARY KEY (event_id, establishment_id)
);

CREATE TABLE event_company (
    event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    company_id INTEGER NOT NULL REFERENCES company (id),
    PRIMARY KEY (event_id, company_id)
);

CREATE TABLE event_contact (
    event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contact (id),
    presence TEXT NOT NULL,
    PRIMARY KEY (event_id, contact_id)
);

CREATE INDEX event_contact_contact ON event_contact (contact_id);
