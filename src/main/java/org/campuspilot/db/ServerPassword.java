package org.campuspilot.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the password of a server comes from: typed by the user in the window (kept in memory, never written), or
 * read as libpq reads it, from {@code PGPASSWORD} or the password file ({@code PGPASSFILE}, else {@code ~/.pgpass}),
 * so that a command line never shows it. None at all is fine for a server that trusts the user (peer, certificates).
 */
@FunctionalInterface
public interface ServerPassword {
    Optional<String> of(Location.Server server);

    /** {@code PGPASSWORD}, else the password file's first line that matches. */
    ServerPassword FROM_ENVIRONMENT = server -> {
        String env = System.getenv("PGPASSWORD");
        if (env != null && !env.isEmpty()) {
            return Optional.of(env);
        }
        String file = System.getenv("PGPASSFILE");
        Path path = file != null && !file.isEmpty() ? Path.of(file)
                : Path.of(System.getProperty("user.home"), ".pgpass");
        return fromFile(path, server);
    };

    /** A password the user typed. */
    static ServerPassword typed(String password) {
        return server -> Optional.of(password);
    }

    /** The password of the first line of a libpq password file that matches the server ({@code *} matches all). */
    static Optional<String> fromFile(Path file, Location.Server server) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        String[] wanted = {server.host(), String.valueOf(server.port()), server.database(), server.user()};
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() != 5) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < 4; i++) {
                String f = fields.get(i);
                boolean local = i == 0 && "localhost".equals(f) && wanted[0].startsWith("/");
                matches &= f.equals("*") || f.equals(wanted[i]) || local;
            }
            if (matches) {
                return Optional.of(fields.get(4));
            }
        }
        return Optional.empty();
    }

    /** The fields of a line, split at unescaped colons ({@code \:} and {@code \\} stand for themselves). */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (ch == ':') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        out.add(field.toString());
        return out;
    }
}
