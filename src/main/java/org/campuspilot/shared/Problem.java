package org.campuspilot.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What is wrong with a value, as a message-bundle key and the arguments of its message. Value types and view models
 * speak in problems; only the UI and the command line turn them into sentences. A refused duplicate also carries the
 * id of the existing record, so that the screen can offer to open it.
 *
 * @param existingId the record this value duplicates, or null
 */
public record Problem(String key, List<Object> args, Long existingId) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, Arrays.asList(args), null);
    }

    /** The value is already the one of record {@code existingId}. */
    public static Problem duplicate(long existingId, String key, Object... args) {
        return new Problem(key, Arrays.asList(args), existingId);
    }

    public Optional<Long> existing() {
        return Optional.ofNullable(existingId);
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
