package org.campuspilot.app;

import java.nio.file.Path;
import java.util.List;

/**
 * How the window was asked to start: {@code --db FILE} chooses the database, {@code --db postgresql://…} a base on
 * a server ({@code server}, the address as typed: it is read when the start opens it), {@code --data DIR} the data
 * folder (tests), and the system property {@code campuspilot.exitAfterFirstFrame} makes the start-up benchmark's run
 * end at the first frame.
 */
public record StartOptions(Path database, Path dataFolder, boolean exitAfterFirstFrame, String server) {

    public StartOptions(Path database, Path dataFolder, boolean exitAfterFirstFrame) {
        this(database, dataFolder, exitAfterFirstFrame, null);
    }

    /** The database to open: the one asked for, or the default one in the data folder. */
    public Path databaseFile() {
        return database != null ? database : dataFolder.resolve(DataFolder.DEFAULT_DATABASE);
    }

    public static StartOptions parse(List<String> args) {
        String db = null;
        Path data = DataFolder.current();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--db") && i + 1 < args.size()) {
                db = args.get(++i);
            } else if (a.startsWith("--db=")) {
                db = a.substring(5);
            } else if (a.equals("--data") && i + 1 < args.size()) {
                data = Path.of(args.get(++i));
            }
        }
        boolean exit = Boolean.getBoolean("campuspilot.exitAfterFirstFrame");
        if (db != null && org.campuspilot.db.Location.isServer(db)) {
            return new StartOptions(null, data, exit, db.strip());
        }
        return new StartOptions(db == null ? null : Path.of(db), data, exit, null);
    }
}
