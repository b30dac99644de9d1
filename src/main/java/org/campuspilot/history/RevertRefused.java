package org.campuspilot.history;

import org.campuspilot.shared.Problem;

/** A change cannot be reversed (the record changed since, or its number was taken): nothing was written. */
public final class RevertRefused extends RuntimeException {
    private final transient Problem problem;

    public RevertRefused(Problem problem) {
        super(problem.key());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
