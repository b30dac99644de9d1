package org.campuspilot.app;

import java.time.Clock;
import org.campuspilot.action.ActionFormController;
import org.campuspilot.action.ActionFormViewModel;
import org.campuspilot.action.ActionListController;
import org.campuspilot.action.ActionListViewModel;
import org.campuspilot.action.ActionRepository;
import org.campuspilot.action.ActionService;
import org.campuspilot.campus.CampusFormController;
import org.campuspilot.campus.CampusFormViewModel;
import org.campuspilot.campus.CampusRepository;
import org.campuspilot.campus.CampusService;
import org.campuspilot.campus.WelcomeController;
import org.campuspilot.company.CompanyFormController;
import org.campuspilot.company.CompanyFormViewModel;
import org.campuspilot.company.CompanyListController;
import org.campuspilot.company.CompanyListViewModel;
import org.campuspilot.company.CompanyRepository;
import org.campuspilot.company.CompanyService;
import org.campuspilot.contact.ContactFormController;
import org.campuspilot.contact.ContactFormViewModel;
import org.campuspilot.contact.ContactListController;
import org.campuspilot.contact.ContactListViewModel;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.contact.ContactService;
import org.campuspilot.contact.OrganisationContactsController;
import org.campuspilot.dashboard.DashboardController;
import org.campuspilot.dashboard.DashboardViewModel;
import org.campuspilot.db.Database;
import org.campuspilot.event.EventFormController;
import org.campuspilot.event.EventFormViewModel;
import org.campuspilot.event.EventListController;
import org.campuspilot.event.EventListViewModel;
import org.campuspilot.event.EventRepository;
import org.campuspilot.event.EventService;
import org.campuspilot.establishment.EstablishmentFormController;
import org.campuspilot.establishment.EstablishmentFormViewModel;
import org.campuspilot.establishment.EstablishmentListController;
import org.campuspilot.establishment.EstablishmentListViewModel;
import org.campuspilot.establishment.EstablishmentRepository;
import org.campuspilot.establishment.EstablishmentService;
import org.campuspilot.grant.BudgetController;
import org.campuspilot.grant.BudgetViewModel;
import org.campuspilot.grant.EntryFormController;
import org.campuspilot.grant.EntryFormViewModel;
import org.campuspilot.grant.EntryListController;
import org.campuspilot.grant.EntryListViewModel;
import org.campuspilot.grant.EntryRepository;
import org.campuspilot.grant.GrantAreaController;
import org.campuspilot.grant.GrantExports;
import org.campuspilot.grant.GrantFigures;
import org.campuspilot.grant.GrantFormController;
import org.campuspilot.grant.GrantFormViewModel;
import org.campuspilot.grant.GrantListController;
import org.campuspilot.grant.GrantListViewModel;
import org.campuspilot.grant.GrantRepository;
import org.campuspilot.grant.GrantService;
import org.campuspilot.grant.YearActivity;
import org.campuspilot.importing.ImportController;
import org.campuspilot.importing.ImportViewModel;
import org.campuspilot.shared.Organisation;
import org.campuspilot.ui.ControllerFactory;
import org.campuspilot.ui.DialogService;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.Navigator;
import org.campuspilot.ui.TaskRunner;
import org.campuspilot.ui.ViewLoader;

/**
 * The one composition root: builds the repositories, services, view models and controllers of one open database.
 * Opening another file or switching language builds a new context.
 */
