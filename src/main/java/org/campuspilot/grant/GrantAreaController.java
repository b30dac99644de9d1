package org.campuspilot.grant;

import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.campuspilot.ui.RecordOpener;
import org.campuspilot.ui.Refreshable;

/**
 * The grant area: three tabs, the year's budget follow-up, the expenses and income, and the grants with their
 * schedules and comptes rendus. Each tab is read afresh when shown, and only then (ten years of expenses are not
 * read for a look at the budget); unsaved input is never dropped without asking.
 */
public final class GrantAreaController implements Refreshable, RecordOpener {
    @FXML private TabPane tabs;
    @FXML private Tab budgetTab;
    @FXML private Tab entriesTab;
    @FXML private Tab grantsTab;
    @FXML private BudgetController budgetController;
    @FXML private EntryListController entriesController;
    @FXML private GrantListController grantsController;
    private boolean reverting;

    @FXML
    private void initialize() {
        tabs.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> {
            if (reverting || before == null) {
                return;
            }
            if (!mayLeave(before)) {
                reverting = true;
                tabs.getSelectionModel().select(before);
                reverting = false;
                return;
            }
            refresh(after);
        });
        refresh();
    }

    private boolean mayLeave(Tab tab) {
        if (tab == budgetTab) {
            return budgetController.mayLeave();
        }
        if (tab == entriesTab) {
            return entriesController.mayLeave();
        }
        return grantsController.mayLeave();
    }

    private void refresh(Tab tab) {
        if (tab == budgetTab) {
            budgetController.refresh();
        } else if (tab == entriesTab) {
            entriesController.refresh();
        } else {
            grantsController.refresh();
        }
    }

    @Override
    public void refresh() {
        refresh(tabs.getSelectionModel().getSelectedItem());
    }

    /** Opens a grant's page (from a deadline on the tableau de bord). */
    @Override
    public void open(long grantId) {
        if (tabs.getSelectionModel().getSelectedItem() != grantsTab) {
            tabs.getSelectionModel().select(grantsTab);
            if (tabs.getSelectionModel().getSelectedItem() != grantsTab) {
                return;
            }
        }
        grantsController.open(grantId);
    }
}
