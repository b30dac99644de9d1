package org.campuspilot.ui;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.campuspilot.db.DatabaseProblem;
import org.campuspilot.db.KnownCondition;

/**
 * Logs a failure the way its kind deserves: a known condition of the user's files ({@link KnownCondition}, or SQLite
 * saying the file is read-only, full or damaged) in one line, since the user was told why in a sentence and a stack
 * trace would add nothing; anything else, a defect, with its stack trace.
 */
public final class FailureLog {
    private FailureLog() {
    }

    public static void log(Logger log, Level level, String what, Throwable failure) {
        if (isKnownCondition(failure)) {
            log.log(level, () -> what + ": " + summary(failure));
        } else {
            log.log(level, what, failure);
        }
    }

    static boolean isKnownCondition(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof KnownCondition) {
                return true;
            }
        }
        return DatabaseProblem.of(failure) != DatabaseProblem.OTHER;
    }

    /** The failure's class and the first line of its message. */
    private static String summary(Throwable failure) {
        String message = String.valueOf(failure.getMessage()).lines().findFirst().orElse("");
        return failure.getClass().getSimpleName() + " (" + message + ")";
    }
}
