package org.campuspilot.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The {@link DialogService} of the running application: JavaFX alerts and file choosers over the main window. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final Messages messages;
    /** The folder of the last file saved, proposed for the next one. */
    private Path lastFolder = defaultFolder();
    private final FolderMemory folders;
    private java.util.function.Consumer<String> noticeBoard = message -> {
    };

    public FxDialogService(Supplier<Window> owner, Messages messages) {
        this(owner, messages, FolderMemory.NONE);
    }

    /** With the folders where each kind of document was last saved, remembered between sessions. */
    public FxDialogService(Supplier<Window> owner, Messages messages, FolderMemory folders) {
        this.owner = owner;
        this.messages = messages;
        this.folders = folders;
    }

    @Override
    public boolean confirm(String title, String message, String actionButton) {
        ButtonType action = new ButtonType(actionButton, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, action, cancel);
        return alert.showAndWait().filter(action::equals).isPresent();
    }

    @Override
    public int choose(String title, String message, List<String> options) {
        // In the order given, left to right, the first one the default; each as wide as its text (never elided).
        List<ButtonType> buttons = new ArrayList<>();
        for (String option : options) {
            buttons.add(new ButtonType(option, ButtonBar.ButtonData.OTHER));
        }
        Alert alert = alert(Alert.AlertType.WARNING, title, message, buttons.toArray(ButtonType[]::new));
        for (int i = 0; i < buttons.size(); i++) {
            javafx.scene.control.Button b = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(
                    buttons.get(i));
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ButtonBar.setButtonUniformSize(b, false);
            b.setDefaultButton(i == 0);
        }
        alert.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // The window takes the width its buttons need (computed once the pane is laid out with its styles).
        alert.setOnShown(e -> alert.getDialogPane().getScene().getWindow().sizeToScene());
        return alert.showAndWait().map(buttons::indexOf).orElse(-1);
    }

    @Override
    public void error(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, ButtonType.OK).showAndWait();
    }

    @Override
    public void info(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, ButtonType.OK).showAndWait();
    }

    /**
     * A notification at the bottom right of the window, for ten seconds, with « Ouvrir » and « Afficher dans le
     * dossier »: the work that ended in the background (an export, a backup) never stops the user with a dialog.
     */
    @Override
    public void fileWritten(String title, String message, Path file) {
        notification(title, message, new org.controlsfx.control.action.Action(messages.get("file.written.open"),
                e -> {
                    hideNotificationOf(e);
                    if (!OpenFile.open(file)) {
                        info(title, messages.get("file.written.cannotOpen", file));
                    }
                }), showInFolder(title, file));
    }

    /** A backup written: only its folder is offered (no program opens a backup: it is restored). */
    @Override
    public void fileWrittenInFolder(String title, String message, Path file) {
        notification(title, message, showInFolder(title, file));
    }

    private org.controlsfx.control.action.Action showInFolder(String title, Path file) {
        return new org.controlsfx.control.action.Action(messages.get("file.written.folder"), e -> {
            hideNotificationOf(e);
            if (file.getParent() != null && !OpenFile.open(file.getParent())) {
                info(title, messages.get("file.written.cannotOpenFolder", file.getParent()));
            }
        });
    }

    /** An import that ended: a notification as for a file written, with nothing to open. */
    @Override
    public void finished(String title, String message) {
        notification(title, message);
    }

    private void notification(String title, String message, org.controlsfx.control.action.Action... actions) {
        Window window = owner.get();
        org.controlsfx.control.Notifications n = org.controlsfx.control.Notifications.create().title(title)
                .text(message).position(javafx.geometry.Pos.BOTTOM_RIGHT).hideAfter(NOTIFICATION_TIME)
                .styleClass(NOTIFICATION_CLASS).action(actions);
        if (window != null) {
            n.owner(window);
        }
        String theme = javafx.application.Application.getUserAgentStylesheet();
        if (theme != null && theme.toLowerCase(java.util.Locale.ROOT).contains("dark")) {
            n.darkStyle();
        }
        n.show();
        if (window != null) {
            keepRightEdgeIn(window);
        }
    }

    /**
     * ControlsFX places a notification by the width it had before its buttons took their styles (AtlantaFX's
     * are wider), which pushed « Afficher dans le dossier » out of the window: the notification just shown keeps
     * its right edge 10 px inside the window's, whatever width it takes.
     */
    private static void keepRightEdgeIn(Window window) {
        for (Window w : Window.getWindows()) {
            if (w instanceof javafx.stage.Popup popup && !popup.getContent().isEmpty()
                    && popup.getContent().get(0) instanceof javafx.scene.layout.Region bar
                    && bar.getStyleClass().contains(NOTIFICATION_CLASS) && bar.getProperties().put(PLACED, true)
                    == null) {
                Runnable place = () -> popup.setAnchorX(window.getX() + window.getWidth() - bar.getWidth() - 10);
                bar.widthProperty().addListener((o, was, now) -> place.run());
                place.run();
            }
        }
    }

    private static final String PLACED = "campuspilot.placed";

    /** The style class of the notifications, for tests to find them. */
    public static final String NOTIFICATION_CLASS = "campus-notification";
    private static final javafx.util.Duration NOTIFICATION_TIME = javafx.util.Duration.seconds(10);

    /** Once an action of a notification is chosen, the notification goes. */
    private static void hideNotificationOf(javafx.event.ActionEvent e) {
        if (e.getSource() instanceof javafx.scene.Node node && node.getScene() != null
                && node.getScene().getWindow() != null) {
            node.getScene().getWindow().hide();
        }
    }

    /**
     * « Enregistré à 14:02. »: in the window's status bar (where it covers nothing the user is about to click),
     * for a few seconds.
     */
    @Override
    public void notice(String message) {
        noticeBoard.accept(message);
    }

    /** Where {@link #notice} writes: the main window's status bar. */
    public void showNoticesIn(java.util.function.Consumer<String> board) {
        noticeBoard = board;
    }

    @Override
    public Optional<List<MergeField.Side>> merge(String title, String message, String leftTitle, String rightTitle,
            List<MergeField> fields, String actionButton) {
        ButtonType action = new ButtonType(actionButton, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        grid.getStyleClass().add("merge-grid");
        grid.addRow(0, new Label(), header(leftTitle), header(rightTitle));
        List<ToggleGroup> groups = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            MergeField f = fields.get(i);
            ToggleGroup group = new ToggleGroup();
            RadioButton left = choice(f.left(), group, MergeField.Side.LEFT, "mergeLeft" + i);
            RadioButton right = choice(f.right(), group, MergeField.Side.RIGHT, "mergeRight" + i);
            Label label = new Label(f.label());
            label.getStyleClass().add("text-bold");
            // A fixed column that wraps: the field's name is never cut short by the two values beside it.
            label.setWrapText(true);
            label.setPrefWidth(150);
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(i + 1, label, left, right);
            if (f.joinable()) {
                grid.add(choice(messages.get("merge.both"), group, MergeField.Side.BOTH, "mergeBoth" + i), 3, i + 1);
            }
            group.getToggles().stream().filter(t -> t.getUserData() == f.defaultSide()).findFirst()
                    .ifPresent(t -> t.setSelected(true));
            groups.add(group);
        }
        Label intro = new Label(message);
        intro.setWrapText(true);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(420, 40 + 34 * fields.size()));
        VBox content = new VBox(12, intro, scroll);
        content.setId("mergeDialog");
        Dialog<ButtonType> dialog = dialog(owner.get(), title, content, 760, action, cancel);
        if (dialog.showAndWait().filter(action::equals).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(groups.stream().map(g -> (MergeField.Side) g.getSelectedToggle().getUserData()).toList());
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        l.setWrapText(true);
        return l;
    }

    private static RadioButton choice(String text, ToggleGroup group, MergeField.Side side, String id) {
        RadioButton b = new RadioButton(text.isBlank() ? "—" : text);
        b.setToggleGroup(group);
        b.setUserData(side);
        b.setId(id);
        b.setWrapText(true);
        b.setMaxWidth(300);
        b.setMnemonicParsing(false);
        return b;
    }

    @Override
    public Optional<String> askName(String title, String message, String initial, String actionButton) {
        ButtonType action = new ButtonType(actionButton, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Label intro = new Label(message);
        intro.setWrapText(true);
        javafx.scene.control.TextField field = new javafx.scene.control.TextField(initial == null ? "" : initial);
        field.setId("askNameField");
        VBox content = new VBox(10, intro, field);
        Dialog<ButtonType> dialog = dialog(owner.get(), title, content, 480, action, cancel);
        javafx.application.Platform.runLater(() -> {
            field.requestFocus();
            field.selectAll();
        });
        return dialog.showAndWait().filter(action::equals).map(b -> field.getText());
    }

    @Override
    public Optional<String> askText(String title, String message, String actionButton) {
        ButtonType action = new ButtonType(actionButton, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Label intro = new Label(message);
        intro.setWrapText(true);
        javafx.scene.control.TextArea area = new javafx.scene.control.TextArea();
        area.setId("askTextArea");
        area.setPrefRowCount(10);
        area.setWrapText(true);
        VBox content = new VBox(10, intro, area);
        Dialog<ButtonType> dialog = dialog(owner.get(), title, content, 520, action, cancel);
        javafx.application.Platform.runLater(area::requestFocus);
        return dialog.showAndWait().filter(action::equals).map(b -> area.getText());
    }

    /**
     * Where to save: a dialog with the full path already written (the folder of the last export, or the user's
     * documents, and the suggested name), which « Parcourir… » fills from the system's file chooser. The path can be
     * typed or pasted, and an existing file is replaced only once the user said so.
     */
    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName) {
        ButtonType save = new ButtonType(messages.get("file.save.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String kind = kindOf(suggestedName);
        Path remembered = folders.folderFor(kind);
        Path folder = remembered != null && java.nio.file.Files.isDirectory(remembered) ? remembered : lastFolder;
        javafx.scene.control.TextField field = new javafx.scene.control.TextField(
                folder.resolve(suggestedName).toString());
        field.setId("savePathField");
        javafx.scene.control.Button browse = new javafx.scene.control.Button(messages.get("file.save.browse"));
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            Path current = Path.of(field.getText().strip());
            if (current.getParent() != null && java.nio.file.Files.isDirectory(current.getParent())) {
                chooser.setInitialDirectory(current.getParent().toFile());
            }
            chooser.setInitialFileName(current.getFileName() == null ? suggestedName
                    : current.getFileName().toString());
            File f = chooser.showSaveDialog(field.getScene().getWindow());
            if (f != null) {
                field.setText(f.getAbsolutePath());
            }
        });
        javafx.scene.layout.HBox.setHgrow(field, javafx.scene.layout.Priority.ALWAYS);
        Label intro = new Label(messages.get("file.save.intro"));
        intro.setWrapText(true);
        VBox content = new VBox(10, intro, new javafx.scene.layout.HBox(8, field, browse));
        Dialog<ButtonType> dialog = dialog(owner.get(), title, content, 620, save, cancel);
        javafx.application.Platform.runLater(field::requestFocus);
        Optional<Path> chosen = dialog.showAndWait().filter(save::equals).map(b -> field.getText().strip())
                .filter(t -> !t.isEmpty()).map(t -> Path.of(t).toAbsolutePath());
        if (chosen.isPresent() && java.nio.file.Files.exists(chosen.get()) && !confirm(title,
                messages.get("file.save.replace", chosen.get().getFileName()), messages.get("file.save.replaceButton"))) {
            return Optional.empty();
        }
        chosen.map(Path::getParent).ifPresent(parent -> {
            lastFolder = parent;
            folders.remember(kind, parent);
        });
        return chosen;
    }

    /** The kind of a document, by its name's extension ({@code pdf}, {@code ods}…); empty without one. */
    static String kindOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static Path defaultFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        for (String name : new String[] {"Documents", "documents"}) {
            if (java.nio.file.Files.isDirectory(home.resolve(name))) {
                return home.resolve(name);
            }
        }
        return home;
    }

    @Override
    public Optional<Path> chooseDatabaseToOpen() {
        File f = chooser("file.open.title").showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<org.campuspilot.db.Location.Server> askServerAddress(org.campuspilot.db.Location.Server last) {
        return new ServerDialogs(owner, messages).askAddress(last);
    }

    @Override
    public Optional<String> askPassword(String title, String message) {
        return new ServerDialogs(owner, messages).askPassword(title, message);
    }

    @Override
    public Optional<Path> chooseDatabaseToCreate() {
        FileChooser chooser = chooser("file.new.title");
        chooser.setInitialFileName("mon-campus.campuspilot");
        File f = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("file.filter.campus"), "*.campuspilot", "*.db",
                        "*.sqlite"),
                new FileChooser.ExtensionFilter(messages.get("file.filter.all"), "*"));
        return chooser;
    }

    /** A resizable dialog of the window, its title also as header, with the content and the buttons. */
    static Dialog<ButtonType> dialog(Window owner, String title, javafx.scene.Node content, double width,
            ButtonType... buttons) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(buttons);
        dialog.getDialogPane().setPrefWidth(width);
        dialog.setResizable(true);
        return dialog;
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(480);
        return alert;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        File f = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    /**
     * Hands the file to the desktop: {@code xdg-open} on Linux, {@code open} on macOS, the shell's association on
     * Windows. The program runs on its own; its outcome is not awaited.
     */
    @Override
    public boolean openWithSystem(Path file) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler",
                file.toString()) : os.contains("mac") ? List.of("open", file.toString())
                : List.of("xdg-open", file.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
