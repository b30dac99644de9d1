package org.campuspilot.app;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.campuspilot.campus.CampusFormController;
import org.campuspilot.campus.WelcomeController;
import org.campuspilot.contact.ContactListController;
import org.campuspilot.event.EventListController;
import org.campuspilot.shared.Organisation;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.RecordOpener;
import org.campuspilot.ui.Navigator;
import org.campuspilot.ui.Refreshable;
import org.campuspilot.ui.ViewLoader;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window: menus, the navigation bar and the area shown. Navigation only; each area is its own view. */
public final class MainWindowController implements Navigator {
    private final AppContext context;
    private final AppActions actions;
    private final Messages messages;
    private final Map<Area, ToggleButton> navButtons = new EnumMap<>(Area.class);
    /** Each area's view, built the first time it is shown and kept, so that coming back only refreshes its data. */
    private final Map<Area, ViewLoader.View<?>> views = new EnumMap<>(Area.class);
    private final ToggleGroup navGroup = new ToggleGroup();
    /** The area to show first instead of the tableau de bord (the one shown before the language changed). */
    private Area reopen;
    /** What the first screen turned out to be (true: the tableau de bord with its figures), once it is known. */
    private Boolean firstScreen;
    private java.util.function.Consumer<Boolean> onFirstScreen;
    /** When each area was last read: the file's {@link org.campuspilot.db.Database#writes()} then, and the time. */
    private final Map<Area, long[]> readAt = new EnumMap<>(Area.class);
    /** An area read longer ago is read again even when nothing was written (« à compléter » follows the clock). */
    private static final long FRESH_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(5);

    /** The names of every record, kept between two searches of the same campus. */
    private org.campuspilot.search.SearchIndex searchIndex;
    private org.campuspilot.db.Database searchIndexOf;
    @FXML private VBox nav;
    @FXML private StackPane content;
    @FXML private Label statusLabel;
    @FXML private Menu recentMenu;
    @FXML private Menu goMenu;
    @FXML private javafx.scene.control.MenuItem importItem;
    @FXML private Menu editMenu;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private Label readOnlyLabel;
    @FXML private Label messageLabel;
    @FXML private RadioMenuItem frenchItem;
    @FXML private RadioMenuItem englishItem;
    @FXML private RadioMenuItem lightItem;
    @FXML private RadioMenuItem darkItem;

    MainWindowController(AppContext context, AppActions actions) {
        this.context = context;
        this.actions = actions;
        this.messages = context.messages();
    }

