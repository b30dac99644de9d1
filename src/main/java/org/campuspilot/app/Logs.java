package org.campuspilot.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Sends the details the user never sees (stack traces) to {@code campus-pilot.log} in the data folder. */
final class Logs {
    private Logs() {
    }

    static void configure(Path dataFolder) {
        try {
            Files.createDirectories(dataFolder);
            FileHandler handler = new FileHandler(dataFolder.resolve("campus-pilot.log").toString(), 1_000_000, 2,
                    true);
            handler.setFormatter(new SimpleFormatter());
            Logger root = Logger.getLogger("");
            root.addHandler(handler);
            root.setLevel(Level.INFO);
        } catch (IOException e) {
            System.err.println("Journal indisponible : " + e.getMessage());
        }
    }
}
