package org.campuspilot.event;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Organisation;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.Navigator;
import org.campuspilot.ui.PersonRecords;
import org.campuspilot.ui.RelatedRecords;
import org.campuspilot.ui.RelatedSection;
import org.campuspilot.ui.TaskRunner;

/** The « Événements » section of an establishment's, a company's or a person's page. */
public final class RelatedEventsController extends RelatedSection<Event>
        implements RelatedRecords, PersonRecords {
    private final EventRepository events;
    private final Navigator navigator;

    @FXML private VBox relatedEventsRoot;
    @FXML private Label eventsTitle;
    @FXML private ListView<Event> eventsList;

    public RelatedEventsController(EventRepository events, TaskRunner tasks, Messages messages, Navigator navigator) {
        super(tasks, messages);
        this.events = events;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        setUp(relatedEventsRoot, eventsTitle, eventsList);
    }

    @Override
    protected String titleKey() {
        return "event.related.title";
    }

    @Override
    protected String heading(Event e) {
        return e.title();
    }

    @Override
    protected String detail(Event e) {
        return FrenchFormats.date(e.timing().startDate()) + " · " + messages.get(e.type().messageKey()) + " · "
                + messages.get(e.status().messageKey())
                + (e.attendance().isEmpty() ? "" : " · " + messages.get("event.related.present", e.totalPresent()));
    }

    @Override
    protected void open(Event e) {
        navigator.openEvent(e.id());
    }

    @Override
    public void show(Organisation o) {
        load(o == null ? null : o.kind() + ":" + o.id(), o == null ? null : () -> events.findForOrganisation(o));
    }

    @Override
    public void showPerson(Long contactId) {
        load(contactId, contactId == null ? null : () -> events.findForContact(contactId));
    }
}
