package org.campuspilot.history;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.campuspilot.db.Database;

/**
 * The history's size, and its compaction on the director's request (never on its own): the entries of changes older
 * than a chosen number of years are removed, except those of money (grants, instalments, expenses and income, the
 * budget), which a funder may audit for ten years. The records themselves never change; the file is rebuilt
 * afterwards so that it really shrinks.
 */
public final class HistoryCompaction {
    /** The history of money is kept whole. */
    static final Set<String> KEPT_TABLES = Set.of("grant_award", "grant_instalment", "grant_gap_explanation",
            "finance_entry", "budget_forecast", "analytic_project", "project_forecast");
    /** The fewest years of history a compaction keeps. */
    public static final int MIN_YEARS = 1;

    private final Database database;
    private final ZoneId zone;

    public HistoryCompaction(Database database, ZoneId zone) {
        this.database = database;
        this.zone = zone;
    }

    /**
     * How big the history is: its entries, the bytes of their values, the file's size (-1 on a server), its oldest
     * change.
     */
    public record Size(long entries, long valueBytes, long fileBytes, LocalDate oldest) {
    }

    /** What a compaction removes (or removed). */
    public record Outcome(long entries, long changeSets, LocalDate before) {
    }

    public Size size() {
        long fileBytes;
        try {
            // A database on a server has no file: -1.
            fileBytes = database.file() == null ? -1 : java.nio.file.Files.size(database.file());
        } catch (java.io.IOException e) {
            fileBytes = 0;
        }
        long file = fileBytes;
        return database.withConnection(c -> {
            // The sums read every entry (700,000 on a ten-year campus: 60 ms and more at each visit of the
            // history); they are read again only once an entry was written since (its last number moved) or
            // after a compaction. An anonymisation rewrites entries without a new one: its few bytes are counted at
            // the next change.
            String mark;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT (SELECT MAX(id) FROM audit_entry), (SELECT MAX(id) FROM change_set)")) {
                rs.next();
                mark = rs.getLong(1) + "/" + rs.getLong(2);
            }
            Size known = counted;
            if (known != null && mark.equals(countedAt)) {
                return new Size(known.entries(), known.valueBytes(), file, known.oldest());
            }
            // octet_length reads a value's size from its header; LENGTH counts its characters, reading every value
            // (100 MB on a ten-year campus: 0.2–0.3 s against 0.06 s).
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT COUNT(*), COALESCE(SUM(octet_length(old_values)), 0)
                        + COALESCE(SUM(octet_length(new_values)), 0),
                        (SELECT MIN(at) FROM change_set) FROM audit_entry""")) {
                rs.next();
                String oldest = rs.getString(3);
                Size size = new Size(rs.getLong(1), rs.getLong(2), file, oldest == null ? null
                        : Instant.parse(oldest).atZone(zone).toLocalDate());
                counted = size;
                countedAt = mark;
                return size;
            }
        });
    }

    /** The last sizes counted, and the last entry and change set numbers they were counted at. */
    private volatile Size counted;
    private volatile String countedAt;

    /** The first day kept when the history of the last {@code years} years is kept. */
    public LocalDate cutOff(int years, LocalDate today) {
        if (years < MIN_YEARS) {
            throw new IllegalArgumentException("At least " + MIN_YEARS + " year: " + years);
        }
        return today.minusYears(years);
    }

    /** What {@link #compact} would remove, without removing anything. */
    public Outcome preview(LocalDate before) {
        return database.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT e.change_set_id)"
                    + " FROM audit_entry e JOIN change_set s ON s.id = e.change_set_id WHERE s.at < ?"
                    + " AND s.in_trash = 0 AND e.table_name NOT IN " + keptList())) {
                ps.setString(1, instant(before));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Outcome(rs.getLong(1), rs.getLong(2), before);
                }
            }
        });
    }

    /**
     * Removes the entries of changes made before {@code before} (money aside, the Corbeille's aside), then the change
     * sets left empty, in one transaction; then rebuilds the file so that it shrinks.
     */
    public Outcome compact(LocalDate before) {
        counted = null;
        Outcome removed = database.inTransaction(c -> {
            String at = instant(before);
            long entries;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM audit_entry WHERE table_name NOT IN "
                    + keptList() + " AND change_set_id IN (SELECT id FROM change_set WHERE at < ? AND in_trash = 0)")) {
                ps.setString(1, at);
                entries = ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE change_set SET reverts = NULL WHERE reverts IN (SELECT s.id FROM change_set s
                        WHERE s.at < ? AND NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.change_set_id = s.id))""")) {
                ps.setString(1, at);
                ps.executeUpdate();
            }
            long sets;
            try (PreparedStatement ps = c.prepareStatement("""
                    DELETE FROM change_set WHERE at < ? AND open = 0 AND in_trash = 0
                        AND NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.change_set_id = change_set.id)""")) {
                ps.setString(1, at);
                sets = ps.executeUpdate();
            }
            return new Outcome(entries, sets, before);
        });
        database.shrink();
        return removed;
    }

    private String instant(LocalDate day) {
        return day.atStartOfDay(zone).toInstant().toString();
    }

    private static String keptList() {
        return "('" + String.join("', '", KEPT_TABLES.stream().sorted().toList()) + "')";
    }
}
