package org.campuspilot.history;

import org.campuspilot.ui.Navigator;

/** Opens the screen of a record named by its table and id (a double-click in the history or the trash). */
final class RecordLinks {
    private RecordLinks() {
    }

    /** False when no screen shows this kind of record on its own. */
    static boolean open(Navigator navigator, String table, String id) {
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            n = -1;
        }
        switch (table) {
            case "establishment" -> navigator.openEstablishment(n);
            case "company" -> navigator.openCompany(n);
            case "contact" -> navigator.openContact(n);
            case "event" -> navigator.openEvent(n);
            case "action" -> navigator.openAction(n);
            case "grant_award" -> navigator.openGrant(n);
            case "finance_entry", "budget_forecast", "analytic_project" -> navigator.showGrant();
            case "campus" -> navigator.showCampusIdentity();
            default -> {
                return false;
            }
        }
        return true;
    }
}
