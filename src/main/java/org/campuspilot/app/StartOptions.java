package org.campuspilot.app;

import java.nio.file.Path;
import java.util.List;

/**
 * How the window was asked to start: {@code --db FILE} chooses the database, {@code --data DIR} the data folder
 * (tests), and the system property {@code campuspilot.exitAfterFirstFrame} makes the start-up benchmark's run end
 * at the first frame.
 */
public record StartOptions(Path database, Path dataFolder, boolean exitAfterFirstFrame) {

    /** The database to open: the one asked for, or the default one in the data folder. */
    public Path databaseFile() {
        return database != null ? database : dataFolder.resolve(DataFolder.DEFAULT_DATABASE);
    }

    public static StartOptions parse(List<String> args) {
        Path db = null;
        Path data = DataFolder.current();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--db") && i + 1 < args.size()) {
                db = Path.of(args.get(++i));
            } else if (a.startsWith("--db=")) {
                db = Path.of(a.substring(5));
            } else if (a.equals("--data") && i + 1 < args.size()) {
                data = Path.of(args.get(++i));
            }
        }
        return new StartOptions(db, data, Boolean.getBoolean("campuspilot.exitAfterFirstFrame"));
    }
}
