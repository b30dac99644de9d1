package org.campuspilot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.campuspilot.establishment.EstablishmentKind;
import org.campuspilot.establishment.NetworkRole;
import org.campuspilot.establishment.Ownership;
import org.campuspilot.shared.Sector;
import org.junit.jupiter.api.Test;

/** Every key used exists in French and English, none is unused, and messages with arguments format well. */
class MessagesTest {
    private static final Path MAIN = Path.of("src/main");
    private static final Path BUNDLES = MAIN.resolve("resources/org/campuspilot/i18n");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\"");

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /** Keys built from enum names at run time. */
    /** Every audited table and column of a new campus file is named in the history (and no other). */
    static Set<String> historyKeys() {
        Set<String> keys = new java.util.TreeSet<>();
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("keys");
            org.campuspilot.db.Database db = org.campuspilot.db.Database.open(dir.resolve("k.db"));
            db.withConnection(c -> {
                for (org.campuspilot.db.AuditTriggers.Table t : org.campuspilot.db.AuditTriggers.tables(c)) {
                    keys.add("history.table." + t.name());
                    t.columns().stream().filter(col -> !col.equals("updated_at"))
                            .forEach(col -> keys.add("history.field." + col));
                }
                return null;
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return keys;
    }

    static Set<String> dynamicKeys() {
        Set<String> keys = new HashSet<>();
        Arrays.stream(EstablishmentKind.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(Ownership.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(NetworkRole.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(Sector.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.company.SizeBand.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.company.PartnershipKind.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.company.ConventionStatus.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.shared.NafVersion.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.shared.Organisation.Kind.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.event.EventType.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.event.EventStatus.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.event.Audience.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.event.Presence.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.action.ActionType.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.action.ActionStatus.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.action.LearnerStatus.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.action.Sex.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.action.Mobility.Direction.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.action.Mobility.Programme.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.search.SearchIndex.Kind.values()).forEach(k -> keys.add(k.messageKey()));
        org.campuspilot.grant.BudgetLine.ALL.forEach(l -> keys.add(l.messageKey()));
        for (String area : new String[] {"dashboard", "establishments", "companies", "contacts", "events", "actions",
            "grant", "reports", "label", "safety"}) {
            keys.add("area." + area);
        }
        Arrays.stream(org.campuspilot.report.ReportTexts.Section.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.label.LabelIndicator.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.label.LabelIndicator.values()).filter(k -> k.detailed()).forEach(k -> {
            keys.add(k.messageKey() + ".of");
            keys.add(k.messageKey() + ".which");
            k.details().forEach(d -> keys.add(org.campuspilot.label.LabelIndicator.detailKey(d)));
        });
        Arrays.stream(org.campuspilot.label.LabelIndicator.Unit.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.label.LabelIndicator.Theme.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.label.LabelObjective.Scope.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.label.LabelBilan.Trend.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.report.ReportPeriod.Kind.values())
                .forEach(k -> keys.add("label.kind." + k.name().toLowerCase(Locale.ROOT)));
        Arrays.stream(org.campuspilot.report.ReportPeriod.Kind.values())
                .forEach(k -> keys.add("report.kind." + k.name().toLowerCase(Locale.ROOT)));
        Arrays.stream(org.campuspilot.grant.BudgetLine.Side.values())
                .forEach(k -> keys.add("region.side." + k.name().toLowerCase(Locale.ROOT)));
        Arrays.stream(org.campuspilot.report.ListKind.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.document.CsvProfile.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.backup.BackupFile.Reason.values()).forEach(r -> keys.add(r.messageKey()));
        Arrays.stream(org.campuspilot.history.AuditEntry.Operation.values())
                .forEach(o -> keys.add("history.op." + o.name().toLowerCase(Locale.ROOT)));
        keys.addAll(historyKeys());
        org.campuspilot.importing.EstablishmentImport.fieldNames().forEach(f -> keys.add("import.field." + f));
        Arrays.stream(org.campuspilot.importing.EstablishmentImport.Action.values())
                .forEach(a -> keys.add("import.operation." + a.name().toLowerCase(Locale.ROOT)));
        for (org.campuspilot.importing.SheetKind kind : org.campuspilot.importing.SheetKind.values()) {
            keys.add(kind.messageKey());
            kind.columns().forEach(c -> keys.add(kind.columnKey(c.field())));
        }
        Arrays.stream(org.campuspilot.grant.Funder.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.grant.GrantStatus.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.grant.InstalmentKind.values()).forEach(k -> keys.add(k.messageKey()));
        Arrays.stream(org.campuspilot.grant.Instalment.State.values()).forEach(k -> keys.add(k.messageKey()));
        for (org.campuspilot.grant.EntryKind k : org.campuspilot.grant.EntryKind.values()) {
            keys.add(k.messageKey());
            Arrays.stream(org.campuspilot.grant.EntryStatus.values()).forEach(s -> keys.add(s.messageKey(k)));
        }
        return keys;
    }

    static Set<String> referencedKeys(Set<String> prefixes) throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.toString();
                if (!name.endsWith(".fxml") && !name.endsWith(".java")) {
                    continue;
                }
                String text = Files.readString(f);
                Matcher m = (name.endsWith(".fxml") ? FXML_KEY : JAVA_LITERAL).matcher(text);
                while (m.find()) {
                    String key = m.group(1);
                    if (name.endsWith(".fxml") || prefixes.contains(key.substring(0, key.indexOf('.')))) {
                        used.add(key);
                    }
                }
            }
        }
        return used;
    }

    @Test
    void fileSizesAreInTheUsersLanguage() {
        assertEquals("2 Ko", Messages.load(Messages.FRENCH).fileSize(2048));
        assertEquals("2 KB", Messages.load(Locale.ENGLISH).fileSize(2048));
        assertEquals("1,5 MB", Messages.load(Locale.ENGLISH).fileSize(1536 * 1024));
        assertEquals("1,5 Mo", Messages.load(Messages.FRENCH).fileSize(1536 * 1024));
    }

    @Test
    void everyUsedKeyExistsInBothLanguagesAndNoneIsUnused() throws IOException {
        Properties fr = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertEquals(fr.stringPropertyNames(), en.stringPropertyNames(), "French and English keys differ");
        Set<String> prefixes = new HashSet<>();
        fr.stringPropertyNames().forEach(k -> prefixes.add(k.substring(0, k.indexOf('.'))));
        Set<String> used = referencedKeys(prefixes);
        used.addAll(dynamicKeys());
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(fr.stringPropertyNames());
        assertTrue(missing.isEmpty(), "keys used but missing from the bundle: " + missing);
        Set<String> unused = new TreeSet<>(fr.stringPropertyNames());
        unused.removeAll(used);
        assertTrue(unused.isEmpty(), "keys in the bundle but never used: " + unused);
    }

    @Test
    void apostrophesSurviveFormatting() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                if (value.contains("{0}")) {
                    Object[] args = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
                    String formatted = new MessageFormat(value, Locale.FRANCE).format(args);
                    assertFalse(formatted.contains("{"), bundle + " " + key + " lost a placeholder: " + formatted);
                    long quotesIn = value.chars().filter(c -> c == '\'').count();
                    long quotesOut = formatted.chars().filter(c -> c == '\'').count();
                    assertEquals(quotesIn / 2, quotesOut, bundle + " " + key + ": write '' for each apostrophe");
                } else {
                    assertFalse(value.contains("''"), bundle + " " + key + " has no argument: write a single '");
                }
            }
        }
    }

    @Test
    void frenchIsTheDefaultAndEnglishIsAvailable() {
        assertEquals("Établissements", Messages.load(Locale.GERMAN).get("area.establishments"));
        assertEquals("Establishments", Messages.load(Locale.ENGLISH).get("area.establishments"));
        assertEquals("Le code UAI 0350031A n'est pas valide : la lettre de contrôle attendue est U.",
                Messages.load(Locale.FRANCE).get("validation.uai.letter", "0350031A", "U"));
    }
}
