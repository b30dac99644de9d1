package org.campuspilot.ui;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.campuspilot.db.Location;
import org.campuspilot.shared.Checked;
import org.campuspilot.shared.Problem;

/**
 * « Ouvrir une base partagée… »: the server's name, its port, the database, the user and how the connection is
 * protected, each checked when the user leaves it, all when they open. No password here: it is asked only when the
 * server wants one that {@code PGPASSWORD} or {@code ~/.pgpass} does not give.
 */
public final class ServerAddressViewModel {
    /** libpq's {@code sslmode} values offered, the default first. */
    public enum Tls {
        PREFER("prefer", "server.open.tls.prefer"), REQUIRE("require", "server.open.tls.require"),
        VERIFY_FULL("verify-full", "server.open.tls.verify_full"), DISABLE("disable", "server.open.tls.disable");

        public final String mode;
        private final String key;

        Tls(String mode, String key) {
            this.mode = mode;
            this.key = key;
        }

        public String key() {
            return key;
        }

        static Tls of(String mode) {
            for (Tls t : values()) {
                if (t.mode.equals(mode)) {
                    return t;
                }
            }
            return PREFER;
        }
    }

    /** A host name, an IPv4 or an IPv6 address: letters, digits, dots, dashes, colons; no scheme, no slash. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:\\-\\[\\]]+");
    /** PostgreSQL's identifiers as a user types them; quotes and spaces have no place in an address. */
    private static final Pattern NAME = Pattern.compile("[^\\s/@:?#\"']+");

    private final InputField<String> host = InputField.required(s -> check(s.strip(), HOST, "server.open.host.bad"));
    private final InputField<Integer> port = InputField.required(ServerAddressViewModel::port);
    private final InputField<String> database = InputField.required(
            s -> check(s.strip(), NAME, "server.open.database.bad"));
    private final InputField<String> user = InputField.required(s -> check(s.strip(), NAME, "server.open.user.bad"));
    private final ObjectProperty<Tls> tls = new SimpleObjectProperty<>(Tls.PREFER);

    /** Empty fields, the port 5432 and the system's user name; or the address opened last. */
    public ServerAddressViewModel(Location.Server last) {
        port.set(String.valueOf(Location.Server.DEFAULT_PORT));
        user.set(System.getProperty("user.name", ""));
        if (last != null) {
            host.set(last.host());
            port.set(String.valueOf(last.port()));
            database.set(last.database());
            user.set(last.user());
            tls.set(Tls.of(last.tls()));
        }
    }

    private static Checked<String> check(String s, Pattern pattern, String key) {
        return pattern.matcher(s).matches() ? Checked.ok(s) : Checked.fail(Problem.of(key));
    }

    private static Checked<Integer> port(String s) {
        try {
            int p = Integer.parseInt(s.strip());
            if (p >= 1 && p <= 65535) {
                return Checked.ok(p);
            }
        } catch (NumberFormatException e) {
            // Told below.
        }
        return Checked.fail(Problem.of("server.open.port.bad"));
    }

    /** The user left a field: check it (an empty one is flagged only once they tried to open). */
    public void leave(InputField<?> field) {
        field.check(false);
    }

    /** Every field checked; the address when all hold, else empty (the fields say what is wrong). */
    public Optional<Location.Server> address() {
        boolean ok = true;
        for (InputField<?> f : List.of(host, port, database, user)) {
            ok &= f.check(true);
        }
        if (!ok) {
            return Optional.empty();
        }
        String h = host.value();
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return Optional.of(new Location.Server(h, port.value(), database.value(), user.value(), tls.get().mode));
    }

    public InputField<String> host() {
        return host;
    }

    public InputField<Integer> port() {
        return port;
    }

    public InputField<String> database() {
        return database;
    }

    public InputField<String> user() {
        return user;
    }

    public ObjectProperty<Tls> tls() {
        return tls;
    }
}
