package org.campuspilot;

import java.nio.file.Path;
import org.campuspilot.db.Database;
import org.campuspilot.db.Location;
import org.campuspilot.db.PostgresCluster;
import org.campuspilot.demo.DemoCampus;

/**
 * The two places a campus can live, for the tests that run against both (issue 24): a SQLite file in the test's
 * folder, or a new database in the throwaway PostgreSQL cluster ({@link PostgresCluster}). A test class says
 * {@code @ParameterizedClass @EnumSource(TestStore.class)} and opens its campus with {@link #open} or {@link #demo}.
 */
public enum TestStore {
    SQLITE("fichier SQLite"),
    POSTGRESQL("serveur PostgreSQL");

    private final String label;

    TestStore(String label) {
        this.label = label;
    }

    /** A new, empty place: a file in {@code dir}, or a new database on the test server. */
    public Location location(Path dir) {
        return this == SQLITE ? new Location.File(dir.resolve("campus.campuspilot"))
                : PostgresCluster.get().newDatabase();
    }

    /** A new, empty campus, opened for writing. */
    public Database open(Path dir) {
        return Database.open(location(dir), Database.Options.DEFAULT);
    }

    /** The demo campus in a new place. */
    public Database demo(Path dir) {
        return DemoCampus.create(location(dir), Database.Options.DEFAULT, TestCampus::stores);
    }

    @Override
    public String toString() {
        return label;
    }
}
