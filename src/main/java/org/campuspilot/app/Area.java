package org.campuspilot.app;

import java.util.Locale;
import org.campuspilot.action.ActionListController;
import org.campuspilot.company.CompanyListController;
import org.campuspilot.contact.ContactListController;
import org.campuspilot.dashboard.DashboardController;
import org.campuspilot.event.EventListController;
import org.campuspilot.establishment.EstablishmentListController;
import org.campuspilot.grant.GrantAreaController;
import org.kordamp.ikonli.feather.Feather;

/** The areas of the product, in the order of the navigation bar (Ctrl+1 to Ctrl+9, then Ctrl+0). */
public enum Area {
    DASHBOARD(Feather.HOME, DashboardController.class),
    ESTABLISHMENTS(Feather.BOOK_OPEN, EstablishmentListController.class),
    COMPANIES(Feather.BRIEFCASE, CompanyListController.class),
    CONTACTS(Feather.USERS, ContactListController.class),
    EVENTS(Feather.CALENDAR, EventListController.class),
    ACTIONS(Feather.TARGET, ActionListController.class),
    GRANT(Feather.DOLLAR_SIGN, GrantAreaController.class),
    REPORTS(Feather.FILE_TEXT, org.campuspilot.report.ReportsController.class),
    LABEL(Feather.AWARD, org.campuspilot.label.LabelController.class),
    SAFETY(Feather.SHIELD, org.campuspilot.backup.SafetyAreaController.class);

    final Feather icon;
    /** The controller of the area's view. */
    final Class<?> controller;

    Area(Feather icon, Class<?> controller) {
        this.icon = icon;
        this.controller = controller;
    }

    String key() {
        return "area." + name().toLowerCase(Locale.ROOT);
    }
}