public final class AppContext {
    private final Database database;
    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final CampusRepository campuses;
    private final EstablishmentRepository establishments;
    private final EstablishmentService establishmentService;
    private final ContactRepository contacts;
    private final ViewLoader views;
    private final org.campuspilot.history.UndoStack undo;
    private MainWindowController mainWindow;
    private FirstFigures first;
    private long firstWrites;
    /** The main window, reached through this until it exists. */
    private final Navigator navigator = new Navigator() {
        @Override
        public void showDashboard() {
            mainWindow.showDashboard();
        }

        @Override
        public void showEstablishments() {
            mainWindow.showEstablishments();
        }

        @Override
        public void showCompanies() {
            mainWindow.showCompanies();
        }

        @Override
        public void showCampusIdentity() {
            mainWindow.showCampusIdentity();
        }

        @Override
        public void showLabel() {
            mainWindow.showLabel();
        }

        @Override
        public void openEstablishment(long id) {
            mainWindow.openEstablishment(id);
        }

        @Override
        public void openCompany(long id) {
            mainWindow.openCompany(id);
        }

        @Override
        public void openContact(long id) {
            mainWindow.openContact(id);
        }

        @Override
        public void newContact(Organisation organisation) {
            mainWindow.newContact(organisation);
        }

        @Override
        public void showContactReview() {
            mainWindow.showContactReview();
        }

        @Override
        public void openEvent(long id) {
            mainWindow.openEvent(id);
        }

        @Override
        public void showEventsToComplete() {
            mainWindow.showEventsToComplete();
        }

        @Override
        public void openAction(long id) {
            mainWindow.openAction(id);
        }

        @Override
        public void showGrant() {
            mainWindow.showGrant();
        }

        @Override
        public void openGrant(long id) {
            mainWindow.openGrant(id);
        }

        @Override
        public void showImport() {
            mainWindow.showImport();
        }
    };

    /** The backups an anonymisation leaves behind, in the data folder and the second folder. */
    private org.campuspilot.contact.OlderBackups olderBackups(AppActions actions) {
        if (database.readOnly() || database.file() == null) {
            // On a server, backups are not files of this computer (decision 0042).
            return org.campuspilot.contact.OlderBackups.NONE;
        }
        return new org.campuspilot.contact.OlderBackups() {
            @Override
            public int count() {
                return actions.backupPlace().backups().everywhere().size();
            }

            @Override
            public int removeAllThenBackUp() {
                org.campuspilot.backup.Backups backups = actions.backupPlace().backups();
                int removed = backups.removeAll();
                backups.create(org.campuspilot.backup.BackupFile.Reason.MANUAL);
                return removed;
            }
        };
    }

