package org.campuspilot.label;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.campuspilot.campus.Campus;
import org.campuspilot.campus.CampusRepository;
import org.campuspilot.db.Database;
import org.campuspilot.report.ReportFigures;
import org.campuspilot.report.ReportPeriod;
import org.campuspilot.report.ReportService;

/**
 * Computes the bilan du label from the records (the rapport d'activité's figures of each school year of the label
 * period) and keeps the objectives.
 */
public final class LabelBilanService {
    private final Database database;
    private final CampusRepository campus;
    private final ObjectiveRepository objectives;
    private final ReportService reports;
    private final Clock clock;
    private final org.campuspilot.report.ReportTexts texts;
    private final ThemeTextRepository themeTexts;
    /** The key the bilan's texts are kept under, beside the reports' periods. */
    static final String TEXTS_KEY = "label";

    public LabelBilanService(Database database, CampusRepository campus, ReportService reports, Clock clock) {
        this.database = database;
        this.campus = campus;
        this.objectives = new ObjectiveRepository(database);
        this.reports = reports;
        this.clock = clock;
        this.texts = new org.campuspilot.report.ReportTexts(database);
        this.themeTexts = new ThemeTextRepository(database);
    }

    public java.util.Map<org.campuspilot.report.ReportTexts.Section, String> texts() {
        return texts.of(TEXTS_KEY);
    }

    /** What the director wrote about each theme. */
    public java.util.Map<LabelIndicator.Theme, String> themeTexts() {
        return themeTexts.findAll();
    }

    /**
     * Keeps the director's texts of the bilan, those of the whole and those of each theme, in one transaction; a
     * blank one removes its section.
     */
    public void saveTexts(java.util.Map<org.campuspilot.report.ReportTexts.Section, String> values,
            java.util.Map<LabelIndicator.Theme, String> themes) {
        Instant now = Instant.now(clock);
        database.inTransaction(c -> {
            texts.save(TEXTS_KEY, values, now);
            themeTexts.save(themes, now);
            return null;
        });
    }

    /** The school year a day belongs to, by its first year (September to August). */
    static int schoolYearOf(LocalDate day) {
        return day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
    }

    public List<LabelObjective> objectives() {
        return objectives.findAll();
    }

    public LabelObjective save(LabelObjective o) {
        return database.inTransaction(c -> objectives.save(o, Instant.now(clock)));
    }

    public void delete(LabelObjective o) {
        database.inTransaction(c -> {
            objectives.delete(o.id());
            return null;
        });
    }

    /** The school years of the bilan's label period (those an objective counted by hand is typed for). */
    public List<Integer> schoolYears(LabelBilan b) {
        List<Integer> out = new ArrayList<>();
        for (int y = schoolYearOf(b.labelStart()); y <= schoolYearOf(b.labelEnd()); y++) {
            out.add(y);
        }
        return out;
    }

    /** The bilan by school year; empty while the campus's identity lacks the label's start or end. */
    public Optional<LabelBilan> bilan() {
        return bilan(ReportPeriod.Kind.SCHOOL);
    }

    /**
     * The bilan by school year or by civil year. The figures typed by hand are a school year's: by civil year, an
     * objective counted by hand has none.
     */
    public Optional<LabelBilan> bilan(ReportPeriod.Kind kind) {
        Campus c = campus.find().orElse(null);
        if (c == null || c.labelStart() == null || c.labelEnd() == null || c.labelEnd().isBefore(c.labelStart())) {
            return Optional.empty();
        }
        boolean civil = kind == ReportPeriod.Kind.CIVIL;
        int first = civil ? c.labelStart().getYear() : schoolYearOf(c.labelStart());
        int last = civil ? c.labelEnd().getYear() : schoolYearOf(c.labelEnd());
        int now = civil ? LocalDate.now(clock).getYear() : schoolYearOf(LocalDate.now(clock));
        List<Integer> years = new ArrayList<>();
        List<ReportFigures> figures = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            years.add(y);
            figures.add(y <= now ? reports.figures(civil ? ReportPeriod.civil(y) : ReportPeriod.school(y)) : null);
        }
        List<LabelBilan.Line> lines = new ArrayList<>();
        for (LabelObjective o : objectives.findAll()) {
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < years.size(); i++) {
                ReportFigures f = figures.get(i);
                if (o.indicator() == LabelIndicator.MANUAL) {
                    Long typed = civil ? null : o.typed().get(years.get(i));
                    values.add(typed == null ? null : typed.doubleValue());
                } else {
                    values.add(f == null ? null : o.indicator().of(f, o.detailValue().orElse(null)));
                }
            }
            lines.add(new LabelBilan.Line(o, values, (int) years.stream().filter(y -> y < now).count()));
        }
        return Optional.of(new LabelBilan(kind, c.name(), c.labelStart(), c.labelEnd(), years, Math.min(now, last), now > last, lines,
                figures, texts.of(TEXTS_KEY), themeTexts.findAll()));
    }
}
