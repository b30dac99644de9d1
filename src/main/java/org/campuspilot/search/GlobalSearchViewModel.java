package org.campuspilot.search;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.Navigator;
import org.campuspilot.ui.TaskRunner;

/**
 * « Rechercher partout » (Ctrl+K): what is typed is searched among every kind of record in the background, the
 * latest query's results shown (an older one finishing late is dropped); the chosen one opens in its area.
 */
public final class GlobalSearchViewModel {
    /** One line of the results: the kind in words, the name, what tells it apart. */
    public record Result(SearchIndex.Entry entry, String kind, String label, String detail) {
        @Override
        public String toString() {
            return label + (detail.isEmpty() ? "" : " · " + detail) + " — " + kind;
        }
    }

    public final StringProperty query = new SimpleStringProperty("");
    public final ObservableList<Result> results = FXCollections.observableArrayList();
    public final StringProperty status = new SimpleStringProperty("");

    private final SearchIndex index;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Navigator navigator;
    private long asked;

    public GlobalSearchViewModel(SearchIndex index, TaskRunner tasks, Messages messages, Navigator navigator) {
        this.index = index;
        this.tasks = tasks;
        this.messages = messages;
        this.navigator = navigator;
        query.addListener((o, a, b) -> search());
    }

    /** Empty, as the window opens: the hint of what is searched. */
    public void clear() {
        query.set("");
        results.clear();
        status.set(messages.get("search.hint"));
    }

    private void search() {
        long ask = ++asked;
        String text = query.get();
        if (text == null || text.isBlank()) {
            results.clear();
            status.set(messages.get("search.hint"));
            return;
        }
        tasks.run(() -> index.search(text), found -> {
            if (ask != asked) {
                return; // typed further meanwhile
            }
            results.setAll(found.stream().map(this::result).toList());
            status.set(found.isEmpty() ? messages.get("search.none", text.strip()) : "");
        }, failure -> status.set(messages.get("search.failed")));
    }

    private Result result(SearchIndex.Entry e) {
        return new Result(e, messages.get(e.kind().messageKey()), e.label(), e.detail());
    }

    /** Opens the record in its area. */
    public void open(Result r) {
        long id = r.entry().id();
        switch (r.entry().kind()) {
            case ESTABLISHMENT -> navigator.openEstablishment(id);
            case COMPANY -> navigator.openCompany(id);
            case CONTACT -> navigator.openContact(id);
            case EVENT -> navigator.openEvent(id);
            case ACTION -> navigator.openAction(id);
            case GRANT -> navigator.openGrant(id);
            default -> throw new IllegalStateException(r.entry().kind().name());
        }
    }
}
