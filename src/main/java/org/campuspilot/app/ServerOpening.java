package org.campuspilot.app;

import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.campuspilot.db.Location;
import org.campuspilot.db.ServerPassword;
import org.campuspilot.db.ServerProblem;
import org.campuspilot.ui.DialogService;
import org.campuspilot.ui.FailureLog;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.OpenFailures;
import org.campuspilot.ui.TaskRunner;

/**
 * Opens a campus on a PostgreSQL server for the window (decision 0042): the address asked (or taken from the recent
 * list), the connection made in the background with the password {@code PGPASSWORD} or {@code ~/.pgpass} gives, and
 * a password asked only when the server wants one it was not given, or refused it (asked again, with a sentence).
 * A typed password lives in the open database's connections only: never in the settings, the log or the title.
 */
final class ServerOpening {
    private static final Logger LOG = Logger.getLogger(ServerOpening.class.getName());

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final OpenCampus campus;
    private final ServerPassword environment;
    private final Consumer<Location.Server> opened;
    /** What to do when the user gives up (cancels the fields or the password); nothing by default. */
    private Runnable givenUp = () -> {
    };

    ServerOpening(TaskRunner tasks, DialogService dialogs, Messages messages, OpenCampus campus,
            ServerPassword environment, Consumer<Location.Server> opened) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.campus = campus;
        this.environment = environment;
        this.opened = opened;
    }

    /** At the start, with no campus open yet: giving up asks for a file instead (or quits). */
    ServerOpening whenGivenUp(Runnable action) {
        givenUp = action;
        return this;
    }

    /** « Ouvrir une base partagée… »: the fields filled with {@code last} (or empty), then the opening. */
    void ask(Location.Server last) {
        dialogs.askServerAddress(last).ifPresentOrElse(address -> open(address, environment, true), givenUp);
    }

    /** Opens an address from the recent list. */
    void open(Location.Server address) {
        open(address, environment, false);
    }

    private void open(Location.Server address, ServerPassword password, boolean typed) {
        tasks.run(() -> {
            OpenCampus.Opened o = campus.openServer(address, password);
            campus.adopt(o);
            return o;
        }, o -> opened.accept(address), failure -> {
            // The driver's messages name the server and the user, never the password.
            FailureLog.log(LOG, Level.WARNING, "Cannot open " + address.display(), failure);
            ServerProblem problem = ServerProblem.of(failure);
            if (problem.asksPassword()) {
                String key = problem == ServerProblem.PASSWORD_WRONG ? "server.password.wrong" : "server.password.ask";
                dialogs.askPassword(messages.get("server.password.title"), messages.get(key, address.user(),
                        address.host(), address.database()))
                        .ifPresentOrElse(p -> open(address, ServerPassword.typed(p), typed), givenUp);
                return;
            }
            dialogs.error(messages.get("server.error.title"), OpenFailures.describeServer(messages, problem, failure,
                    address));
            if (typed) {
                // Back to the fields as typed, to correct the name, the port or the user.
                ask(address);
            } else {
                givenUp.run();
            }
        });
    }
}
