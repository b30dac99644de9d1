package org.campuspilot.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.campuspilot.campus.Campus;
import org.campuspilot.campus.CampusRepository;
import org.campuspilot.db.Database;
import org.campuspilot.event.Event;
import org.campuspilot.event.EventRepository;
import org.campuspilot.event.ICalendarWriter;
import org.campuspilot.shared.Checked;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.ui.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export …}: files for other programs, written without opening the window. */
@Command(name = "export", description = "Exporte des données vers un fichier.",
        subcommands = {ExportCommand.Ics.class})
final class ExportCommand implements Callable<Integer> {
    private static final Messages MESSAGES = Messages.load(Messages.FRENCH);

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.USAGE;
    }

    @Command(name = "ics", description = "Les événements au format iCalendar (.ics), pour un agenda.")
    static final class Ics implements Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--db", required = true, description = "Le fichier du campus.") Path db;
        @Option(names = "--out", required = true, description = "Le fichier .ics à écrire.") Path out;
        @Option(names = "--from", description = "Premier jour (jj/mm/aaaa ou aaaa-mm-jj).") String from;
        @Option(names = "--to", description = "Dernier jour (jj/mm/aaaa ou aaaa-mm-jj).") String to;

        @Override
        public Integer call() {
            Checked<LocalDate> first = FrenchFormats.parseDate(from);
            Checked<LocalDate> last = FrenchFormats.parseDate(to);
            for (Checked<LocalDate> d : List.of(first, last)) {
                if (!d.isOk()) {
                    spec.commandLine().getErr().println(MESSAGES.get(d.problem().orElseThrow()));
                    return Cli.USAGE;
                }
            }
            if (!Files.isRegularFile(db)) {
                spec.commandLine().getErr().println(MESSAGES.get("cli.check.missing", db));
                return Cli.CANNOT_OPEN;
            }
            List<Event> events;
            String name;
            try {
                Database database = Database.open(db);
                LocalDate a = first.value() == null ? LocalDate.MIN : first.value();
                LocalDate b = last.value() == null ? LocalDate.MAX : last.value();
                events = new EventRepository(database).findTouching(a, b);
                name = new CampusRepository(database).find().map(Campus::name).orElse("Campus Pilot");
            } catch (RuntimeException e) {
                spec.commandLine().getErr().println(OpenFailures.describe(MESSAGES, e, db));
                return Cli.CANNOT_OPEN;
            }
            try {
                Files.writeString(out, new ICalendarWriter(MESSAGES).write(events, name, Instant.now()),
                        StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                spec.commandLine().getErr().println(MESSAGES.get("event.ics.failed", out));
                return Cli.REJECTED;
            }
            spec.commandLine().getOut().println(MESSAGES.get("cli.export.ics.done", events.size(), out));
            return Cli.OK;
        }
    }
}
