package org.campuspilot.app;

import org.campuspilot.action.ActionRepository;
import org.campuspilot.campus.CampusRepository;
import org.campuspilot.company.CompanyRepository;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.db.Database;
import org.campuspilot.establishment.EstablishmentRepository;
import org.campuspilot.event.EventRepository;
import org.campuspilot.grant.BudgetRepository;
import org.campuspilot.grant.EntryRepository;
import org.campuspilot.grant.GrantRepository;
import org.campuspilot.store.Stores;

/** Builds the repositories of one campus file: the one place that does, for the window and the command line. */
public final class CampusStores {
    private CampusStores() {
    }

    public static Stores on(Database db) {
        return new Stores(db, new CampusRepository(db), new EstablishmentRepository(db), new CompanyRepository(db),
                new ContactRepository(db), new EventRepository(db), new ActionRepository(db), new GrantRepository(db),
                new BudgetRepository(db), new EntryRepository(db),
                new org.campuspilot.grant.AttachmentRepository(db), new org.campuspilot.grant.ProjectRepository(db));
    }
}
