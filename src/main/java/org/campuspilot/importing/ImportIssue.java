package org.campuspilot.importing;

import org.campuspilot.shared.Problem;

/**
 * What an import says about one line of a file: why it is rejected (a blocking issue: nothing is written while one
 * remains, unless the director chooses to skip the rejected lines), why it is left aside (a closed establishment,
 * the second site of an establishment already read), or a warning about a line that is imported all the same (an
 * invalid phone number of the annuaire, kept out of the record).
 *
 * @param line the line in the file, the header being line 1
 * @param warning true when the line is imported and the issue only says what was kept out of it
 */
public record ImportIssue(int line, Problem problem, boolean blocking, boolean warning) {

    public ImportIssue(int line, Problem problem, boolean blocking) {
        this(line, problem, blocking, false);
    }

    public static ImportIssue rejected(int line, Problem p) {
        return new ImportIssue(line, p, true);
    }

    public static ImportIssue ignored(int line, Problem p) {
        return new ImportIssue(line, p, false);
    }

    /** The line is imported; {@code p} says which value was kept out of the record and why. */
    public static ImportIssue warning(int line, Problem p) {
        return new ImportIssue(line, p, false, true);
    }

    /** True when the line is not imported: rejected or left aside. */
    public boolean leavesLineOut() {
        return !warning;
    }
}
