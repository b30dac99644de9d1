package org.campuspilot.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import org.campuspilot.establishment.AnnuaireMapping;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.establishment.EstablishmentKind;
import org.campuspilot.establishment.NetworkRole;
import org.campuspilot.shared.Checked;
import org.campuspilot.shared.Problem;
import org.campuspilot.shared.Uai;

/**
 * Reads a CSV export of the Annuaire de l'éducation (`;`, UTF-8 with or without BOM, CRLF or LF; the 2023 and the
 * 2026 headers, columns matched by name) and checks every row before anything is written: invalid UAI or SIRET, a
 * SIRET turned into scientific notation or a UAI that lost its leading zero by a spreadsheet, the same UAI on
 * several rows (multi-site), closed establishments. Each is reported with its line number and the reason.
 */
public final class AnnuaireReader {
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d+([.,]\\d+)?[eE]\\+?\\d+");
    static final List<String> REQUIRED = List.of("Identifiant_de_l_etablissement", "Nom_etablissement");
    /** The columns an import reads; the others (about 55 of 71) are not even looked at. */
    static final List<String> USED = List.of("Identifiant_de_l_etablissement", "Nom_etablissement",
            "Type_etablissement", "Statut_public_prive", "Adresse_1", "Code_postal", "Nom_commune", "Telephone",
            "Mail", "Web", "SIREN_SIRET", "libelle_nature", "GRETA", "etat", "Code_departement", "Code_academie");

    /** A row that passed every check and the filter, with its line number. */
    public record Candidate(int line, Establishment establishment) {
    }

    /** What the file holds: the rows to import, the issues found, and how many rows the filter left out. */
    public record Result(List<Candidate> candidates, List<ImportIssue> issues, int rows, int filteredOut) {

        public boolean hasBlockingIssues() {
            return issues.stream().anyMatch(ImportIssue::blocking);
        }

        /** How many lines are left aside (not rejected, not imported): a warning's line is imported. */
        public long setAside() {
            return issues.stream().filter(i -> !i.blocking() && i.leavesLineOut()).count();
        }
    }

    private AnnuaireReader() {
    }

