package org.campuspilot.search;

import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.campuspilot.ui.Messages;

/**
 * The window of « Rechercher partout »: a field, the results below it (name, what tells it apart, its kind); Enter
 * or a double click opens the chosen one (the first when none is chosen), Escape closes.
 */
public final class GlobalSearchWindow {
    private GlobalSearchWindow() {
    }

    public static void show(Window owner, GlobalSearchViewModel vm, Messages messages) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("search.title"));
        dialog.setHeaderText(null);
        TextField field = new TextField();
        field.setId("globalSearchField");
        field.setPromptText(messages.get("search.prompt"));
        field.textProperty().bindBidirectional(vm.query);
        ListView<GlobalSearchViewModel.Result> list = new ListView<>(vm.results);
        list.setId("globalSearchResults");
        list.setPrefHeight(360);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(GlobalSearchViewModel.Result r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label name = new Label(r.label());
                name.getStyleClass().add("text-bold");
                Label detail = new Label(r.detail());
                detail.getStyleClass().add("text-muted");
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                Label kind = new Label(r.kind());
                kind.getStyleClass().add("text-muted");
                kind.setMinWidth(Region.USE_PREF_SIZE);
                HBox line = new HBox(10, name, detail, gap, kind);
                setText(null);
                setGraphic(line);
                setAccessibleText(r.toString());
            }
        });
        Label status = new Label();
        status.textProperty().bind(vm.status);
        status.setWrapText(true);
        VBox content = new VBox(8, field, list, status);
        content.setPrefWidth(640);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("common.button.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResizable(true);
        Runnable openChosen = () -> {
            GlobalSearchViewModel.Result r = list.getSelectionModel().getSelectedItem();
            if (r == null && !vm.results.isEmpty()) {
                r = vm.results.get(0);
            }
            if (r != null) {
                GlobalSearchViewModel.Result chosen = r;
                dialog.close();
                vm.open(chosen);
            }
        };
        field.setOnAction(e -> openChosen.run());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !vm.results.isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openChosen.run();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openChosen.run();
            }
        });
        vm.clear();
        Platform.runLater(field::requestFocus);
        dialog.show();
    }
}
