package org.campuspilot.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL cluster for the tests (issue 24): made once per test JVM with Debian's {@code postgresql}
 * binaries ({@code initdb} in a temporary folder, a loopback port, {@code fsync} off), stopped and removed when the
 * JVM ends. As root, the server runs as the {@code postgres} user ({@code initdb} refuses root). Each test gets a new,
 * empty database ({@link #newDatabase}). Where PostgreSQL is not installed the tests that need it are skipped, and
 * say so; under {@code CI=true} they fail instead.
 *
 * <p>Roles: {@link #USER} (trusted on the loopback, owns the databases), {@link #READER} (trusted, may only read, as a
 * board member), {@link #PASSWORD_USER} (must give {@link #PASSWORD}, scram-sha-256).
 */
public final class PostgresCluster {
    public static final String USER = "campus_test";
    public static final String READER = "campus_reader";
    public static final String PASSWORD_USER = "campus_pw";
    public static final String PASSWORD = "mot-de-passe-de-test";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresCluster started;
    private static String unavailable;

    private final Path folder;
    private final Path bin;
    private final int port;
    private final boolean asPostgres;

    private PostgresCluster(Path folder, Path bin, int port, boolean asPostgres) {
        this.folder = folder;
        this.bin = bin;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /** The cluster, started on first use; skips (fails under CI) where PostgreSQL is missing. */
    public static synchronized PostgresCluster get() {
        if (started == null && unavailable == null) {
            try {
                started = start();
            } catch (IOException | InterruptedException | SQLException | RuntimeException e) {
                unavailable = e.getMessage();
            }
        }
        if (started == null) {
            String why = "PostgreSQL is needed (apt-get install postgresql; .ci/run installs it): " + unavailable;
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(why);
            }
            Assumptions.abort(why);
        }
        return started;
    }

    public int port() {
        return port;
    }

    /** A new empty database owned by {@link #USER}; its address as the user would type it. */
    public Location.Server newDatabase() {
        String name = "campus_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " OWNER " + USER + " STRATEGY FILE_COPY");
            s.execute("REVOKE ALL ON DATABASE " + name + " FROM PUBLIC");
            s.execute("GRANT CONNECT ON DATABASE " + name + " TO " + READER + ", " + PASSWORD_USER);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database", e);
        }
        try (Connection c = connect(name, USER); Statement s = c.createStatement()) {
            // PostgreSQL 15 no longer lets every user create tables in public: the owner of the database does.
            s.execute("ALTER SCHEMA public OWNER TO " + USER);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare a test database", e);
        }
        return address(name, USER);
    }

    public Location.Server address(String database, String user) {
        return new Location.Server("127.0.0.1", port, database, user, "disable");
    }

    /** Lets the reader role read every table of the database (what the README tells an IT contact to do). */
    public void grantReader(Location.Server database) {
        try (Connection c = connect(database.database(), USER); Statement s = c.createStatement()) {
            s.execute("GRANT USAGE ON SCHEMA public TO " + READER);
            s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + READER);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot grant the reader role", e);
        }
    }

    /** A plain connection to a database of the cluster, for checks behind the application's back. */
    public Connection connect(String database, String user) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (PASSWORD_USER.equals(user)) {
            p.setProperty("password", PASSWORD);
        }
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, p);
    }

    private Connection admin() throws SQLException {
        return connect("postgres", "postgres");
    }

    /** Where {@code psql}, {@code pg_ctl} and the others are. */
    public Path bin() {
        return bin;
    }

    private static PostgresCluster start() throws IOException, InterruptedException, SQLException {
        Path bin = binaries();
        boolean root = "0".equals(run(List.of("id", "-u"), null).strip());
        Path folder = Files.createTempDirectory("campus-pilot-pg-");
        if (root) {
            run(List.of("chown", "postgres:postgres", folder.toString()), null);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PostgresCluster cluster = new PostgresCluster(folder, bin, port, root);
        Path data = folder.resolve("data");
        Path pwfile = folder.resolve("pw");
        cluster.write(pwfile, "postgres-test\n");
        cluster.command(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                "--pwfile=" + pwfile, "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--auth-local=trust",
                "--auth-host=trust"));
        cluster.write(data.resolve("pg_hba.conf"), """
                local all all trust
                host all %s 127.0.0.1/32 scram-sha-256
                host all all 127.0.0.1/32 trust
                """.formatted(PASSWORD_USER));
        cluster.command(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                folder.resolve("log").toString(), "-w", "-o", "-p " + port + " -k " + folder
                        + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
                        + " -c full_page_writes=off -c max_connections=200", "start"));
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "campus-pilot-test-postgres-stop"));
        try (Connection c = cluster.admin(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + USER + " LOGIN CREATEDB");
            s.execute("CREATE ROLE " + READER + " LOGIN");
            s.execute("SET password_encryption = 'scram-sha-256'");
            s.execute("CREATE ROLE " + PASSWORD_USER + " LOGIN PASSWORD '" + PASSWORD + "'");
        }
        return cluster;
    }

    private void stop() {
        try {
            command(List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m",
                    "immediate", "-w", "stop"));
        } catch (IOException | InterruptedException | RuntimeException e) {
            // The JVM is ending: what is left is in a temporary folder.
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Idem.
        }
    }

    private void write(Path file, String text) throws IOException, InterruptedException {
        Files.writeString(file, text);
        if (asPostgres) {
            run(List.of("chown", "postgres:postgres", file.toString()), null);
        }
    }

    private void command(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full, folder);
    }

    private static String run(List<String> command, Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + new String(out));
        }
        return new String(out);
    }

    /** Debian's binaries ({@code /usr/lib/postgresql/N/bin}, the newest), else the first {@code initdb} on the PATH. */
    private static Path binaries() throws IOException {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(v -> number(v.getFileName().toString())));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "initdb"))
                    && Files.isExecutable(Path.of(dir, "pg_ctl"))) {
                return Path.of(dir);
            }
        }
        throw new IOException("no initdb found");
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
