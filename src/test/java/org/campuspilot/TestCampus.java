package org.campuspilot;

import java.nio.file.Path;
import org.campuspilot.app.CampusStores;
import org.campuspilot.db.Database;
import org.campuspilot.demo.DemoCampus;
import org.campuspilot.store.Stores;

/** Campus files for the tests, built by the composition root as the application builds them. */
public final class TestCampus {
    private TestCampus() {
    }

    /** The demo campus in a new file. */
    public static Database demo(Path file) {
        return DemoCampus.create(file, CampusStores::on);
    }

    /** The repositories of an opened file. */
    public static Stores stores(Database database) {
        return CampusStores.on(database);
    }
}
