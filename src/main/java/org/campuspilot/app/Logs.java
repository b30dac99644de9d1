package org.campuspilot.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import org.campuspilot.db.OwnerOnly;

/**
 * Sends the details the user never sees (stack traces) to {@code campus-pilot.log} in the data folder, the file the
 * messages name, of mode 0600, for the window and the headless commands alike. Each process appends its lines; a log
 * over 1 MB at start is kept as {@code campus-pilot.log.old} and a new one begun.
 */
final class Logs {
    static final String FILE_NAME = "campus-pilot.log";
    static final String OLD_FILE_NAME = FILE_NAME + ".old";
    private static final long LIMIT = 1_000_000;

    private Logs() {
    }

    /** The window's log: details in the file, and on the console as before. */
    static Handler configure(Path dataFolder) {
        return configure(dataFolder, true);
    }

    /**
     * Opens the log and adds it to the root logger; returns its handler, or null when the file cannot be written.
     *
     * @param console false for the headless commands, whose stderr carries one sentence per error and nothing else
     */
    static Handler configure(Path dataFolder, boolean console) {
        Logger root = Logger.getLogger("");
        if (!console) {
            for (Handler h : root.getHandlers()) {
                if (h instanceof ConsoleHandler) {
                    root.removeHandler(h);
                }
            }
        }
        try {
            Handler handler = open(dataFolder.resolve(FILE_NAME));
            root.addHandler(handler);
            root.setLevel(Level.INFO);
            return handler;
        } catch (IOException e) {
            System.err.println("Journal indisponible : " + e.getMessage());
            return null;
        }
    }

    private static Handler open(Path log) throws IOException {
        OwnerOnly.createFolder(log.getParent());
        if (Files.isRegularFile(log) && Files.size(log) > LIMIT) {
            Path old = log.resolveSibling(OLD_FILE_NAME);
            Files.move(log, old, StandardCopyOption.REPLACE_EXISTING);
            OwnerOnly.restrict(old);
        }
        if (!Files.exists(log)) {
            try {
                OwnerOnly.createFile(log);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // Another instance made it meanwhile.
            }
        }
        OwnerOnly.restrict(log);
        OutputStream out = Files.newOutputStream(log, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new StreamHandler(out, new SimpleFormatter()) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }
        };
    }
}
