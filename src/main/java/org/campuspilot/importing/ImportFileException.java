package org.campuspilot.importing;

import org.campuspilot.shared.Problem;

/** The whole file cannot be imported (not readable, wrong encoding, a missing column, empty): nothing is written. */
public final class ImportFileException extends Exception {
    private final transient Problem problem;

    public ImportFileException(Problem problem) {
        super(problem.key());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
