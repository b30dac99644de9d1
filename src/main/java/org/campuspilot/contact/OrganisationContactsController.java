package org.campuspilot.contact;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.campuspilot.shared.Organisation;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.Navigator;
import org.campuspilot.ui.RelatedRecords;
import org.campuspilot.ui.TaskRunner;

/**
 * The « Contacts » section of an organisation's page (an establishment or a company): its people, each opening
 * its record, and a button to add one already attached to the organisation.
 */
public final class OrganisationContactsController implements RelatedRecords {
    private final ContactRepository contacts;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Navigator navigator;
    private Organisation organisation;

    @FXML private Label contactsTitle;
    @FXML private Label contactsHint;
    @FXML private ListView<Contact> contactsList;
    @FXML private Button addContactButton;

    public OrganisationContactsController(ContactRepository contacts, TaskRunner tasks, Messages messages,
            Navigator navigator) {
        this.contacts = contacts;
        this.tasks = tasks;
        this.messages = messages;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        contactsList.setCellFactory(lv -> new ListCell<>() {
            private final Label name = new Label();
            private final Label details = new Label();
            private final javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(2, name, details);

            {
                name.getStyleClass().add("text-bold");
                details.getStyleClass().add("text-muted");
                // Never wider than the list: no horizontal scroll bar, long details end with an ellipsis.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Contact c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setGraphic(null);
                    return;
                }
                name.setText(c.isAnonymised() ? messages.get("contact.anonymised") : c.fullName());
                details.setText(details(c));
                setGraphic(box);
            }
        });
        contactsList.setFixedCellSize(52);
        contactsList.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> 6 + 52.0 * Math.max(1, Math.min(5, contactsList.getItems().size())), contactsList.getItems()));
        contactsList.setOnMouseClicked(e -> {
            Contact c = contactsList.getSelectionModel().getSelectedItem();
            if (c != null && e.getClickCount() >= 1) {
                navigator.openContact(c.id());
            }
        });
        show(null);
    }

    /** Role, e-mail and phone, those that are known, on one line. */
    private static String details(Contact c) {
        return String.join(" · ", java.util.stream.Stream.of(c.role(),
                c.email() == null ? null : c.email().address(), c.phone() == null ? null : c.phone().display())
                .filter(s -> s != null).toList());
    }

    /** Shows the contacts of this organisation; null: a record not saved yet, which cannot have contacts. */
    @Override
    public void show(Organisation o) {
        organisation = o;
        contactsList.getItems().clear();
        addContactButton.setDisable(o == null);
        contactsHint.setVisible(o == null);
        contactsHint.setManaged(o == null);
        contactsTitle.setText(messages.get("contact.section.title", 0));
        if (o == null) {
            return;
        }
        tasks.run(() -> contacts.findByOrganisation(o), list -> {
            if (o == organisation) {
                contactsList.getItems().setAll(list);
                contactsTitle.setText(messages.get("contact.section.title", list.size()));
            }
        }, failure -> contactsHint.setText(messages.get("contact.list.loadFailed")));
    }

    @FXML
    private void onAddContact() {
        if (organisation != null) {
            navigator.newContact(organisation);
        }
    }
}