    /**
     * @param progress receives the number of bytes read so far (for a progress bar)
     * @param cancelled checked between rows; when it becomes true the read stops with {@link ImportCancelled}
     */
    public static Result read(Path file, AnnuaireFilter filter, LongConsumer progress, BooleanSupplier cancelled)
            throws ImportFileException {
        TableFile.requireFile(file);
        try (CountingStream counting = new CountingStream(Files.newInputStream(file), progress)) {
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            Reader reader = new InputStreamReader(counting, utf8);
            return read(reader, filter, cancelled, file.getFileName().toString());
        } catch (CharacterCodingException e) {
            throw new ImportFileException(Problem.of("import.file.notUtf8", file.getFileName().toString()));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportCancelled c) {
                throw c;
            }
            if (e.getCause() instanceof CharacterCodingException) {
                throw new ImportFileException(Problem.of("import.file.notUtf8", file.getFileName().toString()));
            }
            throw new ImportFileException(Problem.of("import.file.unreadable", file.getFileName().toString()));
        }
    }

    static Result read(Reader reader, AnnuaireFilter filter, BooleanSupplier cancelled, String name)
            throws IOException, ImportFileException {
        List<Candidate> candidates = new ArrayList<>();
        List<ImportIssue> issues = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int rows = 0;
        int filteredOut = 0;
        // FastCSV rather than Commons CSV here: the national file has 66,000 rows of 71 columns, and reading it is
        // most of an import's time (decision 0013).
        AnnuaireLines handler = new AnnuaireLines();
        try (CsvReader<AnnuaireLines.Line> parser = CsvReader.builder().fieldSeparator(';').skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .maxBufferSize(AnnuaireCells.MAX_BUFFER).build(handler, reader)) {
            java.util.Iterator<AnnuaireLines.Line> records = parser.iterator();
            Map<String, Integer> header = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            if (records.hasNext()) {
                List<String> titles = List.of(records.next().cells());
                for (int i = 0; i < titles.size(); i++) {
                    if (!titles.get(i).isBlank()
                            && header.putIfAbsent(AnnuaireMapping.column(titles.get(i)), i) != null) {
                        throw new ImportFileException(Problem.of("import.sheet.duplicateColumn", name,
                                titles.get(i).strip()));
                    }
                }
            }
            if (header.isEmpty()) {
                throw new ImportFileException(Problem.of("import.file.empty", name));
            }
            List<String> missing = REQUIRED.stream().filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new ImportFileException(Problem.of("import.annuaire.missingColumns", name,
                        String.join(", ", missing)));
            }
            Map<String, Integer> used = new java.util.LinkedHashMap<>();
            for (String column : USED) {
                Integer index = header.get(column);
                if (index != null) {
                    used.put(column, index);
                }
            }
            // Parsing is sequential; checking and mapping each row is done in parallel, a chunk of rows at a time
            // (their cells are dropped once mapped: the whole file is never held), then read back in order.
            List<String> columns = List.copyOf(used.keySet());
            int[] indexes = used.values().stream().mapToInt(Integer::intValue).toArray();
            List<String[]> values = new ArrayList<>(CHUNK);
            List<Integer> lines = new ArrayList<>(CHUNK);
            handler.keepOnly(indexes);
            while (records.hasNext()) {
                AnnuaireLines.Line record = records.next();
                if (cancelled.getAsBoolean()) {
                    throw new ImportCancelled();
                }
                // No cell of the annuaire holds a line break: one that does is a quote that never closed, the
                // cell swallowing the lines after it.
                if (record.lineBreak()) {
                    throw new ImportFileException(Problem.of("import.sheet.badQuotes", name,
                            String.valueOf(record.number())));
                }
                values.add(record.cells());
                lines.add((int) record.number());
                if (values.size() == CHUNK) {
                    filteredOut += settle(columns, values, lines, filter, seen, candidates, issues);
                    rows += CHUNK;
                }
            }
            rows += values.size();
            filteredOut += settle(columns, values, lines, filter, seen, candidates, issues);
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException c) {
                throw c;
            }
            throw e.getCause();
        } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
            Problem tooLong = AnnuaireCells.tooLong(e, name);
            if (tooLong == null) {
                throw e;
            }
            throw new ImportFileException(tooLong);
        }
        if (rows == 0) {
            throw new ImportFileException(Problem.of("import.file.noRows", name));
        }
        return new Result(candidates, issues, rows, filteredOut);
    }

    private static final Object FILTERED = new Object();
    /** Rows checked together: enough to keep both cores busy, few enough that their cells weigh little. */
    private static final int CHUNK = 4096;

    /**
     * Checks and maps the rows read (in parallel), files each as a candidate or an issue in file order, empties the
     * lists and returns how many rows the filter left out.
     */
    private static int settle(List<String> columns, List<String[]> values, List<Integer> lines, AnnuaireFilter filter,
            Map<String, Integer> seen, List<Candidate> candidates, List<ImportIssue> issues) {
        int filteredOut = 0;
        Object[] outcomes = new Object[values.size()];
        java.util.stream.IntStream.range(0, outcomes.length).parallel().forEach(i -> {
            // Keyed by the names of USED, which every reader of the row asks for as they are spelt there.
            Map<String, String> row = new HashMap<>(32);
            String[] v = values.get(i);
            for (int c = 0; c < v.length; c++) {
                row.put(columns.get(c), v[c]);
            }
            outcomes[i] = outcome(row, filter);
        });
        for (int i = 0; i < outcomes.length; i++) {
            int line = lines.get(i);
            Object o = outcomes[i];
            if (o == FILTERED) {
                filteredOut++;
            } else if (o instanceof Problem p) {
                issues.add(p.key().equals("import.annuaire.closed") ? ImportIssue.ignored(line, p)
                        : ImportIssue.rejected(line, p));
            } else {
                AnnuaireMapping.Mapped m = (AnnuaireMapping.Mapped) o;
                Establishment e = m.establishment();
                String uai = e.uai().code();
                Integer first = seen.putIfAbsent(uai, line);
                if (first != null) {
                    issues.add(ImportIssue.ignored(line, Problem.of("import.annuaire.multiSite", uai, first)));
                } else {
                    candidates.add(new Candidate(line, e));
                    m.warnings().forEach(w -> issues.add(ImportIssue.warning(line, w)));
                }
            }
        }
        values.clear();
        lines.clear();
        return filteredOut;
    }

    /** The row's establishment and what was kept out of it, or the problem that keeps it out, or {@link #FILTERED}. */
    private static Object outcome(Map<String, String> row, AnnuaireFilter filter) {
        EstablishmentKind kind = AnnuaireMapping.kindOf(row);
        if (!filter.matches(row, kind)) {
            return FILTERED;
        }
        Problem problem = problemOf(row);
        if (problem != null) {
            return problem;
        }
        String etat = row.getOrDefault("etat", "").strip();
        if (!etat.isEmpty() && !etat.equalsIgnoreCase("OUVERT")) {
            return Problem.of("import.annuaire.closed", row.get("Identifiant_de_l_etablissement").strip(), etat);
        }
        return AnnuaireMapping.map(row, NetworkRole.TERRITOIRE).value();
    }

    /** Why the row cannot be imported, or null. */
    static Problem problemOf(Map<String, String> row) {
        Problem cell = AnnuaireCells.problem(row, USED);
        if (cell != null) {
            return cell;
        }
        String uai = row.getOrDefault("Identifiant_de_l_etablissement", "").strip();
        if (uai.isEmpty()) {
            return Problem.of("import.annuaire.noUai");
        }
        Checked<Uai> u = Uai.check(uai);
        if (!u.isOk()) {
            if (uai.length() == 7 && Uai.check("0" + uai).isOk()) {
                return Problem.of("import.annuaire.uaiLostZero", uai, "0" + uai.toUpperCase(Locale.ROOT));
            }
            return u.problem().orElseThrow();
        }
        if (row.getOrDefault("Nom_etablissement", "").isBlank()) {
            return Problem.of("import.annuaire.noName", uai);
        }
        String siret = row.getOrDefault("SIREN_SIRET", "").strip();
        if (!siret.isEmpty()) {
            // A SIRET in scientific notation says the whole file went through a spreadsheet; an invalid one is only
            // kept out of its record, with a warning (AnnuaireMapping).
            if (SCIENTIFIC.matcher(siret).matches()) {
                return Problem.of("validation.companyNumber.scientific", siret);
            }
        }
        String postal = row.getOrDefault("Code_postal", "").strip();
        if (postal.length() == 4 && postal.chars().allMatch(Character::isDigit)) {
            return Problem.of("import.annuaire.postalLostZero", postal, "0" + postal);
        }
        return null;
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private final LongConsumer progress;
        private long count;
        private long reported;

        CountingStream(InputStream in, LongConsumer progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        private void advance(long n) {
            count += n;
            if (count - reported >= 256 * 1024) {
                reported = count;
                progress.accept(count);
            }
        }
    }
}