    public AppContext(Database database, Messages messages, TaskRunner tasks, DialogService dialogs, Clock clock,
            AppActions actions, org.campuspilot.history.UndoStack undo, java.util.function.Supplier<javafx.stage.Window>
                    window) {
        this.database = database;
        this.undo = undo;
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        org.campuspilot.store.Stores stores = CampusStores.on(database);
        this.campuses = stores.campus();
        this.establishments = stores.establishments();
        this.contacts = stores.contacts();
        this.establishmentService = new EstablishmentService(database, establishments, contacts);
        CompanyRepository companies = stores.companies();
        CompanyService companyService = new CompanyService(database, companies, contacts);
        ContactService contactService = new ContactService(database, contacts, clock);
        EventRepository events = stores.events();
        EventService eventService = new EventService(database, events, clock);
        ActionRepository actionRecords = stores.actions();
        ActionService actionService = new ActionService(database, actionRecords, clock);
        GrantRepository grants = stores.grants();
        EntryRepository entries = stores.entries();
        GrantService grantService = new GrantService(database, grants, stores.budgets(), entries,
                clock);
        GrantFigures grantFigures = grantFigures(stores);
        GrantExports grantExports = new GrantExports(grants, grantFigures, campuses::find, messages);
        org.campuspilot.ui.ListExporter exporter = new org.campuspilot.ui.ListExporter(tasks, dialogs, messages);
        org.campuspilot.history.HistoryService history = new org.campuspilot.history.HistoryService(database);
        org.campuspilot.history.RecordHistoryDialog recordHistory = new org.campuspilot.history.RecordHistoryDialog(
                history, tasks, messages, window);
        ControllerFactory controllers = new ControllerFactory().onCreate(c -> {
            if (c instanceof org.campuspilot.ui.FormController<?> form) {
                form.useHistory(recordHistory);
            }
        });
        this.views = new ViewLoader(messages, controllers);
        controllers
                .register(MainWindowController.class, () -> mainWindow = new MainWindowController(this, actions))
                .register(ImportController.class, () -> new ImportController(new ImportViewModel(stores, tasks,
                        dialogs, messages, clock), messages, navigator))
                .register(WelcomeController.class, () -> new WelcomeController(actions, navigator))
                .register(CampusFormController.class, () -> new CampusFormController(
                        new CampusFormViewModel(campuses, new CampusService(database, campuses, establishmentService),
                                establishments, tasks), messages,
                        navigator, dialogs))
                .register(DashboardController.class, () -> {
                    DashboardViewModel vm = dashboard(stores, grantFigures, tasks, clock);
                    if (firstIfCurrent() != null) {
                        vm.startWith(first.summary);
                    }
                    return new DashboardController(vm, messages, navigator);
                })
                .register(org.campuspilot.dashboard.YearGlanceController.class, () -> {
                    org.campuspilot.dashboard.YearViewModel vm = year(stores, grantFigures, tasks, clock);
                    if (firstIfCurrent() != null) {
                        vm.startWith(first.period, first.year);
                    }
                    first = null;
                    return new org.campuspilot.dashboard.YearGlanceController(vm, messages, navigator);
                })
                .register(EstablishmentListController.class, () -> new EstablishmentListController(
                        new EstablishmentListViewModel(establishments, tasks, clock), messages, exporter))
                .register(EstablishmentFormController.class, () -> new EstablishmentFormController(
                        new EstablishmentFormViewModel(establishmentService, tasks, dialogs, messages), messages))
                .register(CompanyListController.class, () -> new CompanyListController(
                        new CompanyListViewModel(companies, companyService, contacts, tasks, dialogs, messages, clock),
                        messages, clock, exporter))
                .register(CompanyFormController.class, () -> new CompanyFormController(
                        new CompanyFormViewModel(companyService, contacts, tasks, dialogs, messages, clock), messages))
                .register(ContactListController.class, () -> new ContactListController(
                        new ContactListViewModel(contacts, contactService, tasks, dialogs, messages, clock), messages,
                        exporter))
                .register(ContactFormController.class, () -> {
                    ContactFormViewModel form = new ContactFormViewModel(contactService, contacts, this::campusName,
                            tasks, dialogs, messages, clock);
                    form.setOlderBackups(olderBackups(actions));
                    return new ContactFormController(form, messages, navigator);
                })
                .register(ActionListController.class, () -> new ActionListController(
                        new ActionListViewModel(actionRecords, tasks, clock), contacts, tasks, messages, exporter))
                .register(ActionFormController.class, () -> new ActionFormController(
                        new ActionFormViewModel(actionService, contacts, tasks, dialogs, messages, clock), messages))
                .register(EventListController.class, () -> new EventListController(
                        new EventListViewModel(events, tasks, clock), messages, exporter))
                .register(EventFormController.class, () -> new EventFormController(
                        new EventFormViewModel(eventService, contacts, this::campusName, tasks, dialogs, messages,
                                clock), messages))
                .register(org.campuspilot.action.RelatedActionsController.class,
                        () -> new org.campuspilot.action.RelatedActionsController(actionRecords, tasks, messages,
                                navigator))
                .register(org.campuspilot.event.RelatedEventsController.class,
                        () -> new org.campuspilot.event.RelatedEventsController(events, tasks, messages, navigator))
                .register(GrantAreaController.class, GrantAreaController::new)
                .register(BudgetController.class, () -> new BudgetController(new BudgetViewModel(grantFigures,
                        grantService, grantExports, tasks, dialogs, messages, clock), messages))
                .register(EntryListController.class, () -> new EntryListController(
                        new EntryListViewModel(entries, tasks, messages), messages, exporter))
                .register(EntryFormController.class, () -> new EntryFormController(new EntryFormViewModel(
                        grantService, entries, tasks, dialogs, messages, clock), dialogs, messages))
                .register(GrantListController.class, () -> new GrantListController(
                        new GrantListViewModel(grants, tasks, clock), messages, exporter))
                .register(GrantFormController.class, () -> new GrantFormController(new GrantFormViewModel(
                        grantService, grantFigures, grantExports,
                        year -> YearActivity.of(year, actionRecords, events), tasks, dialogs, messages, clock),
                        messages))
                .register(org.campuspilot.report.ReportsController.class,
                        () -> new org.campuspilot.report.ReportsController(new org.campuspilot.report.ReportsViewModel(
                                new org.campuspilot.report.ReportDocuments(stores, messages), tasks, dialogs,
                                messages, clock), messages))
                .register(org.campuspilot.label.LabelController.class, () -> new org.campuspilot.label.LabelController(
                        new org.campuspilot.label.LabelViewModel(new org.campuspilot.label.LabelBilanService(database,
                                campuses, new org.campuspilot.report.ReportDocuments(stores, messages).service(), clock),
                                tasks, dialogs, messages), messages, navigator))
                .register(OrganisationContactsController.class, () -> new OrganisationContactsController(
                        contacts, tasks, messages, navigator))
                .register(org.campuspilot.backup.SafetyAreaController.class,
                        () -> new org.campuspilot.backup.SafetyAreaController(messages, true))
                .register(org.campuspilot.backup.BackupsController.class,
                        () -> new org.campuspilot.backup.BackupsController(new org.campuspilot.backup.BackupsViewModel(
                                actions.backupPlace(), tasks, dialogs, messages), messages))
                .register(org.campuspilot.history.HistoryController.class,
                        () -> new org.campuspilot.history.HistoryController(new org.campuspilot.history
                                .HistoryViewModel(history, tasks, messages), new org.campuspilot.history
                                .CompactionViewModel(new org.campuspilot.history.HistoryCompaction(database,
                                        clock.getZone()), tasks, dialogs, messages, clock, () -> actions.backupPlace()
                                        .backups().create(org.campuspilot.backup.BackupFile.Reason.MANUAL),
                                        database.readOnly() || database.file() == null), messages, navigator))
                .register(org.campuspilot.history.TrashController.class,
                        () -> new org.campuspilot.history.TrashController(new org.campuspilot.history.TrashViewModel(
                                history, tasks, dialogs, messages, clock), messages, () -> mainWindow
                                .dataChanged()));
    }