    @FXML
    private void initialize() {
        int n = 1;
        for (Area area : Area.values()) {
            ToggleButton b = new ToggleButton(messages.get(area.key()), new FontIcon(area.icon));
            b.setId("nav" + camel(area));
            b.setToggleGroup(navGroup);
            b.getStyleClass().add("nav-button");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> show(area));
            navButtons.put(area, b);
            nav.getChildren().add(b);
            MenuItem go = new MenuItem(messages.get(area.key()));
            // Ctrl+1 to Ctrl+9, then Ctrl+0 for the tenth area.
            go.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(n++ % 10)),
                    KeyCombination.SHORTCUT_DOWN));
            go.setOnAction(e -> show(area));
            goMenu.getItems().add(go);
        }
        boolean english = messages.locale().getLanguage().equals("en");
        frenchItem.setSelected(!english);
        englishItem.setSelected(english);
        lightItem.setSelected(!actions.darkTheme());
        darkItem.setSelected(actions.darkTheme());
        statusLabel.setText(CampusTitle.status(messages, context.database().location()));
        boolean readOnly = context.database().readOnly();
        readOnlyLabel.setVisible(readOnly);
        readOnlyLabel.setManaged(readOnly);
        var undo = context.undo();
        undoItem.textProperty().bind(javafx.beans.binding.Bindings.when(undo.undoLabel().isEmpty())
                .then(messages.get("menu.edit.undo")).otherwise(javafx.beans.binding.Bindings.concat(
                        messages.get("menu.edit.undo"), " : ", undo.undoLabel())));
        redoItem.textProperty().bind(javafx.beans.binding.Bindings.when(undo.redoLabel().isEmpty())
                .then(messages.get("menu.edit.redo")).otherwise(javafx.beans.binding.Bindings.concat(
                        messages.get("menu.edit.redo"), " : ", undo.redoLabel())));
        undoItem.disableProperty().bind(undo.undoLabel().isEmpty());
        redoItem.disableProperty().bind(undo.redoLabel().isEmpty());
        setNavigationEnabled(false);
        Boolean known = context.campusKnown();
        if (known != null) {
            // The start-up has read the file already: the first frame shows the first screen.
            showFirstScreen(known);
        } else {
            context.tasks().run(() -> context.campuses().find().isPresent(), this::showFirstScreen,
                    failure -> showFirstScreen(false));
        }
    }

    /** The tableau de bord when the file has a campus, else the welcome. */
    private void showFirstScreen(boolean campusExists) {
        if (campusExists) {
            setNavigationEnabled(true);
            if (reopen != null && reopen != Area.DASHBOARD) {
                show(reopen);
                firstScreenShown(true);
                return;
            }
            show(Area.DASHBOARD);
            whenFiguresShown(() -> {
                firstScreenShown(true);
                // Built while the user reads the tableau de bord, not while it is being drawn.
                prepare(Area.ESTABLISHMENTS);
            });
        } else {
            showWelcome();
            firstScreenShown(false);
        }
    }

    private void whenFiguresShown(Runnable then) {
        var shown = ((org.campuspilot.dashboard.DashboardController) views.get(Area.DASHBOARD).controller())
                .figuresShown();
        if (shown.get()) {
            then.run();
            return;
        }
        shown.addListener(new javafx.beans.value.ChangeListener<Boolean>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    o.removeListener(this);
                    then.run();
                }
            }
        });
    }

    private void firstScreenShown(boolean figures) {
        if (firstScreen == null) {
            firstScreen = figures;
            if (onFirstScreen != null) {
                onFirstScreen.accept(figures);
            }
        }
    }

    /**
     * Calls back once the first screen holds what it shows: {@code true} for the tableau de bord with its figures,
     * {@code false} for the welcome (no campus in the file yet).
     */
    void whenFirstScreenShown(java.util.function.Consumer<Boolean> then) {
        onFirstScreen = then;
        if (firstScreen != null) {
            then.accept(firstScreen);
        }
    }

    private static String camel(Area area) {
        String lower = area.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private void setNavigationEnabled(boolean enabled) {
        nav.setDisable(!enabled);
        goMenu.setDisable(!enabled);
        editMenu.setDisable(!enabled);
        importItem.setDisable(!enabled || context.database().readOnly());
    }

    /** The area shown now, or null (welcome, campus form, import). */
    private Area shownArea() {
        for (Map.Entry<Area, ToggleButton> e : navButtons.entrySet()) {
            if (e.getValue().isSelected()) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * Records changed behind the screens (an undo, a restore from the trash, another user's save on a server): the
     * area shown reads them again, its form keeping what the user typed and did not save (a clean form shows the
     * record as now stored); the others are read when shown, their reading being older than the change.
     */
    void dataChanged() {
        Area area = shownArea();
        if (area != null && views.get(area) != null && views.get(area).controller() instanceof Refreshable r) {
            r.refresh();
            readAt.put(area, new long[] {context.database().writes(), System.nanoTime()});
        }
    }

    /** The form shown may be left (nothing unsaved, or the user drops it): an undo must not meet unsaved input. */
    private boolean leaveShownForm() {
        Area area = shownArea();
        if (area != null && views.get(area) != null
                && views.get(area).controller() instanceof org.campuspilot.ui.ListScreen<?, ?> list) {
            return list.leaveForm();
        }
        return true;
    }

    /** A short message in the status bar (« Enregistré à 14:02. »), gone after four seconds. */
    void notice(String message) {
        String shown = "✓ " + message;
        messageLabel.setText(shown);
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(4));
        pause.setOnFinished(e -> {
            if (shown.equals(messageLabel.getText())) {
                messageLabel.setText("");
            }
        });
        pause.play();
    }

    @FXML
    private void onUndo() {
        String what = context.undo().undoLabel().get();
        if (what.isEmpty() || !leaveShownForm()) {
            return;
        }
        context.undo().undo(() -> {
            messageLabel.setText(messages.get("main.undone", what));
            dataChanged();
        }, problem -> context.dialogs().error(messages.get("undo.refused.title"), messages.get(problem)));
    }

    @FXML
    private void onRedo() {
        String what = context.undo().redoLabel().get();
        if (what.isEmpty() || !leaveShownForm()) {
            return;
        }
        context.undo().redo(() -> {
            messageLabel.setText(messages.get("main.redone", what));
            dataChanged();
        }, problem -> context.dialogs().error(messages.get("undo.refused.title"), messages.get(problem)));
    }

    /** Shows the « Sauvegardes » area on one of its tabs: 0 backups, 1 history, 2 trash. */
    void showSafety(int tab) {
        setNavigationEnabled(true);
        show(Area.SAFETY);
        ((org.campuspilot.backup.SafetyAreaController) views.get(Area.SAFETY).controller()).select(tab);
    }

    @FXML
    private void onBackups() {
        showSafety(0);
    }

    @FXML
    private void onHistory() {
        showSafety(1);
    }

    @FXML
    private void onTrash() {
        showSafety(2);
    }

    /** Ctrl+N, Ctrl+S, Ctrl+F from the menu: what the screen shown answers to the same keys (ui.Shortcuts). */
    @FXML
    private void onNewRecord() {
        org.campuspilot.ui.Shortcuts.press(content.getScene(), key(javafx.scene.input.KeyCode.N));
    }

    @FXML
    private void onSave() {
        org.campuspilot.ui.Shortcuts.press(content.getScene(), key(javafx.scene.input.KeyCode.S));
    }

    @FXML
    private void onFind() {
        org.campuspilot.ui.Shortcuts.press(content.getScene(), key(javafx.scene.input.KeyCode.F));
    }

    private static javafx.scene.input.KeyCombination key(javafx.scene.input.KeyCode code) {
        return new javafx.scene.input.KeyCodeCombination(code, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
    }

    /** « Rechercher partout » (Ctrl+K): every kind of record; the chosen one opens in its area. */
    @FXML
    private void onSearchEverywhere() {
        if (searchIndex == null || searchIndexOf != context.database()) {
            searchIndex = new org.campuspilot.search.SearchIndex(context.database());
            searchIndexOf = context.database();
        }
        org.campuspilot.search.GlobalSearchWindow.show(content.getScene().getWindow(),
                new org.campuspilot.search.GlobalSearchViewModel(searchIndex, context.tasks(), messages, this),
                messages);
    }

    void show(Area area) {
        navButtons.get(area).setSelected(true);
        ViewLoader.View<?> view = views.get(area);
        long[] now = {context.database().writes(), System.nanoTime()};
        if (view == null) {
            view = context.views().load(area.controller);
            views.put(area, view);
            readAt.put(area, now);
        } else if (view.controller() instanceof Refreshable r && mayHaveChanged(area, now)) {
            r.refresh();
            readAt.put(area, now);
        }
        setContent(view.root());
    }

    /**
     * Coming back to an area reads it again only when something was written since it was read (by any screen, an
     * undo, an import), or a while ago: reading ten years of actions again costs seconds (decision 0030). The
     * backups are files, and a file opened read-only may be written by another instance: always read again.
     */
    private boolean mayHaveChanged(Area area, long[] now) {
        long[] then = readAt.get(area);
        return then == null || area == Area.SAFETY || context.database().readOnly() || then[0] != now[0]
                || now[1] - then[1] > FRESH_NANOS;
    }

    /**
     * Builds an area's view in the background so that its first opening costs the FX thread no more than coming
     * back to it (nodes may be built off the FX thread while they are not in a showing scene).
     */
    private void prepare(Area area) {
        context.tasks().run(() -> context.views().load(area.controller), view -> {
            if (views.putIfAbsent(area, view) == null) {
                // Attached hidden: its first CSS and layout pass happens now, while the user reads the dashboard.
                view.root().setVisible(false);
                content.getChildren().add(0, view.root());
            }
        }, failure -> {
            // Not fatal: the view is built when the user opens it.
        });
    }

    /**
     * Shows one view. Kept views stay in the scene, hidden, so that showing one again costs no new CSS pass; the
     * others (welcome, campus form, placeholders) are dropped when they are left.
     */
    private void setContent(Node node) {
        if (!content.getChildren().contains(node)) {
            content.getChildren().add(node);
        }
        content.getChildren().removeIf(n -> n != node && views.values().stream().noneMatch(v -> v.root() == n));
        for (Node n : content.getChildren()) {
            n.setVisible(n == node);
            // A kept view out of sight does not widen the window: its minimum width counts only when shown.
            n.setManaged(n == node);
        }
    }

    private void showWelcome() {
        navGroup.selectToggle(null);
        setContent(context.views().load(WelcomeController.class).root());
    }

    @Override
    public void showDashboard() {
        setNavigationEnabled(true);
        show(Area.DASHBOARD);
    }

    @Override
    public void showEstablishments() {
        setNavigationEnabled(true);
        show(Area.ESTABLISHMENTS);
    }

    @Override
    public void showCompanies() {
        setNavigationEnabled(true);
        show(Area.COMPANIES);
    }

    @Override
    public void showImport() {
        navGroup.selectToggle(null);
        setContent(context.views().load(org.campuspilot.importing.ImportController.class).root());
    }

    @FXML
    private void onImport() {
        showImport();
    }

    @Override
    public void showLabel() {
        show(Area.LABEL);
    }

    @Override
    public void showCampusIdentity() {
        navGroup.selectToggle(null);
        setContent(context.views().load(CampusFormController.class).root());
    }

    @Override
    public void openEstablishment(long id) {
        open(Area.ESTABLISHMENTS, id);
    }

    @Override
    public void openCompany(long id) {
        open(Area.COMPANIES, id);
    }

    @Override
    public void openContact(long id) {
        open(Area.CONTACTS, id);
    }

    private void open(Area area, long id) {
        setNavigationEnabled(true);
        show(area);
        ((RecordOpener) views.get(area).controller()).open(id);
    }

    @Override
    public void newContact(Organisation organisation) {
        setNavigationEnabled(true);
        show(Area.CONTACTS);
        ((ContactListController) views.get(Area.CONTACTS).controller()).newFor(organisation);
    }

    @Override
    public void openEvent(long id) {
        open(Area.EVENTS, id);
    }

    @Override
    public void openAction(long id) {
        open(Area.ACTIONS, id);
    }

    @Override
    public void showGrant() {
        setNavigationEnabled(true);
        show(Area.GRANT);
    }

    @Override
    public void openGrant(long id) {
        open(Area.GRANT, id);
    }

    @Override
    public void showEventsToComplete() {
        setNavigationEnabled(true);
        show(Area.EVENTS);
        ((EventListController) views.get(Area.EVENTS).controller()).showToComplete();
    }

    @Override
    public void showContactReview() {
        setNavigationEnabled(true);
        show(Area.CONTACTS);
        ((ContactListController) views.get(Area.CONTACTS).controller()).showReview();
    }

    @FXML
    private void onNewFile() {
        actions.createDatabase();
    }

    @FXML
    private void onOpenFile() {
        actions.openDatabase();
    }

    @FXML
    private void onOpenShared() {
        actions.openSharedDatabase();
    }

    @FXML
    private void onShowingRecent() {
        recentMenu.getItems().clear();
        for (org.campuspilot.db.Location l : actions.recent()) {
            MenuItem item = new MenuItem(l instanceof org.campuspilot.db.Location.Server s
                    ? messages.get("menu.file.recent.server", s.display()) : l.display());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> actions.openRecent(l));
            recentMenu.getItems().add(item);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(messages.get("menu.file.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    @FXML
    private void onOpenDemo() {
        actions.openDemo();
    }

    @FXML
    private void onCampusIdentity() {
        showCampusIdentity();
    }

    @FXML
    private void onQuit() {
        actions.quit();
    }

    @FXML
    private void onFrench() {
        switchLanguage(Locale.FRANCE);
    }

    @FXML
    private void onEnglish() {
        switchLanguage(Locale.ENGLISH);
    }

    /**
     * The window is built again in the other language, on the area the user was in; a form with unsaved input is
     * left first (with its question), as the rebuilt window would otherwise drop what was typed.
     */
    private void switchLanguage(Locale locale) {
        if (!leaveShownForm()) {
            boolean english = messages.locale().getLanguage().equals("en");
            frenchItem.setSelected(!english);
            englishItem.setSelected(english);
            return;
        }
        actions.switchLanguage(locale, shownArea());
    }

    /** Shows this area once the campus is read (the window rebuilt in another language comes back to it). */
    void reopen(Area area) {
        if (area == null) {
            return;
        }
        if (!nav.isDisabled()) {
            show(area);
        } else {
            reopen = area;
        }
    }

    @FXML
    private void onLight() {
        actions.switchTheme(false);
    }

    @FXML
    private void onDark() {
        actions.switchTheme(true);
    }

    @FXML
    private void onAbout() {
        context.dialogs().info(messages.get("about.title"), messages.get("about.text", Version.current()));
    }
}
