package org.campuspilot.shared;

import java.util.Arrays;
import java.util.List;

/**
 * What is wrong with a value, as a message-bundle key and the arguments of its message. Value types and view models
 * speak in problems; only the UI and the command line turn them into sentences.
 */
public record Problem(String key, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, Arrays.asList(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
