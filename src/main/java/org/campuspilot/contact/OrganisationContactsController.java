package org.campuspilot.contact;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.campuspilot.shared.Organisation;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.Navigator;
import org.campuspilot.ui.TaskRunner;

/**
 * The « Contacts » section of an organisation's page (an establishment or a company): its people, each opening
 * its record, and a button to add one already attached to the organisation.
 */
public final class OrganisationContactsController {
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
            @Override
            protected void updateItem(Contact c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : describe(c));
            }
        });
        contactsList.setOnMouseClicked(e -> {
            Contact c = contactsList.getSelectionModel().getSelectedItem();
            if (c != null && e.getClickCount() >= 1) {
                navigator.openContact(c.id());
            }
        });
        show(null);
    }

    private String describe(Contact c) {
        String name = c.isAnonymised() ? messages.get("contact.anonymised") : c.fullName();
        StringBuilder sb = new StringBuilder(name);
        if (c.role() != null) {
            sb.append(" — ").append(c.role());
        }
        if (c.email() != null) {
            sb.append(" — ").append(c.email().address());
        }
        if (c.phone() != null) {
            sb.append(" — ").append(c.phone().display());
        }
        return sb.toString();
    }

    /** Shows the contacts of this organisation; null: a record not saved yet, which cannot have contacts. */
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
