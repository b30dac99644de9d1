package org.campuspilot.ui;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.campuspilot.db.Location;

/**
 * The two dialogs of a shared campus: its address (« Ouvrir une base partagée… », bound to
 * {@link ServerAddressViewModel}, which refuses to close while a field is wrong) and its password (a masked field;
 * the text goes to the caller and nowhere else).
 */
final class ServerDialogs {
    /** Two lines of an error sentence. */
    private static final double ERROR_LINES_HEIGHT = 36;
    private final Supplier<Window> owner;
    private final Messages messages;

    ServerDialogs(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    Optional<Location.Server> askAddress(Location.Server last) {
        ServerAddressViewModel model = new ServerAddressViewModel(last);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(320, 320,
                Double.MAX_VALUE, Priority.ALWAYS, null, true));
        int row = 0;
        row = field(grid, row, "server.open.host", "serverHostField", model.host(), model);
        row = field(grid, row, "server.open.port", "serverPortField", model.port(), model);
        row = field(grid, row, "server.open.database", "serverDatabaseField", model.database(), model);
        row = field(grid, row, "server.open.user", "serverUserField", model.user(), model);
        ComboBox<ServerAddressViewModel.Tls> tls = new ComboBox<>();
        tls.setId("serverTlsChoice");
        tls.getItems().setAll(ServerAddressViewModel.Tls.values());
        tls.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ServerAddressViewModel.Tls t) {
                return t == null ? "" : messages.get(t.key());
            }

            @Override
            public ServerAddressViewModel.Tls fromString(String s) {
                return null;
            }
        });
        tls.valueProperty().bindBidirectional(model.tls());
        tls.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(row, label("server.open.tls"), tls);
        Label intro = new Label(messages.get("server.open.intro"));
        wrap(intro);
        VBox content = new VBox(12, intro, grid);
        content.setId("serverDialog");
        ButtonType open = new ButtonType(messages.get("server.open.button"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = dialog(messages.get("server.open.title"), content, open);
        Location.Server[] chosen = new Location.Server[1];
        dialog.getDialogPane().lookupButton(open).addEventFilter(ActionEvent.ACTION, e -> {
            chosen[0] = model.address().orElse(null);
            if (chosen[0] == null) {
                // The dialog stays open: the fields say what to write.
                e.consume();
            }
        });
        TextField first = (TextField) grid.lookup("#serverHostField");
        javafx.application.Platform.runLater(first::requestFocus);
        return dialog.showAndWait().filter(open::equals).map(b -> chosen[0]);
    }

    Optional<String> askPassword(String title, String message) {
        Label text = new Label(message);
        wrap(text);
        text.setId("passwordMessage");
        PasswordField field = new PasswordField();
        field.setId("passwordField");
        VBox content = new VBox(10, text, label("server.password.label"), field);
        ButtonType connect = new ButtonType(messages.get("server.password.button"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = dialog(title, content, connect);
        javafx.application.Platform.runLater(field::requestFocus);
        return dialog.showAndWait().filter(connect::equals).map(b -> field.getText());
    }

    private int field(GridPane grid, int row, String key, String id, InputField<?> input,
            ServerAddressViewModel model) {
        TextField field = new TextField();
        field.setId(id);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        wrap(error);
        error.setId(id.replace("Field", "Problem"));
        FieldFeedback.bind(field, error, input, messages, () -> model.leave(input));
        grid.addRow(row, label(key), field);
        // Room for two lines kept under each field: a sentence appearing when the user leaves a field (often by
        // clicking « Ouvrir ») moves nothing, so the click lands on the button it was aimed at.
        javafx.scene.layout.StackPane slot = new javafx.scene.layout.StackPane(error);
        slot.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        slot.setMinHeight(ERROR_LINES_HEIGHT);
        grid.add(slot, 1, row + 1);
        return row + 2;
    }

    /** A sentence that wraps in the dialog's width and is never cut: its height follows its lines. */
    private static void wrap(Label l) {
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.setPrefWidth(420);
        l.setMaxWidth(Double.MAX_VALUE);
    }

    private Label label(String key) {
        Label l = new Label(messages.get(key));
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private Dialog<ButtonType> dialog(String title, javafx.scene.Node content, ButtonType action) {
        ButtonType cancel = new ButtonType(messages.get("common.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        return FxDialogService.dialog(owner.get(), title, content, 580, action, cancel);
    }
}
