package org.campuspilot.store;

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

/**
 * The repositories of one campus file, built once by the composition root ({@code app}) and handed to the features
 * that read or write across the others: the reports, the imports and the demo campus. A plain record, passed
 * explicitly: no feature opens another feature's repository itself (decision 0016).
 */
public record Stores(Database database, CampusRepository campus, EstablishmentRepository establishments,
        CompanyRepository companies, ContactRepository contacts, EventRepository events, ActionRepository actions,
        GrantRepository grants, BudgetRepository budgets, EntryRepository entries,
        org.campuspilot.grant.AttachmentRepository attachments, org.campuspilot.grant.ProjectRepository projects) {
}