    static GrantFigures grantFigures(org.campuspilot.store.Stores stores) {
        return new GrantFigures(stores.grants(), stores.budgets(), stores.entries(), stores.projects());
    }

    /** The tableau de bord's view model: the window's, and the start-up's that computes its first figures. */
    static DashboardViewModel dashboard(org.campuspilot.store.Stores stores, GrantFigures grants, TaskRunner tasks,
            Clock clock) {
        return new DashboardViewModel(stores.campus(), stores.establishments(), stores.companies(),
                stores.contacts(), stores.events(), grants, tasks, clock);
    }

    /** The tableau de bord's year at a glance: the window's, and the start-up's. */
    static org.campuspilot.dashboard.YearViewModel year(org.campuspilot.store.Stores stores, GrantFigures grants,
            TaskRunner tasks, Clock clock) {
        return new org.campuspilot.dashboard.YearViewModel(new org.campuspilot.report.ReportService(
                stores.database(), grants), tasks, clock);
    }

    /**
     * The tableau de bord's figures the start-up is computing on this file (decision 0028): the first tableau de
     * bord built takes them.
     */
    void startWith(FirstFigures figures) {
        first = figures;
        firstWrites = database.writes();
    }

    /**
     * The figures read at start-up, while nothing was written since: a campus created from the welcome screen
     * is not shown as the empty file the start-up read (its name and sector were missing from the first tableau de
     * bord).
     */
    private FirstFigures firstIfCurrent() {
        return first != null && database.writes() == firstWrites ? first : null;
    }

    /** Whether the file has a campus, when the start-up already knows; null otherwise (the window reads it). */
    Boolean campusKnown() {
        return first == null ? null : first.campusKnown();
    }

    private String campusName() {
        return campuses.find().map(c -> c.name()).orElse("");
    }

    public Database database() {
        return database;
    }

    public Messages messages() {
        return messages;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public CampusRepository campuses() {
        return campuses;
    }

    public org.campuspilot.history.UndoStack undo() {
        return undo;
    }

    public ViewLoader views() {
        return views;
    }
}
