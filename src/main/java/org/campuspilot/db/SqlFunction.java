package org.campuspilot.db;

import java.sql.SQLException;

/** A piece of JDBC work that may throw {@link SQLException}. */
@FunctionalInterface
public interface SqlFunction<I, O> {
    O apply(I input) throws SQLException;
}
