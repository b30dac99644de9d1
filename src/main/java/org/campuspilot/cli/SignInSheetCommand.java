package org.campuspilot.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.campuspilot.campus.Campus;
import org.campuspilot.event.Event;
import org.campuspilot.event.SignInSheets;
import org.campuspilot.document.SignInSheetPdf;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.db.Location;
import org.campuspilot.store.Stores;
import org.campuspilot.ui.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export emargement}: the sign-in sheet of an event, as a PDF to print (issue 21). */
@Command(name = "emargement", description = "La feuille d'émargement d'un événement (PDF à imprimer).")
final class SignInSheetCommand implements Callable<Integer> {
    private static final Messages MESSAGES = Messages.load(Messages.FRENCH);
    /** The events listed when the number given is not one: the last days and what comes. */
    private static final int LISTED = 30;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Option(names = "--db", required = true, paramLabel = "CAMPUS", description = Cli.DB) Location db;
    @Option(names = "--event", required = true, paramLabel = "NUMÉRO",
            description = "Le numéro de l'événement (sans numéro connu, la commande liste les événements).") long event;
    @Option(names = "--blank", description = "Une feuille vierge, sans noms, pour les personnes non inscrites.")
    boolean blank;
    @Option(names = "--out", required = true, paramLabel = "FICHIER", description = "Le fichier .pdf à écrire.")
    Path out;

    @Override
    public Integer call() {
        Stores stores = Cli.open(spec, db);
        if (stores == null) {
            return Cli.CANNOT_OPEN;
        }
        Optional<Event> found = stores.events().findById(event);
        if (found.isEmpty()) {
            spec.commandLine().getErr().println(MESSAGES.get("cli.export.noEvent", event));
            LocalDate from = LocalDate.now().minusDays(LISTED);
            List<Event> near = stores.events().findTouching(from, LocalDate.of(9999, 12, 31)).stream()
                    .limit(LISTED).toList();
            for (Event e : near) {
                spec.commandLine().getErr().println(MESSAGES.get("cli.export.eventLine", e.id(),
                        FrenchFormats.date(e.timing().startDate()), e.title()));
            }
            return Cli.REJECTED;
        }
        Event e = found.get();
        String campus = stores.campus().find().map(Campus::name).orElse("");
        SignInSheets sheets = new SignInSheets(MESSAGES);
        SignInSheetPdf.Sheet sheet = sheets.sheet(e, campus, blank);
        return ExportCommand.write(spec, out, () -> {
            sheets.write(sheet, out);
            return 0;
        }, MESSAGES.get(blank ? "cli.export.emargement.blank" : "cli.export.emargement.done", e.title(),
                sheet.lines().size(), out), "event.signIn.failed");
    }
}
