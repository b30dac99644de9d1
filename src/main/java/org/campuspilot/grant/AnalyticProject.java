package org.campuspilot.grant;

import java.time.Instant;

/**
 * A project of the association's analytic accounts: an action a grant may fund on its own (« Actions de découverte
 * des métiers »), with its part of the budget prévisionnel and of the expenses and income. What no project holds is
 * the association's general operation; the association as a whole is every project and its operation together.
 */
public record AnalyticProject(Long id, String name, Instant updatedAt) {
    /** The longest name kept. */
    public static final int NAME_MAX = 120;

    /** A project's name: required, at most 120 characters, white space at its ends dropped. */
    public static org.campuspilot.shared.Checked<String> checkName(String input) {
        String name = input == null ? "" : input.strip();
        if (name.isEmpty()) {
            return org.campuspilot.shared.Checked.fail("grant.project.name.required");
        }
        if (name.length() > NAME_MAX) {
            return org.campuspilot.shared.Checked.fail("grant.project.name.tooLong", NAME_MAX);
        }
        return org.campuspilot.shared.Checked.ok(name);
    }
}
