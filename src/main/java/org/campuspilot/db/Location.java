package org.campuspilot.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a campus is kept: a SQLite file (the default) or a database on a PostgreSQL server (decision 0032). What the
 * command line's {@code --db} and the recent list hold. A server address never holds a password: it is asked, or
 * read from {@code PGPASSWORD} or {@code ~/.pgpass} ({@link ServerPassword}).
 */
public sealed interface Location {
    /** What the user reads: the file's path, or {@code postgresql://user@host:port/database}. */
    String display();

    /** A campus file. */
    record File(Path path) implements Location {
        public File {
            path = path.toAbsolutePath().normalize();
        }

        @Override
        public String display() {
            return path.toString();
        }
    }

    /**
     * A database on a PostgreSQL server. {@code tls} is libpq's {@code sslmode}: {@code prefer} (the default: TLS
     * when the server offers it), {@code require}, {@code verify-full} or {@code disable}.
     */
    record Server(String host, int port, String database, String user, String tls) implements Location {
        public static final int DEFAULT_PORT = 5432;

        public Server {
            if (host == null || host.isBlank() || database == null || database.isBlank()) {
                throw new IllegalArgumentException("A server address needs a host and a database");
            }
            user = user == null || user.isBlank() ? System.getProperty("user.name") : user;
            tls = tls == null || tls.isBlank() ? "prefer" : tls;
        }

        @Override
        public String display() {
            return "postgresql://" + user + "@" + hostAndPort() + "/" + database
                    + ("prefer".equals(tls) ? "" : "?sslmode=" + tls);
        }

        /** The JDBC URL, without the user or the password (given as properties). */
        String jdbcUrl() {
            return "jdbc:postgresql://" + hostAndPort() + "/" + database;
        }

        /** {@code host:port}, an IPv6 host in brackets. */
        private String hostAndPort() {
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /** True for {@code postgresql://…} or {@code postgres://…}. */
    public static boolean isServer(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://");
    }

    /**
     * Reads what the user typed: a server address ({@code postgresql://user@host:5432/campus}, the port and user
     * optional; {@code ?sslmode=} kept) or a file's path.
     *
     * @throws BadAddress when a server address cannot be read, or holds a password
     */
    public static Location parse(String text) {
        if (!isServer(text)) {
            return new File(Path.of(text));
        }
        return server(text.strip()).orElseThrow(() -> new BadAddress(text.strip(), false));
    }

    /** An address the user must write again: unreadable, or with a password in it. */
    final class BadAddress extends IllegalArgumentException implements KnownCondition {
        private final boolean password;

        BadAddress(String text, boolean password) {
            super(password ? "A password in a server address" : "Unreadable server address " + text);
            this.password = password;
        }

        /** The message key: {@code server.address.password} or {@code server.address.bad} (with the address). */
        public String key() {
            return password ? "server.address.password" : "server.address.bad";
        }
    }

    private static Optional<Server> server(String text) {
        try {
            URI uri = new URI(text);
            String host = uri.getHost();
            String path = uri.getPath();
            if (host == null || path == null || path.length() < 2 || path.indexOf('/', 1) >= 0) {
                return Optional.empty();
            }
            String user = uri.getRawUserInfo();
            if (user != null && user.contains(":")) {
                // A password in the address would be kept in the recent list and shown in the process list.
                throw new BadAddress(text, true);
            }
            String tls = null;
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    String[] kv = pair.split("=", 2);
                    if (kv.length == 2 && kv[0].equals("sslmode")) {
                        tls = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
                    }
                }
            }
            return Optional.of(new Server(host.startsWith("[") ? host.substring(1, host.length() - 1) : host,
                    uri.getPort() < 0 ? Server.DEFAULT_PORT : uri.getPort(),
                    URLDecoder.decode(path.substring(1), StandardCharsets.UTF_8),
                    user == null ? null : URLDecoder.decode(user, StandardCharsets.UTF_8), tls));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
