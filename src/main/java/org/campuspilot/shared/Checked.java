package org.campuspilot.shared;

import java.util.Optional;
import java.util.function.Function;

/** The outcome of checking user input: either a value or the {@link Problem} that prevents it. */
public final class Checked<T> {
    private final T value;
    private final Problem problem;

    private Checked(T value, Problem problem) {
        this.value = value;
        this.problem = problem;
    }

    public static <T> Checked<T> ok(T value) {
        return new Checked<>(value, null);
    }

    public static <T> Checked<T> fail(String key, Object... args) {
        return new Checked<>(null, Problem.of(key, args));
    }

    public static <T> Checked<T> fail(Problem problem) {
        return new Checked<>(null, problem);
    }

    public boolean isOk() {
        return problem == null;
    }

    /** The value; throws when the check failed, so call it only after {@link #isOk()}. */
    public T value() {
        if (problem != null) {
            throw new IllegalStateException("No value: " + problem);
        }
        return value;
    }

    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }

    public <R> Checked<R> map(Function<T, R> mapper) {
        return problem == null ? ok(mapper.apply(value)) : new Checked<>(null, problem);
    }
}
