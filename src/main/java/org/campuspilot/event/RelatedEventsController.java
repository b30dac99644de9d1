package org.campuspilot.event;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Organisation;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.Navigator;
import org.campuspilot.ui.TaskRunner;

/**
 * The « Événements » section of an establishment's, a company's or a person's page: the events they organise, host
 * or take part in, most recent first; a click opens the event.
 */
public final class RelatedEventsController {
    private static final double ROW = 52;
    private final EventRepository events;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Navigator navigator;
    private Object shown;

    @FXML private VBox relatedEventsRoot;
    @FXML private Label eventsTitle;
    @FXML private ListView<Event> eventsList;

    public RelatedEventsController(EventRepository events, TaskRunner tasks, Messages messages, Navigator navigator) {
        this.events = events;
        this.tasks = tasks;
        this.messages = messages;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        eventsList.setFixedCellSize(ROW);
        eventsList.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> 4 + ROW * Math.max(1, Math.min(5, eventsList.getItems().size())), eventsList.getItems()));
        eventsList.setCellFactory(lv -> new ListCell<>() {
            private final Label title = new Label();
            private final Label detail = new Label();
            private final VBox box = new VBox(2, title, detail);

            {
                title.getStyleClass().add("text-bold");
                detail.getStyleClass().add("text-muted");
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Event e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setGraphic(null);
                    return;
                }
                title.setText(e.title());
                detail.setText(FrenchFormats.date(e.timing().startDate()) + " · " + messages.get(e.type().messageKey())
                        + " · " + messages.get(e.status().messageKey())
                        + (e.attendance().isEmpty() ? "" : " · " + messages.get("event.related.present",
                                e.totalPresent())));
                setGraphic(box);
            }
        });
        eventsList.setOnMouseClicked(m -> {
            Event e = eventsList.getSelectionModel().getSelectedItem();
            if (e != null) {
                navigator.openEvent(e.id());
            }
        });
        show(null);
    }

    /** Shows the events of this establishment or company; null: a record not saved yet. */
    public void show(Organisation o) {
        load(o, o == null ? null : () -> events.findForOrganisation(o));
    }

    /** Shows the events this person takes part in; null: a record not saved yet. */
    public void showContact(Long contactId) {
        load(contactId, contactId == null ? null : () -> events.findForContact(contactId));
    }

    private void load(Object key, Callable<List<Event>> reader) {
        shown = key;
        eventsList.getItems().clear();
        eventsTitle.setText(messages.get("event.related.title", 0));
        relatedEventsRoot.setVisible(key != null);
        relatedEventsRoot.setManaged(key != null);
        if (reader == null) {
            return;
        }
        tasks.run(reader, list -> {
            if (key == shown) {
                eventsList.getItems().setAll(list);
                eventsTitle.setText(messages.get("event.related.title", list.size()));
            }
        }, failure -> eventsTitle.setText(messages.get("event.list.loadFailed")));
    }
}
