package org.campuspilot.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tiny JDBC helper every repository uses: values always go through {@link PreparedStatement} parameters, and
 * {@link LocalDate}s are written as ISO text.
 */
public final class Jdbc {
    private final Database database;

    public Jdbc(Database database) {
        this.database = database;
    }

    public <T> List<T> list(String sql, SqlFunction<ResultSet, T> mapper, Object... params) {
        return database.withConnection(c -> {
            try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.apply(rs));
                }
                return out;
            }
        });
    }

    public <T> Optional<T> one(String sql, SqlFunction<ResultSet, T> mapper, Object... params) {
        List<T> all = list(sql, mapper, params);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    public long count(String sql, Object... params) {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    /**
     * Runs an INSERT, UPDATE or DELETE and returns the number of rows changed. Outside a transaction it is one of its
     * own, so that every change is a change set of the history (undo, Corbeille), whoever forgot to open one.
     */
    public int update(String sql, Object... params) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = prepare(c, sql, params)) {
                return ps.executeUpdate();
            }
        });
    }

    /** Runs an INSERT and returns the generated key; outside a transaction, in one of its own (see {@link #update}). */
    public long insert(String sql, Object... params) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql, PreparedStatement.RETURN_GENERATED_KEYS)) {
                bind(ps, params);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("No generated key for: " + sql);
                    }
                    return keys.getLong(1);
                }
            }
        });
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        bind(ps, params);
        return ps;
    }

    public static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (p instanceof LocalDate d) {
                ps.setString(i + 1, d.toString());
            } else if (p instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    /** Reads an ISO date column; null stays null. */
    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : LocalDate.parse(s);
    }

    public static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : Enum.valueOf(type, s);
    }

    /** Reads a text column into a value type; null stays null. */
    public static <T> T value(ResultSet rs, String column, java.util.function.Function<String, T> type)
            throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : type.apply(s);
    }

    /** Reads an integer column that may be null. */
    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /**
     * Reads rows whose first column is the id of the record they belong to, grouped by that id: the way a list of
     * records reads its link tables in one query each, whatever the number of records.
     */
    public <V> java.util.Map<Long, java.util.List<V>> grouped(String sql, SqlFunction<ResultSet, V> value,
            Object... params) {
        java.util.Map<Long, java.util.List<V>> out = new java.util.HashMap<>();
        list(sql, rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(value.apply(rs));
            return null;
        }, params);
        return out;
    }
}
