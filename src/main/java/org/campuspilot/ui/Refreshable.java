package org.campuspilot.ui;

/** A kept view that reads its data again when the user comes back to it. */
public interface Refreshable {
    void refresh();
}
