package org.campuspilot.app;

import org.campuspilot.db.Location;
import org.campuspilot.ui.Messages;

/** How the window names the open campus: a file by its name, a database on a server as {@code user@host/base}. */
final class CampusTitle {
    private CampusTitle() {
    }

    /** The window's title: « Campus Pilot — name », « (lecture seule) » when the campus cannot be written. */
    static String of(Messages messages, Location location, boolean readOnly) {
        return messages.get(readOnly ? "app.title.readOnly" : "app.title", name(location));
    }

    static String name(Location location) {
        if (location instanceof Location.Server s) {
            return s.user() + "@" + s.host() + "/" + s.database();
        }
        return ((Location.File) location).path().getFileName().toString();
    }

    /** The status bar: the file's full path, or the server's whole address. */
    static String status(Messages messages, Location location) {
        return location instanceof Location.Server s ? messages.get("main.status.server", s.display())
                : messages.get("main.status.file", ((Location.File) location).path());
    }
}
