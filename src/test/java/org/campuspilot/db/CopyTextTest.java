package org.campuspilot.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows the annuaire import hands to PostgreSQL's COPY come back exactly as they were (issue 24). */
class CopyTextTest {
    @Test
    void awkwardTextNullsDatesAndTruthValuesComeBackAsTheyWere() throws Exception {
        Location.Server address = PostgresCluster.get().newDatabase();
        Object[][] rows = {
            {"Lycée \\ professionnel", "deux\tcolonnes", LocalDate.of(2026, 9, 1), Boolean.TRUE, 42L},
            {"ligne\nsuivante\r", null, null, Boolean.FALSE, null},
            {"\\N n'est pas nul", "«  guillemets  » ; point-virgule", LocalDate.of(2019, 1, 31), null, -1L}};
        StringBuilder text = new StringBuilder();
        for (Object[] row : rows) {
            CopyText.row(text, row);
        }
        List<List<Object>> back = new ArrayList<>();
        try (Connection c = PostgresCluster.get().connect(address.database(), PostgresCluster.USER);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (n SERIAL, a TEXT, b TEXT, d DATE, f BOOLEAN, i BIGINT)");
            c.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn("COPY t (a, b, d, f, i) FROM STDIN",
                    new java.io.StringReader(text.toString()));
            try (ResultSet rs = s.executeQuery("SELECT a, b, d, f, i FROM t ORDER BY n")) {
                while (rs.next()) {
                    back.add(Arrays.asList(rs.getString(1), rs.getString(2),
                            rs.getObject(3) == null ? null : rs.getDate(3).toLocalDate(),
                            rs.getObject(4), rs.getObject(5)));
                }
            }
        }
        List<List<Object>> expected = new ArrayList<>();
        for (Object[] row : rows) {
            expected.add(Arrays.asList(row));
        }
        assertEquals(expected, back);
    }
}
