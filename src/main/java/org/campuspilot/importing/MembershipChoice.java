package org.campuspilot.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.campuspilot.shared.Checked;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.ui.Messages;

/**
 * The part of the annuaire's preview that decides who joins the network: the rows the director ticks as members,
 * and their membership date (today at first). Every other imported row is an establishment of the territory.
 */
final class MembershipChoice {
    private final ObservableList<ImportViewModel.PreviewRow> rows;
    private final Messages messages;
    /** The membership date as typed. */
    final StringProperty since = new SimpleStringProperty("");
    /** Why the date cannot be used (empty when it can, or when no row is ticked). */
    final StringProperty problem = new SimpleStringProperty("");
    /** How many of the chosen rows join the network, as the director reads it. */
    final StringProperty summary = new SimpleStringProperty("");
    private boolean shown;

    MembershipChoice(ObservableList<ImportViewModel.PreviewRow> rows, Messages messages, Clock clock) {
        this.rows = rows;
        this.messages = messages;
        since.set(FrenchFormats.date(LocalDate.now(clock)));
        since.addListener((o, a, b) -> update());
        rows.addListener((ListChangeListener<ImportViewModel.PreviewRow>) c -> update());
    }

    /** Whether the preview shown is the annuaire's (the summary is empty otherwise). */
    void shown(boolean annuaire) {
        shown = annuaire;
        update();
    }

    /** Ticks (or unticks, when all are ticked) every chosen row that can join the network. */
    void tickAll() {
        List<ImportViewModel.PreviewRow> joinable = rows.stream().filter(r -> r.canJoin() && r.selected().get())
                .toList();
        boolean all = !joinable.isEmpty() && joinable.stream().allMatch(r -> r.member().get());
        joinable.forEach(r -> r.member().set(!all));
    }

    /** The chosen rows ticked as members, from the date on the screen (checked: {@link #problem} is empty). */
    EstablishmentImport.Joining joining(List<ImportViewModel.PreviewRow> chosen) {
        Set<String> uais = chosen.stream().filter(r -> r.canJoin() && r.member().get()
                && r.item instanceof EstablishmentImport.Change).map(r -> ((EstablishmentImport.Change) r.item)
                .candidate().establishment().uai().code()).collect(Collectors.toSet());
        return uais.isEmpty() ? EstablishmentImport.Joining.NONE
                : new EstablishmentImport.Joining(uais, FrenchFormats.parseDate(since.get()).value());
    }

    /** « 12 établissements rejoindront le réseau comme membres le 02/12/2026 ; 71 autres… ». */
    String text(long joining, long chosen) {
        return joining == 0 ? messages.get("import.members.none", chosen)
                : messages.get("import.members.some", joining, chosen - joining, since.get().strip());
    }

    private void update() {
        List<ImportViewModel.PreviewRow> chosen = rows.stream().filter(r -> r.selected().get()).toList();
        long joining = chosen.stream().filter(r -> r.canJoin() && r.member().get()).count();
        Checked<LocalDate> date = FrenchFormats.parseDate(since.get());
        problem.set(joining == 0 ? "" : !date.isOk() ? messages.get(date.problem().orElseThrow())
                : date.value() == null ? messages.get("import.members.dateNeeded") : "");
        summary.set(shown ? text(joining, chosen.size()) : "");
    }
}
