package org.campuspilot.db;

/**
 * A failure that is a known condition of the user's files, not a defect: a file damaged, foreign, newer, locked by
 * another window, refused before opening. The user is told in one sentence; the log records it in one line, without
 * a stack trace, which would say nothing more (see {@code ui.FailureLog}).
 */
public interface KnownCondition {
}
