package org.campuspilot.importing;

import org.campuspilot.shared.Problem;

/**
 * What an import says about one line of a file: why it is rejected (a blocking issue: nothing is written while one
 * remains, unless the director chooses to skip the rejected lines) or why it is left aside (a closed establishment,
 * the second site of an establishment already read).
 *
 * @param line the line in the file, the header being line 1
 */
public record ImportIssue(int line, Problem problem, boolean blocking) {

    public static ImportIssue rejected(int line, Problem p) {
        return new ImportIssue(line, p, true);
    }

    public static ImportIssue ignored(int line, Problem p) {
        return new ImportIssue(line, p, false);
    }
}
