package org.campuspilot.action;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.campuspilot.shared.Organisation;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.Navigator;
import org.campuspilot.ui.RelatedRecords;
import org.campuspilot.ui.RelatedSection;
import org.campuspilot.ui.TaskRunner;

/** The « Actions » section of an establishment's or a company's page. */
public final class RelatedActionsController extends RelatedSection<Action> implements RelatedRecords {
    private final ActionRepository actions;
    private final Navigator navigator;

    @FXML private VBox relatedActionsRoot;
    @FXML private Label actionsTitle;
    @FXML private ListView<Action> actionsList;

    public RelatedActionsController(ActionRepository actions, TaskRunner tasks, Messages messages,
            Navigator navigator) {
        super(tasks, messages);
        this.actions = actions;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        setUp(relatedActionsRoot, actionsTitle, actionsList);
    }

    @Override
    protected String titleKey() {
        return "action.related.title";
    }

    @Override
    protected String heading(Action a) {
        return a.title();
    }

    @Override
    protected String detail(Action a) {
        return a.schoolYear() + " · " + String.join(", ", a.levels().stream().sorted()
                .map(l -> messages.get("level.label", l.shortLabel())).toList()) + " · "
                + messages.get(a.status().messageKey()) + " · "
                + messages.get("action.related.reached", a.beneficiaries().actualTotal());
    }

    @Override
    protected void open(Action a) {
        navigator.openAction(a.id());
    }

    /** Shows the actions of this establishment or company; null: a record not saved yet. */
    @Override
    public void show(Organisation o) {
        load(o == null ? null : o.kind() + ":" + o.id(), o == null ? null : () -> actions.findForOrganisation(o));
    }
}
