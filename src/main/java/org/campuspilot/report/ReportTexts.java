package org.campuspilot.report;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;

/** The texts the director writes for the rapport d'activité, kept per period (table {@code report_text}). */
public final class ReportTexts {
    /** The sections the director writes, in the report's order. */
    public enum Section {
        INTRODUCTION,
        HIGHLIGHTS,
        OUTLOOK;

        public String messageKey() {
            return "report.section." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Database database;
    private final Jdbc jdbc;

    public ReportTexts(Database database) {
        this.database = database;
        this.jdbc = new Jdbc(database);
    }

    /** The period's texts; a section never written is absent. */
    public Map<Section, String> of(ReportPeriod period) {
        return of(period.key());
    }

    /** The texts kept under a key of their own (the bilan du label's: {@code label}). */
    public Map<Section, String> of(String key) {
        Map<Section, String> out = new EnumMap<>(Section.class);
        jdbc.list("SELECT section, body FROM report_text WHERE period = ?",
                rs -> out.put(Section.valueOf(rs.getString(1)), rs.getString(2)), key);
        return out;
    }

    /** Keeps the period's texts in one transaction; a blank text removes the section's. */
    public void save(ReportPeriod period, Map<Section, String> texts, Instant now) {
        save(period.key(), texts, now);
    }

    /** Keeps the texts of a key of their own in one transaction; a blank text removes the section's. */
    public void save(String key, Map<Section, String> texts, Instant now) {
        database.inTransaction(c -> {
            for (Section s : Section.values()) {
                String body = texts.getOrDefault(s, "").strip();
                if (body.isEmpty()) {
                    jdbc.update("DELETE FROM report_text WHERE period = ? AND section = ?", key, s);
                } else {
                    jdbc.update("""
                            INSERT INTO report_text (period, section, body, updated_at) VALUES (?, ?, ?, ?)
                            ON CONFLICT (period, section) DO UPDATE SET body = excluded.body,
                            updated_at = excluded.updated_at""", key, s, body, now.toString());
                }
            }
            return null;
        });
    }
}
